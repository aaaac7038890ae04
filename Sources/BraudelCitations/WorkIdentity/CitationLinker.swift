/// Links in-text citations to the entries of the same document's reference list.
public enum CitationLinker {
    /// Sets `reference` of each citation to the index of the matching entry (folded surname match incl. diacritics stripped, hyphen/space variants, et al. vs full author lists, first-author + year incl. a/b suffixes; year must match exactly incl. suffix when the entry has one).
    public static func link(_ citations: [InTextCitation], to entries: [ReferenceEntry]) -> [InTextCitation] {
        guard !entries.isEmpty else { return citations }
        var index = ReferenceIndex(entries)
        return citations.map { citation in
            var linked = citation
            linked.reference = index.bestEntry(for: citation)
            return linked
        }
    }
}
