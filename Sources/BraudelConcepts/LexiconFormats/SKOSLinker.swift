/// Turns SKOS records into concepts: URIs to ids, labels to label and variants, and the
/// broader/narrower graph to Braudel's single broader concept.
struct SKOSLinker {
    let path: String

    func concepts(from records: [SKOSRecord]) -> ([Concept], [LexiconFinding]) {
        var warnings = [LexiconFinding]()
        var ids = [String: String]()
        var taken = Set<String>()
        for record in records where ids[record.uri] == nil {
            var id = SKOSVocabulary.id(fromURI: record.uri)
            if taken.contains(id) { id = record.uri }
            ids[record.uri] = id
            taken.insert(id)
        }
        var concepts = [Concept]()
        var positions = [String: Int]()
        for record in records where positions[ids[record.uri]!] == nil {
            positions[ids[record.uri]!] = concepts.count
            concepts.append(concept(from: record, id: ids[record.uri]!, ids: ids, warnings: &warnings))
        }
        for record in records {
            for uri in record.narrower {
                guard let child = ids[uri].flatMap({ positions[$0] }) else {
                    warnings.append(LexiconFinding(.warning, path: path, line: record.line, "narrower concept <\(uri)> is not in the file; dropped"))
                    continue
                }
                let parent = ids[record.uri]!
                if concepts[child].broader == nil {
                    concepts[child].broader = parent
                } else if concepts[child].broader != parent {
                    warnings.append(LexiconFinding(.warning, path: path, line: record.line,
                                                   "'\(concepts[child].id)' already has broader '\(concepts[child].broader!)'; narrower link from '\(parent)' dropped"))
                }
            }
        }
        return (concepts, warnings)
    }

    private func concept(from record: SKOSRecord, id: String, ids: [String: String], warnings: inout [LexiconFinding]) -> Concept {
        func resolve(_ uris: [String], _ relation: String) -> [String] {
            uris.compactMap { uri in
                if let id = ids[uri] { return id }
                warnings.append(LexiconFinding(.warning, path: path, line: record.line, "\(relation) concept <\(uri)> is not in the file; dropped"))
                return nil
            }
        }
        let preferred = record.prefLabels.firstIndex { ($0.language ?? "").isEmpty || $0.language!.lowercased().hasPrefix("en") }
            ?? (record.prefLabels.isEmpty ? nil : 0)
        // Preferred labels in other languages lead their language's names; untagged ones are variants.
        var named = [String: [String]]()
        var untagged = [String]()
        for (offset, entry) in record.prefLabels.enumerated() where offset != preferred && !entry.text.isEmpty {
            if let language = entry.language?.lowercased(), !language.isEmpty, !language.hasPrefix("en") {
                named[language, default: []].append(entry.text)
            } else {
                untagged.append(entry.text)
            }
        }
        for entry in record.taggedLabels where !entry.text.isEmpty && !(named[entry.language]?.contains(entry.text) ?? false) {
            named[entry.language, default: []].append(entry.text)
        }
        var labels = untagged + record.otherLabels
        labels = labels.filter { !$0.isEmpty }
        var label = preferred.map { record.prefLabels[$0].text } ?? ""
        var abstract = record.abstract
        if label.isEmpty {
            if labels.isEmpty {
                label = id
                abstract = true
            } else {
                label = labels.removeFirst()
            }
        }
        var variants = [String]()
        for variant in labels where variant != label && !variants.contains(variant) { variants.append(variant) }
        let broader = resolve(record.broader, "broader")
        if broader.count > 1 {
            warnings.append(LexiconFinding(.warning, path: path, line: record.line,
                                           "'\(id)' has \(broader.count) broader concepts; Braudel keeps the first, '\(broader[0])'"))
        }
        return Concept(id: id, label: label, broader: broader.first, related: resolve(record.related, "related"),
                       definition: record.definition, source: record.source, variants: variants, labels: named,
                       caseSensitive: record.caseSensitive, abstract: abstract, line: record.line)
    }
}
