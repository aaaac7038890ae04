import BraudelAnalysis
import BraudelConcepts

extension CorpusEvaluation {
    /// Summed scores of the concepts in `ids`, over all documents: the ambiguous concepts (those
    /// guarded by context rules) are reported apart because their precision is what a general
    /// dictionary tool gets wrong.
    public func conceptScore(of ids: Set<String>) -> Score {
        conceptsByID.filter { ids.contains($0.key) }.values.reduce(Score(), +)
    }
}

extension Lexicon {
    /// Concepts with a context rule: terms with everyday senses ("core", "periphery", "long wave").
    public var ambiguousConceptIDs: Set<String> {
        Set(concepts.filter { $0.context != nil && !$0.abstract }.map(\.id))
    }
}
