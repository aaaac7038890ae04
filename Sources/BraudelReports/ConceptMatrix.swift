import BraudelIndex
import Foundation

/// A document × concept (or year × concept) matrix for R and Python: rows are documents (by
/// path) or years, columns the concepts mentioned anywhere, cells counts or rates per 10,000
/// tokens. Written as a wide CSV or as Matrix Market coordinates with row and column names.
public struct ConceptMatrix: Sendable {
    public enum Rows: String, Sendable, CaseIterable { case document, year }
    public enum Weight: String, Sendable, CaseIterable { case count, per10k }

    public var rowNames: [String]
    public var columnNames: [String]
    /// Non-zero cells: (row, column) → value.
    public var cells: [Int: [Int: Double]]
    /// Documents left out of a year matrix for having no year.
    public var undated: Int

    /// Builds the matrix from the index's per-document counts.
    public init(documents: [DocumentSize], counts: [DocumentConceptMentions], by rows: Rows, weight: Weight) {
        columnNames = Array(Set(counts.map(\.concept))).sorted()
        let column = Dictionary(uniqueKeysWithValues: columnNames.enumerated().map { ($1, $0) })
        func key(_ path: String, _ year: Int?) -> String? { rows == .document ? path : year.map(String.init) }
        rowNames = Array(Set(documents.compactMap { key($0.path, $0.year) })).sorted()
        undated = rows == .year ? documents.filter { $0.year == nil }.count : 0
        let row = Dictionary(uniqueKeysWithValues: rowNames.enumerated().map { ($1, $0) })
        var tokens = [Int: Int]()
        for document in documents {
            if let r = key(document.path, document.year).flatMap({ row[$0] }) { tokens[r, default: 0] += document.tokens }
        }
        var sums = [Int: [Int: Double]]()
        for count in counts {
            guard let r = key(count.path, count.year).flatMap({ row[$0] }), let c = column[count.concept] else { continue }
            sums[r, default: [:]][c, default: 0] += Double(count.mentions)
        }
        if weight == .per10k {
            for (r, columns) in sums {
                let size = Double(max(tokens[r] ?? 0, 1))
                sums[r] = columns.mapValues { $0 * 10_000 / size }
            }
        }
        cells = sums
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// Wide CSV: a first column `row` (the document path or year), then one column per concept.
    public func csv() -> String {
        let header = ["row"] + columnNames
        let rows = rowNames.indices.map { r in
            [rowNames[r]] + columnNames.indices.map { c in format(cells[r]?[c] ?? 0) }
        }
        return CSVText.table(header: header, rows: rows)
    }

    /// Matrix Market coordinate format (1-based, `real general`), rows and columns as named by
    /// ``rowNames`` and ``columnNames`` in that order.
    public func matrixMarket() -> String {
        let entries = cells.flatMap { r, columns in columns.map { (r, $0.key, $0.value) } }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        var lines = ["%%MatrixMarket matrix coordinate real general",
                     "% rows: \(rowNames.count) (see .rows.txt), columns: concepts (see .cols.txt); written by braudel matrix",
                     "\(rowNames.count) \(columnNames.count) \(entries.count)"]
        lines += entries.map { "\($0.0 + 1) \($0.1 + 1) \(format($0.2))" }
        return lines.joined(separator: "\n") + "\n"
    }
}
