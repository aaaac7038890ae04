/// Place names that stand before a year in prose ("the coup in Chile (1973)", "the conference
/// at Bretton Woods (1944)") or as an imprint in parentheses ("(London, 1999)"), where a reader
/// sees a place and a date, not an author and a year. Keys are folded, lowercased and joined
/// by single spaces, as `NameFolding.words` gives them.
enum PlaceNames {
    /// Countries, regions, cities and historical states a world-systems text names with dates.
    static let places: Set<String> = [
        // Countries and historical states.
        "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria",
        "bangladesh", "belgium", "bolivia", "bosnia", "botswana", "brazil", "bulgaria", "burma", "cambodia",
        "cameroon", "canada", "chile", "china", "colombia", "congo", "croatia", "cuba", "czechoslovakia",
        "denmark", "ecuador", "egypt", "el salvador", "eritrea", "estonia", "ethiopia", "finland", "france",
        "germany", "ghana", "greece", "guatemala", "guinea", "haiti", "honduras", "hungary", "iceland", "india",
        "indonesia", "iran", "iraq", "ireland", "italy", "japan", "kenya", "korea", "south korea",
        "north korea", "kuwait", "laos", "latvia", "lebanon", "liberia", "libya", "lithuania", "madagascar",
        "malaysia", "mali", "mexico", "mongolia", "morocco", "mozambique", "myanmar", "namibia", "nepal",
        "netherlands", "new zealand", "nicaragua", "niger", "nigeria", "norway", "pakistan", "palestine",
        "panama", "paraguay", "persia", "peru", "philippines", "poland", "portugal", "prussia", "romania",
        "russia", "rwanda", "saudi arabia", "senegal", "serbia", "sierra leone", "singapore", "somalia",
        "south africa", "spain", "sri lanka", "sudan", "sweden", "switzerland", "syria", "taiwan", "tanzania",
        "thailand", "tunisia", "turkey", "uganda", "ukraine", "uruguay", "venezuela", "vietnam", "yemen",
        "yugoslavia", "zambia", "zimbabwe", "united states", "united kingdom", "soviet union", "ussr", "usa",
        "britain", "great britain", "england", "wales", "scotland", "venice", "genoa", "castile", "aragon", "bengal", "punjab",
        "anatolia", "manchuria", "siberia", "flanders", "bohemia", "ottoman empire", "habsburg empire",
        // Regions.
        "europe", "asia", "africa", "america", "latin america", "north america", "south america",
        "central america", "east asia", "southeast asia", "south asia", "central asia", "west africa",
        "east africa", "southern africa", "north africa", "middle east", "near east", "far east",
        "western europe", "eastern europe", "central europe", "southern europe", "northern europe",
        "caribbean", "andes", "amazon", "amazonia", "sahel", "balkans", "scandinavia", "mediterranean",
        "atlantic", "pacific", "indian ocean", "global south", "global north", "oceania", "levant",
        "maghreb", "patagonia", "silicon valley",
        // Cities and the meeting places of treaties and conferences.
        "london", "paris", "new york", "washington", "geneva", "beijing", "peking", "tokyo", "moscow",
        "berlin", "rome", "madrid", "lisbon", "amsterdam", "brussels", "vienna", "istanbul", "constantinople",
        "cairo", "delhi", "new delhi", "mumbai", "bombay", "calcutta", "kolkata", "shanghai", "hong kong",
        "seoul", "mexico city", "buenos aires", "santiago", "lima", "bogota", "caracas", "sao paulo",
        "rio de janeiro", "porto alegre", "havana", "manila", "jakarta", "bangkok", "hanoi", "saigon",
        "karachi", "lagos", "nairobi", "johannesburg", "cape town", "dakar", "algiers", "tehran", "baghdad",
        "jerusalem", "antwerp", "seville", "bruges", "canton", "guangzhou", "shenzhen", "osaka", "kyoto",
        "chicago", "los angeles", "detroit", "boston", "philadelphia", "bretton woods", "bandung", "davos",
        "seattle", "versailles", "westphalia", "utrecht", "yalta", "potsdam", "doha", "cancun",
        "rio", "lome", "marrakesh", "marrakech", "tordesillas",
        "manchester", "liverpool", "birmingham", "glasgow", "hamburg", "frankfurt", "milan", "naples",
        "florence", "barcelona", "oslo", "stockholm", "copenhagen", "warsaw", "prague", "budapest",
        "athens", "ankara", "izmir", "smyrna", "aleppo", "damascus", "beirut", "tunis", "casablanca",
        "addis ababa", "kinshasa", "luanda", "maputo", "harare", "lusaka", "accra", "abuja", "kampala",
        // Seats of university and trade presses, met in imprints.
        "cambridge", "oxford", "princeton", "ithaca", "berkeley", "new haven", "stanford", "baltimore",
        "minneapolis", "boulder", "durham", "chapel hill", "urbana", "austin", "toronto", "montreal",
        "sydney", "melbourne", "leiden", "basingstoke", "abingdon", "harmondsworth", "san francisco",
        "lanham", "armonk", "binghamton", "albany", "pittsburgh", "ann arbor", "madison", "cheltenham",
    ]

