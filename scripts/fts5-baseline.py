#!/usr/bin/env python3
"""The benchmark baseline: indexes a corpus with SQLite FTS5 through Python's sqlite3 (unicode61
tokenizer), one row per document, in one transaction. Files are read as UTF-8 text with no
cleaning (HTML markup is indexed as it stands). Prints {"files", "bytes", "seconds"} as JSON.
Usage: fts5-baseline.py CORPUS_DIR DB_PATH
"""
import json
import os
import sqlite3
import sys
import time

EXTENSIONS = {".txt", ".md", ".html"}


def corpus_files(root):
    found = []
    for folder, _, names in os.walk(root):
        found.extend(os.path.join(folder, n) for n in names if os.path.splitext(n)[1] in EXTENSIONS)
    return sorted(found)


def main():
    corpus, path = sys.argv[1:3]
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    started = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE documents USING fts5(path UNINDEXED, body, tokenize='unicode61')")
    total = 0
    files = corpus_files(corpus)
    with db:
        for name in files:
            with open(name, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
            total += os.path.getsize(name)
            db.execute("INSERT INTO documents (path, body) VALUES (?, ?)", (name, text))
    db.close()
    print(json.dumps({"files": len(files), "bytes": total, "seconds": time.perf_counter() - started}))


if __name__ == "__main__":
    main()
