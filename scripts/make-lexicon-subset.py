#!/usr/bin/env python3
"""Writes a lexicon with only the first N concrete (non-abstract) concepts of a Braudel YAML
lexicon, for the matcher benchmark (scripts/bench). Abstract grouping concepts are kept, so that
`broader` links to them stay valid; `broader` and `related` links to concepts left out are
dropped, so that `braudel lexicon check` passes. Works on the text (standard library only,
no YAML parser): a concept starts at a line `  - id: ...`.
Usage: make-lexicon-subset.py LEXICON N OUT
"""
import re
import sys


def blocks(lines):
    """The header (lines before the first concept) and each concept's lines."""
    starts = [i for i, line in enumerate(lines) if re.match(r"^  - id:\s*\S", line)]
    if not starts:
        sys.exit("make-lexicon-subset: no '  - id:' concept entries found")
    ends = starts[1:] + [len(lines)]
    return lines[:starts[0]], [lines[s:e] for s, e in zip(starts, ends)]


def concept_id(block):
    return block[0].split(":", 1)[1].strip().strip("'\"")


def is_abstract(block):
    return any(re.match(r"^\s+abstract:\s*true\b", line) for line in block)


def subset(lines, count):
    header, concepts = blocks(lines)
    concrete = [b for b in concepts if not is_abstract(b)][:count]
    kept_ids = {concept_id(b) for b in concepts if is_abstract(b)} | {concept_id(b) for b in concrete}
    chosen = {id(b) for b in concrete}
    out = list(header)
    for block in concepts:
        if not (is_abstract(block) or id(block) in chosen):
            continue
        for line in block:
            broader = re.match(r"^\s+broader:\s*(\S+)\s*$", line)
            if broader and broader.group(1).strip("'\"") not in kept_ids:
                continue
            related = re.match(r"^(\s+related:\s*)\[(.*)\]\s*$", line)
            if related:
                ids = [i.strip().strip("'\"") for i in related.group(2).split(",") if i.strip()]
                ids = [i for i in ids if i in kept_ids]
                if not ids:
                    continue
                line = f"{related.group(1)}[{', '.join(ids)}]\n"
            out.append(line)
    return out, len(concrete)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    source, count, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(source, encoding="utf-8") as handle:
        lines = handle.read().splitlines(keepends=True)
    out, kept = subset(lines, count)
    with open(target, "w", encoding="utf-8") as handle:
        handle.writelines(out)
    print(f"{kept} concrete concepts of {source} in {target}")


if __name__ == "__main__":
    main()
