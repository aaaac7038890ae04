import Testing
@testable import BraudelDocuments

/// Decoding real byte sequences: UTF-8 with and without BOM, UTF-16 with BOM, Windows-1252.
@Suite struct TextDecoderTests {
    @Test func utf8WithBOMIsStripped() {
        let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Braudel’s longue durée".utf8))
        #expect(decoded.text == "Braudel’s longue durée")
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.warnings.isEmpty)
    }

    @Test func utf16LittleAndBigEndianWithBOM() {
        let text = "Amin’s “delinking” – 1990"
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] as [UInt8] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(TextDecoder.decode(little).text == text)
        #expect(TextDecoder.decode(little).encoding == "UTF-16LE")
        #expect(TextDecoder.decode(big).text == text)
        #expect(TextDecoder.decode(big).encoding == "UTF-16BE")
    }

    @Test func windows1252IsDetectedAndConverted() throws {
        let bytes = try Fixtures.bytes("windows1252.txt")
        #expect(bytes.contains(0x93) && bytes.contains(0x94) && bytes.contains(0x96) && bytes.contains(0xE9))
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text.contains("The \u{201C}core\u{201D} of Frank\u{2019}s argument \u{2013} that"))
        #expect(decoded.text.contains("José Ramírez"))
        #expect(decoded.text.contains("café"))
        #expect(decoded.warnings.count == 1)
        #expect(decoded.warnings[0].contains("windows-1252"))
    }

    @Test func undetectableBytesAreReplacedWithAWarning() {
        // A lone invalid byte in otherwise ASCII text: ICU guesses, or we fall back; either way
        // the text survives and the problem is reported.
        let decoded = TextDecoder.decode(Array("core ".utf8) + [0xFF] + Array(" periphery".utf8))
        #expect(decoded.text.hasPrefix("core "))
        #expect(decoded.text.hasSuffix(" periphery"))
        #expect(!decoded.warnings.isEmpty)
    }

    @Test func validUTF8NeedsNoWarning() {
        let decoded = TextDecoder.decode(Array("Wallerstein’s world-system".utf8))
        #expect(decoded.text == "Wallerstein’s world-system")
        #expect(decoded.warnings.isEmpty)
    }

    @Test func binarySniffing() throws {
        #expect(BinarySniffer.isBinary(try Fixtures.bytes("binary.txt")))
        #expect(!BinarySniffer.isBinary(try Fixtures.bytes("utf16le_bom.txt")))
        #expect(!BinarySniffer.isBinary(try Fixtures.bytes("pdf_extracted.txt")))
        #expect(BinarySniffer.isBinary(Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8)))
        #expect(BinarySniffer.isBinary([UInt8](repeating: 0x01, count: 100) + Array("text".utf8)))
    }

    /// Issue 18, failure 14: a UTF-32 byte order mark was read as UTF-16 and indexed garbage.
    @Test func utf32LittleAndBigEndianWithBOM() {
        let text = "Arrighi’s “long centuries” 𝔄 1994"
        let scalars = text.unicodeScalars.map(\.value)
        let little: [UInt8] = [0xFF, 0xFE, 0, 0] + scalars.flatMap { v in (0..<4).map { UInt8(v >> (8 * $0) & 0xFF) } }
        let big: [UInt8] = [0, 0, 0xFE, 0xFF] + scalars.flatMap { v in (0..<4).reversed().map { UInt8(v >> (8 * $0) & 0xFF) } }
        #expect(TextDecoder.decode(little).text == text)
        #expect(TextDecoder.decode(little).encoding == "UTF-32LE")
        #expect(TextDecoder.decode(big).text == text)
        #expect(TextDecoder.decode(big).encoding == "UTF-32BE")
        #expect(!BinarySniffer.isBinary(big))
    }

    /// Issue 18: one stray NUL in a long text made it "binary"; now it is replaced, with a warning.
    @Test func strayNULIsReplacedNotBinary() throws {
        let prose = String(repeating: "The core exploits the periphery through unequal exchange. ", count: 200)
        let bytes = Array(prose.utf8) + [0] + Array(prose.utf8)
        #expect(!BinarySniffer.isBinary(bytes))
        let decoded = TextDecoder.decode(bytes)
        #expect(!decoded.text.utf8.contains(0))
        #expect(decoded.warnings == ["1 NUL character replaced with spaces"])
        let document = try ReaderRegistry.standard.read(bytes: bytes, path: "nul.txt", context: .empty)
        #expect(document.text.contains("unequal exchange"))
        // Many NULs among text is still binary data.
        #expect(BinarySniffer.isBinary(Array(prose.prefix(1000).utf8) + [UInt8](repeating: 0, count: 100)))
    }
}