    /// Places that are also surnames of authors (Jack London, Isaiah Berlin, Anatole France,
    /// Lima, Santiago): after a citing verb ("see", "discussed in") they may be authors.
    static let surnames: Set<String> = [
        "london", "paris", "washington", "berlin", "france", "ireland", "lima", "santiago", "florence",
        "boston", "holland", "jordan", "chad", "georgia", "israel", "victoria", "rio", "canton", "manchester",
        "birmingham", "milan", "seattle", "mali", "niger", "kent", "lincoln", "york", "wales", "england",
    ]

    /// Lowercase words that, right before a place, make the place a location: "in Chile", "at
    /// Bretton Woods", "from India", "to Brazil".
    static let locatives: Set<String> = [
        "in", "at", "from", "to", "into", "across", "throughout", "within", "toward", "towards", "near",
        "around", "outside", "inside", "over", "through", "via",
    ]

    /// Words before "in" that make "in X (1999)" a pointer to a text: "see in", "discussed in".
    static let citingWords: Set<String> = [
        "see", "cf", "discussed", "argued", "cited", "quoted", "shown", "reviewed", "summarized",
        "summarised", "described", "found", "reported", "noted", "developed", "presented", "collected",
        "reprinted", "published", "as",
    ]

    /// "Sub-Saharan Africa", "Spanish America", "British India": qualifying words before a place
    /// that is never a surname.
    static func qualifiedPlace(_ words: [String]) -> Bool {
        guard words.count >= 2 else { return false }
        for length in 1...min(3, words.count - 1) {
            if let key = place(Array(words.suffix(length))), !surnames.contains(key) { return true }
        }
        return false
    }

    /// The place named by `words` (folded words of a name), or nil.
    static func place(_ words: [String]) -> String? {
        let key = words.joined(separator: " ")
        return places.contains(key) ? key : nil
    }

    /// True when the names before a narrative year are places, not authors: every chain names
    /// a place, and either no place is also a surname ("Chile (1973)", "Bretton Woods (1944)")
    /// or a locative word stands before them ("the riots in London (2011)") that no citing
    /// word turns into a pointer to a text ("as discussed in London (1999)").
    static func arePlaces(_ names: [[String]], before word: CitationToken?, beforeThat: CitationToken?) -> Bool {
        guard !names.isEmpty, names.allSatisfy({ place($0) != nil || qualifiedPlace($0) }) else { return false }
        guard names.contains(where: { surnames.contains($0.joined(separator: " ")) }) else { return true }
        guard let word, word.kind == .word, !word.capitalized, locatives.contains(word.key) else { return false }
        if word.key == "in", let beforeThat, beforeThat.kind == .word, citingWords.contains(beforeThat.key) { return false }
        return true
    }

    /// True when token `colon` is the colon of an imprint, "London: Zed Books", "New York:
    /// Monthly Review Press": the one to three capitalized words before it name a place.
    static func isImprintColon(_ t: [CitationToken], _ colon: Int, floor: Int) -> Bool {
        guard colon - 1 >= floor, t[colon].isPunct(":") else { return false }
        var words: [String] = []
        var j = colon - 1
        while j >= floor, words.count < 3, t[j].kind == .word, t[j].capitalized {
            words.insert(contentsOf: NameFolding.words(t[j].key), at: 0)
            if place(words) != nil { return true }
            j -= 1
        }
        return false
    }

    /// True when a parenthetical "author" is an imprint place: "(London, 1999)", or a place that
    /// is never a surname, "(Chile 1973)".
    static func isImprint(_ authors: [String], etAl: Bool, commaBeforeYear: Bool) -> Bool {
        guard !etAl, authors.count == 1, let key = place(NameFolding.words(authors[0])) else { return false }
        return commaBeforeYear || !surnames.contains(key)
    }
}
