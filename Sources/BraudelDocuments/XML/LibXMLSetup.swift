import CLibXML2

/// libxml2's one-time global set-up, shared by every reader that parses with it (HTML pages,
/// EPUB chapters, JATS/TEI, ZIP parts): `xmlInitParser` must run once before parsers run on
/// several threads, and one guard — not one per reader — rules out two first calls racing.
enum LibXMLSetup {
    private static let done: Bool = {
        xmlInitParser()
        return true
    }()

    /// Runs the set-up if it has not run yet; cheap afterwards.
    static func ensure() {
        _ = done
    }
}
