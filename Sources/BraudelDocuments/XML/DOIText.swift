/// DOIs as reference lists write them ("https://doi.org/10.…", "doi:10.…") reduced to the bare
/// identifier ("10.…"), so entries from different sources compare equal.
enum DOIText {
    static let prefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:", "doi: "]

    /// The bare DOI, nil when nothing is left.
    static func normalized(_ text: String) -> String? {
        var value = Substring(text)
        for prefix in prefixes where value.lowercased().hasPrefix(prefix) { value = value.dropFirst(prefix.count) }
        let trimmed = value.split(whereSeparator: { $0.isWhitespace }).joined()
        return trimmed.isEmpty ? nil : trimmed
    }
}
