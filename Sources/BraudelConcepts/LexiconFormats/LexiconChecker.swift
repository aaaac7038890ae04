/// What `braudel lexicon check` found in one file.
public struct LexiconReport: Sendable {
    public var path: String
    /// The lexicon as read, nil when it could not be read at all.
    public var lexicon: Lexicon?
    public var findings: [LexiconFinding]
    /// Distinct folded spellings (labels and variants) of concepts that are matched in text.
    public var spellingCount: Int

    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}

/// Validates lexicons beyond what loading needs: every problem at once, with line numbers,
/// including those that only show up as silent misses at match time (a spelling two concepts
/// claim, a rule that rejects everything).
public enum LexiconChecker {
    /// Reads and checks the file at `path` in whatever format it is.
    public static func check(path: String) -> LexiconReport {
        do {
            let imported = try LexiconFiles.load(path: path, validating: false)
            var findings = imported.warnings + structureFindings(imported.lexicon, path: path)
            let spellings = SpellingCheck(path: path).run(imported.lexicon)
            findings += spellings.findings + ruleFindings(imported.lexicon, path: path)
            findings.sort { ($0.line ?? 0, $0.severity == .error ? 0 : 1) < ($1.line ?? 0, $1.severity == .error ? 0 : 1) }
            return LexiconReport(path: path, lexicon: imported.lexicon, findings: findings, spellingCount: spellings.count)
        } catch let error as LexiconError {
            return LexiconReport(path: path, lexicon: nil, findings: [LexiconFinding(.error, path: error.path, line: error.line, error.reason)],
                                 spellingCount: 0)
        } catch {
            return LexiconReport(path: path, lexicon: nil, findings: [LexiconFinding(.error, path: path, line: nil, "\(error)")],
                                 spellingCount: 0)
        }
    }

    /// Duplicate ids, unknown broader and related ids, broader cycles.
    static func structureFindings(_ lexicon: Lexicon, path: String) -> [LexiconFinding] {
        var findings = [LexiconFinding]()
        var firstLine = [String: Int?]()
        for concept in lexicon.concepts {
            if let earlier = firstLine[concept.id] {
                findings.append(LexiconFinding(.error, path: path, line: concept.line,
                                               "duplicate concept id '\(concept.id)' (first at line \(earlier.map(String.init) ?? "?"))"))
            } else {
                firstLine[concept.id] = concept.line
            }
        }
        for concept in lexicon.concepts {
            if let broader = concept.broader, firstLine[broader] == nil {
                findings.append(LexiconFinding(.error, path: path, line: concept.line, "'\(concept.id)' has unknown broader concept '\(broader)'"))
            }
            for related in concept.related {
                if firstLine[related] == nil {
                    findings.append(LexiconFinding(.error, path: path, line: concept.line, "'\(concept.id)' has unknown related concept '\(related)'"))
                } else if related == concept.id {
                    findings.append(LexiconFinding(.warning, path: path, line: concept.line, "'\(concept.id)' is related to itself"))
                }
            }
            if concept.abstract && !concept.variants.isEmpty {
                findings.append(LexiconFinding(.warning, path: path, line: concept.line,
                                               "'\(concept.id)' is abstract (never matched) but lists variants"))
            }
        }
        return findings + cycleFindings(lexicon, path: path)
    }

    /// One error per broader cycle, at the first concept of the cycle in file order.
    private static func cycleFindings(_ lexicon: Lexicon, path: String) -> [LexiconFinding] {
        var reported = Set<Set<String>>()
        var findings = [LexiconFinding]()
        for concept in lexicon.concepts {
            var chain = [concept.id]
            var current = concept.broader
            while let next = current, lexicon.concept(next) != nil {
                if let start = chain.firstIndex(of: next) {
                    let cycle = Array(chain[start...])
                    if reported.insert(Set(cycle)).inserted {
                        let first = lexicon.concepts.first { cycle.contains($0.id) }
                        findings.append(LexiconFinding(.error, path: path, line: first?.line,
                                                       "broader cycle: \((cycle + [next]).joined(separator: " → "))"))
                    }
                    break
                }
                chain.append(next)
                current = lexicon.concept(next)?.broader
            }
        }
        return findings
    }

    /// Context rules that are invalid or can never (or always) fire.
    static func ruleFindings(_ lexicon: Lexicon, path: String) -> [LexiconFinding] {
        var findings = [LexiconFinding]()
        for concept in lexicon.concepts {
            guard let rule = concept.context else { continue }
            func report(_ severity: LexiconFinding.Severity, _ message: String) {
                findings.append(LexiconFinding(severity, path: path, line: concept.line, "context of '\(concept.id)': \(message)"))
            }
            if rule.window < 1 { report(.error, "window \(rule.window) is smaller than 1") }
            for word in rule.requireAny where word.isEmpty || word == "*" {
                report(.warning, "require_any '\(word)' is satisfied by any word, so the rule requires nothing")
            }
            for (key, phrases) in [("forbid_before", rule.forbidBefore), ("forbid_after", rule.forbidAfter)] {
                for phrase in phrases {
                    let shown = phrase.joined(separator: " ")
                    if phrase.isEmpty {
                        report(.warning, "\(key) phrase has no words and is ignored")
                    } else if phrase.allSatisfy({ $0 == "*" }) {
                        report(.error, "\(key) '\(shown)' matches any words, so every match not at a sentence edge is rejected")
                    } else if phrase.count == 1, rule.requireAny.contains(where: { Self.required($0, covers: phrase[0]) }) {
                        report(.warning, "\(key) '\(shown)' is also a required word: right beside the term it rejects, elsewhere in the window it accepts")
                    }
                }
            }
            if concept.abstract { report(.warning, "abstract concepts are never matched, so the rule is never used") }
        }
        return findings
    }

    private static func required(_ word: String, covers candidate: String) -> Bool {
        word.hasSuffix("*") ? candidate.hasPrefix(word.dropLast()) : word == candidate
    }
}
