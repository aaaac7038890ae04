#!/usr/bin/env python3
"""Consistency checks for the hand-made gold annotations of the fixture corpus.

For every corpus/gold/NAME.json it checks that:
  - the file is valid JSON with the keys concepts, citations, references;
  - every concept id exists (and is not abstract) in lexicons/world-systems.yaml;
  - every concept text occurs, as a whole word sequence, in the document's running text
    (before the reference list), at least as often as the gold lists it, and that the gold
    mentions appear in document order;
  - every cited surname and year occurs in the running text;
  - every citation has "ref": the index of the entry it cites in "references", or null, and a
    linked entry has the citation's year;
  - the metadata, when given, has title, authors and year, each printed in the document;
  - every reference's authors, year, title and publication details (container, volume, issue,
    pages, publisher, place, doi, url; each present only when the entry gives it) occur in the
    reference section, and no other field is used.

Both gold sets are checked: corpus/gold and corpus/heldout/gold.

"Running text" is what a careful reader sees: for PDF-like .txt files, lines are joined,
bare page numbers and running headers (lines of more than 15 characters repeated, digits ignored) are
dropped, and a line-final hyphen is tried both kept (Chase-Dunn, world-system) and dropped
(accumu-lation); for .md the YAML front matter is skipped; for .html only the <h1> and the
<article> count. Standard library only (PyYAML is used when installed).

Usage: python3 corpus/gold/check_gold.py [REPO_ROOT]     exit status 1 when a check fails.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

DETAIL_FIELDS = ("container", "volume", "issue", "pages", "publisher", "place", "doi", "url")
REFERENCE_FIELDS = {"authors", "year", "title", *DETAIL_FIELDS}

REFERENCE_HEADINGS = re.compile(r"^\s*(?:#+\s*)?(references|works cited|bibliography|reference list)\s*$",
                                re.IGNORECASE | re.MULTILINE)


def load_lexicon(path):
    """Concept id -> abstract flag."""
    text = path.read_text(encoding="utf-8")
    try:
        import yaml  # type: ignore
        data = yaml.safe_load(text)
        return {c["id"]: bool(c.get("abstract", False)) for c in data["concepts"]}
    except ImportError:
        concepts, current = {}, None
        for line in text.splitlines():
            m = re.match(r"^\s*-\s+id:\s*([\w-]+)\s*$", line)
            if m:
                current = m.group(1)
                concepts[current] = False
            elif current and re.match(r"^\s+abstract:\s*true\s*$", line):
                concepts[current] = True
        return concepts


def read_document(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def strip_pdf_artifacts(text):
    """Drops form feeds, bare page numbers and repeated running headers."""
    lines = text.replace("\r\n", "\n").replace("\f", "\n").split("\n")
    shape = lambda line: re.sub(r"\d+", "#", line.strip())
    counts = {}
    for line in lines:
        if line.strip():
            counts[shape(line)] = counts.get(shape(line), 0) + 1
    kept = []
    for line in lines:
        s = line.strip()
        if re.fullmatch(r"\d{1,4}", s):
            continue
        if s and counts[shape(line)] >= 2 and len(s) > 15 and not s.startswith(("•", "a)", "b)", "c)", "d)")):
            continue
        kept.append(line)
    return "\n".join(kept)


def html_running_text(text):
    """The <h1> plus the <article>, tags removed and entities decoded."""
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S)
    article = re.search(r"<article[^>]*>(.*?)</article>", text, re.S)
    body = (h1.group(1) if h1 else "") + "\n\n" + (article.group(1) if article else text)
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
    body = re.sub(r"<h2[^>]*>(.*?)</h2>", r"\n\1\n", body, flags=re.S)
    body = re.sub(r"<[^>]+>", " ", body)
    return html.unescape(body)


def split_sections(path, text):
    """(running text, reference section) of a document."""
    suffix = path.suffix.lower()
    if suffix == ".html":
        text = html_running_text(text)
    elif suffix == ".md":
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    else:
        text = strip_pdf_artifacts(text)
    matches = list(REFERENCE_HEADINGS.finditer(text))
    if not matches:
        return text, ""
    cut = matches[-1].start()
    return text[:cut], text[cut:]


def raw_reference_section(path, text):
    """The reference section without running-header stripping (page numbers stay in)."""
    if path.suffix.lower() == ".html":
        text = html_running_text(text)
    text = text.replace("\r\n", "\n").replace("\f", "\n")
    matches = list(REFERENCE_HEADINGS.finditer(text))
    return text[matches[-1].start():] if matches else ""


def repaired(text):
    """The extraction damage the cleaner repairs (README, "Cleaning"): a function word glued to a
    name ("andWallerstein") and a year split by a space inside a citation ("(OECD 201 3)")."""
    text = re.sub(r"\b(and|of|by|see|in|to|the|from|with|on|at|for|cf)(?=[A-Z][a-z]{2})", r"\1 ", text)
    return re.sub(r"(?<=[( ])((?:19|20)\d) (\d)(?=[a-c]?[)\];,:])", r"\1\2", text)


def joined_variants(text):
    """Line-joined text with end-of-line hyphens kept and dropped, whitespace collapsed; the
    cleaner's repairs applied."""
    text = repaired(unicodedata.normalize("NFKC", text.replace("\r", "")))
    kept = re.sub(r"-\n[ \t]*", "-", text)
    dropped = re.sub(r"(?<=[a-z])-\n[ \t]*(?=[a-z])", "", text)
    dropped = re.sub(r"-\n[ \t]*", "-", dropped)
    squash = lambda s: re.sub(r"\s+", " ", s)
    return squash(kept), squash(dropped)


