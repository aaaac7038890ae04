import ArgumentParser

/// The `braudel` command: a corpus analyzer for world-systems literature.
struct Braudel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "braudel",
        abstract: "Corpus analyzer for world-systems literature: concepts, concordances, citations, networks.",
        discussion: """
        Start with `braudel index FOLDER`: it reads every document below FOLDER (text, \
        Markdown, HTML, TEI/JATS XML, DOCX, ODT, EPUB, PDF) into ./braudel.sqlite (or --index \
        PATH). Then ask the index: search, kwic, concepts, cooc, trends, cites, graph, stats. \
        `braudel export` writes the index as JSON Lines or CSV files for DuckDB, Spark or \
        OpenSearch. Beyond one machine: `braudel index --shard K/N` indexes one slice of the \
        corpus and `braudel merge` combines the slices into one index. `braudel lexicon \
        check|export` works on lexicon files. `braudel analyze FILE` and `braudel text FILE` \
        work on one file without an index.
        Common options: --index PATH, --lexicon FILE and --format table|json|csv may come before or \
        after the command (`braudel --index big.sqlite cites`). Concepts are named by id, label or \
        any spelling, ignoring case and hyphens. JSON and CSV use the same snake_case field names \
        and keep full precision; tables round and fit the terminal. `braudel completions \
        bash|zsh|fish` prints a shell completion script. Developer commands (gold evaluation, \
        benchmarks) are hidden from this list.
        Exit codes: 0 success, 1 failure, 2 usage error; every error is one line on stderr \
        starting `braudel: error:`.
        """,
        version: "0.1.0",
        subcommands: [
            IndexCommand.self, TextCommand.self, AnalyzeCommand.self, SearchCommand.self, KwicCommand.self,
            ConceptsCommand.self, CoocCommand.self, TrendsCommand.self, CitesCommand.self, GraphCommand.self,
            ClustersCommand.self, BurstsCommand.self,
            StatsCommand.self, ExportCommand.self, MergeCommand.self, LexiconCommand.self, EvalCommand.self,
            ServeCommand.self, CompletionsCommand.self, BenchICUCommand.self, BenchMatchCommand.self,
        ]
    )
}

/// A failure to report as one line on stderr, exiting 1.
struct CommandFailure: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
