"""Human-readable forms of scripts/bench's figures: a terminal table and bench/results.md."""
import platform
import time

# (figure, label, format) in the order people read them.
ROWS = [
    ("input_mb", "input", "{:.1f} MB"),
    ("files", "files", "{:d}"),
    ("analyze_mb_s", "analyze only (`index --analyze-only`)", "{:.2f} MB/s"),
    ("analyze_peak_rss_mb", "analyze only, peak RSS", "{:.0f} MB"),
    ("index_mb_s", "index end to end (files → committed SQLite)", "{:.2f} MB/s"),
    ("index_s", "index end to end, time", "{:.1f} s"),
    ("index_peak_rss_mb", "index, peak RSS", "{:.0f} MB"),
    ("index_size_ratio", "index size / input size", "{:.2f}"),
    ("reindex_unchanged_s", "re-index, nothing changed", "{:.2f} s"),
    ("startup_ms", "`braudel --version` start-up (p50 of 20)", "{:.0f} ms"),
    ("query_p50_ms", "query latency p50 (20 queries × runs, CLI)", "{:.0f} ms"),
    ("query_p95_ms", "query latency p95 (20 queries × runs, CLI)", "{:.0f} ms"),
    ("query_failures", "queries that failed", "{:d}"),
    ("fts5_mb_s", "BASELINE: SQLite FTS5 (Python sqlite3, unicode61)", "{:.2f} MB/s"),
    ("fts5_s", "BASELINE: FTS5 time", "{:.1f} s"),
    ("fts5_peak_rss_mb", "BASELINE: FTS5 peak RSS", "{:.0f} MB"),
    ("fts5_size_ratio", "BASELINE: FTS5 size / input size", "{:.2f}"),
    ("index_vs_fts5_time_ratio", "Braudel index time / FTS5 time", "{:.1f} ×"),
    ("icu_mb_s_per_core", "ICU CEILING: word breaking alone, one thread", "{:.2f} MB/s"),
    ("analyze_fraction_of_icu_ceiling", "analyze / (ICU per core × cores)", "{:.3f}"),
    ("match_sample_mb", "MATCHER: input (cleaned, segmented untimed)", "{:.1f} MB"),
    ("match_full_concepts", "MATCHER: full lexicon, concepts", "{:d}"),
    ("match_full_mb_s", "MATCHER: full lexicon, one thread", "{:.2f} MB/s"),
    ("match_40_concepts", "MATCHER: subset lexicon, concepts", "{:d}"),
    ("match_40_mb_s", "MATCHER: subset lexicon, one thread", "{:.2f} MB/s"),
    ("cores", "cores", "{:d}"),
    ("load_1min_before", "load average before (shared machine)", "{:.1f}"),
    ("load_1min_after", "load average after", "{:.1f}"),
]


def cell(fmt, value):
    if value is None:
        return "–"
    try:
        return fmt.format(value)
    except (ValueError, TypeError):
        return str(value)


def print_table(size, figures, latencies, output_lines):
    """The figures of one size, then each query's p50/p95, on stdout."""
    from bench_queries import percentile
    print(f"\n{size} MB corpus")
    for key, label, fmt in ROWS:
        if key in figures:
            print(f"  {label:<52} {cell(fmt, figures[key])}")
    print(f"  {'query (through the CLI, includes start-up)':<40} {'p50 ms':>9} {'p95 ms':>9} {'lines':>7}")
    for name, times in latencies.items():
        print(f"  {name:<40} {percentile(times, 50):>9.0f} {percentile(times, 95):>9.0f} {output_lines.get(name, 0):>7}")
    print()


