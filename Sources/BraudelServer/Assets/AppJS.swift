let appJS = #"""
// Braudel explorer: a small script over the JSON API. Every value from the corpus enters the
// page as a text node (never as HTML), so a title like <script>…</script> shows as text.
"use strict";

const main = () => document.getElementById("view");
const PAGE = 20;

// h("a", {href: "/x", class: "c"}, "text", node…): an element; strings become text nodes.
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

// An SVG element (attributes only; text through textContent).
function s(tag, attrs, text) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attrs || {})) el.setAttribute(name, String(value));
  if (text !== undefined) el.textContent = String(text);
  return el;
}

// A path of the explorer with its parameters: url("/search", {q: "core"}).
function url(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== "") query.set(k, v);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

// A link handled by the router (pushState), so the back button returns.
function link(path, params, ...children) {
  return h("a", { href: url(path, params) }, ...children);
}

class APIError extends Error {}

async function api(path, params) {
  const response = await fetch(url("/api/" + path, params));
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new APIError(body.error || `HTTP ${response.status}`);
  return body;
}

const fmt = (n) => (typeof n === "number" ? n.toLocaleString("en-US") : n);
const round = (n, p = 2) => (Number.isFinite(n) ? n.toFixed(p) : String(n));
const docName = (d) => d.title || d.path;

// The one-line error, as the CLI prints it.
function errorLine(error) {
  return h("p", { class: "error", role: "alert" }, "braudel: error: " + error.message);
}

function setView(title, ...nodes) {
  document.title = title ? `${title} — Braudel` : "Braudel";
  const view = main();
  view.replaceChildren(...nodes);
  for (const a of document.querySelectorAll("nav a")) {
    a.classList.toggle("active", a.getAttribute("href").split("?")[0] === location.pathname);
  }
}

function loading(what) {
  setView(what, h("p", { class: "muted" }, `Loading ${what}…`));
}

// ---------- overview ----------

async function overview() {
  loading("overview");
  const [stats, documents, concepts, works] = await Promise.all([
    api("stats"), api("documents"), api("concepts", { top: 12 }), api("cites", { top: 10 }),
  ]);
  const years = new Map();
  let undated = 0;
  for (const d of documents) {
    if (d.year === null) undated += 1;
    else years.set(d.year, (years.get(d.year) || 0) + 1);
  }
  const counts = [
    ["documents", stats.documents], ["tokens", stats.tokens], ["sentences", stats.sentences],
    ["concept mentions", stats.mentions], ["concepts", stats.concepts], ["citations", stats.citations],
    ["linked to a reference", stats.linked_citations], ["cited works", stats.works],
  ];
  setView("Overview",
    h("h1", {}, "Overview"),
    h("p", { class: "lede" }, `What the index holds: ${fmt(stats.documents)} documents, ${fmt(stats.tokens)} tokens.`),
    h("dl", { class: "counts" }, counts.map(([k, v]) => h("div", {}, h("dt", {}, k), h("dd", {}, fmt(v))))),
    h("section", {},
      h("h2", {}, "Documents per year"),
      yearChart(years),
      h("p", { class: "muted" }, undated
        ? link("/documents", { year: "none" }, `${undated} document${undated === 1 ? "" : "s"} without a year`)
        : "Every document has a year.", " · ", link("/documents", {}, "all documents"))),
    h("div", { class: "columns" },
      h("section", {},
        h("h2", {}, "Top concepts"),
        table(["concept", "mentions", "documents"], concepts.map((c) => [
          link("/concept", { name: c.concept }, c.label), fmt(c.mentions), fmt(c.documents)]), [1, 2])),
      h("section", {},
        h("h2", {}, "Most-cited works"),
        table(["work", "citations", "documents"], works.map((w) => [
          link("/work", { key: w.work }, workLabel(w)), fmt(w.citations), fmt(w.documents)]), [1, 2]))),
    h("section", { class: "narrow" },
      h("h2", {}, "Formats"),
      table(["format", "documents"], stats.formats.map((f) => [f.format, fmt(f.documents)]), [1])));
}

function workLabel(w) {
  const names = (w.authors || []).join(", ");
  const head = [names, w.year].filter(Boolean).join(" ");
  return w.title ? `${head}${head ? ", " : ""}${w.title}` : head || w.work;
}

function table(headers, rows, numeric = []) {
  return h("table", {},
    h("thead", {}, h("tr", {}, headers.map((t, i) => h("th", { class: numeric.includes(i) ? "num" : null }, t)))),
    h("tbody", {}, rows.map((r) => h("tr", {}, r.map((c, i) => h("td", { class: numeric.includes(i) ? "num" : null }, c))))));
}

