import Testing
@testable import BraudelCitations

private func entries(_ list: String) -> [ReferenceEntry] {
    ReferenceListParser.parse(Array(("Text.\n\nReferences\n\n" + list).unicodeScalars)).entries
}

@Test("Vancouver and PLoS entries: surname + initials, numbered or not, with the journal details")
func vancouverEntries() {
    let found = entries("""
    1. Moreno PD, Lee AB, Castell J. Salt spray and enzyme pathways. J Coast Bot. 2001;12(3):45-67.

    2. Lee AB, Castell J (2003) Two routes to salt tolerance. Plant Harbour Biol 31: 100–120.

    3. Lind M, Moreno PD, Okafor CN, et al. Osmolyte transport. J Coast Bot. 2008 Mar;19:201-210.
    """)
    #expect(found.map(\.authors) == [["Moreno", "Lee", "Castell"], ["Lee", "Castell"], ["Lind", "Moreno", "Okafor"]])
    #expect(found.map(\.year) == ["2001", "2003", "2008"])
    #expect(found.map(\.title) == ["Salt spray and enzyme pathways", "Two routes to salt tolerance", "Osmolyte transport"])
    #expect(found.map(\.container) == ["J Coast Bot", "Plant Harbour Biol", "J Coast Bot"])
    #expect(found.map(\.volume) == ["12", "31", "19"])
    #expect(found.map(\.issue) == ["3", nil, nil])
    #expect(found.map(\.pages) == ["45-67", "100–120", "201-210"])
}

@Test("numbered notes that are not Vancouver entries are still passed over")
func numberedNotesStayNotes() {
    let found = entries("""
    1. See the discussion in chapter two.

    Arrighi, Giovanni. 1994. The Long Twentieth Century. London: Verso.
    """)
    #expect(found.map(\.authors) == [["Arrighi"]])
}

@Test("a slash-joined corporate author and a multiword first surname are kept whole")
func corporateAndMultiwordAuthors() {
    let found = entries("""
    UNDP/ILO. 2011. Violence and Labour on the Coast. Geneva: ILO.

    Garcia Marquez, Luis, and Ana Moreno. 1980. Ports. Bogota: Norma.

    Amin, Samir, Giovanni Arrighi, Andre Gunder Frank, and Immanuel Wallerstein. 1982. Dynamics of Global Crisis. New York: Monthly Review Press.
    """)
    #expect(found.map(\.authors) == [["UNDP/ILO"], ["Garcia Marquez", "Moreno"], ["Amin", "Arrighi", "Frank", "Wallerstein"]])
}
