import Foundation
import ArgumentParser
import BraudelAnalysis
import BraudelDocuments
import BraudelReports

/// `braudel text FILE`: the cleaned text that every offset refers to.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the cleaned plain text Braudel analyzes (offsets in `analyze` point into it).")

    @OptionGroup var input: InputFileOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let analyzer = Analyzer(lexicon: try lexicon.load())
        let document = try input.read(with: analyzer)
        switch output.format {
        case .table: Printer.write(document.text.hasSuffix("\n") ? document.text : document.text + "\n")
        case .json: Printer.printJSON(TextRecord(document, path: input.file))
        case .csv: Printer.print([TextRecord(document, path: input.file)], as: .csv)
        }
    }
}

/// Files larger than this are refused unless --max-file-size says otherwise.
let defaultMaxFileSize = 256 * 1024 * 1024

/// The largest --max-file-size accepted (1 TiB).
let maximumFileSize = 1 << 40

/// The one document `text` and `analyze` read: a file, or `-` for standard input (read whole, up
/// to the size limit, its format sniffed from its first bytes).
struct InputFileOptions: ParsableArguments {
    @Argument(help: "A document: text, Markdown, HTML, TEI/JATS XML, DOCX, ODT, EPUB or PDF; - reads standard input.")
    var file: String
    @Option(parsing: .unconditional, help: "Largest file to read, in bytes.") var maxFileSize: Int = defaultMaxFileSize

    func validate() throws {
        try checkRange(maxFileSize, "--max-file-size", 1...maximumFileSize)
    }

    /// The cleaned document, its reading warnings printed on stderr.
    func read(with analyzer: Analyzer) throws -> Document {
        let document = try readFailingCleanly {
            guard file == "-" else { return try analyzer.read(fileAt: file, maxBytes: maxFileSize) }
            let bytes = try standardInput()
            // Plain text has no signature: what no reader recognizes by its bytes is read as text.
            let sniffed = ReaderRegistry.standard.reader(forPath: "-", head: Array(bytes.prefix(ReaderRegistry.headSize)))
            return try analyzer.read(bytes: bytes, path: sniffed == nil ? "-.txt" : "-")
        }
        for warning in document.warnings { Printer.warn("\(file): \(warning)") }
        return document
    }

    private func standardInput() throws -> [UInt8] {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard data.count <= maxFileSize else {
            throw CommandFailure("-: standard input exceeds the limit of \(maxFileSize) bytes (--max-file-size)")
        }
        return [UInt8](data)
    }
}

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
