import Foundation

/// Author lists are stored as JSON arrays of strings: readable with SQLite's json functions and
/// by other tools, and exact for names holding commas ("Smith & Sons, Inc.").
enum JSONStrings {
    /// Encodes without Foundation's encoder: this runs for every citation of every document.
    static func encode(_ strings: [String]) -> String {
        var out = "["
        for (index, string) in strings.enumerated() {
            if index > 0 { out += "," }
            out += "\""
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 {
                        out += String(format: "\\u%04x", scalar.value)
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            out += "\""
        }
        return out + "]"
    }

    /// Decodes a stored array; a damaged value reads as no authors rather than failing a query.
    /// Arrays written by ``encode(_:)`` take a fast path; anything else goes through Foundation.
    static func decode(_ json: String?) -> [String] {
        guard let json else { return [] }
        if let fast = decodeSimple(json) { return fast }
        guard let data = json.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }

    /// Parses `["a","b"]` with only the escapes ``encode(_:)`` writes; nil for anything else.
    private static func decodeSimple(_ json: String) -> [String]? {
        var scalars = json.unicodeScalars.makeIterator()
        guard scalars.next() == "[" else { return nil }
        var strings = [String]()
        var expectValue = true
        while let scalar = scalars.next() {
            switch scalar {
            case "]" where strings.isEmpty || !expectValue:
                return scalars.next() == nil ? strings : nil
            case "," where !expectValue:
                expectValue = true
            case "\"" where expectValue:
                guard let string = readString(&scalars) else { return nil }
                strings.append(string)
                expectValue = false
            default:
                return nil
            }
        }
        return nil
    }

    private static func readString(_ scalars: inout String.UnicodeScalarView.Iterator) -> String? {
        var out = String.UnicodeScalarView()
        while let scalar = scalars.next() {
            switch scalar {
            case "\"": return String(out)
            case "\\":
                switch scalars.next() {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                default: return nil
                }
            default: out.append(scalar)
            }
        }
        return nil
    }
}
