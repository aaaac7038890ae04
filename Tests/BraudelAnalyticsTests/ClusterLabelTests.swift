import Foundation
import Testing
@testable import BraudelAnalytics

/// Label terms ranked by Dunning's log-likelihood ratio.
@Suite struct ClusterLabelTests {
    @Test func logLikelihoodMatchesTheClosedForm() {
        // A perfectly split table: G² = 2 · N · ln 2.
        #expect(abs(ClusterLabeler.logLikelihood(10, 0, 0, 10) - 2 * 20 * log(2.0)) < 1e-12)
        // Independence: G² = 0.
        #expect(abs(ClusterLabeler.logLikelihood(5, 15, 10, 30)) < 1e-12)
    }

    @Test func termsOverRepresentedInAClusterRankFirstAndCommonTermsDoNot() {
        // Sentences 0–3 cite cluster 0, 4–7 cluster 1; "core" is everywhere, "hegemony" only in
        // cluster 0, "dependency" mostly in cluster 1.
        var counts = TermCounts(clusterCount: 2)
        for sentence in 0..<8 {
            var held: Set<String> = ["core"]
            if sentence < 3 { held.insert("hegemony") }
            if sentence >= 4 || sentence == 0 { held.insert("dependency") }
            counts.add(terms: held, clusters: [sentence < 4 ? 0 : 1])
        }
        // A sentence citing works of no cluster still counts in the baseline.
        counts.add(terms: ["core"], clusters: [])
        let ranked = ClusterLabeler.rank(counts)
        #expect(ranked[0].map(\.term) == ["hegemony"])
        #expect(ranked[1].map(\.term) == ["dependency"])
        #expect(ranked[0][0].count == 3 && counts.units == 9 && counts.everywhere["core"] == 9)
        #expect(abs(ranked[0][0].score - ClusterLabeler.logLikelihood(3, 1, 0, 5)) < 1e-12)
    }
}