// Bars per year, an SVG with one labelled axis; a gap year shows as an empty slot.
function yearChart(years, extra) {
  if (years.size === 0) return h("p", { class: "muted" }, "No dated documents.");
  const keys = [...years.keys()].sort((a, b) => a - b);
  const first = keys[0], last = keys[keys.length - 1];
  const slots = last - first + 1;
  const max = Math.max(...years.values());
  const width = 720, height = 160, left = 36, bottom = 22;
  const bar = (width - left) / slots;
  const svg = s("svg", { viewBox: `0 0 ${width} ${height + bottom}`, class: "chart", role: "img" });
  svg.append(s("title", {}, `Documents per year, ${first}–${last}`));
  for (const tick of [0, max]) {
    const y = height - (tick / max) * (height - 10);
    svg.append(s("line", { x1: left, x2: width, y1: y, y2: y, class: "grid" }));
    svg.append(s("text", { x: left - 4, y: y + 4, class: "axis", "text-anchor": "end" }, tick));
  }
  const step = Math.ceil(slots / 12);
  for (let year = first; year <= last; year++) {
    const n = years.get(year) || 0;
    const x = left + (year - first) * bar;
    const barHeight = (n / max) * (height - 10);
    const rect = s("rect", { x: x + 1, y: height - barHeight, width: Math.max(1, bar - 2), height: barHeight, class: "bar" });
    rect.append(s("title", {}, `${year}: ${n} document${n === 1 ? "" : "s"}${extra ? extra(year) : ""}`));
    svg.append(rect);
    if ((year - first) % step === 0) svg.append(s("text", { x: x + bar / 2, y: height + 16, class: "axis", "text-anchor": "middle" }, year));
  }
  return svg;
}

// ---------- documents ----------

async function documents(params) {
  loading("documents");
  const all = await api("documents");
  const undatedOnly = params.get("year") === "none";
  const shown = undatedOnly ? all.filter((d) => d.year === null) : all;
  setView(undatedOnly ? "Documents without a year" : "Documents",
    h("h1", {}, undatedOnly ? "Documents without a year" : "Documents"),
    h("p", { class: "lede" }, `${shown.length} of ${all.length} documents${undatedOnly ? " have no publication year (trends leave them out)" : ""}.`),
    table(["title", "path", "format", "year", "tokens"], shown.map((d) => [
      link("/document", { path: d.path }, docName(d)), h("span", { class: "path" }, d.path), d.format, d.year ?? "—", fmt(d.tokens)]), [4]));
}

// ---------- search ----------

function searchForm(action, name, value, placeholder, extra) {
  const input = h("input", { type: "search", name, value: value || "", placeholder, "aria-label": placeholder, autofocus: true });
  return h("form", { class: "query", action, method: "get", onsubmit: (e) => {
    e.preventDefault();
    const params = Object.fromEntries(new FormData(e.target).entries());
    go(url(action, params));
  } }, input, extra || [], h("button", { type: "submit" }, "Go"));
}

// The sentence with its matched spans (scalar offsets) marked.
function marked(text, spans, className = "hit") {
  const chars = Array.from(text);
  const out = [];
  let at = 0;
  for (const span of (spans || []).slice().sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > chars.length) continue;
    out.push(chars.slice(at, span.start).join(""));
    out.push(h("mark", { class: className }, chars.slice(span.start, span.end).join("")));
    at = span.end;
  }
  out.push(chars.slice(at).join(""));
  return out;
}

async function search(params) {
  const q = params.get("q") || "";
  const page = Math.max(1, parseInt(params.get("page") || "1", 10) || 1);
  const form = searchForm("/search", "q", q, "concept:hegemony (decline OR crisis) year:1990..");
  const help = h("p", { class: "muted small" }, "Words, \"phrases\", prefix*, concept:NAME, author:NAME, year:1990..2005; AND, OR, NOT, NEAR/k, parentheses — as in ", h("code", {}, "braudel search"), ".");
  if (!q) return setView("Search", h("h1", {}, "Search"), form, help);
  setView(`Search: ${q}`, h("h1", {}, "Search"), form, help, h("p", { class: "muted" }, "Searching…"));
  let rows;
  try {
    rows = await api("search", { q, limit: page * PAGE + 1 });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return setView(`Search: ${q}`, h("h1", {}, "Search"), form, errorLine(error), help);
  }
  const shown = rows.slice((page - 1) * PAGE, page * PAGE);
  const more = rows.length > page * PAGE;
  const from = (page - 1) * PAGE + 1;
  const summary = shown.length === 0 ? `No sentence matches ${q}.`
    : `Sentences ${from}–${from + shown.length - 1}${more ? "" : ` of ${(page - 1) * PAGE + shown.length}`} matching ${q}, best first.`;
  setView(`Search: ${q}`, h("h1", {}, "Search"), form,
    h("p", { class: "lede", id: "summary" }, summary),
    h("ol", { class: "hits", start: from }, shown.map((r) => h("li", {},
      h("div", { class: "where" }, link("/document", { path: r.path, sentence: r.sentence }, r.path), r.year ? ` · ${r.year}` : " · no year", ` · sentence ${r.sentence}`),
      h("p", { class: "sentence" }, marked(r.text, r.spans))))),
    pager("/search", { q }, page, more));
}

