import Foundation

/// Publication details for entries that did not come through ``ReferenceListParser``: a
/// structured bibliography (JATS, TEI) gives authors, year, title and the raw text, and the
/// rest can be read from the raw text the same way.
extension ReferenceEntry {
    /// This entry with container, volume, issue, pages, publisher, place, DOI and URL read from
    /// `raw` (after the title when the title is found in it); fields already set are kept.
    public func withDetailsFromRaw() -> ReferenceEntry {
        var tail: String?
        if let title, !title.isEmpty, let range = raw.range(of: title) {
            var rest = raw[range.upperBound...]
            // The title's own closing quote and period belong to it, not to the details.
            while let first = rest.first, first == "\u{201D}" || first == "\"" || first == "." || first == "?" || first == "!" || first == " " {
                rest.removeFirst()
            }
            tail = String(rest)
        }
        let details = ReferenceDetailsParser.parse(entry: raw, tail: tail)
        var entry = self
        entry.container = container ?? details.container
        entry.volume = volume ?? details.volume
        entry.issue = issue ?? details.issue
        entry.pages = pages ?? details.pages
        entry.publisher = publisher ?? details.publisher
        entry.place = place ?? details.place
        entry.doi = doi ?? details.doi
        entry.url = url ?? details.url
        return entry
    }
}
