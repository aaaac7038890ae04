#!/usr/bin/env python3
"""Latency of each `braudel serve` endpoint from loopback: starts the server on a free port,
sends each request --requests times (stopping early after --seconds) from --concurrency client
threads, and prints p50/p95/max per endpoint as JSON lines and a table. The first request of
each endpoint is a warm-up and is not counted."""
import argparse
import json
import os
import re
import statistics
import subprocess
import threading
import time
import urllib.parse
import urllib.request


def get(base, path):
    start = time.perf_counter()
    with urllib.request.urlopen(base + path, timeout=300) as response:
        body = response.read()
        status = response.status
    return time.perf_counter() - start, status, body


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def endpoints(base):
    documents = json.loads(get(base, "api/documents")[2])
    top = json.loads(get(base, "api/cites?top=1")[2])
    doc = urllib.parse.quote(documents[len(documents) // 2]["path"])
    work = urllib.parse.quote(top[0]["work"]) if top else ""
    return [
        ("stats", "api/stats"),
        ("documents", "api/documents"),
        ("concepts", "api/concepts?top=12"),
        ("search concept", "api/search?q=semiperiphery&limit=21"),
        ("search words", "api/search?q=" + urllib.parse.quote("hegemonic decline") + "&limit=21"),
        ("search boolean", "api/search?q=" + urllib.parse.quote("concept:hegemony (decline OR crisis) year:1990..") + "&limit=21"),
        ("kwic", "api/kwic?q=hegemony&width=60&limit=500"),
        ("concept", "api/concept?name=semiperiphery"),
        ("trends", "api/trends?concept=semiperiphery"),
        ("cooc concept", "api/cooc?concept=semiperiphery&sort=npmi&top=15"),
        ("cites", "api/cites?top=10"),
        ("cites concept", "api/cites?concept=semiperiphery&top=10"),
        ("document", "api/document?path=" + doc),
        ("work", "api/work?key=" + work),
        ("graph cocitation", "api/graph/cocitation?top=150&min-weight=1&layout=fr"),
        ("graph concepts", "api/graph/concepts?top=150&min-weight=1&layout=fr"),
        ("page", "search?q=semiperiphery"),
    ]


def measure(base, path, requests, seconds, concurrency):
    get(base, path)  # warm-up
    times, errors, lock = [], [], threading.Lock()
    deadline = time.perf_counter() + seconds
    remaining = [requests]

    def worker():
        while True:
            with lock:
                if remaining[0] <= 0 or time.perf_counter() > deadline:
                    return
                remaining[0] -= 1
            try:
                elapsed, status, _ = get(base, path)
                with lock:
                    (times if status == 200 else errors).append(elapsed)
            except Exception as error:  # noqa: BLE001 - counted, not fatal
                with lock:
                    errors.append(str(error))

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return times, errors, wall


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--index", required=True)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--concurrency", type=int, default=2)
    args = parser.parse_args()
    server = subprocess.Popen([args.binary, "serve", "--index", args.index, "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        base = re.search(r"(http://\S+/)", server.stdout.readline()).group(1)
        size = os.path.getsize(args.index) / 1e6
        load = os.getloadavg()[0]
        rows = []
        for name, path in endpoints(base):
            times, errors, wall = measure(base, path, args.requests, args.seconds, args.concurrency)
            ms = [t * 1000 for t in times]
            row = {"endpoint": name, "path": path, "requests": len(ms), "errors": len(errors),
                   "p50_ms": round(statistics.median(ms), 1) if ms else None,
                   "p95_ms": round(percentile(ms, 0.95), 1) if ms else None,
                   "max_ms": round(max(ms), 1) if ms else None,
                   "per_second": round(len(ms) / wall, 1) if wall else None,
                   "concurrency": args.concurrency, "index_mb": round(size), "load_before": round(load, 2)}
            print(json.dumps(row), flush=True)
            rows.append(row)
        print(f"\nindex {args.index} ({size:.0f} MB), {args.concurrency} client threads, load average before {load:.2f}, now {os.getloadavg()[0]:.2f}")
        print(f"{'endpoint':<18} {'n':>4} {'p50 ms':>9} {'p95 ms':>9} {'max ms':>9} {'req/s':>7}")
        for r in rows:
            print(f"{r['endpoint']:<18} {r['requests']:>4} {r['p50_ms'] or '-':>9} {r['p95_ms'] or '-':>9} {r['max_ms'] or '-':>9} {r['per_second'] or '-':>7}"
                  + (f"  ({r['errors']} errors)" if r["errors"] else ""))
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
