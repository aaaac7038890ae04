import BraudelReports
import BraudelText
import Testing

/// Tables measure cells in terminal columns and fit the terminal; CSV and JSON keep every digit.
struct TextTableTests {
    @Test func wideAndCombiningCharactersAlign() {
        #expect(TextTable.width("abc") == 3)
        #expect(TextTable.width("世界") == 4)
        #expect(TextTable.width("e\u{301}") == 1)
        let table = TextTable(header: ["name", "n"], rows: [["世界", "1"], ["ab", "2"]]).render()
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines[2].hasPrefix("世界  1") && lines[3].hasPrefix("ab    2"))
    }

    @Test func tablesFitTheTerminal() {
        let long = String(repeating: "x", count: 200)
        let table = TextTable(header: ["path", "text"], rows: [["a/b.txt", long]], maxCellWidth: 500, terminalWidth: 60).render()
        for line in table.split(separator: "\n") { #expect(TextTable.width(String(line)) <= 60) }
        #expect(table.contains("…"))
    }

    @Test func exactCellsKeepFullPrecision() {
        #expect(Cell.exact(0.48554913294797686) == "0.48554913294797686")
        #expect(Cell.rounded(0.48554913294797686) == "0.486")
        #expect(Cell.rounded(-0.0001) == "0.000")
        #expect(Cell.exact(.infinity) == "")
        #expect(CSV.line(["a,b", "say \"x\"", "plain"]) == "\"a,b\",\"say \"\"x\"\"\",plain\r\n")
        #expect(CSV.field("", quoteEmpty: true) == "\"\"" && CSV.field("") == "")
    }
}
