import Foundation
import Testing

/// `braudel matrix` read by pandas and scipy as an analyst would, checked against
/// `concepts --by document`; R is not installed here, so quanteda's path is documented only.
@Suite(.serialized) final class MatrixCLITests {
    let folder: URL

    init() throws {
        folder = try CLIRunner.indexedScratchCorpus()
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    @Test func pandasAndScipyReadTheMatrixWithTheCountsOfConceptsByDocument() throws {
        let probe = try CLIGraphFormats.python(["-c", "import pandas, scipy"])
        try #require(probe.status == 0, "python3 cannot import pandas and scipy (run scripts/install-deps --test): \(probe.output)")
        #expect(try CLIRunner.run(["matrix", "--output", "m"], in: folder).status == 0)
        let mtx = try CLIRunner.run(["matrix", "--format", "mtx", "--output", "m", "--weight", "per10k"], in: folder)
        #expect(mtx.status == 0, "\(mtx.stderr)")
        let years = try CLIRunner.run(["matrix", "--by", "year", "--format", "mtx", "--output", "y"], in: folder)
        #expect(years.stderr.contains("without a year left out"), "\(years.stderr)")
        let byDocument = try CLIRunner.run(["concepts", "--by", "document", "--format", "json"], in: folder)
        let rows = try JSONSerialization.jsonObject(with: Data(byDocument.stdout.utf8)) as? [[String: Any]] ?? []
        try JSONSerialization.data(withJSONObject: rows).write(to: folder.appendingPathComponent("by-document.json"))
        let script = """
            import json, sys, pandas, scipy.io
            folder = sys.argv[1]
            wide = pandas.read_csv(folder + '/m.csv', index_col='row')
            rates = scipy.io.mmread(folder + '/m.mtx').tocsr()
            rows = open(folder + '/m.rows.txt', encoding='utf-8').read().splitlines()
            cols = open(folder + '/m.cols.txt', encoding='utf-8').read().splitlines()
            year = scipy.io.mmread(folder + '/y.mtx')
            expected = json.load(open(folder + '/by-document.json'))
            bad = 0
            for r in expected:
                count = wide.loc[r['path'], r['concept']]
                rate = rates[rows.index(r['path']), cols.index(r['concept'])]
                bad += count != r['mentions'] or abs(rate - r['per_ten_thousand_tokens']) > 1e-9
            print(json.dumps({"shape": list(wide.shape), "mtx_shape": list(rates.shape), "cells": len(expected),
                              "nonzero": int((wide.values > 0).sum()), "bad": int(bad), "total": float(wide.values.sum()),
                              "year_total": float(year.sum()), "year_rows": year.shape[0],
                              "same_order": list(wide.index) == rows and list(wide.columns) == cols}))
            """
        let output = try ClustersCLITests.python(script, [folder.path])
        let read = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(read["bad"] as? Int == 0)
        #expect(read["nonzero"] as? Int == rows.count)
        #expect(read["same_order"] as? Bool == true)
        #expect((read["shape"] as? [Int]) == (read["mtx_shape"] as? [Int]))
        #expect((read["shape"] as? [Int])?.first == CLIRunner.corpusFiles.count)
        #expect((read["year_total"] as? Double ?? 0) < (read["total"] as? Double ?? 0), "undated documents are left out of the year rows")
    }
}
