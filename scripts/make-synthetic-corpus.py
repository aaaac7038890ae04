#!/usr/bin/env python3
"""Builds a reproducible synthetic corpus from the sample documents in corpus/.

Paragraphs of the samples are reshuffled with a seeded generator into new documents. So that
the corpus behaves like a real one at scale rather than like twelve essays repeated:
- vocabulary: a few words per paragraph are replaced by pseudo-words drawn from a large,
  Zipf-distributed vocabulary (a long tail of rare words, as real corpora have); words of the
  lexicon are never replaced, so concept mentions survive;
- citations: besides the samples' own, each document cites works of a seeded pool of synthetic
  authors (popularity skewed, a few works cited everywhere), in parenthetical and narrative
  form, with matching entries in its reference list;
- metadata: every document has an author and a year (title block, front matter or meta tags),
  so author: and year: filters and trends by year have something to work on;
- years in the samples' citations are shifted and some spellings swapped.
Same seed, size, samples and script: same bytes. Usage:
    make-synthetic-corpus.py OUT_DIR SIZE_MB [--seed N] [--corpus DIR] [--lexicon FILE]
"""
import argparse
import os
import random
import re

FORMATS = {".txt", ".md", ".html"}
SWAPS = [("hegemony", "hegemonic order"), ("states", "polities"), ("semiperiphery", "semi-periphery"),
         ("world-economy", "world economy"), ("labor", "labour"), ("periphery", "peripheral zone")]
ONSETS = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
          "br", "ch", "cr", "dr", "gr", "pl", "st", "tr", "sh", "th", "w", "y"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "ie"]
CODAS = ["", "", "", "n", "r", "s", "l", "m", "nd", "st", "rk", "t"]
FIRST_NAMES = ["Amara", "Bruno", "Chen", "Dalia", "Emeka", "Farida", "Giulia", "Hiroshi", "Ines", "Jonas",
               "Kwame", "Lucia", "Mehmet", "Nadia", "Oscar", "Priya", "Rafael", "Sofia", "Tomas", "Yusuf"]
PUBLISHERS = ["New York: Monthly Review Press", "London: Verso", "Cambridge: Cambridge University Press",
              "Boulder: Paradigm", "Durham: Duke University Press", "Paris: Maspero"]
JOURNALS = ["Review", "Journal of World-Systems Research", "New Left Review", "Monthly Review",
            "Comparative Studies in Society and History", "Third World Quarterly"]
VOCABULARY_SIZE = 60000
WORK_POOL_SIZE = 20000


def paragraphs(root):
    found = []
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if os.path.splitext(name)[1] not in FORMATS or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
        if name.endswith(".md"):
            text = re.sub(r"(?s)\A---\n.*?\n---\n", "", text)
        if name.endswith(".html"):
            text = re.sub(r"(?s)<(script|style|head)[^>]*>.*?</\1>", " ", text)
            text = re.sub(r"</p>|<br\s*/?>|</h\d>|</li>", "\n\n", text)
            text = re.sub(r"<[^>]+>", "", text)
        found.extend(p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) > 80)
    return found


def protected_words(lexicon):
    """Folded words of the lexicon's labels and variants: never replaced by pseudo-words."""
    words = set()
    if lexicon and os.path.isfile(lexicon):
        with open(lexicon, encoding="utf-8") as handle:
            for line in handle:
                if re.match(r"\s*(label|variants|require_any):", line):
                    words.update(w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", line.split(":", 1)[1]))
    return words


def pseudo_word(rng, syllables=(1, 3)):
    return "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)
                   for _ in range(rng.randint(*syllables)))


def zipf_pick(rng, items):
    """An item with probability about proportional to 1/rank (log-uniform rank)."""
    return items[min(len(items) - 1, int(len(items) ** rng.random()) - 1)]


