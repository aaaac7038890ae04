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

@Test("ABNT entries: surnames in capitals, the title after the last initial, the year last, v./n./p. details")
func abntEntries() {
    let found = entries("""
    ARRIGHI, G. A ilusão do desenvolvimento. Petrópolis: Vozes, 1997.

    CHASE-DUNN, Christopher; KAWANO, Yukio; BREWER, Benjamin D. Trade globalization since 1795. American Sociological Review, v. 65, n. 1, p. 77-95, 2000.

    ARRIGHI, Giovanni et al. Caos e governabilidade. Rio de Janeiro: Contraponto, 1999. Disponível em: http://example.org/caos. Acesso em: 3 maio 2019.
    """)
    #expect(found.map(\.authors) == [["ARRIGHI"], ["CHASE-DUNN", "KAWANO", "BREWER"], ["ARRIGHI"]])
    // The year is the last one before the access note, not a year in the title.
    #expect(found.map(\.year) == ["1997", "2000", "1999"])
    #expect(found.map(\.title) == ["A ilusão do desenvolvimento", "Trade globalization since 1795", "Caos e governabilidade"])
    #expect(found[1].container == "American Sociological Review" && found[1].volume == "65" && found[1].issue == "1"
            && found[1].pages == "77-95")
}

@Test("German entries: co-authors after \"u. a.\", a journal after \"In:\" with pages as \"S.\"")
func germanEntries() {
    let found = entries("""
    Chase-Dunn, Christopher u. a. (2000): Trade Globalization since 1795. In: American Sociological Review 65 (1), S. 77–95.

    Dos Santos, Theotonio y otros (1972). Dependencia y cambio social. Santiago: CESO.
    """)
    #expect(found.map(\.authors) == [["Chase-Dunn"], ["Dos Santos"]])
    #expect(found.map(\.year) == ["2000", "1972"])
    #expect(found[0].container == "American Sociological Review" && found[0].volume == "65" && found[0].pages == "77–95")
}
