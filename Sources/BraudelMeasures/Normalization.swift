/// Similarity measures that correct a co-occurrence count a_ij for how common each node is,
/// s_i being the node's own occurrences (documents citing a work, sentences naming a concept):
/// association strength a_ij / (s_i s_j) as VOSviewer uses it (van Eck and Waltman 2009),
/// Salton's cosine a_ij / √(s_i s_j) and Jaccard's index a_ij / (s_i + s_j − a_ij).
public enum Normalization: String, Sendable, CaseIterable {
    case association, cosine, jaccard

    /// The normalized strength; 0 when either node never occurs (which a real pair cannot).
    public func strength(shared: Int, _ a: Int, _ b: Int) -> Double {
        guard a > 0, b > 0 else { return 0 }
        let shared = Double(shared), a = Double(a), b = Double(b)
        switch self {
        case .association: return shared / (a * b)
        case .cosine: return shared / (a * b).squareRoot()
        case .jaccard: return a + b - shared > 0 ? shared / (a + b - shared) : 0
        }
    }
}
