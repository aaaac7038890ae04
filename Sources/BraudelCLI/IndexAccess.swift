import BraudelConcepts
import BraudelIndex
import BraudelReports

/// Opens an existing index for a query command, turning index errors into one-line failures.
func openIndex(_ options: IndexOptions) throws -> CorpusIndex {
    do {
        let index = try CorpusIndex(path: options.index, access: .read)
        index.queryTimeLimit = options.timeout > 0 ? options.timeout : nil
        return index
    } catch let error as IndexError {
        throw CommandFailure(error.description)
    }
}

/// Runs a query, turning index errors into one-line failures.
func querying<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as IndexError {
        throw CommandFailure(error.description)
    }
}

/// Warns when the index was built with another lexicon than the one the command loaded, so
/// that results from two lexicon versions are never mixed silently.
func warnOnLexiconMismatch(_ index: CorpusIndex, _ lexicon: Lexicon, indexPath: String) {
    if let recorded = try? index.meta("lexicon"), recorded != lexicon.fingerprint {
        Printer.warn("\(indexPath) was built with another lexicon; run `braudel index` again to update it")
    }
}

/// The lexicon and the index that a concept-aware query needs, warning when they disagree.
func openIndex(_ options: IndexOptions, with lexiconOptions: LexiconOptions) throws -> (CorpusIndex, Lexicon) {
    let lexicon = try lexiconOptions.load()
    let index = try openIndex(options)
    warnOnLexiconMismatch(index, lexicon, indexPath: options.index)
    return (index, lexicon)
}

/// The index, and the id of the concept an option names (nil when none is named; the lexicon is
/// only loaded then).
func openIndex(_ options: IndexOptions, resolving concept: String?,
               with lexiconOptions: LexiconOptions) throws -> (CorpusIndex, String?) {
    guard let concept else { return (try openIndex(options), nil) }
    let (index, lexicon) = try openIndex(options, with: lexiconOptions)
    return (index, try ConceptResolver(lexicon: lexicon).resolve(concept).id)
}
