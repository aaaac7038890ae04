#!/usr/bin/env python3
"""Measures Braudel on seeded synthetic corpora (see scripts/bench): analysis and indexing
throughput, peak memory, index size, re-index time, query latency through the CLI, an SQLite
FTS5 baseline, the ICU word-breaking ceiling and concept-matcher throughput.

Every figure is printed as one JSON line and merged into bench/results.jsonl (the latest run of
each size replaces that size's older figures); bench/results.md is rewritten from it.
Usage: bench.py --binary BRAUDEL [--work DIR] [--seed N] SIZE_MB...
"""
import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time

from bench_queries import QUERIES, percentile, run_queries, startup_latency
from bench_report import write_markdown, print_table

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LEXICON = os.path.join(ROOT, "lexicons", "world-systems.yaml")
MATCHER_SUBSET = 40


def corpus_key(seed, size):
    """Hash of what the corpus depends on: generator, samples, lexicon, seed and size."""
    digest = hashlib.sha256(f"{seed}/{size}".encode())
    inputs = [os.path.join(HERE, "make-synthetic-corpus.py"), LEXICON]
    samples = os.path.join(ROOT, "corpus")
    inputs += sorted(os.path.join(samples, n) for n in os.listdir(samples) if os.path.isfile(os.path.join(samples, n)))
    for path in inputs:
        with open(path, "rb") as handle:
            digest.update(handle.read())
    return digest.hexdigest()[:10]


def corpus_for(work, seed, size):
    """The cached corpus of this seed and size, generated when missing or out of date."""
    path = os.path.join(work, f"corpus-s{seed}-{size}mb-{corpus_key(seed, size)}")
    if not os.path.exists(path + ".done"):
        for stale in os.listdir(work):
            if stale.startswith(f"corpus-s{seed}-{size}mb-"):
                shutil.rmtree(os.path.join(work, stale), ignore_errors=True)
                if stale.endswith(".done"):
                    os.remove(os.path.join(work, stale))
        subprocess.run([sys.executable, os.path.join(HERE, "make-synthetic-corpus.py"), path, str(size),
                        "--seed", str(seed)], check=True)
        open(path + ".done", "w").close()
    return path


