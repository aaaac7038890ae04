/// The explorer's front end, compiled into the binary (no files to find at run time, so no
/// path from a URL ever reaches the file system): served by name from a fixed table.
enum StaticAssets {
    struct Asset: Sendable {
        let type: String
        let text: String
    }

    static let byName: [String: Asset] = [
        "app.js": Asset(type: "text/javascript; charset=utf-8", text: appJS),
        "app.css": Asset(type: "text/css; charset=utf-8", text: appCSS),
    ]
}
