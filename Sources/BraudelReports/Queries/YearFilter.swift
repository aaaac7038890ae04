/// `--year A..B`: an inclusive range of publication years; either end may be left open.
public struct YearFilter: Sendable {
    public let range: ClosedRange<Int>

    public init?(argument: String) {
        let parts = argument.components(separatedBy: "..")
        let bounds: (Int?, Int?)
        switch parts.count {
        case 1: bounds = (Int(parts[0]), Int(parts[0]))
        case 2: bounds = (parts[0].isEmpty ? Int.min : Int(parts[0]), parts[1].isEmpty ? Int.max : Int(parts[1]))
        default: return nil
        }
        guard let low = bounds.0, let high = bounds.1, low <= high, argument != ".." else { return nil }
        range = low...high
    }
}