def child_run(command, capture=False):
    """Runs `command` under a fresh Python child so that peak RSS (ru_maxrss of its children)
    belongs to that command alone. Returns (seconds, peak RSS in MB, stdout)."""
    code = ("import json,sys,resource,subprocess,time;"
            "s=time.perf_counter();r=subprocess.run(sys.argv[1:],stdout=subprocess.PIPE,stderr=subprocess.PIPE);"
            "e=time.perf_counter()-s;"
            "print(json.dumps({'rc':r.returncode,'s':e,'rss':resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024,"
            "'out':r.stdout.decode(errors='replace')[-100000:],'err':r.stderr.decode(errors='replace')[-1500:]}))")
    out = subprocess.run([sys.executable, "-c", code] + command, capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    if result["rc"] != 0:
        sys.exit(f"bench: {' '.join(command)} failed:\n{result['err']}")
    return result["s"], result["rss"], result["out"] if capture else ""


def remove_index(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def disk_size(path):
    return sum(os.path.getsize(path + s) for s in ("", "-wal", "-shm") if os.path.exists(path + s))


def corpus_bytes(corpus):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(corpus) for f in fs)


def measure_braudel(binary, corpus, index, megabytes):
    """Analyze-only, fresh index, and re-index of the unchanged corpus."""
    remove_index(index)
    analyze_s, analyze_rss, _ = child_run([binary, "index", corpus, "--analyze-only"])
    index_s, index_rss, _ = child_run([binary, "index", corpus, "--index", index])
    reindex_s, reindex_rss, _ = child_run([binary, "index", corpus, "--index", index])
    return {
        "analyze_mb_s": megabytes / analyze_s, "analyze_s": analyze_s, "analyze_peak_rss_mb": analyze_rss,
        "index_mb_s": megabytes / index_s, "index_s": index_s, "index_peak_rss_mb": index_rss,
        "index_size_ratio": disk_size(index) / 1048576 / megabytes,
        "reindex_unchanged_s": reindex_s, "reindex_peak_rss_mb": reindex_rss,
    }


def measure_baseline(corpus, work, megabytes):
    """SQLite FTS5 through Python's sqlite3 over the same files."""
    db = os.path.join(work, "baseline-fts5.sqlite")
    seconds, rss, out = child_run([sys.executable, os.path.join(HERE, "fts5-baseline.py"), corpus, db], capture=True)
    size = disk_size(db)
    remove_index(db)
    return {"fts5_mb_s": megabytes / seconds, "fts5_s": seconds, "fts5_peak_rss_mb": rss,
            "fts5_size_ratio": size / 1048576 / megabytes}


def measure_icu(binary, corpus):
    """ICU word breaking alone, one thread (braudel bench-icu)."""
    _, _, out = child_run([binary, "bench-icu", corpus], capture=True)
    report = json.loads(out)
    return {"icu_mb_s_per_core": report["bytes"] / 1048576 / report["seconds"], "icu_s": report["seconds"],
            "icu_decode_s": report["decode_seconds"]}


def matcher_sample(corpus, cap_mb):
    """The corpus's first subfolders, in order, up to about `cap_mb` (the matcher's rate does not
    depend on corpus size, and preparing its input costs a full segmentation)."""
    chosen, total = [], 0
    for folder in sorted(os.listdir(corpus)):
        if total >= cap_mb * 1048576:
            break
        path = os.path.join(corpus, folder)
        chosen.append(path)
        total += corpus_bytes(path)
    return chosen


def measure_matcher(binary, corpus, work, cap_mb):
    """Concept matching alone with the full lexicon and with its first 40 concrete concepts."""
    subset = os.path.join(work, f"lexicon-{MATCHER_SUBSET}.yaml")
    subprocess.run([sys.executable, os.path.join(HERE, "make-lexicon-subset.py"), LEXICON, str(MATCHER_SUBSET), subset],
                   check=True, stdout=subprocess.DEVNULL)
    sample = matcher_sample(corpus, cap_mb)
    _, _, out = child_run([binary, "bench-match", "--lexicon", LEXICON, "--lexicon", subset] + sample, capture=True)
    report = json.loads(out)
    full, small = report["lexicons"]
    megabytes = report["bytes"] / 1048576
    return {"match_sample_mb": megabytes,
            "match_full_concepts": full["concepts"], "match_full_mb_s": megabytes / full["seconds"],
            "match_full_mentions": full["mentions"],
            "match_40_concepts": small["concepts"], "match_40_mb_s": megabytes / small["seconds"],
            "match_40_mentions": small["mentions"]}


def measure_size(args, size):
    corpus = corpus_for(args.work, args.seed, size)
    megabytes = corpus_bytes(corpus) / 1048576
    files = sum(len(fs) for _, _, fs in os.walk(corpus))
    index = os.path.join(args.work, f"bench-{size}mb.sqlite")
    cores = len(os.sched_getaffinity(0))
    figures = {"input_mb": megabytes, "files": files, "cores": cores, "load_1min_before": os.getloadavg()[0]}
    figures["startup_ms"] = startup_latency(args.binary)
    figures.update(measure_braudel(args.binary, corpus, index, megabytes))
    latencies, output_lines, failures = run_queries(args.binary, index, args.work, args.runs, args.query_budget_s)
    all_runs = [t for times in latencies.values() for t in times]
    figures.update({"query_p50_ms": percentile(all_runs, 50), "query_p95_ms": percentile(all_runs, 95),
                    "query_failures": len(failures)})
    figures.update(measure_baseline(corpus, args.work, megabytes))
    figures["index_vs_fts5_time_ratio"] = figures["index_s"] / figures["fts5_s"]
    figures.update(measure_icu(args.binary, corpus))
    figures["analyze_fraction_of_icu_ceiling"] = figures["analyze_mb_s"] / (figures["icu_mb_s_per_core"] * cores)
    figures.update(measure_matcher(args.binary, corpus, args.work, args.match_sample_mb))
    figures["load_1min_after"] = os.getloadavg()[0]
    for failure in failures:
        print(f"bench: query failed: {failure}", file=sys.stderr)
    if not args.keep_index:
        remove_index(index)
    return figures, (latencies, output_lines)


UNITS = {"_mb_s": "MB/s", "_rss_mb": "MB", "_s": "s", "_ms": "ms", "_ratio": "x", "_mb": "MB"}


def unit_of(name):
    return next((unit for suffix, unit in UNITS.items() if name.endswith(suffix)), "")


def json_lines(size, figures, queries, stamp):
    latencies, output_lines = queries
    lines = [{"size_mb": size, "figure": k, "value": round(v, 4) if isinstance(v, float) else v,
              "unit": unit_of(k), "date": stamp} for k, v in figures.items()]
    for name, times in latencies.items():
        for label, q in (("p50", 50), ("p95", 95)):
            lines.append({"size_mb": size, "figure": f"query_{label}_ms", "query": name,
                          "value": round(percentile(times, q), 2), "unit": "ms", "date": stamp})
        lines.append({"size_mb": size, "figure": "query_output_lines", "query": name,
                      "value": output_lines.get(name, 0), "unit": "lines", "date": stamp})
        lines.append({"size_mb": size, "figure": "query_runs", "query": name,
                      "value": len(times), "unit": "runs", "date": stamp})
    return lines


def merge_results(path, new_lines):
    """Keeps older sizes' figures, replaces those of the sizes just measured."""
    sizes = {line["size_mb"] for line in new_lines}
    kept = []
    if os.path.exists(path):
        with open(path) as handle:
            kept = [json.loads(l) for l in handle if l.strip()]
        kept = [l for l in kept if l["size_mb"] not in sizes]
    merged = sorted(kept + new_lines, key=lambda l: l["size_mb"])
    with open(path, "w") as handle:
        handle.writelines(json.dumps(l) + "\n" for l in merged)
    return merged


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--work", default=os.path.join(ROOT, "bench", "work"))
    parser.add_argument("--seed", type=int, default=1974)
    parser.add_argument("--runs", type=int, default=5, help="runs of each query")
    parser.add_argument("--query-budget-s", type=float, default=60,
                        help="stop repeating a query once its runs took this long (it runs at least once)")
    parser.add_argument("--match-sample-mb", type=float, default=100)
    parser.add_argument("--keep-index", action="store_true")
    parser.add_argument("sizes", nargs="*", type=int, default=[10, 100])
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    results = os.path.join(ROOT, "bench", "results.jsonl")
    for size in args.sizes:
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        print(f"== {size} MB", file=sys.stderr)
        figures, queries = measure_size(args, size)
        lines = json_lines(size, figures, queries, stamp)
        for line in lines:
            print(json.dumps(line))
        print_table(size, figures, *queries)
        merged = merge_results(results, lines)
        write_markdown(os.path.join(ROOT, "bench", "results.md"), merged, QUERIES)


if __name__ == "__main__":
    main()