function pager(path, params, page, more) {
  return h("nav", { class: "pager", "aria-label": "pages" },
    page > 1 ? link(path, { ...params, page: page - 1 }, "← previous") : h("span", { class: "muted" }, "← previous"),
    h("span", {}, ` page ${page} `),
    more ? link(path, { ...params, page: page + 1 }, "next →") : h("span", { class: "muted" }, "next →"));
}

// ---------- KWIC ----------

const SORTS = { doc: "document order", L1: "1st word left", L2: "2nd word left", R1: "1st word right", R2: "2nd word right" };

function words(text) { return (text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) || []); }

function sortKey(line, sort) {
  const left = words(line.left), right = words(line.right);
  switch (sort) {
    case "L1": return [left[left.length - 1] || "", left[left.length - 2] || ""];
    case "L2": return [left[left.length - 2] || "", left[left.length - 1] || ""];
    case "R1": return [right[0] || "", right[1] || ""];
    case "R2": return [right[1] || "", right[0] || ""];
    default: return [];
  }
}

function sortedLines(lines, sort) {
  if (!SORTS[sort] || sort === "doc") return lines;
  const keyed = lines.map((line, i) => ({ line, i, key: sortKey(line, sort) }));
  keyed.sort((a, b) => a.key[0].localeCompare(b.key[0]) || a.key[1].localeCompare(b.key[1]) || a.i - b.i);
  return keyed.map((k) => k.line);
}

// Context as one line: line breaks and runs of spaces of the cleaned text become one space.
function oneLine(text) { return text.replace(/\s+/g, " "); }

