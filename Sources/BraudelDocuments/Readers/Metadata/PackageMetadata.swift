/// Metadata a container package declares (core.xml, meta.xml, an OPF), sorted by how far it can
/// be trusted, and combined with the title block at the top of the text.
///
/// Year policy: office suites stamp `dcterms:created` / `meta:creation-date` with the moment the
/// file was made, which for a converted, re-saved or template-derived file can be decades
/// after the text was written. So a date someone chose (`dcterms:issued`, a custom "date" or
/// "year" property, an OPF `dc:date`) comes first, then a year in the text's own title block
/// ("Working Paper No. 14, March 2019"), and only then the file's creation timestamp.
struct PackageMetadata: Sendable {
    var title: String?
    var creators: [String] = []
    /// Dates a person entered as the work's date, most trusted first.
    var chosenDates: [String] = []
    /// Timestamps the software wrote (creation, modification), most useful first.
    var fileDates: [String] = []

    /// The document's metadata: package fields first, the title block at the top of `body`
    /// (notes and reference list left out) filling gaps.
    func resolved(withBody body: [TextBlock]) -> DocumentMetadata {
        let titleBlock = TitleBlockParser.metadata(of: NotedTextAssembler.frontMatter(of: body))
        var metadata = DocumentMetadata()
        metadata.title = title.map(WhitespaceCollapser.collapse).flatMap { $0.isEmpty ? nil : $0 } ?? titleBlock.title
        metadata.authors = creators.isEmpty ? titleBlock.authors : creators
        metadata.year = chosenDates.lazy.compactMap { YearFinder.firstYear(in: $0) }.first
            ?? titleBlock.year
            ?? fileDates.lazy.compactMap { YearFinder.firstYear(in: $0) }.first
        return metadata
    }
}
