#!/usr/bin/env python3
"""Builds a reproducible synthetic corpus from the sample documents in corpus/.

Paragraphs of the samples are reshuffled with a seeded generator into new documents, with years
of citations shifted and some vocabulary swapped, so that the text is varied but keeps the
concepts, citations and PDF artifacts of the real samples. Usage:
    make-synthetic-corpus.py OUT_DIR SIZE_MB [--seed N]
"""
import argparse
import os
import random
import re

FORMATS = {".txt", ".md", ".html"}
SWAPS = [("hegemony", "hegemonic order"), ("states", "polities"), ("capital", "capital"),
         ("semiperiphery", "semi-periphery"), ("world-economy", "world economy"), ("labor", "labour")]


def paragraphs(root):
    found = []
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if os.path.splitext(name)[1] not in FORMATS or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
        if name.endswith(".html"):
            text = re.sub(r"(?s)<(script|style)[^>]*>.*?</\1>", " ", text)
            text = re.sub(r"</p>|<br\s*/?>|</h\d>|</li>", "\n\n", text)
            text = re.sub(r"<[^>]+>", "", text)
        found.extend(p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) > 80)
    return found


def vary(paragraph, rng):
    def shift(match):
        return str(int(match.group(0)) + rng.choice([-2, -1, 0, 0, 0, 1, 2]))
    text = re.sub(r"\b(19[5-9]\d|20[01]\d)\b", shift, paragraph)
    for old, new in SWAPS:
        if rng.random() < 0.3:
            text = text.replace(old, new)
    return text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("size_mb", type=float)
    parser.add_argument("--seed", type=int, default=1974)
    parser.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "corpus"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = paragraphs(args.corpus)
    references = [p for p in pool if re.match(r"^[A-Z][\w'’-]+, [A-Z]", p)]
    body = [p for p in pool if p not in references]
    os.makedirs(args.out, exist_ok=True)
    target = int(args.size_mb * 1024 * 1024)
    written = 0
    index = 0
    while written < target:
        count = rng.randint(20, 60)
        parts = [vary(rng.choice(body), rng) for _ in range(count)]
        parts.append("References")
        parts.extend(rng.sample(references, min(len(references), rng.randint(10, 30))))
        kind = rng.choice([".txt", ".txt", ".txt", ".md", ".html"])
        title = f"Synthetic essay {index} on the world-economy"
        if kind == ".md":
            text = f"# {title}\n\n" + "\n\n".join(parts) + "\n"
        elif kind == ".html":
            escaped = [p.replace("&", "&amp;").replace("<", "&lt;") for p in parts]
            text = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                    + "".join(f"<p>{p}</p>\n" for p in escaped) + "</article></body></html>\n")
        else:
            text = title + "\n\n" + "\n\n".join(parts) + "\n"
        data = text.encode("utf-8")
        folder = os.path.join(args.out, f"{index // 500:04d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"doc{index:06d}{kind}"), "wb") as handle:
            handle.write(data)
        written += len(data)
        index += 1
    print(f"{index} files, {written / 1048576:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
