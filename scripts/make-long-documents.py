#!/usr/bin/env python3
"""Builds the three long documents that measure Braudel's memory bound (issue 18, item 8: peak RSS
at most 300 MB + 3x the largest file), reproducibly from a seed:

- reference-list.txt: a short article followed by one long reference list (about 50 MB by
  default), every entry an author-year reference in the shapes real lists use (books, articles,
  chapters), so the reference parser and the in-text citation scan both see a long document;
- single-line.txt: prose of world-systems vocabulary with author-year citations, on ONE line
  with no line break at all (about 301 MB by default): no paragraph or line to cut at;
- paragraphs.txt: many short paragraphs of the same prose with citations, each a few lines
  broken as PDF extractions break them, and a short reference list at the end (about 250 MB
  by default, under the default --max-file-size of 256 MB): the common shape, long.

Same seed and sizes: same bytes. Usage:
    make-long-documents.py OUT_DIR [--reference-mb 50] [--line-mb 301] [--paragraphs-mb 250] [--seed 1]
A size of 0 skips that file.
Measure with: /usr/bin/time -v braudel index OUT_DIR/reference-list.txt --index /tmp/x.sqlite
"""
import argparse
import os
import random

SURNAMES = ["Wallerstein", "Arrighi", "Chase-Dunn", "Amin", "Frank", "Silver", "Hopkins", "Moore",
            "Braudel", "Modelski", "Bergesen", "Hall", "Martin", "Goldfrank", "Boswell", "Kentor"]
INITIALS = "ABCDEFGHIJKLMNOPRSTW"
TITLE_WORDS = ["hegemony", "core", "periphery", "semiperiphery", "capital", "accumulation", "cycles",
               "the", "world-economy", "of", "and", "in", "long", "century", "labor", "unequal",
               "exchange", "states", "commodity", "chains", "crisis", "finance", "empire", "trade"]
PLACES = ["New York: Academic Press", "London: Verso", "Boulder: Paradigm", "Paris: Maspero",
          "Cambridge: Cambridge University Press", "Durham: Duke University Press"]
JOURNALS = ["Review", "Journal of World-Systems Research", "New Left Review", "Monthly Review",
            "Comparative Studies in Society and History", "Third World Quarterly"]
PROSE = ["the", "core", "states", "of", "the", "world-economy", "and", "the", "periphery", "in",
         "a", "long", "cycle", "of", "accumulation", "hegemony", "declines", "as", "capital",
         "moves", "to", "finance", "semiperipheral", "zones", "rise", "under", "unequal",
         "exchange", "commodity", "chains", "link", "labor", "across", "regions"]


def title(rng, words):
    text = " ".join(rng.choice(TITLE_WORDS) for _ in range(words))
    return text[0].upper() + text[1:]


def reference(rng):
    authors = [f"{rng.choice(SURNAMES)}, {rng.choice(INITIALS)}." for _ in range(rng.randint(1, 3))]
    names = authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + " and " + authors[-1]
    year = rng.randint(1950, 2025)
    shape = rng.randrange(3)
    if shape == 0:
        return f"{names} ({year}). {title(rng, rng.randint(3, 9))}. {rng.choice(PLACES)}."
    if shape == 1:
        return (f"{names} ({year}). {title(rng, rng.randint(4, 10))}. {rng.choice(JOURNALS)} "
                f"{rng.randint(1, 40)}({rng.randint(1, 4)}): {rng.randint(1, 300)}-{rng.randint(301, 600)}.")
    return (f"{names} ({year}). {title(rng, rng.randint(3, 8))}. In {rng.choice(SURNAMES)}, "
            f"{rng.choice(INITIALS)}. (ed.), {title(rng, 4)}. {rng.choice(PLACES)}, pp. {rng.randint(1, 200)}-{rng.randint(201, 400)}.")


def write_reference_list(path, size, rng):
    with open(path, "w", encoding="utf-8") as out:
        out.write("Hegemony and the Long Reference List\n\nA. Author\n\n")
        out.write("The core and the periphery of the world-economy (Wallerstein 1974; Arrighi 1994) "
                  "are read here through a very long bibliography.\n\nReferences\n\n")
        written = out.tell()
        while written < size:
            entry = reference(rng) + "\n"
            out.write(entry)
            written += len(entry.encode("utf-8"))


def write_single_line(path, size, rng):
    with open(path, "w", encoding="utf-8") as out:
        written = 0
        while written < size:
            words = [rng.choice(PROSE) for _ in range(rng.randint(8, 24))]
            sentence = " ".join(words)
            if rng.random() < 0.3:
                sentence += f" ({rng.choice(SURNAMES)} {rng.randint(1950, 2025)})"
            sentence = sentence[0].upper() + sentence[1:] + ". "
            out.write(sentence)
            written += len(sentence.encode("utf-8"))


def write_paragraphs(path, size, rng):
    with open(path, "w", encoding="utf-8") as out:
        out.write("Hegemony in Many Short Paragraphs\n\nA. Author\n\n")
        written = out.tell()
        closing = "References\n\n" + "".join(reference(rng) + "\n\n" for _ in range(40))
        while written < size - len(closing):
            lines = []
            for _ in range(rng.randint(1, 4)):
                words = [rng.choice(PROSE) for _ in range(rng.randint(8, 14))]
                if rng.random() < 0.3:
                    words.append(f"({rng.choice(SURNAMES)} {rng.randint(1950, 2025)})")
                lines.append(" ".join(words))
            paragraph = lines[0][0].upper() + "\n".join(lines)[1:] + ".\n\n"
            out.write(paragraph)
            written += len(paragraph.encode("utf-8"))
        out.write(closing)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--reference-mb", type=float, default=50)
    parser.add_argument("--line-mb", type=float, default=301)
    parser.add_argument("--paragraphs-mb", type=float, default=250)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.reference_mb > 0:
        write_reference_list(os.path.join(args.out, "reference-list.txt"), int(args.reference_mb * 1e6),
                             random.Random(args.seed))
    if args.line_mb > 0:
        write_single_line(os.path.join(args.out, "single-line.txt"), int(args.line_mb * 1e6),
                          random.Random(args.seed + 1))
    if args.paragraphs_mb > 0:
        write_paragraphs(os.path.join(args.out, "paragraphs.txt"), int(args.paragraphs_mb * 1e6),
                         random.Random(args.seed + 2))


if __name__ == "__main__":
    main()
