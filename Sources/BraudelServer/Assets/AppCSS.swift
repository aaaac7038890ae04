let appCSS = #"""
:root { --ink: #1d2330; --muted: #667085; --line: #d8dde6; --accent: #2f5d8a; --hit: #fde68a; --mention: #dbeafe; --citation: #dcfce7; --bg: #fbfbf9; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--bg); }
header { display: flex; align-items: baseline; gap: 2rem; padding: .7rem 1.5rem; border-bottom: 1px solid var(--line); background: #fff; position: sticky; top: 0; z-index: 2; }
header .brand { font-weight: 700; letter-spacing: .02em; color: var(--ink); text-decoration: none; font-size: 1.1rem; }
nav a { margin-right: 1.1rem; color: var(--muted); text-decoration: none; }
nav a.active, nav a:hover { color: var(--accent); border-bottom: 2px solid var(--accent); }
main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: .6rem 0 .3rem; line-height: 1.25; overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; }
a { color: var(--accent); }
.lede { color: #344054; margin: .2rem 0 1rem; }
.muted { color: var(--muted); }
.small { font-size: .85rem; }
.error { color: #b42318; background: #fef3f2; border: 1px solid #fecdca; padding: .45rem .7rem; border-radius: 4px; font-family: ui-monospace, monospace; font-size: .9rem; }
.counts { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: .6rem; margin: 0; }
.counts div { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem .8rem; }
.counts dt { color: var(--muted); font-size: .8rem; }
.counts dd { margin: 0; font-size: 1.35rem; font-weight: 600; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; }
@media (max-width: 800px) { .columns { grid-template-columns: 1fr; } }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: .3rem .55rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: .8rem; color: var(--muted); font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.path { font-family: ui-monospace, monospace; font-size: .82rem; color: var(--muted); overflow-wrap: anywhere; }
.chart { width: 100%; max-width: 760px; height: auto; display: block; }
.chart .bar { fill: var(--accent); }
.chart .bar:hover { fill: #f28e2b; }
.chart .grid { stroke: var(--line); }
.chart .axis, .chart .count { font-size: 11px; fill: var(--muted); }
form.query { display: flex; gap: .5rem; margin: .5rem 0; }
form.query input[type=search] { flex: 1; font: inherit; padding: .45rem .6rem; border: 1px solid #b8c0cc; border-radius: 4px; }
button { font: inherit; padding: .4rem .9rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; cursor: pointer; }
.hits { padding-left: 2.2rem; }
.hits li { margin: 0 0 .9rem; }
.where { font-size: .82rem; color: var(--muted); }
.sentence { margin: .1rem 0; }
mark.hit { background: var(--hit); padding: 0 1px; border-radius: 2px; }
.pager { margin: 1rem 0; display: flex; gap: 1rem; }
.toolbar { display: flex; justify-content: space-between; align-items: center; gap: 1rem; }
.sorts strong { color: var(--ink); }
table.kwic { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .82rem; table-layout: fixed; }
table.kwic td { white-space: pre; overflow: hidden; padding: .15rem .3rem; }
table.kwic td.left { width: 40%; }
table.kwic td.left span { display: flex; justify-content: flex-end; }
table.kwic td.match { width: 12%; text-align: center; font-weight: 700; }
table.kwic td.right { width: 40%; }
table.kwic td.path { width: 8%; font-size: .72rem; text-overflow: ellipsis; }
.meta { display: flex; flex-wrap: wrap; gap: .3rem 1.8rem; margin: .3rem 0 .8rem; }
.meta dt { font-size: .75rem; color: var(--muted); }
.meta dd { margin: 0; }
.doctext { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.3rem; font-family: Georgia, "DejaVu Serif", serif; font-size: 1rem; line-height: 1.65; max-height: 70vh; overflow: auto; overflow-wrap: anywhere; }
.mention { background: var(--mention); color: inherit; text-decoration: none; border-bottom: 1px solid #93c5fd; }
.citation { background: var(--citation); color: inherit; text-decoration: none; border-bottom: 1px solid #86efac; }
.legend { padding: 0 .25rem; }
.focus { outline: 2px solid #f28e2b; }
.refs { font-size: .9rem; padding-left: 2.2rem; }
.refs li:target { background: var(--citation); }
.definition { font-size: 1.02rem; max-width: 60rem; }
.actions { margin: .6rem 0; }
.filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; margin: .5rem 0 .8rem; font-size: .88rem; }
.filters input, .filters select { font: inherit; padding: .25rem .4rem; border: 1px solid #b8c0cc; border-radius: 4px; }
.mapbox { border: 1px solid var(--line); border-radius: 6px; background: #fff; }
svg.map { width: 100%; height: auto; display: block; cursor: grab; touch-action: none; }
svg.map .edges line { stroke: #9aa4b2; stroke-opacity: .45; }
svg.map .node { stroke: #fff; stroke-width: 1.2; cursor: pointer; }
svg.map .node:hover, svg.map .node:focus { stroke: var(--ink); stroke-width: 2; outline: none; }
svg.map .label { font-size: 11px; fill: #1d2330; paint-order: stroke; stroke: #fff; stroke-width: 3px; pointer-events: none; }
code { font-family: ui-monospace, monospace; font-size: .9em; background: #eef1f5; padding: 0 .25rem; border-radius: 3px; }
.narrow { max-width: 420px; }
.filters input[type=number] { width: 5.5rem; }
.filters input:not([type]) { width: 8rem; }
.doctext mark.in-sentence { background: #fff1a8; color: inherit; padding: 0; }
.doctext a.in-sentence { box-shadow: inset 0 -0.6em 0 #fff1a8; }
"""#
