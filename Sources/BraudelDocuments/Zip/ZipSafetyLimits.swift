/// How much a ZIP-based document may expand when read, so a zip bomb fails fast with a clear
/// error instead of exhausting memory.
///
/// The rule: the entries a reader extracts may total at most
/// `min(maxTotalBytes, max(minimumBudget, expansionFactor × archive size))` uncompressed bytes
/// (200 MB, or 100× the file, whichever is smaller, but never less than 1 MB so tiny valid
/// files are not refused), and an entry larger than `ratioExemptBytes` (1 MB) may not expand
/// more than `maxEntryRatio` (100:1) over its compressed size. Both are checked on the sizes
/// the central directory declares before extracting, and again on the bytes actually produced
/// while extracting, since declared sizes can lie.
public struct ZipSafetyLimits: Sendable, Hashable {
    public var maxTotalBytes: Int
    public var expansionFactor: Int
    public var minimumBudget: Int
    public var maxEntryRatio: Int
    public var ratioExemptBytes: Int

    public init(maxTotalBytes: Int = 200 << 20, expansionFactor: Int = 100, minimumBudget: Int = 1 << 20,
                maxEntryRatio: Int = 100, ratioExemptBytes: Int = 1 << 20) {
        self.maxTotalBytes = maxTotalBytes
        self.expansionFactor = expansionFactor
        self.minimumBudget = minimumBudget
        self.maxEntryRatio = maxEntryRatio
        self.ratioExemptBytes = ratioExemptBytes
    }

    /// The limits every reader uses unless told otherwise.
    public static let standard = ZipSafetyLimits()

    /// The total uncompressed bytes allowed for an archive of `archiveSize` bytes.
    public func budget(forArchiveOf archiveSize: Int) -> Int {
        let scaled = archiveSize.multipliedReportingOverflow(by: expansionFactor)
        let byFile = scaled.overflow ? Int.max : scaled.partialValue
        return min(maxTotalBytes, max(minimumBudget, byFile))
    }

    /// Whether `uncompressed` bytes from `compressed` bytes is a suspicious expansion.
    func isExcessiveRatio(uncompressed: UInt64, compressed: UInt64) -> Bool {
        guard uncompressed > UInt64(ratioExemptBytes) else { return false }
        let (limit, overflow) = max(compressed, 1).multipliedReportingOverflow(by: UInt64(maxEntryRatio))
        return !overflow && uncompressed > limit
    }
}