class Generator:
    def __init__(self, rng, pool, protected):
        self.rng = rng
        self.references = [p for p in pool if re.match(r"^[A-Z][\w'’-]+, [A-Z]", p)]
        self.body = [p for p in pool if p not in self.references]
        self.protected = protected
        self.vocabulary = [pseudo_word(rng) for _ in range(VOCABULARY_SIZE)]
        self.surnames = [pseudo_word(rng, (2, 3)).capitalize() for _ in range(WORK_POOL_SIZE // 3)]
        self.works = [self.work(i) for i in range(WORK_POOL_SIZE)]

    def work(self, number):
        rng = self.rng
        surname = self.surnames[number % len(self.surnames)]
        first = rng.choice(FIRST_NAMES)
        year = rng.randint(1950, 2022)
        title = " ".join(rng.choice(self.vocabulary) for _ in range(rng.randint(2, 5))).capitalize()
        topic = rng.choice(["the World-Economy", "Hegemony", "Unequal Exchange", "Commodity Chains",
                            "the Semiperiphery", "Dependency", "Long Waves", "Labor Unrest"])
        if rng.random() < 0.5:
            entry = f"{surname}, {first}. {year}. {title} and {topic}. {rng.choice(PUBLISHERS)}."
        else:
            entry = (f"{surname}, {first}. {year}. “{title}: {topic}.” {rng.choice(JOURNALS)} "
                     f"{rng.randint(1, 40)} ({rng.randint(1, 4)}): {rng.randint(1, 300)}–{rng.randint(301, 600)}.")
        return {"surname": surname, "year": year, "entry": entry}

    def vary(self, paragraph):
        rng = self.rng

        def shift(match):
            return str(int(match.group(0)) + rng.choice([-2, -1, 0, 0, 0, 1, 2]))
        text = re.sub(r"\b(19[5-9]\d|20[01]\d)\b", shift, paragraph)
        for old, new in SWAPS:
            if rng.random() < 0.3:
                text = text.replace(old, new)
        words = text.split(" ")
        for _ in range(int(len(words) * 0.04 + rng.random())):
            position = rng.randrange(len(words))
            word = words[position]
            if len(word) >= 4 and word.isalpha() and word.islower() and word not in self.protected:
                words[position] = zipf_pick(rng, self.vocabulary)
        return " ".join(words)

    def cite(self, paragraph, work):
        rng = self.rng
        if rng.random() < 0.3:
            return f"As {work['surname']} ({work['year']}) argues, {paragraph[0].lower()}{paragraph[1:]}"
        page = f", {rng.randint(3, 300)}" if rng.random() < 0.4 else ""
        citation = f" ({work['surname']} {work['year']}{page})"
        if paragraph.endswith("."):
            return paragraph[:-1] + citation + "."
        return paragraph + citation

    def document(self, index):
        rng = self.rng
        cited = sorted({id(w): w for w in (zipf_pick(rng, self.works) for _ in range(rng.randint(4, 20)))}.values(),
                       key=lambda w: (w["surname"], w["year"]))
        parts = [self.vary(rng.choice(self.body)) for _ in range(rng.randint(20, 60))]
        for work in cited:
            position = rng.randrange(len(parts))
            parts[position] = self.cite(parts[position], work)
        entries = rng.sample(self.references, min(len(self.references), rng.randint(5, 20)))
        entries += [w["entry"] for w in cited]
        entries.sort()
        author = f"{rng.choice(FIRST_NAMES)} {rng.choice(self.surnames)}"
        year = rng.randint(1965, 2024)
        return parts, entries, author, year


def render(kind, index, parts, entries, author, year):
    title = f"Synthetic essay {index} on the world-economy"
    if kind == ".md":
        return (f"---\ntitle: \"{title}\"\nauthor: \"{author}\"\nyear: {year}\n---\n\n# {title}\n\n"
                + "\n\n".join(parts) + "\n\n## References\n\n" + "\n\n".join(entries) + "\n")
    if kind == ".html":
        def escape(p):
            return p.replace("&", "&amp;").replace("<", "&lt;")
        return (f"<html><head><title>{title}</title>\n<meta name=\"citation_author\" content=\"{author}\">\n"
                f"<meta name=\"citation_publication_date\" content=\"{year}\">\n</head><body><article>"
                f"<h1>{title}</h1>\n" + "".join(f"<p>{escape(p)}</p>\n" for p in parts)
                + "<h2>References</h2>\n" + "".join(f"<p>{escape(e)}</p>\n" for e in entries)
                + "</article></body></html>\n")
    return (f"{title}\n\n{author}\n\nPublished {year}\n\n" + "\n\n".join(parts)
            + "\n\nReferences\n\n" + "\n\n".join(entries) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("size_mb", type=float)
    parser.add_argument("--seed", type=int, default=1974)
    parser.add_argument("--corpus", default=os.path.join(here, "..", "corpus"))
    parser.add_argument("--lexicon", default=os.path.join(here, "..", "lexicons", "world-systems.yaml"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    generator = Generator(rng, paragraphs(args.corpus), protected_words(args.lexicon))
    os.makedirs(args.out, exist_ok=True)
    target = int(args.size_mb * 1024 * 1024)
    written = 0
    index = 0
    while written < target:
        kind = rng.choice([".txt", ".txt", ".txt", ".md", ".html"])
        data = render(kind, index, *generator.document(index)).encode("utf-8")
        folder = os.path.join(args.out, f"{index // 500:04d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"doc{index:06d}{kind}"), "wb") as handle:
            handle.write(data)
        written += len(data)
        index += 1
    print(f"{index} files, {written / 1048576:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