function csv(rows) {
  return rows.map((r) => r.map((c) => /[",\r\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c)).join(",")).join("\r\n") + "\r\n";
}

async function kwic(params) {
  const q = params.get("q") || "";
  const sort = SORTS[params.get("sort")] ? params.get("sort") : "doc";
  const limit = params.get("limit") || "500";
  const form = searchForm("/kwic", "q", q, "a concept, word or \"phrase\"", [h("input", { type: "hidden", name: "sort", value: sort })]);
  if (!q) return setView("KWIC", h("h1", {}, "Keyword in context"), form);
  let lines;
  try {
    lines = await api("kwic", { q, width: 60, limit });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return setView(`KWIC: ${q}`, h("h1", {}, "Keyword in context"), form, errorLine(error));
  }
  const shown = sortedLines(lines, sort);
  const sorter = h("p", { class: "sorts" }, "Sort by: ", Object.entries(SORTS).map(([key, label]) =>
    key === sort ? h("strong", {}, label) : link("/kwic", { q, sort: key, limit: params.get("limit") }, label)).flatMap((n, i) => i ? [" · ", n] : [n]));
  const download = h("button", { type: "button", onclick: () => {
    const blob = new Blob([csv([["path", "left", "match", "right", "start", "end"], ...shown.map((l) => [l.path, l.left, l.match, l.right, l.start, l.end])])], { type: "text/csv" });
    const a = h("a", { href: URL.createObjectURL(blob), download: `kwic-${q.replace(/[^\p{L}\p{N}]+/gu, "-")}.csv` });
    document.body.append(a); a.click(); a.remove();
  } }, "Download CSV");
  setView(`KWIC: ${q}`, h("h1", {}, "Keyword in context"), form,
    h("p", { class: "lede", id: "summary" }, `${lines.length} line${lines.length === 1 ? "" : "s"} for ${q}${lines.length == limit ? ` (the first ${limit})` : ""}, ${SORTS[sort]}.`),
    h("div", { class: "toolbar" }, sorter, download),
    h("table", { class: "kwic" }, h("tbody", {}, shown.map((l) => h("tr", {},
      h("td", { class: "left" }, h("span", {}, oneLine(l.left))),
      h("td", { class: "match" }, link("/document", { path: l.path, at: l.start }, l.match)),
      h("td", { class: "right" }, oneLine(l.right)),
      h("td", { class: "path", title: l.path }, l.path.split("/").pop()))))));
}

// ---------- document ----------

// The text split at mention and citation boundaries: mentions link to their concept, citations
// to their reference entry and work.
function annotated(text, mentions, citations, focus) {
  const chars = Array.from(text);
  const marks = [
    ...mentions.map((m) => ({ ...m, kind: "mention" })),
    ...citations.map((c) => ({ ...c, kind: "citation" })),
  ].sort((a, b) => a.start - b.start || (a.kind === "citation" ? -1 : 1));
  const inFocus = (start, end) => focus && start < focus.end && end > focus.start;
  const out = [];
  // Plain text from..to, with the part inside the focused sentence marked.
  const plain = (from, to) => {
    if (!inFocus(from, to)) return out.push(chars.slice(from, to).join(""));
    const a = Math.max(from, focus.start), b = Math.min(to, focus.end);
    out.push(chars.slice(from, a).join(""), h("mark", { class: "in-sentence" }, chars.slice(a, b).join("")), chars.slice(b, to).join(""));
  };
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.end > chars.length) continue;
    plain(at, m.start);
    const words = chars.slice(m.start, m.end).join("");
    const focused = inFocus(m.start, m.end) ? " in-sentence" : "";
    if (m.kind === "mention") {
      out.push(h("a", { class: "mention" + focused, href: url("/concept", { name: m.concept }), title: `concept: ${m.label}`, "data-start": m.start }, words));
    } else {
      const target = m.reference !== null ? `#ref-${m.reference}` : url("/work", { key: m.work });
      out.push(h("a", { class: "citation" + focused, href: target, title: m.reference !== null ? "reference entry below" : "cited work (no entry in the list)", "data-start": m.start }, words));
    }
    at = m.end;
  }
  plain(at, chars.length);
  return out;
}

async function documentView(params) {
  const path = params.get("path") || "";
  loading("document");
  let d;
  try {
    d = await api("document", params.get("sentence") ? { path, sentence: params.get("sentence") } : { path });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return setView("Document", h("h1", {}, "Document"), errorLine(error));
  }
  setView(docName(d),
    h("h1", {}, docName(d)),
    h("dl", { class: "meta" },
      h("div", {}, h("dt", {}, "authors"), h("dd", {}, d.authors.length ? d.authors.join("; ") : "—")),
      h("div", {}, h("dt", {}, "year"), h("dd", {}, d.year ?? "—")),
      h("div", {}, h("dt", {}, "format"), h("dd", {}, d.format)),
      h("div", {}, h("dt", {}, "path"), h("dd", { class: "path" }, d.path)),
      h("div", {}, h("dt", {}, "tokens"), h("dd", {}, fmt(d.tokens)))),
    h("p", { class: "lede", id: "summary" }, `The cleaned text every offset refers to, with ${d.mentions.length} concept mention${d.mentions.length === 1 ? "" : "s"} `,
      h("span", { class: "mention legend" }, "like this"), ` and ${d.citations.length} citation${d.citations.length === 1 ? "" : "s"} `,
      h("span", { class: "citation legend" }, "like this"), " marked."),
    d.focus ? h("p", { class: "muted" }, `Sentence ${d.focus.sentence} is marked.`) : null,
    h("div", { class: "doctext" }, annotated(d.text, d.mentions, d.citations, d.focus)),
    h("section", {}, h("h2", {}, `References (${d.references.length})`),
      d.references.length === 0 ? h("p", { class: "muted" }, "No reference list was found.") :
        h("ol", { class: "refs", start: 0 }, d.references.map((r) => h("li", { id: `ref-${r.ordinal}` },
          r.raw, " ", link("/work", { key: r.work }, "→ work"))))));
  const focused = document.querySelector(".doctext .in-sentence");
  if (focused) focused.scrollIntoView({ block: "center" });
  const at = params.get("at");
  if (at) {
    const target = [...document.querySelectorAll(".doctext [data-start]")].find((n) => n.dataset.start === at);
    if (target) { target.classList.add("focus"); target.scrollIntoView({ block: "center" }); }
  }
}

// ---------- concept ----------

const MEASURES = { count: "count", pmi: "PMI", npmi: "NPMI", g2: "G²", logdice: "logDice" };
const MEASURE_FIELDS = { count: "count", pmi: "pmi", npmi: "npmi", g2: "g2", logdice: "log_dice" };

async function concept(params) {
  const name = params.get("name") || "";
  const sort = MEASURES[params.get("sort")] ? params.get("sort") : "count";
  loading("concept");
  let c;
  try {
    c = await api("concept", { name });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return setView("Concept", h("h1", {}, "Concept"), errorLine(error));
  }
  const [trend, pairs, works] = await Promise.all([
    api("trends", { concept: c.concept }), api("cooc", { concept: c.concept, sort, top: 15 }), api("cites", { concept: c.concept, top: 10 }),
  ]);
  const conceptLink = (id) => link("/concept", { name: id }, id);
  const list = (ids) => ids.length ? ids.map(conceptLink).flatMap((n, i) => i ? [", ", n] : [n]) : "—";
  const field = MEASURE_FIELDS[sort];
  setView(c.label,
    h("h1", {}, c.label, " ", h("span", { class: "muted small" }, `(${c.concept})`)),
    h("p", { class: "definition" }, c.definition || "No definition in the lexicon.", c.source ? h("span", { class: "muted" }, ` — ${c.source}`) : null),
    h("dl", { class: "meta" },
      h("div", {}, h("dt", {}, "broader"), h("dd", {}, c.broader ? conceptLink(c.broader) : "—")),
      h("div", {}, h("dt", {}, "narrower"), h("dd", {}, list(c.narrower))),
      h("div", {}, h("dt", {}, "related"), h("dd", {}, list(c.related))),
      h("div", {}, h("dt", {}, "spellings"), h("dd", {}, c.spellings.join(", ")))),
    h("p", { class: "actions" }, link("/kwic", { q: `concept:${c.concept}` }, "Concordance (KWIC)"), " · ",
      link("/search", { q: `concept:${c.concept}` }, "Sentences"), " · ",
      link("/map", { kind: "cocitation", concept: c.concept }, "Co-citation map of the documents mentioning it")),
    h("section", {}, h("h2", {}, "Mentions per 10,000 tokens by year"),
      h("p", { class: "muted small" }, "Bars: the rate in that year's documents; the number above each bar is how many documents the year has. Undated documents are left out."),
      trendChart(trend)),
    h("div", { class: "columns" },
      h("section", {}, h("h2", {}, "Co-occurring concepts"),
        h("p", { class: "sorts" }, "In one sentence, ranked by ", Object.entries(MEASURES).map(([key, label]) =>
          key === sort ? h("strong", {}, label) : link("/concept", { name: c.concept, sort: key }, label)).flatMap((n, i) => i ? [" · ", n] : [n])),
        pairs.length === 0 ? h("p", { class: "muted" }, "No co-occurring concept.") :
          table(["concept", "together", MEASURES[sort]], pairs.map((p) => {
            const other = p.concept_a === c.concept ? p.concept_b : p.concept_a;
            return [conceptLink(other), fmt(p.count), sort === "count" ? fmt(p.count) : round(p[field], 3)];
          }), [1, 2])),
      h("section", {}, h("h2", {}, "Works cited when it is discussed"),
        works.length === 0 ? h("p", { class: "muted" }, "No citation in sentences mentioning it.") :
          table(["work", "sentences", "documents"], works.map((w) => [link("/work", { key: w.work }, workLabel(w)), fmt(w.sentences), fmt(w.documents)]), [1, 2]))));
}

function trendChart(rows) {
  if (rows.length === 0) return h("p", { class: "muted" }, "No dated document.");
  const width = 720, height = 170, left = 40, bottom = 24, top = 18;
  const first = rows[0].year, last = rows[rows.length - 1].year;
  const slots = last - first + 1;
  const bar = (width - left) / slots;
  const max = Math.max(...rows.map((r) => r.per_ten_thousand_tokens), 1e-9);
  const svg = s("svg", { viewBox: `0 0 ${width} ${height + bottom + top}`, class: "chart", role: "img" });
  svg.append(s("title", {}, "Mentions per 10,000 tokens by year"));
  for (const tick of [0, max]) {
    const y = top + height - (tick / max) * height;
    svg.append(s("line", { x1: left, x2: width, y1: y, y2: y, class: "grid" }));
    svg.append(s("text", { x: left - 4, y: y + 4, class: "axis", "text-anchor": "end" }, round(tick, 1)));
  }
  const step = Math.ceil(slots / 12);
  for (const r of rows) {
    const x = left + (r.year - first) * bar;
    const barHeight = (r.per_ten_thousand_tokens / max) * height;
    const rect = s("rect", { x: x + 1, y: top + height - barHeight, width: Math.max(1, bar - 2), height: barHeight, class: "bar" });
    rect.append(s("title", {}, `${r.year}: ${round(r.per_ten_thousand_tokens)} per 10,000 tokens (${r.mentions} mentions in ${r.documents} document${r.documents === 1 ? "" : "s"}, ${fmt(r.tokens)} tokens)`));
    svg.append(rect);
    svg.append(s("text", { x: x + bar / 2, y: top + height - barHeight - 4, class: "count", "text-anchor": "middle" }, `${r.documents}`));
  }
  // Year labels on the axis, not on the bars: years without documents get ticks too, and the
  // first and last years are always labelled (the last one replaces a tick too close to it).
  const ticks = [];
  for (let year = first; year <= last; year += step) ticks.push(year);
  if (ticks[ticks.length - 1] !== last) {
    if (last - ticks[ticks.length - 1] < step / 2 && ticks.length > 1) ticks.pop();
    ticks.push(last);
  }
  for (const year of ticks) {
    const x = left + (year - first) * bar;
    svg.append(s("text", { x: x + bar / 2, y: top + height + 16, class: "axis", "text-anchor": "middle" }, year));
  }
  return svg;
}

// ---------- work ----------

async function work(params) {
  const key = params.get("key") || "";
  loading("work");
  let w;
  try {
    w = await api("work", { key });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return setView("Work", h("h1", {}, "Work"), errorLine(error));
  }
  const documents = new Set(w.citing.map((c) => c.path));
  // A sentence citing the work twice is listed once, with both citations marked.
  const sentences = [];
  for (const c of w.citing) {
    const last = sentences[sentences.length - 1];
    if (last && last.path === c.path && last.sentence === c.sentence) last.citations.push(c.citation);
    else sentences.push({ ...c, citations: [c.citation] });
  }
  setView(workLabel(w),
    h("h1", {}, w.title || workLabel(w)),
    h("dl", { class: "meta" },
      h("div", {}, h("dt", {}, "authors"), h("dd", {}, w.authors.length ? w.authors.join("; ") : "—")),
      h("div", {}, h("dt", {}, "year"), h("dd", {}, w.year ?? "—")),
      h("div", {}, h("dt", {}, "DOI"), h("dd", {}, w.doi ?? "—")),
      h("div", {}, h("dt", {}, "key"), h("dd", { class: "path" }, w.work))),
    h("section", {}, h("h2", {}, `Cited ${w.citing.length} time${w.citing.length === 1 ? "" : "s"} in ${sentences.length} sentence${sentences.length === 1 ? "" : "s"} of ${documents.size} document${documents.size === 1 ? "" : "s"}`),
      h("ol", { class: "hits" }, sentences.map((c) => h("li", {},
        h("div", { class: "where" }, link("/document", { path: c.path }, c.path), c.year ? ` · ${c.year}` : "", ` · sentence ${c.sentence}`),
        h("p", { class: "sentence" }, marked(c.text, c.citations.flatMap((t) => spanOf(c.text, t)))))))),
    h("section", {}, h("h2", {}, "Most often co-cited with it"),
      w.cocited.length === 0 ? h("p", { class: "muted" }, "Cited alone.") :
        table(["work", "documents citing both"], w.cocited.map((o) => [link("/work", { key: o.work }, o.label), fmt(o.documents)]), [1])),
    h("p", { class: "actions" }, link("/map", { kind: "cocitation" }, "Co-citation map")));
}

// The citation's place in its sentence, as a span of scalar offsets.
function spanOf(text, part) {
  const at = text.indexOf(part);
  if (at < 0) return [];
  const start = Array.from(text.slice(0, at)).length;
  return [{ start, end: start + Array.from(part).length }];
}

// ---------- map ----------

const KINDS = { cocitation: "Co-citation (works cited together)", coupling: "Bibliographic coupling (documents citing the same works)",
  authors: "Author co-citation", concepts: "Concepts co-occurring in a sentence", "concept-work": "Concept × cited work" };
const PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

function nodePage(node) {
  switch (node.type) {
    case "work": return url("/work", { key: node.id.replace(/^work:/, "") });
    case "concept": return url("/concept", { name: node.id.replace(/^concept:/, "") });
    case "document": return url("/document", { path: node.id });
    case "author": return url("/search", { q: `author:"${node.label}"` });
    default: return null;
  }
}

async function map(params) {
  const kind = KINDS[params.get("kind")] ? params.get("kind") : "cocitation";
  const filters = { top: params.get("top") || "150", "min-weight": params.get("min-weight") || "1", year: params.get("year") || "", concept: params.get("concept") || "" };
  const form = h("form", { class: "filters", onsubmit: (e) => {
    e.preventDefault();
    go(url("/map", Object.fromEntries(new FormData(e.target).entries())));
  } },
    h("label", {}, "network ", h("select", { name: "kind" }, Object.entries(KINDS).map(([k, label]) => h("option", { value: k, selected: k === kind }, label)))),
    h("label", {}, "top edges ", h("input", { name: "top", type: "number", min: 1, value: filters.top, size: 5 })),
    h("label", {}, "min weight ", h("input", { name: "min-weight", type: "number", min: 1, value: filters["min-weight"], size: 3 })),
    h("label", {}, "years ", h("input", { name: "year", value: filters.year, placeholder: "1990..2010", size: 10 })),
    h("label", {}, "concept ", h("input", { name: "concept", value: filters.concept, placeholder: "any", size: 12 })),
    h("button", { type: "submit" }, "Draw"));
  setView("Map", h("h1", {}, "Map"), form, h("p", { class: "muted" }, "Laying out…"));
  let graph;
  try {
    graph = await api(`graph/${kind}`, { ...filters, layout: "fr" });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return setView("Map", h("h1", {}, "Map"), form, errorLine(error));
  }
  const described = [`${graph.nodes.length} nodes, ${graph.links.length} links`, `the ${filters.top} heaviest edges`,
    filters["min-weight"] !== "1" ? `weight ≥ ${filters["min-weight"]}` : null, filters.year ? `documents of ${filters.year}` : null,
    filters.concept ? `documents mentioning ${filters.concept}` : null].filter(Boolean).join(", ");
  const clusters = new Set(graph.nodes.map((n) => n.cluster).filter((c) => c !== undefined));
  setView(`Map: ${kind}`, h("h1", {}, "Map"), form,
    h("p", { class: "lede", id: "summary" }, `${KINDS[kind]}: ${described}. Node size: occurrences; colour: Leiden cluster (${clusters.size}); layout: Fruchterman–Reingold. Drag to pan, wheel to zoom, click a node to open it.`),
    graph.nodes.length === 0 ? h("p", { class: "muted" }, "Nothing to draw with these filters.") : drawMap(graph));
}

function drawMap(graph) {
  const width = 1000, height = 640, pad = 40;
  // The extent between the 2nd and 98th percentiles fills the frame; a far outlier is pinned
  // to the border instead of squeezing everything else into the middle.
  const quantile = (values, q) => { const v = values.slice().sort((a, b) => a - b); return v[Math.min(v.length - 1, Math.max(0, Math.round(q * (v.length - 1))))]; };
  const xs = graph.nodes.map((n) => n.x ?? 0), ys = graph.nodes.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [quantile(xs, 0.02), quantile(xs, 0.98), quantile(ys, 0.02), quantile(ys, 0.98)];
  const scale = Math.min((width - 2 * pad - 160) / (maxX - minX || 1), (height - 2 * pad) / (maxY - minY || 1));
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  const px = (n) => clamp(pad + ((n.x ?? 0) - minX) * scale + ((width - 2 * pad - 160) - (maxX - minX) * scale) / 2, 12, width - 12);
  const py = (n) => clamp(pad + ((n.y ?? 0) - minY) * scale + ((height - 2 * pad) - (maxY - minY) * scale) / 2, 12, height - 12);
  const size = (n) => n.occurrences ?? n.strength ?? 1;
  const maxSize = Math.max(...graph.nodes.map(size), 1);
  const radius = (n) => 3 + 13 * Math.sqrt(size(n) / maxSize);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const maxWeight = Math.max(...graph.links.map((l) => l.weight || 1), 1);

  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "map", id: "map" });
  const layer = s("g", {});
  svg.append(layer);
  const edges = s("g", { class: "edges" });
  for (const l of graph.links) {
    const a = byId.get(l.source), b = byId.get(l.target);
    if (!a || !b) continue;
    edges.append(s("line", { x1: px(a), y1: py(a), x2: px(b), y2: py(b), "stroke-width": 0.5 + 2.5 * (l.weight || 1) / maxWeight }));
  }
  layer.append(edges);
  const nodes = s("g", { class: "nodes" });
  const labels = s("g", { class: "labels" });
  // Labels of the biggest nodes first; one is dropped when its box would overlap a placed one.
  const placed = [];
  const discs = graph.nodes.map((n) => ({ x0: px(n) - radius(n), y0: py(n) - radius(n), x1: px(n) + radius(n), y1: py(n) + radius(n) }));
  const ordered = graph.nodes.slice().sort((a, b) => size(b) - size(a));
  for (const [rank, n] of ordered.entries()) {
    const x = px(n), y = py(n), r = radius(n);
    const circle = s("circle", { cx: x, cy: y, r, fill: PALETTE[(n.cluster ?? 0) % PALETTE.length], class: "node", "data-id": n.id, tabindex: 0 });
    circle.append(s("title", {}, `${n.label} — ${n.occurrences !== undefined ? `${n.occurrences} occurrences` : `strength ${n.strength ?? 0}`}${n.cluster !== undefined ? `, cluster ${n.cluster}` : ""}`));
    const target = nodePage(n);
    if (target) {
      circle.addEventListener("click", (e) => { e.stopPropagation(); go(target); });
      circle.addEventListener("keydown", (e) => { if (e.key === "Enter") go(target); });
    }
    nodes.append(circle);
    const short = n.type === "work" ? n.label.split(", ")[0] : n.label;
    const text = short.length > 30 ? short.slice(0, 29) + "…" : short;
    // Right of the node, else left of it; dropped when both would cover a label or a node.
    const room = text.length * 6.2;
    const sides = [{ x0: x + r + 2, y0: y - 7, x1: x + r + 2 + room, y1: y + 6 }, { x0: x - r - 2 - room, y0: y - 7, x1: x - r - 2, y1: y + 6 }];
    // The ten biggest nodes are labelled over smaller discs (the label has a white halo): the
    // hubs of a dense centre are the ones a reader must be able to name.
    const free = (box) => !placed.some((p) => box.x0 < p.x1 && p.x0 < box.x1 && box.y0 < p.y1 && p.y0 < box.y1)
      && (rank < 10 || !discs.some((p) => box.x0 < p.x1 && p.x0 < box.x1 && box.y0 < p.y1 && p.y0 < box.y1));
    const box = sides.find(free);
    if (box) {
      placed.push(box);
      labels.append(s("text", { x: box.x0, y: y + 4, class: "label" }, text));
    }
  }
  layer.append(nodes, labels);

  // Pan by dragging, zoom with the wheel around the pointer.
  let view = { x: 0, y: 0, k: 1 }, drag = null;
  const apply = () => layer.setAttribute("transform", `translate(${view.x},${view.y}) scale(${view.k})`);
  const point = (e) => { const r = svg.getBoundingClientRect(); return { x: (e.clientX - r.left) * width / r.width, y: (e.clientY - r.top) * height / r.height }; };
  svg.addEventListener("wheel", (e) => {
    e.preventDefault();
    const p = point(e), factor = e.deltaY < 0 ? 1.15 : 1 / 1.15;
    const k = Math.min(12, Math.max(0.3, view.k * factor));
    view = { x: p.x - (p.x - view.x) * k / view.k, y: p.y - (p.y - view.y) * k / view.k, k };
    apply();
  }, { passive: false });
  svg.addEventListener("pointerdown", (e) => { if (e.target.classList.contains("node")) return; drag = { p: point(e), x: view.x, y: view.y }; svg.setPointerCapture(e.pointerId); });
  svg.addEventListener("pointermove", (e) => { if (!drag) return; const p = point(e); view.x = drag.x + p.x - drag.p.x; view.y = drag.y + p.y - drag.p.y; apply(); });
  svg.addEventListener("pointerup", () => { drag = null; });
  return h("div", { class: "mapbox" }, svg);
}

// ---------- router ----------

const ROUTES = { "/": overview, "/documents": documents, "/search": search, "/kwic": kwic, "/document": documentView,
  "/concept": concept, "/work": work, "/map": map };

async function render() {
  const view = ROUTES[location.pathname];
  if (!view) return setView("Not found", h("h1", {}, "Not found"), h("p", {}, "No such page. ", link("/", {}, "Overview")));
  try {
    await view(new URLSearchParams(location.search));
  } catch (error) {
    setView("Error", h("h1", {}, "The index cannot answer"), errorLine(error),
      h("p", { class: "muted" }, "Check the index path given to braudel serve, or run braudel index; this page retries when reloaded."));
  }
}

function go(target) {
  history.pushState(null, "", target);
  render();
  window.scrollTo(0, 0);
}

document.addEventListener("click", (e) => {
  const a = e.target.closest("a");
  if (!a || a.target || a.hasAttribute("download") || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
  const href = a.getAttribute("href");
  if (!href || href.startsWith("#") || href.startsWith("blob:") || /^[a-z]+:/i.test(href)) return;
  e.preventDefault();
  go(href);
});
window.addEventListener("popstate", render);
render();
"""#