def write_markdown(path, lines, queries):
    """bench/results.md from every size in bench/results.jsonl."""
    sizes = sorted({l["size_mb"] for l in lines})
    figures = {s: {l["figure"]: l["value"] for l in lines if l["size_mb"] == s and "query" not in l} for s in sizes}
    per_query = {(l["size_mb"], l["query"], l["figure"]): l["value"] for l in lines if "query" in l}
    dates = {s: next(l["date"] for l in lines if l["size_mb"] == s) for s in sizes}
    cores = next((figures[s]["cores"] for s in sizes if "cores" in figures[s]), "?")
    out = ["# Benchmark results", "",
           f"Written by `scripts/bench` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; machine: {cores} cores "
           f"({platform.machine()}, {platform.system()}), shared with other jobs (see the load averages). "
           "Synthetic corpora from `scripts/make-synthetic-corpus.py` (seed 1974) built from `corpus/`; "
           "runs: " + ", ".join(f"{s} MB at {dates[s]}" for s in sizes) + ".", "",
           "| measure | " + " | ".join(f"{s} MB" for s in sizes) + " |",
           "|---|" + "---|" * len(sizes)]
    for key, label, fmt in ROWS:
        if any(key in figures[s] for s in sizes):
            out.append(f"| {label} | " + " | ".join(cell(fmt, figures[s].get(key)) for s in sizes) + " |")
    out += ["", "Query latency through the CLI, p50 / p95 in ms over the runs of each query. Every figure "
            "includes process start-up (the `braudel --version` row above) and opening the index; "
            "(N lines) is what the query printed, to show it found something; a query is run 5 times, "
            "or fewer (at least once) when its runs have taken 60 s.", "",
            "| query | arguments | " + " | ".join(f"{s} MB" for s in sizes) + " |",
            "|---|---|" + "---|" * len(sizes)]
    for name, arguments in queries:
        values = []
        for s in sizes:
            p50, p95 = per_query.get((s, name, "query_p50_ms")), per_query.get((s, name, "query_p95_ms"))
            found, runs = per_query.get((s, name, "query_output_lines")), per_query.get((s, name, "query_runs"))
            note = f"{found} lines" + (f", {runs} runs" if runs is not None else "")
            values.append("–" if p50 is None else f"{p50:.0f} / {p95:.0f} ({note})")
        shown = " ".join(a if " " not in a else f"'{a}'" for a in arguments)
        out.append(f"| {name} | `{shown}` | " + " | ".join(values) + " |")
    out += ["", NOTES, "", "Machine-readable figures: `bench/results.jsonl` (one JSON object per figure)."]
    with open(path, "w") as handle:
        handle.write("\n".join(out) + "\n")


NOTES = """How each figure is taken:
- analyze / index: wall time of `braudel index CORPUS --analyze-only` and of `braudel index CORPUS
  --index FRESH.sqlite` (read, clean, analyze, write, commit); MB are input bytes on disk. Peak RSS
  is ru_maxrss of the command (each run under its own Python parent). Index size counts the
  SQLite file with its -wal/-shm. Re-index: the same command again over the unchanged corpus.
- BASELINE: `scripts/fts5-baseline.py`, Python's sqlite3 with an FTS5 table (unicode61 tokenizer),
  every file read as UTF-8 and inserted raw (no cleaning, HTML markup included), one row per
  document, one transaction, then commit. Braudel does far more per byte (cleaning, sentences,
  concepts, citations, references, positional tables), so the ratio says what that costs.
- ICU CEILING: `braudel bench-icu CORPUS`, ICU's word break iterator alone (the same
  `cicu_word_boundaries` call the segmenter makes) over each file's raw text on one thread;
  decoding UTF-8 to UTF-16 is timed apart and left out. The fraction divides Braudel's analyze
  throughput by that rate times the cores.
- MATCHER: `braudel bench-match --lexicon FULL --lexicon SUBSET FILES…`, one thread: each file is
  read, cleaned, segmented and its reference list found once, untimed; then each lexicon's concept
  matcher runs over the same text and only that is timed. SUBSET is the first 40 concrete
  concepts of `lexicons/world-systems.yaml`, generated at run time by
  `scripts/make-lexicon-subset.py`. At most ~100 MB of the corpus is used.
- All runs share the machine's cores with other jobs; figures taken under load are lower bounds."""
