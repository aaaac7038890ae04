import BraudelCitations
import BraudelDocuments
import BraudelText

/// Citations and references for formats that mark them up (JATS, TEI): structured entries are
/// taken as they are, callouts become citations linked to their entries, and author–year
/// citations the scanner finds outside any callout are kept and linked as usual.
enum StructuredCitations {
    /// The reference entries of a structured bibliography and the span they cover in the text.
    static func references(of document: Document) -> (entries: [ReferenceEntry], section: Range<Int>?) {
        let entries = document.bibliography.map { source in
            var entry = ReferenceEntry(authors: source.authors, year: source.year, title: source.title, raw: source.raw,
                                       start: source.start, end: source.end)
            // The markup's own container and DOI first; volume, pages, publisher … from the text.
            entry.container = source.container
            entry.doi = source.doi
            return entry.withDetailsFromRaw()
        }
        guard let first = entries.map(\.start).min(), let last = entries.map(\.end).max(), first <= last else {
            return (entries, nil)
        }
        return (entries, first..<last)
    }

    /// Callout citations merged with the scanner's citations that no callout covers.
    static func citations(of document: Document, scanned: [InTextCitation], references: [ReferenceEntry],
                          text: ScalarText) -> [InTextCitation] {
        var position = [String: Int]()
        for (index, entry) in document.bibliography.enumerated() {
            if let id = entry.id, position[id] == nil { position[id] = index }
        }
        var fromCallouts = [InTextCitation]()
        for callout in document.callouts {
            for target in callout.targets {
                guard let index = position[target] else { continue }
                let entry = references[index]
                fromCallouts.append(InTextCitation(authors: entry.authors, year: entry.year ?? "n.d.",
                                                   text: text.string(in: callout.start..<max(callout.start, callout.end)),
                                                   start: callout.start, end: callout.end, narrative: false,
                                                   reference: index))
            }
        }
        let covered = document.callouts.map { $0.start..<$0.end }
        let uncovered = scanned.filter { citation in !covered.contains { $0.overlaps(citation.start..<citation.end) } }
        let linked = CitationLinker.link(uncovered, to: references)
        return (fromCallouts + linked).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}
