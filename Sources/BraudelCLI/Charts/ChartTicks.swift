import Foundation

/// Round tick values for a chart axis: steps of 1, 2 or 5 × 10^k, so that labels read as a
/// person would have drawn them.
struct ChartTicks {
    /// The axis range, widened to whole steps.
    let lower: Double
    let upper: Double
    let step: Double
    var values: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...max(0, count)).map { lower + Double($0) * step }
    }

    /// About `target` ticks covering `low...high`. `minimumStep` keeps year axes on whole years.
    init(low: Double, high: Double, target: Int = 6, minimumStep: Double = 0) {
        var low = low, high = high
        if high <= low { (low, high) = (low - 1, low + 1) }
        let raw = (high - low) / Double(max(1, target))
        let magnitude = pow(10, floor(log10(raw)))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        step = max(nice * magnitude, minimumStep)
        lower = floor(low / step + 1e-9) * step
        upper = ceil(high / step - 1e-9) * step
    }

    /// A tick label with no more decimals than the step needs.
    func label(_ value: Double) -> String {
        let decimals = step >= 1 ? 0 : Int(ceil(-log10(step) - 1e-9))
        return String(format: "%.\(decimals)f", value)
    }
}
