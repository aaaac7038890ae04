import BraudelText

/// Closed word lists that tell names from the other words around author–year citations.
/// Keys are lowercased, as in `CitationToken.key`.
enum CitationLexicon {
    /// Name particles that belong to a surname (the project's one list, in BraudelText).
    static let particles = NameParticles.all

    /// Capitalized words that are never surnames: function words that start sentences, and
    /// words that label parts of a document.
    static let nonNames: Set<String> = [
        "in", "the", "since", "during", "by", "after", "before", "from", "until", "till", "between", "of", "on",
        "at", "for", "to", "with", "as", "a", "an", "and", "but", "or", "nor", "yet", "this", "that", "these",
        "those", "it", "its", "our", "we", "they", "he", "she", "his", "her", "their", "when", "while", "where",
        "whereas", "although", "though", "because", "if", "unlike", "following", "according", "under", "over",
        "through", "throughout", "within", "without", "among", "against", "across", "toward", "towards", "upon",
        "into", "per", "via", "despite", "here", "there", "then", "thus", "hence", "also", "both", "each",
        "every", "all", "some", "many", "most", "such", "what", "which", "who", "how", "why", "not", "no", "i",
        "you", "one", "two", "three", "first", "second", "third", "last", "next", "even", "only", "however",
        "moreover", "furthermore", "indeed", "instead", "meanwhile", "therefore", "later", "earlier", "today",
        "now", "again", "see", "cf", "ibid", "compare", "note", "notes", "chapter", "chapters", "section",
        "sections", "table", "tables", "figure", "figures", "fig", "part", "volume", "vol", "appendix", "map",
        "box", "panel", "equation", "model", "column", "row", "page", "pages", "phase", "period", "wave",
        "stage", "step", "article", "annex", "exhibit", "plate", "chart", "graph", "source", "sources", "year",
        "years", "decade", "century", "about", "around", "circa", "ca", "born", "died", "eds", "ed", "vs",
        "mr", "mrs", "ms", "dr", "prof", "president", "emperor",
        // Pointers and function words of French, Spanish, Portuguese and German prose.
        // (Words that are also surnames or name particles — Das, Le, Von, Segundo — are left out.)
        "apud", "véase", "vease", "vgl", "voir", "siehe", "según", "selon", "nach", "para", "por", "par", "pour",
        "dans", "en", "desde", "entre", "durch", "im", "der", "die", "dem", "los", "las", "les",
        // Events dated in prose: "Great Recession (2008)", "the Asian Crisis (1997)".
        "recession", "depression", "war", "wars", "crisis", "crises", "revolution", "revolutions", "treaty",
        "consensus", "agreement", "accord", "accords", "crash", "famine", "uprising", "rebellion", "coup",
        "doctrine", "summit", "protocol", "declaration", "convention", "pact", "embargo", "reforms",
        "constitution", "restoration", "reformation", "renaissance", "independence", "partition", "occupation",
        "invasion", "massacre", "election", "elections", "census", "round",
    ]

