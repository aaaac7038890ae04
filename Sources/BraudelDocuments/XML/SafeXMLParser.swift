import BraudelXML
import CLibXML2

/// Parses untrusted XML (publisher JATS, GROBID TEI) through ``SafeXML`` (no network, no
/// external DTD or entity, no entity expansion, libxml2's limits kept), recovering what it can.
///
/// Malformed documents: libxml2 recovers what it can. A recovered tree is read with a warning
/// naming the line of the last error libxml2 met; a document libxml2 cannot recover at all,
/// one whose recovered tree holds no text, or one rejected for entity loops or amplification
/// (billion laughs) is a one-line ``DocumentError/malformed(path:reason:)``.
enum SafeXMLParser {
    /// Errors after which a document is refused rather than recovered.
    static let refusedErrors: Set<Int32> = [
        Int32(XML_ERR_ENTITY_LOOP.rawValue),   // libxml2 2.9 also reports amplification this way
    ]

    /// Errors that mean the bytes are not in the declared (or default UTF-8) encoding.
    static let encodingErrors: Set<Int32> = [
        Int32(XML_ERR_INVALID_CHAR.rawValue), Int32(XML_ERR_INVALID_ENCODING.rawValue),
        Int32(XML_ERR_UNKNOWN_ENCODING.rawValue), Int32(XML_ERR_UNSUPPORTED_ENCODING.rawValue),
    ]


    /// Parses `bytes` and builds a document from the root element (the tree lives only during
    /// the call). Warnings about recovery or re-decoding are added to the document's. A
    /// recovered tree that yields no text at all is refused with libxml2's error.
    static func readDocument(bytes: [UInt8], path: String,
                             _ build: (XMLNodes.Node) throws -> Document) throws -> Document {
        guard bytes.count <= SafeXML.maxInputBytes else { throw DocumentError.malformed(path: path, reason: "XML too large to parse") }
        var (outcome, warnings) = parseDecodingIfNeeded(bytes)
        defer { outcome.free() }
        if let error = outcome.error {
            if refusedErrors.contains(error.code) || outcome.document == nil {
                throw DocumentError.malformed(path: path, reason: "not well-formed XML: \(error.summary)")
            }
            warnings.append("malformed XML recovered as far as libxml2 could: \(error.summary)")
        }
        guard let document = outcome.document, let root = xmlDocGetRootElement(document) else {
            throw DocumentError.malformed(path: path, reason: "no XML root element")
        }
        var result = try build(root)
        if let error = outcome.error, result.text.isEmpty {
            throw DocumentError.malformed(path: path, reason: "not well-formed XML: \(error.summary)")
        }
        result.warnings = warnings + result.warnings
        return result
    }

    /// Parses as the bytes declare; when they are not in the declared (or default UTF-8)
    /// encoding, as a Windows-1252 export declaring nothing, decodes them like a text file and
    /// parses the result as UTF-8.
    private static func parseDecodingIfNeeded(_ bytes: [UInt8]) -> (SafeXML.Outcome, [String]) {
        let outcome = parse(bytes, encoding: nil)
        guard let error = outcome.error, encodingErrors.contains(error.code) else { return (outcome, []) }
        let decoded = TextDecoder.decode(bytes)
        let retry = parse(Array(decoded.text.utf8), encoding: "UTF-8")
        if let retryError = retry.error, retryError.code == error.code {
            retry.free()
            return (outcome, [])
        }
        outcome.free()
        return (retry, decoded.warnings)
    }

    /// One parse through the shared wrapper, recovering.
    private static func parse(_ bytes: [UInt8], encoding: String?) -> SafeXML.Outcome {
        SafeXML.parseXML(bytes, encoding: encoding, recover: true)
    }
}