def word_count(haystack, needle):
    pattern = r"(?<![\w])" + re.escape(needle) + r"(?![\w])"
    return len(re.findall(pattern, haystack))


def squeezed(s):
    return re.sub(r"[\s\-\u00ad]+", "", unicodedata.normalize("NFKC", s))


def check_document(gold_path, doc_path, lexicon, problems):
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        problems.append(f"{gold_path.name}: invalid JSON: {error}")
        return None
    for key in ("concepts", "citations", "references"):
        if not isinstance(gold.get(key), list):
            problems.append(f"{gold_path.name}: missing list '{key}'")
            return None
    running, references = split_sections(doc_path, read_document(doc_path))
    variants = joined_variants(running)
    ref_variants = joined_variants(references)
    name = doc_path.name

    wanted = {}
    for mention in gold["concepts"]:
        cid, text = mention.get("concept"), mention.get("text", "")
        if cid not in lexicon:
            problems.append(f"{name}: unknown concept id '{cid}'")
        elif lexicon[cid]:
            problems.append(f"{name}: abstract concept '{cid}' cannot be mentioned")
        wanted[text] = wanted.get(text, 0) + 1
    for text, count in wanted.items():
        found = max(word_count(v, text) for v in variants)
        if found == 0:
            problems.append(f"{name}: concept text '{text}' not in running text")
        elif found < count:
            problems.append(f"{name}: concept text '{text}' listed {count}x, found {found}x")
    stream, position = squeezed(variants[1]), 0
    for index, mention in enumerate(gold["concepts"]):
        at = stream.find(squeezed(mention["text"]), position)
        if at < 0:
            problems.append(f"{name}: concept #{index} '{mention['text']}' out of document order")
            break
        position = at + len(squeezed(mention["text"]))

    for citation in gold["citations"]:
        authors, year = citation.get("authors") or [], citation.get("year", "")
        if not authors or not year:
            problems.append(f"{name}: citation without authors or year: {citation}")
        for surname in authors:
            # "andWalcott", "Mbeki2004": a space lost in extraction; the gold names the surname.
            if not any(word_count(v, surname) or word_count(re.sub(r"\band(?=[A-Z])", "and ", v), surname)
                       or word_count(re.sub(r"(?<=[a-z])(?=\d{4})", " ", v), surname)
                       for v in variants):
                problems.append(f"{name}: cited surname '{surname}' not in running text")
        # A year split by extraction ("201 3", "1 974a") is written whole in the gold.
        if not any(year in v or year in re.sub(r"(?<=\d) (?=\d)", "", v) for v in variants):
            problems.append(f"{name}: cited year '{year}' not in running text")
        if citation.get("etAl") and not any("et al" in v for v in variants):
            problems.append(f"{name}: 'et al.' citation but no 'et al' in text")

    for index, citation in enumerate(gold["citations"]):
        if "ref" not in citation:
            problems.append(f"{name}: citation #{index} has no 'ref' (an index or null)")
            continue
        ref = citation["ref"]
        if ref is None:
            continue
        if not isinstance(ref, int) or not 0 <= ref < len(gold["references"]):
            problems.append(f"{name}: citation #{index} ref {ref!r} outside the reference list")
            continue
        target = gold["references"][ref]
        if (target.get("year") or "")[:4] != citation.get("year", "")[:4]:
            problems.append(f"{name}: citation #{index} {citation['authors']} {citation['year']} linked to an entry of {target.get('year')}")

    check_metadata(gold, name, read_document(doc_path), problems)

    plain_refs = [re.sub(r"[*_]|</?i>", "", v) for v in ref_variants]
    # Publication details are also looked up in the unstripped list: an imprint line such as
    # "University Press." repeats and would be taken for a running header.
    unstripped = raw_reference_section(doc_path, read_document(doc_path))
    squeezed_refs = [squeezed(re.sub(r"[*_]|</?i>", "", v)) for v in ref_variants + joined_variants(unstripped)]
    for entry in gold["references"]:
        for field in sorted(set(entry) - REFERENCE_FIELDS):
            problems.append(f"{name}: unknown reference field '{field}'")
        for field in DETAIL_FIELDS:
            value = entry.get(field)
            if value is None:
                continue
            if not isinstance(value, str) or not value:
                problems.append(f"{name}: reference field '{field}' must be a non-empty string")
            elif not any(squeezed(value) in v for v in squeezed_refs):
                problems.append(f"{name}: reference {field} '{value[:50]}' not in reference list")
        for surname in entry.get("authors", []):
            if not any(surname in v for v in plain_refs):
                problems.append(f"{name}: reference author '{surname}' not in reference list")
        if entry.get("year") and not any(entry["year"] in v for v in plain_refs):
            problems.append(f"{name}: reference year '{entry['year']}' not in reference list")
        title = entry.get("title", "")
        if title and not any(title in v for v in plain_refs):
            problems.append(f"{name}: reference title '{title[:50]}…' not in reference list")
    return len(gold["concepts"]), len(gold["citations"]), len(gold["references"]), len(running.split())


