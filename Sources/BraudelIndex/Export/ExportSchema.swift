/// The type of an exported column, as loaders (DuckDB, Spark, OpenSearch) should read it.
public enum ExportColumnType: String, Sendable, CaseIterable {
    /// A 64-bit integer (ids, offsets, counts, a document's year).
    case integer
    /// A double (file modification and indexing times, seconds since 1970).
    case real
    /// UTF-8 text.
    case text
    /// true / false (stored 0 / 1 in the index).
    case boolean
    /// A list of strings (author names): a JSON array in JSON Lines, the same JSON array as
    /// text in CSV.
    case textList = "text[]"
}

/// One exported column: its stable public name and type, and the index expression it reads.
public struct ExportColumn: Sendable {
    public let name: String
    public let type: ExportColumnType
    /// True when the value may be null (an empty field in CSV).
    public let nullable: Bool
    /// What the column holds, for the documentation.
    public let summary: String
    /// The SQL expression over the source table (defaults to the quoted name).
    let expression: String

    init(_ name: String, _ type: ExportColumnType, nullable: Bool = false, from expression: String? = nil, _ summary: String) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.summary = summary
        self.expression = expression ?? "\"\(name)\""
    }
}

/// One exported file: a table of the index under a stable public name (`documents.jsonl`).
/// The column lists are a published format: append columns, never rename or retype one.
public struct ExportTable: Sendable {
    /// The file's stem (`documents` → `documents.jsonl` / `documents.csv`).
    public let name: String
    public let columns: [ExportColumn]
    /// The index table rows come from.
    let source: String
    /// Row order, stable across runs (primary key).
    let order: String

    /// The query streaming the table's rows in column order.
    var selectSQL: String {
        "SELECT " + columns.map(\.expression).joined(separator: ", ") + " FROM \(source) ORDER BY \(order)"
    }
}

/// The files `braudel export` writes, one per index table. Offsets (`start`, `end`) are Unicode
/// scalar offsets into the owning document's `text`; ids are those of this index (another index
/// of the same corpus numbers rows differently) and tie the files together.
public enum ExportSchema {
    public static let tables: [ExportTable] = [documents, sentences, mentions, citations, references, works]

    static let documents = ExportTable(name: "documents", columns: [
        ExportColumn("id", .integer, "document id"),
        ExportColumn("path", .text, "absolute path of the file when it was indexed"),
        ExportColumn("hash", .text, "hex digest of the file's bytes"),
        ExportColumn("size", .integer, "file size in bytes"),
        ExportColumn("mtime", .real, "file modification time, seconds since 1970"),
        ExportColumn("format", .text, "detected format: txt, md, html, pdf, docx, …"),
        ExportColumn("title", .text, nullable: true, "title from the document's metadata or first heading"),
        ExportColumn("authors", .textList, "authors from the document's metadata"),
        ExportColumn("year", .integer, nullable: true, "publication year"),
        ExportColumn("token_count", .integer, "word tokens"),
        ExportColumn("indexed_at", .real, "when it was indexed, seconds since 1970"),
        ExportColumn("text", .text, "the cleaned text every offset refers to"),
        ExportColumn("language", .text, nullable: true, "language of most of the text (ISO 639: en, fr, es, pt, de, …)"),
        ExportColumn("languages", .textList, "languages holding at least a fifth of the text's paragraphs"),
    ], source: "document", order: "id")

    static let sentences = ExportTable(name: "sentences", columns: [
        ExportColumn("id", .integer, "sentence id"),
        ExportColumn("document_id", .integer, "→ documents.id"),
        ExportColumn("ordinal", .integer, "position in the document (0-based; blank sentences are skipped)"),
        ExportColumn("start", .integer, "first scalar offset"),
        ExportColumn("end", .integer, "scalar offset after the last character"),
        ExportColumn("text", .text, "the sentence"),
    ], source: "sentence", order: "id")

    static let mentions = ExportTable(name: "mentions", columns: [
        ExportColumn("id", .integer, "mention id"),
        ExportColumn("document_id", .integer, "→ documents.id"),
        ExportColumn("sentence_id", .integer, "→ sentences.id"),
        ExportColumn("concept", .text, "lexicon concept id (`semiperiphery`)"),
        ExportColumn("label", .text, "the concept's preferred label"),
        ExportColumn("text", .text, "the words as written"),
        ExportColumn("start", .integer, "first scalar offset"),
        ExportColumn("end", .integer, "scalar offset after the mention"),
    ], source: "mention", order: "id")

    static let citations = ExportTable(name: "citations", columns: [
        ExportColumn("id", .integer, "citation id"),
        ExportColumn("document_id", .integer, "→ documents.id"),
        ExportColumn("sentence_id", .integer, "→ sentences.id"),
        ExportColumn("authors", .textList, "cited surnames"),
        ExportColumn("et_al", .boolean, "written with et al."),
        ExportColumn("year", .text, "year as written (`1974a`, `n.d.`)"),
        ExportColumn("text", .text, "the citation as written"),
        ExportColumn("start", .integer, "first scalar offset"),
        ExportColumn("end", .integer, "scalar offset after the citation"),
        ExportColumn("narrative", .boolean, "narrative (`Wallerstein (1974)`) rather than parenthetical"),
        ExportColumn("locator", .text, nullable: true, "page or chapter locator"),
        ExportColumn("reference_id", .integer, nullable: true, "→ references.id of the linked entry"),
        ExportColumn("work_key", .text, "→ works.key: the cited work across documents"),
    ], source: "citation", order: "id")

    static let references = ExportTable(name: "references", columns: [
        ExportColumn("id", .integer, "reference entry id"),
        ExportColumn("document_id", .integer, "→ documents.id"),
        ExportColumn("ordinal", .integer, "position in the reference list (0-based)"),
        ExportColumn("authors", .textList, "author names"),
        ExportColumn("year", .text, nullable: true, "year as written"),
        ExportColumn("title", .text, nullable: true, "title"),
        ExportColumn("raw", .text, "the entry as written"),
        ExportColumn("work_key", .text, "→ works.key"),
        ExportColumn("container", .text, nullable: true, "journal or book the entry appeared in"),
        ExportColumn("volume", .text, nullable: true, "volume"),
        ExportColumn("issue", .text, nullable: true, "issue"),
        ExportColumn("pages", .text, nullable: true, "pages"),
        ExportColumn("publisher", .text, nullable: true, "publisher"),
        ExportColumn("place", .text, nullable: true, "place of publication"),
        ExportColumn("doi", .text, nullable: true, "DOI"),
        ExportColumn("url", .text, nullable: true, "URL"),
    ], source: "reference", order: "id")

    static let works = ExportTable(name: "works", columns: [
        ExportColumn("key", .text, "work key: first surname | year | title fingerprint"),
        ExportColumn("first_author", .text, nullable: true, "first author's surname"),
        ExportColumn("authors", .textList, "authors, from the best reference entry or the first citation"),
        ExportColumn("year", .text, nullable: true, "year as written"),
        ExportColumn("title", .text, nullable: true, "title, when a reference entry gives one"),
    ], source: "work", order: "key")
}
