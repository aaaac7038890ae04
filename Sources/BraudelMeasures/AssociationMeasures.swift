import Foundation

/// Association measures of two events from their counts over `total` units: the 2×2
/// contingency table is [[ab, a¬b], [¬ab, ¬a¬b]] with ab = `count` and row total `countA × span`.
/// `span` is 1 for units of text; for a ±K-token window it is 2K, the slots around each mention of
/// `a` where `b` could fall (Evert 2008, surface co-occurrence). Dice and logDice always use the
/// raw counts, as Sketch Engine does.
public struct AssociationMeasures: Sendable, Hashable {
    public let expected: Double
    /// Bits.
    public let pmi: Double
    public let npmi: Double
    public let g2: Double
    public let dice: Double
    public let logDice: Double

    public init(count: Int, countA: Int, countB: Int, total: Int, span: Int = 1) {
        let n = Double(total), ab = Double(count), b = Double(countB)
        // A window's slots cannot outnumber the corpus's tokens.
        let a = min(Double(countA) * Double(max(1, span)), n)
        expected = total > 0 ? a * b / n : 0
        dice = countA + countB > 0 ? 2 * ab / Double(countA + countB) : 0
        logDice = dice > 0 ? 14 + log2(dice) : -.infinity
        guard count > 0, total > 0 else {
            pmi = 0
            npmi = 0
            g2 = 0
            return
        }
        pmi = log2(ab / expected)
        let pAB = ab / n
        // p(ab) = 1: both occur in every unit; -log p(ab) is 0 and the association is perfect.
        npmi = pAB >= 1 ? 1 : pmi / -log2(pAB)
        g2 = Self.logLikelihood(ab: ab, a: a, b: b, n: n)
    }

    /// G² = 2 Σ O ln(O / E) over the four cells, E = row total × column total / N; empty cells
    /// contribute nothing (O ln O → 0).
    static func logLikelihood(ab: Double, a: Double, b: Double, n: Double) -> Double {
        let cells: [(observed: Double, row: Double, column: Double)] = [
            (ab, a, b), (a - ab, a, n - b), (b - ab, n - a, b), (n - a - b + ab, n - a, n - b),
        ]
        var sum = 0.0
        for cell in cells where cell.observed > 0 {
            sum += cell.observed * log(cell.observed * n / (cell.row * cell.column))
        }
        return max(0, 2 * sum)
    }
}
