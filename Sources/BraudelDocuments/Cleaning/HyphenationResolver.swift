import BraudelText

/// A word broken at a line end with a hyphen: `left-` / `right`. Both are letter runs: the
/// last component before the hyphen and the first after it ("anti-world-" / "systemic" gives
/// "world" / "systemic").
struct HyphenBreak: Hashable {
    var left: String
    var right: String
}

/// Decides, by evidence, whether an end-of-line hyphen belongs to the word (`Chase-Dunn`,
/// `world-system`) or was only typesetting (`accumu-lation`, `semi-peripheral`).
///
/// Order of evidence: the hyphenated form written elsewhere in the document or known from the
/// lexicons keeps the hyphen; the closed form written elsewhere or known drops it; then a
/// capitalized second part (a name: Chase-Dunn, Abu-Lughod) keeps it; then a compound head
/// that stands as a word of its own in this literature (world-, self-, nation-, core-...)
/// keeps it unless the second part is a mere suffix (world-ly, self-ish, nation-alism);
/// otherwise the hyphen is dropped. Prefixes such as semi-, anti-, neo-, non-, inter-, post-
/// are left to the default (closed, as American usage and Chicago style write them) unless
/// the document or the lexicons show the hyphenated spelling.
struct HyphenationResolver {
    /// Heads that, at a line break, almost always begin a hyphenated compound.
    static let compoundHeads: Set<String> = [
        "world", "self", "nation", "city", "core", "state", "well", "long", "short", "cross",
        "middle", "high", "low", "large", "small", "full", "half", "free", "labor", "labour",
        "capital", "market", "first", "second", "third", "fourth", "two", "three", "one",
        "nineteenth", "twentieth", "eighteenth", "sixteenth", "seventeenth", "twenty",
    ]

    /// Second parts that are suffixes, never words: the break was inside one word.
    static let suffixes: Set<String> = [
        "al", "ally", "alism", "alisms", "alist", "alists", "alistic", "ality", "alities", "alization",
        "ize", "izes", "ized", "izing", "ization", "ise", "ised", "ism", "isms", "ist", "ists", "istic",
        "ish", "less", "ness", "hood", "hoods", "ship", "ships", "ward", "wards", "ly", "ful", "dom",
        "er", "ers", "est", "ing", "ings", "ed", "age", "ages", "ity", "ities", "ment", "ments",
        "able", "ible", "ic", "ical", "ance", "ence", "ation", "ations", "ion", "ions", "ary", "arily",
        "atory", "atories", "itude", "itudes", "itudinal",
    ]

    private var keep: [HyphenBreak: Bool] = [:]

    /// Gathers the evidence for `breaks` in one pass over `text` (UTF-8 bytes of the document).
    init(breaks: Set<HyphenBreak>, text: [UInt8], context: CleaningContext) {
        guard !breaks.isEmpty else { return }
        var wanted = Set<[UInt8]>()
        var forms: [HyphenBreak: (hyphenated: String, closed: String)] = [:]
        for item in breaks {
            let hyphenated = Folding.fold(item.left + "-" + item.right)
            let closed = Folding.fold(item.left + item.right)
            forms[item] = (hyphenated, closed)
            for form in Self.variants(hyphenated) + Self.variants(closed) { wanted.insert(Array(form.utf8)) }
        }
        let present = DocumentWords.present(wanted, in: text)
        for (item, form) in forms {
            keep[item] = Self.decide(item, form.hyphenated, form.closed, present: present, context: context)
        }
    }

    /// "Dunn", "System": an uppercase letter followed by at least one lowercase one.
    private static func isTitleCase(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2, UTF8Bytes.isUppercase(scalars[0]) else { return false }
        return scalars.dropFirst().contains { !UTF8Bytes.isUppercase($0) }
    }

    /// Whether the hyphen of `item` is kept. Unknown breaks (not gathered) use the rules
    /// without document evidence.
    func keepsHyphen(_ item: HyphenBreak, context: CleaningContext) -> Bool {
        if let known = keep[item] { return known }
        return Self.decide(item, Folding.fold(item.left + "-" + item.right), Folding.fold(item.left + item.right),
                           present: [], context: context)
    }

    private static func decide(_ item: HyphenBreak, _ hyphenated: String, _ closed: String,
                               present: Set<[UInt8]>, context: CleaningContext) -> Bool {
        let hyphenatedSeen = variants(hyphenated).contains { present.contains(Array($0.utf8)) || context.hyphenatedWords.contains($0) }
        if hyphenatedSeen { return true }
        // Capitalized on both sides ("Chase-" / "Dunn", "World-" / "System" in a title): a
        // name or a title-case compound, whose hyphen a closed spelling elsewhere (a lost
        // hyphen, "Worldsystem") does not disprove.
        if isTitleCase(item.left), isTitleCase(item.right) { return true }
        let closedSeen = variants(closed).contains { present.contains(Array($0.utf8)) || context.closedWords.contains($0) }
        if closedSeen { return false }
        let leftScalars = item.left.unicodeScalars, rightScalars = item.right.unicodeScalars
        let shouting = leftScalars.count >= 2 && leftScalars.allSatisfy(UTF8Bytes.isUppercase)
            && rightScalars.allSatisfy(UTF8Bytes.isUppercase)
        if !shouting, let first = rightScalars.first, UTF8Bytes.isUppercase(first) { return true }
        let head = Folding.fold(item.left), tail = Folding.fold(item.right)
        return compoundHeads.contains(head) && !suffixes.contains(tail) && tail.count >= 3
    }

    /// A form and its singular/plural neighbours, so "world-systems" is evidence for
    /// "world-system" and "semiperipheries" for "semiperiphery".
    static func variants(_ form: String) -> [String] {
        var forms = [form]
        if form.hasSuffix("ies") { forms.append(String(form.dropLast(3)) + "y") }
        if form.hasSuffix("es") { forms.append(String(form.dropLast(2))) }
        if form.hasSuffix("s") { forms.append(String(form.dropLast())) }
        else if form.hasSuffix("y") { forms += [form + "s", String(form.dropLast()) + "ies"] }
        else { forms += [form + "s", form + "es"] }
        return forms
    }
}
