#!/usr/bin/env python3
"""Measures Braudel's throughput and memory on a synthetic corpus (see scripts/bench)."""
import json
import os
import subprocess
import sys
import time


def measure(binary, corpus, work):
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(corpus) for f in fs) / 1048576
    index = os.path.join(work, "bench.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(index + suffix):
            os.remove(index + suffix)
    # Each measurement in its own Python child so that peak RSS belongs to that command only.
    analyze_s, analyze_rss = child_run([binary, "index", corpus, "--analyze-only"])
    index_s, index_rss = child_run([binary, "index", corpus, "--index", index])
    reindex_s, _ = child_run([binary, "index", corpus, "--index", index])
    results = {
        "input_mb": round(size, 1), "cores": os.cpu_count(),
        "analyze_mb_s": round(size / analyze_s, 2), "analyze_peak_rss_mb": round(analyze_rss, 1),
        "index_mb_s": round(size / index_s, 2), "index_peak_rss_mb": round(index_rss, 1),
        "reindex_unchanged_s": round(reindex_s, 2),
        "index_size_ratio": round(os.path.getsize(index) / 1048576 / size, 2),
    }
    return results


def child_run(command):
    code = ("import json,sys,resource,subprocess,time;"
            "s=time.perf_counter();r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE);"
            "e=time.perf_counter()-s;"
            "print(json.dumps({'rc':r.returncode,'s':e,'rss':resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024,"
            "'err':r.stderr.decode(errors='replace')[-1500:]}))")
    out = subprocess.run([sys.executable, "-c", code] + command, capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    if result["rc"] != 0:
        sys.exit(f"bench: {' '.join(command)} failed:\n{result['err']}")
    return result["s"], result["rss"]


def main():
    binary, corpus, work = sys.argv[1:4]
    results = measure(binary, corpus, work)
    print(json.dumps(results))
    print()
    print(f"input               {results['input_mb']} MB on {results['cores']} cores")
    print(f"analyze only        {results['analyze_mb_s']} MB/s   peak RSS {results['analyze_peak_rss_mb']} MB")
    print(f"index end to end    {results['index_mb_s']} MB/s   peak RSS {results['index_peak_rss_mb']} MB")
    print(f"re-index unchanged  {results['reindex_unchanged_s']} s")
    print(f"index size          {results['index_size_ratio']} x input")
    write_results(results)


def write_results(results):
    """Records the figures in bench/results.md beside this repository's other results."""
    path = os.path.join(os.path.dirname(__file__), "..", "bench", "results.md")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as handle:
        handle.write("# Benchmark results\n\n")
        handle.write(f"Written by `scripts/bench` on {time.strftime('%Y-%m-%d')}, {results['cores']} cores, "
                     f"synthetic corpus of {results['input_mb']} MB (seed 1974).\n\n")
        handle.write("| measure | value |\n|---|---|\n")
        rows = [("analyze only", f"{results['analyze_mb_s']} MB/s"),
                ("analyze only, peak RSS", f"{results['analyze_peak_rss_mb']} MB"),
                ("index end to end", f"{results['index_mb_s']} MB/s"),
                ("index, peak RSS", f"{results['index_peak_rss_mb']} MB"),
                ("re-index, nothing changed", f"{results['reindex_unchanged_s']} s"),
                ("index size / input size", f"{results['index_size_ratio']}")]
        for name, value in rows:
            handle.write(f"| {name} | {value} |\n")
        handle.write("\n```json\n" + json.dumps(results) + "\n```\n")


if __name__ == "__main__":
    main()