def check_metadata(gold, name, document, problems):
    """The document's own title, byline surnames and year, when the gold gives them: only
    the keys title, authors, year; each value printed in the document."""
    metadata = gold.get("metadata")
    if metadata is None:
        return
    if set(metadata) != {"title", "authors", "year"}:
        problems.append(f"{name}: metadata needs exactly title, authors, year")
        return
    letters = lambda s: re.sub(r"\W|_", "", unicodedata.normalize("NFC", html.unescape(s)).lower())
    flat = letters(document)
    if metadata["title"] is not None and letters(metadata["title"]) not in flat:
        problems.append(f"{name}: metadata title '{metadata['title'][:50]}' not in the document")
    for surname in metadata["authors"]:
        if letters(surname) not in flat:
            problems.append(f"{name}: metadata author '{surname}' not in the document")
    if metadata["year"] is not None and metadata["year"] not in document:
        problems.append(f"{name}: metadata year '{metadata['year']}' not in the document")


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2]
    lexicon = load_lexicon(root / "lexicons" / "world-systems.yaml")
    problems, totals, documents = [], [0, 0, 0], 0
    print(f"{'document':38s} {'words':>6s} {'concepts':>8s} {'citations':>9s} {'refs':>5s}")
    for corpus in (root / "corpus", root / "corpus" / "heldout"):
        documents, totals = check_corpus(corpus, lexicon, problems, documents, totals)
    print(f"{'TOTAL (' + str(documents) + ' documents)':38s} {'':6s} {totals[0]:8d} {totals[1]:9d} {totals[2]:5d}")
    for problem in problems:
        print("FAIL", problem)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def check_corpus(corpus, lexicon, problems, documents, totals):
    """Checks every gold file of one corpus folder; returns the running totals."""
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        doc_path = corpus / gold_path.name[: -len(".json")]
        if not doc_path.exists():
            problems.append(f"{gold_path.name}: no document {doc_path.name}")
            continue
        counts = check_document(gold_path, doc_path, lexicon, problems)
        if counts is None:
            continue
        documents += 1
        concepts, citations, references, words = counts
        totals = [totals[0] + concepts, totals[1] + citations, totals[2] + references]
        print(f"{doc_path.name:38s} {words:6d} {concepts:8d} {citations:9d} {references:5d}")
    for document in sorted(p.name for p in corpus.iterdir() if p.is_file()):
        if not (corpus / "gold" / f"{document}.json").exists() and not document.startswith("."):
            problems.append(f"{document}: no gold file")
    return documents, totals


if __name__ == "__main__":
    sys.exit(main())
