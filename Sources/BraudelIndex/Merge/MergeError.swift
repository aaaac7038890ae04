/// Why `braudel merge` refused or failed; every case names the file at fault.
public enum MergeError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The output exists and overwriting was not asked for.
    case outputExists(path: String)
    /// An input is the output itself.
    case outputIsInput(path: String)
    /// No input was given.
    case noInputs
    /// An input never finished an indexing run, so what built it is unknown.
    case unfinished(path: String)
    /// An input was built with another lexicon or another analysis than the first input.
    case incompatible(path: String, reason: String)
    /// The output could not be put in place.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .outputExists(let path): return "\(path): already exists (pass --force to replace it)"
        case .outputIsInput(let path): return "\(path): is both an input and the output"
        case .noInputs: return "no index to merge"
        case .unfinished(let path):
            return "\(path): records no lexicon or analysis version (its indexing run never finished); index it again"
        case .incompatible(let path, let reason): return "\(path): cannot be merged: \(reason)"
        case .cannotWrite(let path, let reason): return "\(path): cannot write merged index: \(reason)"
        }
    }
}
