import ArgumentParser
import BraudelAnalysis
import BraudelDocuments

/// `braudel text FILE`: the cleaned text that every offset refers to.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the cleaned plain text Braudel analyzes (offsets in `analyze` point into it).")

    @Argument(help: "A document: text, Markdown, HTML, TEI/JATS XML, DOCX, ODT, EPUB or PDF.") var file: String
    @OptionGroup var lexicon: LexiconOptions
    @Option(help: "Largest file to read, in bytes.") var maxFileSize: Int = defaultMaxFileSize

    func run() throws {
        let analyzer = Analyzer(lexicon: try lexicon.load())
        let document = try readFailingCleanly { try analyzer.read(fileAt: file, maxBytes: maxFileSize) }
        for warning in document.warnings { Printer.note("braudel: warning: \(file): \(warning)") }
        Printer.write(document.text.hasSuffix("\n") ? document.text : document.text + "\n")
    }
}

/// Files larger than this are refused unless --max-file-size says otherwise.
let defaultMaxFileSize = 256 * 1024 * 1024

/// Runs a reading step, turning reader errors into one-line command failures.
func readFailingCleanly<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as DocumentError {
        throw CommandFailure(error.description)
    } catch let error as CommandFailure {
        throw error
    } catch {
        throw CommandFailure("\(error)")
    }
}
