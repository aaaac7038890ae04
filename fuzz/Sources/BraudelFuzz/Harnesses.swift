import BraudelCitations
import BraudelConcepts
import BraudelDocuments
import BraudelIndex
import BraudelLibrary
import Foundation

/// One harness per parser: it must return (or throw a typed error) for every input, never trap,
/// overflow the stack or hang. Errors are the expected outcome for most fuzzed inputs.
enum Harness: String, CaseIterable {
    case text, html, jats, tei, docx, odt, epub, markdown, registry, query, citations, references,
         liwc, quanteda, skos, turtle, bibtex, ris, csljson

    func run(_ bytes: [UInt8]) {
        let text = { String(decoding: bytes, as: UTF8.self) }
        func read(_ reader: some DocumentReader, _ path: String) { _ = try? reader.read(bytes: bytes, path: path, context: .empty) }
        switch self {
        case .text: _ = TextDecoder.decode(bytes)
        case .html: read(HTMLReader(), "f.html")
        case .jats: read(JATSReader(), "f.xml")
        case .tei: read(TEIReader(), "f.tei")
        case .docx: read(DOCXReader(), "f.docx")
        case .odt: read(ODTReader(), "f.odt")
        case .epub: read(EPUBReader(), "f.epub")
        case .markdown: read(MarkdownReader(), "f.md")
        case .registry:
            let extensions = ["txt", "md", "html", "xml", "docx", "odt", "epub", "tei"]
            let path = "f." + extensions[Int(bytes.first ?? 0) % extensions.count]
            _ = try? ReaderRegistry.standard.read(bytes: Array(bytes.dropFirst()), path: path, context: .empty)
        case .query: _ = try? SearchQuery(text())
        case .citations: _ = InTextCitationExtractor.extract(from: Array(text().unicodeScalars))
        case .references: _ = ReferenceListParser.parse(Array(text().unicodeScalars))
        case .liwc: _ = try? LIWCDictionaryImporter.load(text: text(), path: "f.dic")
        case .quanteda: _ = try? QuantedaDictionaryImporter.load(yaml: text(), path: "f.yml")
        case .skos: _ = try? SKOSImporter.load(bytes: bytes, path: "f.rdf")
        case .turtle: _ = try? SKOSTurtleImporter.load(text: text(), path: "f.ttl")
        case .bibtex: _ = BibTeXParser().parse(text(), file: "f.bib", folder: "/library")
        case .ris: _ = RISParser().parse(text(), file: "f.ris", folder: "/library")
        case .csljson: _ = CSLJSONParser().parse(Data(bytes), file: "f.json", folder: "/library")
        }
    }

    /// The harness named by BRAUDEL_FUZZ_TARGET.
    static let selected: Harness = {
        let name = ProcessInfo.processInfo.environment["BRAUDEL_FUZZ_TARGET"] ?? ""
        guard let harness = Harness(rawValue: name) else {
            FileHandle.standardError.write(Data("BRAUDEL_FUZZ_TARGET must be one of: \(allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return harness
    }()
}

#if BRAUDEL_FUZZ
/// libFuzzer's driver, entered from our own main: SwiftPM links an executable's `main` to the
/// module's entry point, so libFuzzer's own `main` is never used.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The entry point libFuzzer's runtime references.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Harness.selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
#endif

/// Fuzzes the harness named by BRAUDEL_FUZZ_TARGET (built with -DBRAUDEL_FUZZ and the fuzzer
/// sanitizer), or replays files through it: `BRAUDEL_FUZZ_TARGET=html BraudelFuzz crash-…`.
@main
struct BraudelFuzz {
    static func main() throws {
        _ = Harness.selected
        #if BRAUDEL_FUZZ
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
        #else
        for path in CommandLine.arguments.dropFirst() {
            Harness.selected.run(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            print("\(path): ok")
        }
        #endif
    }
}
