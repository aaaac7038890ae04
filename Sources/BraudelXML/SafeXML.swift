import CLibXML2

/// The one way Braudel hands untrusted bytes to libxml2 — every reader (JATS, TEI, DOCX/ODT/
/// EPUB parts, HTML pages and EPUB chapters) and the SKOS RDF/XML importer parse through here,
/// with one set of rules:
///
/// - no network (NONET); no entity substitution (no NOENT: an external entity, XXE, is never
///   loaded, and entity references stay reference nodes that no walker descends into, so nested
///   entities — billion laughs — are never expanded); no DTD loading (no DTDLOAD/DTDATTR);
/// - XML keeps libxml2's size and depth limits (no HUGE): the XML walkers may recurse, and
///   libxml2's 256-level depth limit bounds them; HTML lifts them (see ``htmlOptions``);
/// - each parse has its own context, silenced (nothing on stderr) and read for its own last
///   error, never libxml2's global state; libxml2's global set-up runs once, before any parser,
///   whatever thread comes first.
public enum SafeXML {
    /// XML: NONET, NOERROR, NOWARNING, NOCDATA (CDATA as text). RECOVER is added per call.
    public static let xmlOptions = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)

    /// HTML: recover from broken markup, no network, no error output, ignore the page's own
    /// encoding hint (the caller decodes), and XML_PARSE_HUGE: without it libxml2 stops at 256
    /// levels of nesting and silently drops the rest of the page. Lifting the limit is safe for
    /// HTML: its parser expands no entities, builds and frees its tree without recursion, and
    /// Braudel walks it iteratively; `--max-file-size` bounds the input.
    public static let htmlOptions = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
        | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        | XML_PARSE_HUGE.rawValue)

    /// Largest input libxml2 takes (its lengths are 32-bit).
    public static let maxInputBytes = Int(Int32.max) - 1

    private static let setUp: Bool = {
        xmlInitParser()
        return true
    }()

    /// libxml2's one-time global set-up; cheap after the first call.
    public static func ensureSetUp() {
        _ = setUp
    }

    /// The last error of a parse: libxml2's code, message and line.
    public struct ParseError: Sendable {
        public var code: Int32
        public var message: String
        public var line: Int32
        /// "line 12: Opening and ending tag mismatch: p line 3 and sec" (one line).
        public var summary: String {
            let oneLine = message.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            return "line \(line): \(oneLine.isEmpty ? "error \(code)" : oneLine)"
        }
    }

    /// A parsed document (maybe recovered, maybe nil) and the error met, if the input was not
    /// well-formed. The caller frees the document with ``free()``.
    public struct Outcome {
        public var document: xmlDocPtr?
        public var error: ParseError?

        public func free() { if let document { xmlFreeDoc(document) } }
    }

    /// Parses XML `bytes` (in `encoding`, or as they declare when nil). With `recover`, libxml2
    /// keeps what it can of a document that is not well-formed and the error is still reported.
    public static func parseXML(_ bytes: [UInt8], encoding: String? = nil, recover: Bool = false) -> Outcome {
        ensureSetUp()
        guard bytes.count <= maxInputBytes else {
            return Outcome(document: nil, error: ParseError(code: -1, message: "XML too large to parse", line: 0))
        }
        guard let context = xmlNewParserCtxt() else {
            return Outcome(document: nil, error: ParseError(code: -1, message: "libxml2 out of memory", line: 0))
        }
        defer { xmlFreeParserCtxt(context) }
        cxml_silence_context(context)
        let options = recover ? xmlOptions | Int32(bitPattern: XML_PARSE_RECOVER.rawValue) : xmlOptions
        let input = bytes.isEmpty ? [0x20] : bytes
        let document = input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, encoding, options)
            }
        }
        guard context.pointee.wellFormed == 0 || document == nil else { return Outcome(document: document, error: nil) }
        let last = context.pointee.lastError
        let message = last.message.map { String(cString: $0) } ?? ""
        let error = ParseError(code: last.code, message: message, line: last.line)
        if recover { return Outcome(document: document, error: error) }
        if let document { xmlFreeDoc(document) }
        return Outcome(document: nil, error: error)
    }

    /// Parses UTF-8 HTML `bytes` with ``htmlOptions``; nil when libxml2 builds no tree at all.
    /// The caller frees the result with `xmlFreeDoc`.
    public static func parseHTML(_ bytes: [UInt8]) -> htmlDocPtr? {
        ensureSetUp()
        guard bytes.count <= maxInputBytes else { return nil }
        let input = bytes.isEmpty ? [0x20] : bytes
        return input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", htmlOptions)
            }
        }
    }
}
