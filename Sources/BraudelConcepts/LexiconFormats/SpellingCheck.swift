/// Finds spellings the matcher can never give to their concept: a folded spelling two concepts
/// list (an error: the first concept always wins it), a generated form (plural, closed or
/// opened compound) that another concept already owns (a warning), a spelling that folds to no
/// word at all, and a spelling listed twice in one concept.
struct SpellingCheck {
    let path: String

    struct Result {
        var findings: [LexiconFinding]
        var count: Int
    }

    func run(_ lexicon: Lexicon) -> Result {
        var findings = [LexiconFinding]()
        var listed = [[String]: (concept: String, line: Int?, text: String)]()
        var generated = [[String]: String]()
        for concept in lexicon.concepts where !concept.abstract {
            // Languages may share a spelling ("neoliberalismo" is Spanish and Portuguese): only a
            // repeat within one list (the English label and variants, or one language) is a slip.
            var own = [[String]: String]()
            let groups = [("", [concept.label] + concept.variants)] + concept.labels.keys.sorted().map { ($0, concept.labels[$0]!) }
            for (group, form) in groups.flatMap({ group in group.1.map { (group.0, $0) } }) {
                let sequences = SurfaceForms.sequences(of: form)
                guard let canonical = sequences.first else {
                    findings.append(finding(.error, concept, "spelling '\(form)' of '\(concept.id)' folds to no word and can never match"))
                    continue
                }
                // A case-sensitive concept may list spellings that differ only in case ("ReOrient",
                // "ReORIENT"): the matcher needs each of them.
                let ownKey = concept.caseSensitive ? canonical + [ConceptMatcher.letters(form)] : canonical
                if let first = own[ownKey] {
                    if first == group {
                        findings.append(finding(.warning, concept, "'\(form)' is listed twice for '\(concept.id)' (same folded spelling)"))
                    }
                    continue
                }
                own[ownKey] = group
                if let owner = listed[canonical], owner.concept != concept.id {
                    let place = owner.line.map { " (line \($0))" } ?? ""
                    findings.append(finding(.error, concept,
                                            "'\(form)' of '\(concept.id)' is also a spelling of '\(owner.concept)'\(place) ('\(owner.text)'); only '\(owner.concept)' is ever matched"))
                    continue
                }
                if let owner = generated[canonical], owner != concept.id {
                    findings.append(finding(.error, concept,
                                            "'\(form)' of '\(concept.id)' is a generated form (plural, closed or opened compound) of a spelling of '\(owner)'; only '\(owner)' is ever matched"))
                    continue
                }
                listed[canonical] = listed[canonical] ?? (concept.id, concept.line, form)
                for sequence in sequences.dropFirst() {
                    if let owner = generated[sequence], owner != concept.id, listed[sequence]?.concept != concept.id {
                        findings.append(finding(.warning, concept,
                                                "'\(sequence.joined(separator: " "))' (generated from '\(form)' of '\(concept.id)') is already matched as '\(owner)'"))
                    }
                    generated[sequence] = generated[sequence] ?? concept.id
                }
                generated[canonical] = generated[canonical] ?? concept.id
            }
        }
        return Result(findings: findings, count: listed.count)
    }

    private func finding(_ severity: LexiconFinding.Severity, _ concept: Concept, _ message: String) -> LexiconFinding {
        LexiconFinding(severity, path: path, line: concept.line, message)
    }
}
