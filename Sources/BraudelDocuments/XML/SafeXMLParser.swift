import CLibXML2

/// Parses untrusted XML (publisher JATS, GROBID TEI) with libxml2 so that a hostile file can
/// neither read local files nor the network (no external DTD or entity is ever loaded) nor
/// expand entities exponentially, and keeps libxml2's size and depth limits.
///
/// Malformed documents: libxml2 recovers what it can. A recovered tree is read with a warning
/// naming the line of the last error libxml2 met; a document libxml2 cannot recover at all,
/// one whose recovered tree holds no text, or one rejected for entity loops or amplification
/// (billion laughs) is a one-line ``DocumentError/malformed(path:reason:)``.
enum SafeXMLParser {
    /// NONET: no network. NOERROR/NOWARNING (and `cxml_silence_context`): no stderr output. NOCDATA: CDATA as text. RECOVER:
    /// keep what precedes a well-formedness error. Deliberately absent: NOENT (would substitute
    /// entities, external ones included), DTDLOAD and DTDATTR (would fetch the external DTD),
    /// HUGE (would lift the size limits).
    static let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_RECOVER.rawValue)

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
        LibXMLSetup.ensure()
        guard bytes.count < Int(Int32.max) else { throw DocumentError.malformed(path: path, reason: "XML too large to parse") }
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
    private static func parseDecodingIfNeeded(_ bytes: [UInt8]) -> (Outcome, [String]) {
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

    /// The last error of a parse: libxml2's code, message and line.
    struct ParseError {
        var code: Int32
        var message: String
        var line: Int32
        /// "line 12: Opening and ending tag mismatch: p line 3 and sec" (one line).
        var summary: String {
            let oneLine = message.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            return "line \(line): \(oneLine.isEmpty ? "error \(code)" : oneLine)"
        }
    }

    /// A parsed document (maybe recovered) and the error met, if the input was not well-formed.
    struct Outcome {
        var document: xmlDocPtr?
        var error: ParseError?
        func free() { if let document { xmlFreeDoc(document) } }
    }

    /// One libxml2 parse with its own context, so errors are read from the context and not from
    /// libxml2's global state.
    private static func parse(_ bytes: [UInt8], encoding: String?) -> Outcome {
        guard let context = xmlNewParserCtxt() else {
            return Outcome(document: nil, error: ParseError(code: -1, message: "libxml2 out of memory", line: 0))
        }
        defer { xmlFreeParserCtxt(context) }
        cxml_silence_context(context)
        let input = bytes.isEmpty ? [0x20] : bytes
        let document = input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, encoding, options)
            }
        }
        guard context.pointee.wellFormed == 0 || document == nil else { return Outcome(document: document, error: nil) }
        let last = context.pointee.lastError
        let message = last.message.map { String(cString: $0) } ?? ""
        return Outcome(document: document, error: ParseError(code: last.code, message: message, line: last.line))
    }
}
