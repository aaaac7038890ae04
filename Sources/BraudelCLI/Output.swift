import ArgumentParser
import BraudelReports
import Foundation

extension OutputFormat: ExpressibleByArgument {}

/// Prints records to stdout in the chosen format.
enum Printer {
    static func print<Record: TabularRecord>(_ records: [Record], as format: OutputFormat, maxCellWidth: Int = 70) {
        write(RecordOutput.render(records, as: format, maxCellWidth: maxCellWidth, terminalWidth: Terminal.stdoutColumns,
                                  colour: Terminal.colour))
    }

    /// One value (an object or a list) as JSON on stdout.
    static func printJSON<Value: Encodable>(_ value: Value) {
        write(JSONOutput.string(value) + "\n")
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// A warning or progress line on stderr.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// `braudel: warning: …` on stderr.
    static func warn(_ text: String) { note("braudel: warning: " + text) }

    /// `braudel: error: …` on stderr, for a failure that does not end the run (one file of a batch).
    static func error(_ text: String) { note("braudel: error: " + text) }
}

/// What the terminal allows: its width, colour, progress lines.
enum Terminal {
    /// Columns of stdout when it is a terminal ($COLUMNS, else the window size), else nil.
    static var stdoutColumns: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static var colour: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }
}
