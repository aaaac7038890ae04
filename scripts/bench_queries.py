"""The fixed queries of scripts/bench, run through the CLI against a built index. Their latency
includes process start-up, which `startup_latency` measures on its own (`braudel --version`)."""
import os
import subprocess
import time

# (name, arguments after `braudel`); {work} is the bench work folder. Concept ids are those of
# lexicons/world-systems.yaml; the synthetic corpus gives every document an author and a year.
QUERIES = [
    ("search concept", ["search", "semiperiphery", "--limit", "20"]),
    ("search concept: id", ["search", "concept:hegemony", "--limit", "50"]),
    ("search phrase", ["search", '"unequal exchange"', "--limit", "50"]),
    ("search NEAR", ["search", "hegemon* NEAR/5 decline", "--limit", "50"]),
    ("search author: filter", ["search", "concept:hegemony author:amara", "--limit", "50"]),
    ("search year: filter", ["search", "concept:world-economy year:1990..2000", "--limit", "50"]),
    ("search boolean", ["search", "(crisis OR decline) NOT concept:core year:..1980", "--limit", "50"]),
    ("kwic concept", ["kwic", "hegemony", "--limit", "100"]),
    ("kwic phrase", ["kwic", "commodity chains", "--limit", "100"]),
    ("concepts", ["concepts", "--top", "20"]),
    ("cooc sentence", ["cooc", "--top", "20"]),
    ("cooc document npmi", ["cooc", "--unit", "document", "--sort", "npmi", "--top", "20"]),
    ("cooc partners g2", ["cooc", "--concept", "hegemony", "--sort", "g2", "--top", "20"]),
    ("trends", ["trends", "semiperiphery", "hegemony"]),
    ("trends svg", ["trends", "core", "periphery", "--svg", "{work}/trends.svg"]),
    ("cites", ["cites", "--top", "20"]),
    ("cites --concept", ["cites", "--concept", "unequal-exchange", "--top", "20"]),
    ("graph cocitation graphml", ["graph", "cocitation", "--format", "graphml", "--top", "1000"]),
    ("graph concepts gexf", ["graph", "concepts", "--format", "gexf"]),
    ("stats", ["stats"]),
]


def percentile(values, q):
    """Nearest-rank percentile (p95 of five runs is the slowest of them)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, -(-q * len(ordered) // 100))
    return ordered[int(rank) - 1]


def timed(command):
    """Wall milliseconds of one run, its exit code and how many lines it printed."""
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000, result.returncode, result.stdout.count(b"\n")


def startup_latency(binary, runs=20):
    """Median milliseconds of `braudel --version`: the floor under every CLI query's latency."""
    return percentile([timed([binary, "--version"])[0] for _ in range(runs)], 50)


def run_queries(binary, index, work, runs, budget_s):
    """Runs each query `runs` times, or fewer (at least once) when its runs have taken
    `budget_s` seconds; returns {name: [ms…]}, {name: lines printed} (to show that each query
    found something) and the queries that failed."""
    latencies, lines, failures = {}, {}, []
    for name, arguments in QUERIES:
        command = [binary] + [a.replace("{work}", work) for a in arguments] + ["--index", index]
        times = []
        for _ in range(runs):
            ms, code, lines[name] = timed(command)
            if code != 0:
                failures.append(f"{name}: exit {code}: {' '.join(command)}")
                break
            times.append(ms)
            if sum(times) >= budget_s * 1000:
                break
        latencies[name] = times
    return latencies, lines, failures
