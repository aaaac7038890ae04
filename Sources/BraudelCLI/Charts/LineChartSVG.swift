import BraudelText
import Foundation

/// A self-contained SVG line chart (no scripts, no external fonts or stylesheets) sized for a
/// paper figure: one line per series with point markers, year ticks on x, value ticks on y, a
/// legend to the right. Lines differ in colour (Okabe–Ito, colour-blind safe) and in dash
/// pattern, so the chart survives greyscale printing.
struct LineChartSVG {
    /// One line of the chart.
    struct Series {
        var name: String
        var points: [(x: Double, y: Double)]
        /// Spans of x to shade in the series' colour (a concept's bursts, whole years).
        var shaded: [ClosedRange<Double>] = []
    }

    var title: String
    var xLabel: String
    var yLabel: String
    var series: [Series]
    var width = 760.0
    var height = 440.0

    static let colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]
    static let dashes = ["", "6 3", "2 3", "8 3 2 3", "12 4", "4 2 1 2"]
    static let font = "Helvetica, Arial, 'Liberation Sans', sans-serif"

    private var plot: (left: Double, top: Double, right: Double, bottom: Double) {
        (left: 78, top: 48, right: width - legendWidth, bottom: height - 62)
    }

    /// Room for the legend: its longest name (at about 7.2 px a character at 13 px), within limits
    /// that keep the plot readable; longer names are shortened in ``legend()``.
    private var legendWidth: Double {
        let longest = series.map { min($0.name.count, Self.longestLegendName) }.max() ?? 0
        return max(120, 60 + 7.2 * Double(longest))
    }

    static let longestLegendName = 32

    /// The whole SVG document.
    func render() -> String {
        let xs = series.flatMap { $0.points.map(\.x) }, ys = series.flatMap { $0.points.map(\.y) }
        let xTicks = ChartTicks(low: xs.min() ?? 0, high: xs.max() ?? 1, target: 8, minimumStep: 1)
        // All zero (a concept never mentioned): a 0–1 axis rather than one squeezed to nothing.
        let yTicks = ChartTicks(low: 0, high: (ys.max() ?? 0) > 0 ? ys.max()! : 1, target: 5)
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(number(width))" height="\(number(height))" \
            viewBox="0 0 \(number(width)) \(number(height))" font-family="\(Self.font)" font-size="13">
            <rect width="100%" height="100%" fill="#ffffff"/>
            <text x="\(number(width / 2))" y="26" text-anchor="middle" font-size="16" font-weight="bold">\(escape(title))</text>

            """
        out += shading(xTicks: xTicks)
        out += axes(xTicks: xTicks, yTicks: yTicks)
        for (index, line) in series.enumerated() { out += path(line, index: index, xTicks: xTicks, yTicks: yTicks) }
        out += legend()
        return out + "</svg>\n"
    }

    /// Translucent bands behind the lines, half a unit either side of each shaded span, clipped
    /// to the plot.
    private func shading(xTicks: ChartTicks) -> String {
        var out = ""
        for (index, line) in series.enumerated() {
            for span in line.shaded {
                let left = max(plot.left, x(span.lowerBound - 0.5, xTicks)), right = min(plot.right, x(span.upperBound + 0.5, xTicks))
                guard right > left else { continue }
                out += "<rect x=\"\(number(left))\" y=\"\(number(plot.top))\" width=\"\(number(right - left))\" "
                out += "height=\"\(number(plot.bottom - plot.top))\" fill=\"\(Self.colours[index % Self.colours.count])\" "
                out += "fill-opacity=\"0.15\"><title>\(escape(line.name)) burst</title></rect>\n"
            }
        }
        return out
    }

    private func x(_ value: Double, _ ticks: ChartTicks) -> Double {
        plot.left + (value - ticks.lower) / (ticks.upper - ticks.lower) * (plot.right - plot.left)
    }

    private func y(_ value: Double, _ ticks: ChartTicks) -> Double {
        plot.bottom - (value - ticks.lower) / (ticks.upper - ticks.lower) * (plot.bottom - plot.top)
    }

    private func axes(xTicks: ChartTicks, yTicks: ChartTicks) -> String {
        var out = "<g stroke=\"#000000\" stroke-width=\"1\">\n"
        out += line(plot.left, plot.bottom, plot.right, plot.bottom) + line(plot.left, plot.top, plot.left, plot.bottom)
        out += "</g>\n<g font-size=\"12\" fill=\"#000000\">\n"
        for tick in xTicks.values {
            let px = x(tick, xTicks)
            out += line(px, plot.bottom, px, plot.bottom + 5, stroke: "#000000")
            out += text(xTicks.label(tick), px, plot.bottom + 20, anchor: "middle")
        }
        for tick in yTicks.values {
            let py = y(tick, yTicks)
            out += line(plot.left - 5, py, plot.left, py, stroke: "#000000")
            if tick > yTicks.lower { out += line(plot.left, py, plot.right, py, stroke: "#e0e0e0") }
            out += text(yTicks.label(tick), plot.left - 9, py + 4, anchor: "end")
        }
        out += "</g>\n"
        out += text(xLabel, (plot.left + plot.right) / 2, height - 20, anchor: "middle")
        let midY = (plot.top + plot.bottom) / 2
        out += "<text x=\"20\" y=\"\(number(midY))\" text-anchor=\"middle\" transform=\"rotate(-90 20 \(number(midY)))\">"
            + "\(escape(yLabel))</text>\n"
        return out
    }

    private func path(_ line: Series, index: Int, xTicks: ChartTicks, yTicks: ChartTicks) -> String {
        let colour = Self.colours[index % Self.colours.count], dash = Self.dashes[index % Self.dashes.count]
        let points = line.points.sorted { $0.x < $1.x }.map { (x($0.x, xTicks), y($0.y, yTicks)) }
        guard !points.isEmpty else { return "" }
        let d = points.enumerated().map { ($0.offset == 0 ? "M" : "L") + "\(number($0.element.0)) \(number($0.element.1))" }
        var out = "<g fill=\"none\" stroke=\"\(colour)\"><title>\(escape(line.name))</title>\n"
        out += "<path d=\"\(d.joined(separator: " "))\" stroke-width=\"2\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>\n"
        for (px, py) in points {
            out += "<circle cx=\"\(number(px))\" cy=\"\(number(py))\" r=\"3\" fill=\"\(colour)\"/>\n"
        }
        return out + "</g>\n"
    }

    private func legend() -> String {
        var out = "<g>\n"
        for (index, line) in series.enumerated() {
            let colour = Self.colours[index % Self.colours.count], dash = Self.dashes[index % Self.dashes.count]
            let top = plot.top + 8 + Double(index) * 22, left = plot.right + 18
            out += "<line x1=\"\(number(left))\" y1=\"\(number(top))\" x2=\"\(number(left + 28))\" y2=\"\(number(top))\" "
                + "stroke=\"\(colour)\" stroke-width=\"2\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>\n"
            out += "<circle cx=\"\(number(left + 14))\" cy=\"\(number(top))\" r=\"3\" fill=\"\(colour)\"/>\n"
            let name = line.name.count > Self.longestLegendName
                ? String(line.name.prefix(Self.longestLegendName - 1)) + "…" : line.name
            out += text(name, left + 36, top + 4, anchor: "start")
        }
        return out + "</g>\n"
    }

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String? = nil) -> String {
        "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\""
            + (stroke.map { " stroke=\"\($0)\"" } ?? "") + "/>\n"
    }

    private func text(_ content: String, _ x: Double, _ y: Double, anchor: String) -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\">\(escape(content))</text>\n"
    }

    /// Coordinates with two decimals at most, in the C locale.
    private func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
    }

    /// XML character escaping for text and attribute values.
    func escape(_ text: String) -> String {
        XMLText.escape(text)
    }
}