    /// Capitalized offices written before a ruler's or politician's name: "President Lula
    /// (2003)", "Sultan Mahmud (1808)" date a reign or a term, not a text.
    static let offices: Set<String> = [
        "president", "emperor", "empress", "king", "queen", "sultan", "tsar", "czar", "shah", "chairman",
        "premier", "governor", "senator", "general", "minister", "chancellor", "dictator", "prince", "princess",
        "khedive", "pasha", "caliph", "regent", "viceroy", "marshal",
    ]

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "spring", "summer", "autumn", "fall", "winter", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "christmas", "easter", "midsummer",
    ]

    /// Acronyms that measure things rather than author them.
    static let nonAuthorAcronyms: Set<String> = [
        "gdp", "gnp", "gni", "ppp", "usd", "fdi", "oda", "cpi", "hdi", "ad", "bc", "bce", "ce", "us", "uk",
    ]

    /// Country acronyms that open an organization's name ("US Census Bureau", "U.K. Treasury").
    static let countryAcronyms: Set<String> = ["us", "usa", "uk", "eu"]

    /// Words that open a page, table or chapter locator.
    static let locatorWords: Set<String> = [
        "p", "pp", "page", "pages", "ch", "chap", "chaps", "chapter", "chapters", "table", "tables", "tab",
        "fig", "figs", "figure", "figures", "vol", "vols", "volume", "n", "nn", "note", "notes", "para",
        "paras", "sec", "sect", "section", "sections", "part", "pt", "esp", "appendix", "app", "ff", "f",
        "col", "cols", "book", "bk", "l", "ll", "line", "lines", "fn", "map", "box", "pl", "plate", "no",
        "art", "article", "annex", "passim",
        "pág", "págs", "pag", "pags", "s", "seite", "seiten", "cap", "caps", "tomo", "bd",
    ]

    /// Lowercase words that may open a parenthetical before the first name:
    /// "(e.g., A 1992; see also B 1999)", "(for a critique, see C 2006)".
    static let prefixWords: Set<String> = [
        "e.g", "eg", "i.e", "ie", "see", "also", "cf", "compare", "for", "example", "instance", "a", "an", "the",
        "review", "reviews", "overview", "summary", "survey", "discussion", "discussions", "critique",
        "critiques", "quoted", "cited", "as", "in", "by", "but", "and", "or", "especially", "esp", "notably",
        "following", "after", "contra", "summarized", "summarised", "reviewed", "reprinted", "discussed", "more",
        "recently", "recent", "earlier", "classic", "classically", "originally", "similarly", "likewise",
        "among", "others", "other", "many", "several", "various", "related", "further", "work", "works",
        "literature", "studies", "study", "analysis", "analyses", "argument", "arguments", "debate", "debates",
        "account", "accounts", "of", "on", "to", "with", "from", "this", "that", "these", "those", "here",
        "generally", "useful", "excellent", "important", "seminal", "influential", "early", "authors", "author",
        "original", "translation", "trans", "ed", "eds", "edited", "adapted", "source", "sources", "statement",
        "formulation", "version", "versions", "critical", "classical", "standard", "good", "detailed",
        "overviews", "synthesis", "syntheses", "exceptions", "exception", "notable", "alternative",
        "apud", "véase", "vease", "ver", "vgl", "voir", "siehe", "también", "também", "aussi", "auch", "y", "e", "et",
        "und", "por", "par", "von", "en", "em", "ejemplo", "exemple", "exemplo", "z", "b",
    ]

    /// Words that tie a title's last noun to the words before it ("A Study", "Stage of
    /// Capitalism", "the Nations"): a name never follows them inside a citation group.
    static let titleLinkWords: Set<String> = ["a", "an", "the", "of"]

    /// Lowercase words after which a name–comma–year run in prose points to a source: "as
    /// described by Moreno and Lee, 2001", "see Moreno, 2001".
    static let sourcePointers: Set<String> = ["by", "see", "cf", "also", "following", "per", "after", "apud", "véase",
                                              "vease", "ver", "vgl", "voir", "siehe", "por", "par", "von", "según",
                                              "segundo", "selon"]

    /// Spanish and Portuguese words after which "a" is the preposition before a person, not the
    /// English article: "de acuerdo a Wallerstein (1998)", "frente a Cardoso (1970)".
    static let governsPrepositionalA: Set<String> = [
        "acuerdo", "respecto", "conforme", "frente", "gracias", "junto", "referencia", "relación", "relação",
        "oposición", "oposição", "semejanza", "semelhança",
    ]

    /// Works of art and craft whose maker is named with a date in captions: "portrait by
    /// Jacques Moreau (1861)" dates a picture, not a text.
    static let artworks: Set<String> = [
        "portrait", "portraits", "painting", "paintings", "engraving", "engravings", "drawing", "drawings",
        "photograph", "photographs", "photo", "photos", "lithograph", "etching", "woodcut", "sculpture",
        "statue", "bust", "mural", "fresco", "watercolour", "watercolor", "canvas", "illustration", "sketch",
        "caricature", "cartoon", "poster", "medal", "tapestry",
    ]

    /// Verbs whose agent after "by" is a publisher or printer: "published by Verso (2012)".
    /// Academic degrees in an author's biography: "Master in Economics from UFRGS (2007)" dates
    /// a degree, not a work.
    static let degrees: Set<String> = ["phd", "doctorate", "master", "masters", "ma", "msc", "ba", "bsc", "degree", "diploma", "graduated"]

    static let imprintVerbs: Set<String> = ["published", "printed", "issued", "reissued", "reprinted", "distributed"]

    /// Last words of a publisher's name ("Cambridge University Press", "Zed Books"): an imprint,
    /// never the author of a cited work.
    static let publisherWords: Set<String> = ["press", "books", "publishers", "publishing", "verlag", "editions", "editora"]

    /// Last words that mark a name as an organization ("World Bank", "Human Rights Watch").
    static let organizationWords: Set<String> = [
        "bank", "fund", "organization", "organisation", "watch", "council", "commission", "institute",
        "institution", "programme", "program", "nations", "office", "agency", "forum", "union", "ministry",
        "department", "bureau", "association", "foundation", "group", "center", "centre", "university",
        "committee", "conference", "corporation", "company", "statistics", "service", "board", "authority",
        "network", "federation", "league", "party", "secretariat", "assembly", "parliament", "congress",
        "court", "government", "administration", "initiative", "project", "trust", "society", "academy",
        "observatory", "unit", "division", "reserve", "times", "post", "economist", "guardian", "journal",
    ]

    /// Corporate suffixes that continue the preceding name: "Smith & Sons, Inc."
    static let corporateSuffixes: Set<String> = ["inc", "ltd", "co", "llc", "plc", "corp", "gmbh", "ag", "sa"]

    /// Editorial roles written next to names in reference lists.
    static let editorialWords: Set<String> = [
        "ed", "eds", "editor", "editors", "edited", "comp", "comps", "compiler", "compilers", "trans",
        "translator", "translated", "coord", "dir", "hrsg", "hg",
    ]

    /// Words that join two authors' names.
    static let conjunctions: Set<String> = ["and", "y", "e", "et", "und"]

    /// Lowercase words that may sit inside an organization's name before a capitalized word.
    static let nameConnectors: Set<String> = ["of", "for", "on", "the", "and", "in", "de", "des", "du", "la"]

    /// The key without a possessive ending ("frank's" → "frank", "hopkins'" → "hopkins").
    static func baseKey(_ key: String) -> String {
        if key.hasSuffix("'s") { return String(key.dropLast(2)) }
        if key.hasSuffix("'") { return String(key.dropLast()) }
        return key
    }

    /// True for capitalized words that cannot be (part of) a surname: function words,
    /// document labels, months and seasons (also inside "Winter-Spring"), unit acronyms.
    static func isNonName(_ token: CitationToken) -> Bool {
        let key = baseKey(token.key)
        // An acronym is checked only against measures and dates: "WHO" is not "Who".
        if token.allCaps, token.letterCount <= 6 {
            return months.contains(key) || nonAuthorAcronyms.contains(key)
        }
        if nonNames.contains(key) || months.contains(key) || nonAuthorAcronyms.contains(key) { return true }
        if key.utf8.contains(0x2D) {
            for part in key.split(separator: "-") where months.contains(String(part)) { return true }
        }
        return false
    }

    /// A capitalized word that may start or continue a name.
    static func isNameWord(_ token: CitationToken) -> Bool {
        token.kind == .word && (token.capitalized || token.allCaps) && !isNonName(token)
    }
}
