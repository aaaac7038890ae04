#!/usr/bin/env python3
"""Browser tests of `braudel serve`, walked as a researcher would: headless Chromium (Debian's
`chromium`) driven by Playwright. Indexes corpus/ plus two hostile documents built here, starts
the server on a free loopback port, visits every view, compares what the page shows with what the
API returns, and writes a screenshot of each view.

Usage: Tests/Browser/explorer_test.py BRAUDEL_BINARY [SCREENSHOT_DIR]
(screenshots default to $BRAUDEL_SCREENSHOTS or .build/screenshots, which git ignores)."""
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request

from playwright.sync_api import sync_playwright

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_AUTHOR = '"><img src=x onerror=alert(2)>'
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def build_index(binary, work):
    hostile = os.path.join(work, "hostile")
    os.makedirs(hostile)
    with open(os.path.join(hostile, "hostile-title.md"), "w") as f:
        f.write(f'---\ntitle: "{HOSTILE_TITLE}"\nauthor: \'{HOSTILE_AUTHOR}\'\nyear: 2020\n---\n\n'
                "The semiperiphery mixes core and periphery activities (Wallerstein 1974).\n\n"
                "## References\n\nWallerstein, Immanuel. 1974. <b onmouseover=alert(3)>The Modern World-System</b>. "
                "New York: Academic Press.\n")
    with open(os.path.join(hostile, "hostile-author.md"), "w") as f:
        f.write(f'---\ntitle: \'{HOSTILE_AUTHOR}\'\nyear: 2021\n---\n\nHegemony and the core of the world-economy.\n')
    index = os.path.join(work, "explorer.sqlite")
    subprocess.run([binary, "index", os.path.join(ROOT, "corpus"), hostile, "--index", index],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return index


def start_server(binary, index):
    process = subprocess.Popen([binary, "serve", "--index", index, "--port", "0"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
    if not match:
        process.kill()
        sys.exit(f"server did not start: {line!r} {process.stderr.read()}")
    return process, match.group(1)


def api(base, endpoint, /, **params):
    query = urllib.parse.urlencode(params, doseq=True)
    with urllib.request.urlopen(f"{base}api/{endpoint}" + (f"?{query}" if query else "")) as response:
        return json.load(response)


def same_as_cli(binary, index, base):
    """Each endpoint returns byte for byte what its command prints with --format json."""
    pairs = [
        (["stats"], "stats"),
        (["search", "concept:hegemony (decline OR crisis) year:1990..", "--limit", "7"],
         "search?" + urllib.parse.urlencode({"q": "concept:hegemony (decline OR crisis) year:1990..", "limit": 7})),
        (["kwic", "semi-periphery", "--width", "30", "--limit", "9"], "kwic?q=semi-periphery&width=30&limit=9"),
        (["concepts", "--top", "5"], "concepts?top=5"),
        (["cooc", "--concept", "core", "--sort", "npmi", "--top", "6", "--min-count", "2"], "cooc?concept=core&sort=npmi&top=6&min-count=2"),
        (["cites", "--top", "4"], "cites?top=4"),
        (["cites", "--concept", "semiperiphery", "--top", "4"], "cites?concept=semiperiphery&top=4"),
        (["trends", "semiperiphery", "hegemony"], "trends?concept=semiperiphery&concept=hegemony"),
        (["concepts", "--top", "8", "--include-names"], "concepts?top=8&include-names"),
        (["trends", "world-economy", "--lang", "fr"], "trends?concept=world-economy&lang=fr"),
        (["cooc", "--concept", "periphery", "--lang", "es", "--top", "5"], "cooc?concept=periphery&lang=es&top=5"),
        (["graph", "cocitation", "--top", "30", "--layout", "fr"], "graph/cocitation?top=30&layout=fr"),
        (["graph", "concepts", "--year", "2000..", "--top", "20"], "graph/concepts?year=2000..&top=20"),
        (["clusters", "cocitation", "--top", "60"], "clusters/cocitation?top=60"),
        (["clusters", "authors", "--method", "louvain", "--resolution", "0.8"], "clusters/authors?method=louvain&resolution=0.8"),
    ]
    for command, endpoint in pairs:
        cli = subprocess.run([binary, *command, "--format", "json", "--index", index], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
        with urllib.request.urlopen(base + "api/" + endpoint) as response:
            served = response.read().decode()
        check(cli == served, f"/api/{endpoint.split('?')[0]} prints what `braudel {command[0]} --format json` prints"
              + (" (scoped)" if "lang=" in endpoint or "include-names" in endpoint else ""))
    # The scope changes the answer, and a pooled connection is not left scoped afterwards.
    everywhere = api(base, "trends", concept="world-economy")
    french = api(base, "trends", concept="world-economy", lang="fr")
    check(french and french != everywhere and api(base, "trends", concept="world-economy") == everywhere,
          "/api/trends?lang=fr counts French documents only, and later requests are unscoped")
    try:
        api(base, "concepts", lang="french!")
        check(False, "a bad lang is refused")
    except urllib.error.HTTPError as error:
        check(error.code == 400 and "--lang takes a language code" in json.load(error)["error"], "a bad lang is refused with the CLI's line")


def walk(base, page, shots):
    def shot(name):
        page.screenshot(path=os.path.join(shots, f"{name}.png"), full_page=True)

    # Overview: counts as the API gives them, the year chart, no console error.
    page.goto(base)
    page.wait_for_selector(".counts")
    stats = api(base, "stats")
    check(page.locator(".counts dd").first.inner_text().replace(",", "") == str(stats["documents"]),
          "overview shows the document count of /api/stats")
    check(page.locator("svg.chart rect.bar").count() > 0, "overview draws documents per year")
    shot("overview")

    # Search: typing a query shows highlighted results; the URL is bookmarkable.
    page.click("nav >> text=Search")
    page.fill("input[name=q]", "semiperiphery")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector(".hits li")
    check("/search?q=semiperiphery" in page.url, "search URL carries the query")
    check(page.locator(".hits mark.hit").count() >= page.locator(".hits li").count() > 0, "search highlights every hit")
    shot("search")
    page.click(".pager >> text=next →")
    page.wait_for_selector(".hits li")
    check("page=2" in page.url and page.locator("ol.hits").get_attribute("start") == "21", "search pages on")
    page.go_back()
    page.wait_for_selector("#summary")
    check("page=2" not in page.url and page.locator("ol.hits").get_attribute("start") == "1", "back returns to page 1")
    # A hit opens its document with that sentence marked and scrolled into view.
    page.goto(base + "search?q=semiperiphery")
    page.wait_for_selector(".hits li")
    first_hit = page.locator(".hits li").first
    hit_text = " ".join(first_hit.locator("p.sentence").inner_text().split())
    first_hit.locator(".where a").click()
    page.wait_for_selector(".doctext .in-sentence")
    marked_text = " ".join(" ".join(page.locator(".doctext .in-sentence").all_inner_texts()).split())
    check("semiperiphery" in marked_text.lower() and marked_text.split()[0] in hit_text, "a search hit opens its sentence marked in the document")
    check(page.locator(".doctext .in-sentence").first.evaluate(
        "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }"),
        "the marked sentence is scrolled into view")
    shot("document-from-search")
    page.goto(base + "search?q=" + urllib.parse.quote("((("))
    page.wait_for_selector(".error")
    error = page.locator(".error").inner_text()
    check(error.startswith("braudel: error: bad search query") and "\n" not in error, "a bad query is one inline error line")
    shot("search-error")

    # KWIC: sorting by the first word on the right reorders the lines.
    page.goto(base + "kwic?q=hegemony")
    page.wait_for_selector("table.kwic tr")
    before = page.locator("table.kwic td.right").all_inner_texts()
    page.click("text=1st word right")
    page.wait_for_selector("text=1st word right >> xpath=self::strong")
    after = page.locator("table.kwic td.right").all_inner_texts()
    firsts = [(re.findall(r"[\w'’-]+", t.lower()) or [""])[0] for t in after]
    check(before != after and sorted(before) == sorted(after), "KWIC sort by R1 reorders the same lines")
    check(all(a.casefold() <= b.casefold() or a[:1] == b[:1] for a, b in zip(firsts, firsts[1:])) or len(firsts) < 2,
          "KWIC lines are in order of the first word right")
    with page.expect_download() as download:
        page.click("text=Download CSV")
    with open(download.value.path(), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    check(rows[0] == ["path", "left", "match", "right", "start", "end"] and [" ".join(r[3].split()) for r in rows[1:]] == [" ".join(a.split()) for a in after],
          "KWIC CSV holds the lines shown, in the order shown")
    shot("kwic-sorted-r1")

    # Document: the page highlights exactly the mentions and citations the API returns.
    path = "corpus/ambiguous-senses.txt"
    page.goto(base + "document?" + urllib.parse.urlencode({"path": path}))
    page.wait_for_selector(".doctext")
    doc = api(base, "document", path=path)
    shown = sorted(int(s) for s in page.locator(".doctext a.mention").evaluate_all("els => els.map(e => e.dataset.start)"))
    check(shown == sorted(m["start"] for m in doc["mentions"]), f"document highlights the {len(doc['mentions'])} mentions of the API")
    shot("document")
    cited = "corpus/hegemonic-transitions.txt"
    page.goto(base + "document?" + urllib.parse.urlencode({"path": cited}))
    page.wait_for_selector(".doctext a.citation")
    doc = api(base, "document", path=cited)
    check(page.locator(".doctext a.citation").count() == len(doc["citations"]), "document marks every citation")
    linked = page.locator(".doctext a.citation[href^='#ref-']").first
    linked.click()
    check(re.search(r"#ref-\d+$", page.url) is not None, "a citation leads to its reference entry")
    shot("document-citations")

    # Back button: from the document back to the KWIC view.
    page.goto(base + "kwic?q=hegemony")
    page.wait_for_selector("table.kwic td.match a")
    page.locator("table.kwic td.match a").first.click()
    page.wait_for_selector(".doctext .focus")
    page.go_back()
    page.wait_for_selector("table.kwic tr")
    check("/kwic?q=hegemony" in page.url, "back returns from a document to the KWIC view")

    # Concept page: trend with documents per year, measure selector, works cited.
    page.goto(base + "concept?name=semi-periphery")
    page.wait_for_selector("svg.chart rect.bar")
    trend = api(base, "trends", concept="semiperiphery")
    counts = page.locator("svg.chart text.count").evaluate_all("els => els.map(e => e.textContent)")
    check(counts == [str(r["documents"]) for r in trend],
          "concept trend shows the documents of each year")
    labels = page.locator("svg.chart text.axis:not([text-anchor='end'])").evaluate_all("els => els.map(e => e.textContent)")
    check(trend and labels[0] == str(trend[0]["year"]) and labels[-1] == str(trend[-1]["year"]),
          "trend axis labels the first and the last year")
    page.click("text=NPMI")
    page.wait_for_selector(".sorts strong:text('NPMI')")
    check("sort=npmi" in page.url, "co-occurrence measure selector changes the URL")
    shot("concept")

    # Work page, from the most cited work.
    top = api(base, "cites", top=1)[0]
    page.goto(base + "work?" + urllib.parse.urlencode({"key": top["work"]}))
    page.wait_for_selector(".hits li")
    check(page.locator(".hits li").count() > 0 and f"Cited {top['citations']} times" in page.locator("h2").first.inner_text(),
          "work page lists its citing sentences, with the citation count of `cites`")
    shot("work")

    # Map: as many nodes as the API returns; a click opens the node's page; back returns.
    for kind in ["cocitation", "concepts", "coupling", "authors", "concept-work"]:
        page.goto(base + f"map?kind={kind}")
        page.wait_for_selector("#summary")
        graph = api(base, f"graph/{kind}", top=150, **{"min-weight": 1}, layout="fr")
        check(page.locator("svg.map circle.node").count() == len(graph["nodes"]), f"{kind} map draws the {len(graph['nodes'])} nodes of the API")
        shot(f"map-{kind}")
    page.goto(base + "map?kind=cocitation")
    page.wait_for_selector("svg.map circle.node")
    page.locator("svg.map circle.node").first.click()
    page.wait_for_selector(".hits li")
    check("/work?key=" in page.url, "a click on a work node opens its page")
    page.go_back()
    page.wait_for_selector("svg.map circle.node")
    check("/map?kind=cocitation" in page.url, "back returns to the map")

    # Hostile metadata renders as text.
    page.goto(base + "documents")
    page.wait_for_selector("table")
    check(page.locator(f"text={HOSTILE_TITLE}").count() >= 1, "a <script> title shows as text in the list")
    hostile = [d for d in api(base, "documents") if d["title"] == HOSTILE_TITLE][0]
    page.goto(base + "document?" + urllib.parse.urlencode({"path": hostile["path"]}))
    page.wait_for_selector("h1")
    check(page.locator("h1").inner_text() == HOSTILE_TITLE, "a <script> title is the page heading, as text")
    check(HOSTILE_AUTHOR in page.locator(".meta").inner_text(), "an onerror author shows as text")
    check(page.locator("main img, main script, main b").count() == 0, "no element was made from corpus text")
    shot("hostile")
    page.goto(base + "search?q=hegemony")
    page.wait_for_selector(".hits li")
    check(page.locator("main img").count() == 0, "hostile title in search results stays text")


def main():
    binary = os.path.abspath(sys.argv[1])
    shots = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.environ.get("BRAUDEL_SCREENSHOTS", os.path.join(ROOT, ".build", "screenshots")))
    os.makedirs(shots, exist_ok=True)
    work = tempfile.mkdtemp(prefix="braudel-browser-")
    server = None
    try:
        index = build_index(binary, work)
        server, base = start_server(binary, index)
        same_as_cli(binary, index, base)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
            problems = []
            page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on("dialog", lambda d: (problems.append(f"dialog opened: {d.message}"), d.dismiss()))
            page.set_default_timeout(20000)
            walk(base, page, shots)
            # A missing index is a clear page, not a crash.
            missing, missing_base = start_server(binary, os.path.join(work, "missing.sqlite"))
            page.goto(missing_base)
            page.wait_for_selector(".error")
            check("no index here" in page.locator(".error").inner_text(), "a missing index is a clear page")
            page.screenshot(path=os.path.join(shots, "missing-index.png"))
            missing.terminate()
            expected = [p for p in problems if "Failed to load resource" not in p]
            check(not expected, "no console error, page error or dialog" + (f": {expected}" if expected else ""))
            browser.close()
    finally:
        if server:
            server.terminate()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)
    print(f"browser: {'FAILED ' + str(len(failures)) if failures else 'all passed'}; screenshots in {shots}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
