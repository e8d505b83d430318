/// The report's stylesheet and script, written as `report.css` and `report.js`.
///
/// No external resources: system fonts only (a CJK stack that covers Linux,
/// macOS and Windows), no web fonts, no CDN. The script only reveals the filter
/// form and hides rows of the quote table; the report is complete without it.
enum HTMLAssets {
    static let css = #"""
/* CiteTrace report: generated, do not edit. */
:root {
  --sans: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", system-ui, sans-serif;
  --serif: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif;
  --mono: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
  --ink: #1d2129; --muted: #5f6670; --rule: #d9dce1; --paper: #ffffff; --tint: #f5f6f8;
  --accent: #8c1d18;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 15px/1.7 var(--sans); }
main { max-width: 76rem; margin: 0 auto; padding: 1.5rem 1.5rem 3rem; }
a { color: #1a4f8b; }
a:hover { color: var(--accent); }
code { font-family: var(--mono); font-size: .86em; color: #3b4048; overflow-wrap: anywhere; }
h1 { font: 600 1.9rem/1.3 var(--serif); margin: .3rem 0 1rem; letter-spacing: .02em; }
h2 { font-size: 1.25rem; margin: 2.4rem 0 .8rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 1.6rem 0 .6rem; }
.kicker { margin: 0; color: var(--muted); font-size: .85rem; letter-spacing: .05em; }
.lead { color: var(--muted); max-width: 60rem; }
.sub, .en, .date, .count { color: var(--muted); font-size: .85em; font-weight: normal; }
.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
.empty { color: var(--muted); font-style: italic; }
.tag { display: inline-block; font-size: .75em; padding: 0 .35em; border: 1px solid var(--rule); border-radius: 3px; color: var(--muted); }
.missing { color: var(--muted); }

/* header / footer */
header.site { background: #1d2129; color: #fff; }
header.site nav { max-width: 76rem; margin: 0 auto; padding: .55rem 1.5rem; display: flex; flex-wrap: wrap; gap: .3rem 1.4rem; align-items: baseline; }
header.site a { color: #dfe3e8; text-decoration: none; }
header.site a:hover { color: #fff; text-decoration: underline; }
header.site a[aria-current] { color: #fff; border-bottom: 2px solid #fff; }
header.site .brand { font: 600 1.05rem var(--serif); color: #fff; margin-right: auto; }
footer.site { max-width: 76rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--rule); }

/* metadata */
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.2rem; margin: 0 0 1rem; padding: .8rem 1rem; background: var(--tint); border-left: 3px solid var(--ink); }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }

/* tables */
.table-wrap { overflow-x: auto; margin: .5rem 0 1rem; }
table.grid { border-collapse: collapse; width: 100%; font-size: .9rem; }
table.grid th, table.grid td { padding: .4rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
table.grid thead th { background: var(--tint); border-bottom: 2px solid var(--ink); font-weight: 600; white-space: nowrap; }
table.grid tbody tr:hover { background: #fafbfc; }
table.grid td.num, table.grid th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.grid td.id { white-space: nowrap; }
table.byverdict { table-layout: fixed; }
table.byverdict th:nth-child(1) { width: 24%; }
table.byverdict th:nth-child(2) { width: 7.5rem; }
table.byverdict th:nth-child(4) { width: 5rem; }
table.grid td.quote { font-family: var(--serif); min-width: 16rem; }
table.grid td.excerpt { font-family: var(--serif); font-size: .85rem; color: #3b4048; min-width: 18rem; }
table.compact { width: auto; min-width: 16rem; }
.summary { display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: flex-start; }
.claim { color: var(--accent); font-size: .85em; }

/* verdicts: colour plus a distinct underline style, so they also differ in grey */
.v-verbatim      { --c: #2e6b30; --bg: #e2f0e2; --u: solid; }
.v-normalized    { --c: #00695c; --bg: #dcefeb; --u: dotted; }
.v-variant       { --c: #a84f00; --bg: #fde5cc; --u: double; }
.v-composite     { --c: #5e3590; --bg: #ebe1f5; --u: dashed; }
.v-paraphrase    { --c: #1d5597; --bg: #dfe9f6; --u: dashed; }
.v-misattributed { --c: #a3211a; --bg: #f8dcda; --u: double; }
.v-unresolved    { --c: #555b62; --bg: #e9eaec; --u: dotted; }
.badge { display: inline-block; padding: 0 .45em; border: 1px solid var(--c); border-radius: 3px; background: var(--bg); color: var(--c); font-size: .8rem; line-height: 1.5; white-space: nowrap; }
mark[class*="v-"] { background: var(--bg); color: inherit; border-bottom: 3px var(--u) var(--c); padding: .05em 0; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark[class*="v-"] mark[class*="v-"] { box-shadow: inset 0 0 0 1px var(--c); background: #ffffffa0; }
mark.trivial { border-bottom-width: 1px; background: transparent; }
ul.legend { list-style: none; padding: .6rem .9rem; margin: .5rem 0 1rem; display: flex; flex-wrap: wrap; gap: .3rem 1.4rem; font-size: .85rem; background: var(--tint); border-radius: 4px; }
ul.legend li { color: var(--muted); }
ul.legend mark { color: var(--ink); font-weight: 600; }

/* article text */
.article-text { font: 1.08rem/2 var(--serif); max-width: 46rem; }
.article-text p { margin: 0 0 .9em; text-indent: 2em; }
.article-text p.heading { text-indent: 0; font-weight: 700; font-size: 1.12em; }
sup.ref { font: .7rem var(--sans); margin-left: 1px; }
sup.ref a { text-decoration: none; }
:target { scroll-margin-top: 1rem; }
mark:target, li:target, figure:target { outline: 2px solid var(--accent); outline-offset: 2px; }
ol.notes { padding-left: 2rem; font-size: .9rem; }
ol.notes li { margin-bottom: .7rem; }
ol.notes .facts { color: var(--muted); }
a.back { text-decoration: none; }

/* diffs */
.diff-legend { font-size: .85rem; color: var(--muted); }
figure.diff { margin: 1rem 0 1.6rem; border: 1px solid var(--rule); border-radius: 4px; }
figure.diff figcaption { padding: .45rem .8rem; background: var(--tint); border-bottom: 1px solid var(--rule); font-size: .9rem; }
figure.diff .score { color: var(--muted); font-size: .85em; margin-left: .4rem; }
.diff-cols { display: grid; grid-template-columns: 1fr 1fr; }
.diff-col { padding: .4rem .9rem .6rem; min-width: 0; }
.diff-col + .diff-col { border-left: 1px solid var(--rule); }
.diff-col h4 { margin: 0 0 .2rem; font-size: .8rem; color: var(--muted); font-weight: 600; }
.diff-text { margin: 0; font: 1.1rem/2 var(--serif); white-space: pre-wrap; overflow-wrap: anywhere; }
.d-rep { background: #ffe9a8; color: #5c4300; font-weight: 700; outline: 1.5px solid #9a7400; outline-offset: -1px; border-radius: 2px; padding: 0 1px; }
ins { background: #d4f2da; color: #0d5a22; text-decoration: none; border-bottom: 2px solid #0d5a22; }
del { background: #fbdcdc; color: #9b1c1c; text-decoration: line-through; }
.d-gap::before { content: "‸"; color: #9b1c1c; font: 700 1em var(--sans); padding: 0 1px; }
ol.segments { margin: 0; padding: .4rem .9rem .6rem 2.4rem; border-top: 1px dashed var(--rule); font-size: .85rem; color: var(--muted); }

/* timelines */
figure.timeline { margin: .5rem 0 1rem; }
figure.timeline figcaption { font-size: .85rem; color: var(--muted); }
svg.tl { display: block; max-width: 100%; height: auto; font-family: var(--sans); }
svg.tl text { font-size: 12px; fill: #333a42; }
svg.tl .axis text { fill: var(--muted); font-size: 11px; }
svg.tl .grid { stroke: #e4e6ea; }
svg.tl .base { stroke: #8a9099; }
svg.tl .band { fill: #f6f7f9; }
svg.tl .dot { fill: var(--c, #555); stroke: #fff; stroke-width: 1.5; }
svg.tl a:hover .dot { stroke: var(--ink); }
svg.tl a:hover text { fill: var(--accent); }
svg.tl .anchor { fill: var(--ink); }
svg.tl .anchor-line { stroke: #b7bcc4; stroke-dasharray: 2 2; }
svg.tl .reference line { stroke: var(--accent); stroke-width: 1.5; stroke-dasharray: 5 3; }
svg.tl .reference text { fill: var(--accent); font-weight: 600; }
svg.tl .row-label { font-size: 12.5px; }
ul.undated { font-size: .9rem; }

/* unresolved groups */
section.group h2.group-text { font: 500 1.1rem/1.6 var(--serif); border-bottom-width: 1px; }

/* concordance: shade and a numeric badge per sentence, so levels also differ in grey */
.concordance { font: 1.05rem/1.9 var(--serif); max-width: 52rem; }
.conc-para { margin: 0 0 1.1em; padding-left: 2.4em; }
.sent { display: block; margin: 0 0 .15em; padding: .05em .35em; border-radius: 2px; }
.sent .sn { display: inline-block; width: 2.2em; margin-left: -2.6em; margin-right: .4em; text-align: right; font: .72rem var(--mono); color: var(--muted); }
.sent.heat-1, .heat.heat-1 { background: #fbefd5; }
.sent.heat-2, .heat.heat-2 { background: #f5d596; }
.sent.heat-3, .heat.heat-3 { background: #e9b055; }
.sent.heat-4, .heat.heat-4 { background: #c98425; }
.sent.heat-3, .sent.heat-4 { border-left: 3px solid #5c3a05; }
details.sent > summary { cursor: pointer; list-style: none; }
details.sent > summary::-webkit-details-marker { display: none; }
details.sent > summary:focus-visible { outline: 2px solid var(--accent); }
details.sent[open] { margin: .4em 0 .6em; padding: .2em .5em .4em; box-shadow: inset 4px 0 0 var(--ink); }
span.heat { display: inline-block; min-width: 1.5em; margin: 0 .2em; padding: 0 .3em; font: 600 .72rem/1.6 var(--sans); text-align: center;
  color: #2b1d00; border: 1px solid #5c3a05; border-radius: 9px; text-indent: 0; vertical-align: .1em; }
span.heat.heat-0 { background: #fff; border-style: dashed; color: var(--muted); }
ul.heat-legend li { color: var(--ink); }
div.cites { font: .9rem/1.6 var(--sans); margin: .3em 0 .6em; }
p.cites-head { margin: 0 0 .3em; color: var(--muted); }
ul.cites { list-style: none; margin: 0; padding: 0; }
ul.cites > li { margin: 0 0 .6em; }
blockquote.quote { margin: .3em 0 0 1em; font-family: var(--serif); }
figure.months { margin: .5rem 0 1rem; }
figure.months figcaption { font-size: .85rem; color: var(--muted); }
svg.chart { display: block; max-width: 100%; height: auto; font-family: var(--sans); }
svg.chart rect { fill: #9c6a1f; stroke: #3d2800; stroke-width: 1; }
svg.chart text { font-size: 11px; fill: #333a42; }
svg.chart .tick { fill: var(--muted); }
svg.chart .base { stroke: #8a9099; }

/* filters */
form.filters { display: flex; flex-wrap: wrap; gap: .6rem 1.2rem; padding: .7rem .9rem; margin: .5rem 0; background: var(--tint); border: 1px solid var(--rule); border-radius: 4px; font-size: .88rem; }
form.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem .8rem; align-items: center; }
form.filters legend { float: left; font-weight: 600; margin-right: .6rem; }
form.filters select { max-width: 18rem; font: inherit; }
form.filters .shown { color: var(--muted); margin-left: .5rem; }

@media (max-width: 720px) {
  body { font-size: 14px; }
  main { padding: 1rem .8rem 2rem; }
  .diff-cols { grid-template-columns: 1fr; }
  .diff-col + .diff-col { border-left: 0; border-top: 1px solid var(--rule); }
}
@media print {
  header.site, form.filters, sup.ref, a.back { display: none !important; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; }
  figure.diff, tr { break-inside: avoid; }
  details.sent > summary { list-style: none; }
}
"""#

    static let js = #"""
// CiteTrace report: filters for the quote table on quotes.html. Only hides rows.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("quotes");
  if (!form || !table || !table.tBodies.length) { return; }
  var rows = table.tBodies[0].rows;
  var boxes = form.querySelectorAll("input[name=verdict]");
  function apply() {
    var verdicts = {};
    for (var i = 0; i < boxes.length; i++) { verdicts[boxes[i].value] = boxes[i].checked; }
    var speech = form.elements.speech.value;
    var article = form.elements.article.value;
    var hideTrivial = form.elements.trivial.checked;
    var shown = 0;
    for (var j = 0; j < rows.length; j++) {
      var d = rows[j].dataset;
      var ok = verdicts[d.verdict] === true &&
        (speech === "" || d.speech === speech) &&
        (article === "" || d.article === article) &&
        !(hideTrivial && d.trivial === "true");
      rows[j].hidden = !ok;
      if (ok) { shown++; }
    }
    form.elements.shown.value = "显示 " + shown + " / " + rows.length + " 条";
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
})();
"""#
}
