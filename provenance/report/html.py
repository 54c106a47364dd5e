"""HTML report: one self-contained page (inline CSS, no script, no external URL).

Summary and legend first, then what changed, then the rewrite and each original side by side
in aligned rows, the signature last. Every piece of text from the result is escaped; a
Content-Security-Policy forbids scripts and remote loads as a second line of defence.
"""

from __future__ import annotations

from html import escape
from typing import Any, Iterable, Mapping

from .._version import __version__
from ..types import Claim, Comparison, Document
from . import diff
from .diff import Row, Span

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
TAGS = {"ins": "ins", "del": "del", "fact": "b"}
LONG = 1500  # sentences longer than this scroll inside their cell

CSS = """
:root{--added:#15803d;--added-bg:#dcfce7;--dropped:#b91c1c;--dropped-bg:#fee2e2;--altered:#b45309;
--altered-bg:#fef3c7;--kept:#64748b;--kept-bg:#f1f5f9;--line:#e2e8f0;--muted:#64748b;--ink:#0f172a}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
main{max-width:1400px;margin:0 auto;padding:24px 28px 40px}
h1{font-size:24px;margin:0 0 2px}h2{font-size:18px;margin:28px 0 10px}h3{font-size:15px;margin:16px 0 6px}
.sub,.muted{color:var(--muted)}a.muted,a.who{text-decoration:underline dotted}.sub{margin:0 0 16px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:180px;flex:1}
.card .big{font-size:26px;font-weight:700}.card div:last-child{color:var(--muted);font-size:13px}
.legend{display:flex;flex-wrap:wrap;gap:8px 18px;list-style:none;padding:0;margin:8px 0}
.legend li{display:flex;align-items:baseline;gap:6px}
.lab{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600;white-space:nowrap}
.lab.kept{background:var(--kept-bg);color:var(--kept)}.lab.added{background:var(--added-bg);color:var(--added)}
.lab.dropped{background:var(--dropped-bg);color:var(--dropped)}.lab.altered{background:var(--altered-bg);color:var(--altered)}
.lab.partial{background:#ede9fe;color:#6d28d9}.lab.info{background:#e0f2fe;color:#0369a1}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{font-size:13px;color:var(--muted);font-weight:600}
.sources{width:auto;min-width:50%}.sources .num{text-align:right;font-variant-numeric:tabular-nums}
.chips{display:flex;flex-wrap:wrap;gap:6px;padding:0;list-style:none}
.chips li{border:1px solid var(--line);border-radius:12px;padding:0 8px;font-size:12px}
.chips li.none{border-style:dashed;color:var(--dropped)}
.warn{background:#fff7ed;border-left:4px solid #ea580c;padding:6px 10px;margin:6px 0}
.c{border-radius:3px;padding:1px 0}
.c.kept{background:var(--kept-bg)}
.c.added{background:var(--added-bg);border-bottom:2px solid var(--added)}
.c.dropped{background:var(--dropped-bg);border-bottom:2px dashed var(--dropped)}
.c.altered{background:var(--altered-bg);border-bottom:2px solid var(--altered)}
ins{background:#bbf7d0;text-decoration:none;font-weight:600}
del{background:#fecaca;text-decoration:line-through;text-decoration-color:var(--dropped)}
b.fact{outline:2px solid var(--altered);outline-offset:0;border-radius:2px;font-weight:700}
.cardlist{display:grid;grid-template-columns:1fr;gap:10px}
.alt{border:1px solid var(--line);border-left:4px solid var(--altered);border-radius:6px;padding:8px 12px}
.alt .why{font-weight:600;margin-bottom:4px}
.alt .side{display:grid;grid-template-columns:9rem 1fr;gap:8px}
.alt .side+.side{margin-top:4px}.alt .who{color:var(--muted);font-size:13px}
ul.plain{margin:4px 0;padding-left:20px}ul.plain li{margin:3px 0}
.sbs{table-layout:fixed}.sbs col.meta{width:8.5rem}
.sbs td{overflow-wrap:anywhere;word-break:normal}
.sbs td.meta{font-size:12px;color:var(--muted)}
.sbs td.meta .lab{margin:2px 0}
.sbs tr.moved td{background:#faf5ff}.sbs tr.moved td.meta{border-left:3px solid #7c3aed}
.sbs td.empty{background:repeating-linear-gradient(135deg,#fff,#fff 6px,#f8fafc 6px,#f8fafc 12px)}
.s{margin:0 0 6px}.s:last-child{margin-bottom:0}
.s.long{max-height:14em;overflow-y:auto;border:1px solid var(--line);border-radius:4px;padding:2px 4px}
.n{display:inline-block;min-width:3.4em;padding-right:4px;font-size:11px;color:var(--muted);font-weight:600}
.link{font-size:11px;color:var(--muted);margin-left:6px;white-space:nowrap}
.note{font-size:13px;margin:2px 0 6px 2.6em;color:#334155}
.note .lab{margin-right:4px}
.src{font-size:11px;color:#0369a1;margin-left:4px}
nav{position:sticky;top:0;z-index:2;margin:0 0 8px;padding:8px 12px;background:#f8fafcee;
border:1px solid var(--line);border-radius:6px;font-size:14px}
nav a{color:#1d4ed8;margin-right:12px}nav label{float:right;user-select:none}
body:has(#only-changes:checked) tr.unchanged{display:none}
details{border:1px solid var(--line);border-radius:6px;padding:6px 12px;margin:10px 0}
summary{cursor:pointer;font-weight:600}
footer{margin-top:32px;border-top:1px solid var(--line);padding-top:10px;font-size:12px;color:var(--muted)}
footer code{overflow-wrap:anywhere;color:var(--ink)}
@media print{nav{display:none}details{border:0}}
"""


def esc(text: Any) -> str:
    """Escape anything for element text or a quoted attribute."""
    return escape(diff.clean(str(text)), quote=True)


def marked(text: str, layers: Mapping[str, Iterable[Span]]) -> str:
    """Escaped text with highlight layers as <ins>, <del> and <b class=fact>."""
    out = []
    for piece, names in diff.runs(text, layers):
        html = esc(piece)
        for name in ("fact", "ins", "del"):
            if name in names:
                tag = TAGS[name]
                cls = ' class="fact"' if name == "fact" else ""
                html = f"<{tag}{cls}>{html}</{tag}>"
        out.append(html)
    return "".join(out)


def _lab(label: str, text: str | None = None) -> str:
    return f'<span class="lab {esc(label)}">{esc(text if text is not None else label)}</span>'


def _title(c: Claim) -> str:
    kinds = f" ({', '.join(c.types)})" if c.types else ""
    return f"{c.label}{kinds}: {c.reason}"


def _cid(table: int, side: int, c: Claim) -> str:
    """Unique per page: the rewrite appears once per side-by-side table."""
    return f"t{table}-r{c.index}" if side < 0 else f"t{table}-o{c.index}"


def _links_to(result: Comparison, s: int, side: int, table: int) -> str:
    """Inside a group of several sentences: which sentences on the other side this one's
    claims rest on ("↔ O15 O18")."""
    if side < 0:
        other, claims = result.originals[table], result.rewrite.claims_in(s)
        idx = {e.claim for c in claims for e in c.evidence if e.side == "original" and e.source == table}
        prefix = "O"
    else:
        other, claims = result.rewrite, result.originals[table].claims_in(s)
        idx = {e.claim for c in claims for e in c.evidence if e.side == "rewrite"}
        prefix = "R"
    sents = sorted({other.claims[i].sentence for i in idx if 0 <= i < len(other.claims)})
    return "↔ " + " ".join(f"{prefix}{n + 1}" for n in sents) if sents else ""


def _sentence(doc: Document, s: int, side: int, table: int, prefix: str, extra: str = "") -> str:
    parts = []
    for piece, c, rel in diff.sentence_pieces(doc, s):
        if c is None:
            parts.append(esc(piece))
            continue
        layers = diff.highlights(c, "rewrite" if side < 0 else "original")
        layers = {k: [(a - rel, b - rel) for a, b in v] for k, v in layers.items()}
        parts.append(f'<span class="c {esc(c.label)}" id="{_cid(table, side, c)}" title="{esc(_title(c))}">'
                     f'{marked(piece, layers)}</span>')
    n = len(doc.sentences[s].text)
    cls, size = ("s long", f'<span class="muted">({n:,} characters, scroll) </span>') if n > LONG else ("s", "")
    return (f'<p class="{cls}"><span class="n">{prefix}{s + 1}</span>{size}<bdi dir="auto">{"".join(parts)}</bdi>'
            f"{extra}</p>")


def _excerpt(text: str, limit: int = 400) -> str:
    """Escaped text, cut after ``limit`` characters (lists only; the table has it whole)."""
    if len(text) <= limit:
        return f'<bdi dir="auto">{esc(text)}</bdi>'
    return (f'<bdi dir="auto">{esc(text[:limit])}</bdi>'
            f'<span class="muted">… ({len(text) - limit:,} more characters in the table below)</span>')


def _detail_notes(claims: Iterable[Claim], what: str) -> str:
    """One note per ``Detail``: words of a kept or altered claim its counterpart lacks."""
    def note(d: Any) -> str:
        text = diff.instead_note(d, what == "added")
        return f' <span class="muted">({esc(text)})</span>' if text else ""

    return "".join(f'<div class="note">{_lab(what, "detail " + what)} <bdi dir="auto">{esc(d.text)}</bdi>{note(d)}</div>'
                   for c in claims for d in c.details)


def _notes(claims: Iterable[Claim]) -> str:
    claims = list(claims)
    out = [_detail_notes(claims, "added")]
    for c in claims:
        if c.label == "altered":
            out.append(f'<div class="note">{_lab("altered", "altered · " + ", ".join(c.types))}{esc(c.reason)}</div>')
        elif c.label == "added":
            tag = _lab("info", "boilerplate") if c.boilerplate else ""
            out.append(f'<div class="note">{_lab("added")}{tag} {esc(c.reason)}</div>')
    return "".join(out)


def _row(result: Comparison, row: Row, table: int, i: int) -> str:
    labels = diff.row_labels(result, row)
    classes = ["row", "k-" + row.kind, "changed" if labels - {"kept"} else "unchanged"]
    meta = [_lab(k) for k in diff.LABEL_ORDER if k in labels]
    if diff.group_name(row.group):
        meta.append(_lab("info", diff.group_name(row.group)))
    if row.reordered:
        classes.append("moved")
        meta.append(_lab("partial", "moved"))
    attrib = {a.sentence: a for a in result.attribution}
    orig = result.originals[table]
    rw_cells = []
    for s in row.rewrite:
        a = attrib.get(s)
        extra = ""
        if a is not None and a.source >= 0 and a.source != table:
            extra = f'<span class="src">best source: {esc(result.originals[a.source].name)} ({a.score:.2f})</span>'
        elif len(row.rewrite) > 1 and (link := _links_to(result, s, -1, table)):
            extra = f'<span class="link">{link}</span>'
        rw_cells.append(_sentence(result.rewrite, s, -1, table, "R", extra) + _notes(result.rewrite.claims_in(s)))
    og_cells = []
    for s in row.original:
        link = _links_to(result, s, table, table) if len(row.original) > 1 and len(row.rewrite) > 1 else ""
        og_cells.append(_sentence(orig, s, table, table, "O", f'<span class="link">{link}</span>' if link else "")
                        + _detail_notes(orig.claims_in(s), "dropped"))
    rw = f'<td class="rw">{"".join(rw_cells)}</td>' if rw_cells else '<td class="rw empty"></td>'
    og = f'<td class="og">{"".join(og_cells)}</td>' if og_cells else '<td class="og empty"></td>'
    return (f'<tr class="{" ".join(classes)}" id="t{table}-{i}"><td class="meta">{"".join(meta)}</td>'
            f"{rw}{og}</tr>")


def _table(result: Comparison, source: int) -> str:
    doc = result.originals[source]
    body = "\n".join(_row(result, r, source, i) for i, r in enumerate(diff.rows(result, source)))
    return (f'<table class="sbs"><colgroup><col class="meta"><col><col></colgroup>'
            f'<thead><tr><th></th><th>rewrite</th><th>{esc(doc.name)}</th></tr></thead>'
            f"<tbody>\n{body}\n</tbody></table>")


def _summary(result: Comparison) -> str:
    counts, s = result.counts(), result.scores
    top = result.top_source if result.originals else -1
    cards = [f'<div class="card"><div class="big">{diff.pct(s.rewrite_coverage)}</div>'
             f"<div>of the rewrite is explained by the original{'s' if len(result.originals) > 1 else ''}</div></div>"]
    if 0 <= top < len(result.originals):
        cards.append(f'<div class="card"><div class="big">{diff.pct(s.original_kept[top])}</div>'
                     f"<div>of {esc(result.originals[top].name)} is kept or altered in the rewrite</div></div>")
    cards.append(f'<div class="card"><div class="big">{s.overlap.cosine:.2f}</div><div>cosine overlap '
                 f"(token set {s.overlap.token_set:.2f}, difflib {s.overlap.difflib:.2f})</div></div>")
    if s.consistency is not None:
        cards.append(f'<div class="card"><div class="big">{"consistent" if s.consistent else "not consistent"}</div>'
                     f"<div>{esc(diff.verdict(result) or '')}</div></div>")
    by_src = ", ".join(f"{n} from {esc(result.originals[i].name)}"
                       for i, n in diff.counts_by_source(result, "dropped") if n)
    legend = "".join(
        f"<li>{_lab(k, f'{k} {counts[k]}')}<span class=\"muted\">{esc(diff.MEANING[k])}"
        f"{f' ({by_src})' if k == 'dropped' and by_src and len(result.originals) > 1 else ''}</span></li>"
        for k in ("kept", "altered", "added", "dropped"))
    parts = [f'<div class="cards">{"".join(cards)}</div>', f'<ul class="legend">{legend}</ul>']
    parts += [f'<div class="warn">warning: {esc(w)}</div>' for w in result.warnings]
    if len(result.originals) > 1:
        best = {i: sum(1 for a in result.attribution if a.source == i) for i in range(len(result.originals))}
        rows = "".join(
            f'<tr><td class="num">{r.rank}</td><td>{esc(result.originals[r.index].name)}'
            f'{" " + _lab("kept", "top source") if r.rank == 1 else ""}</td>'
            f'<td class="num">{diff.pct(r.rewrite_coverage)}</td><td class="num">{diff.pct(r.original_kept)}</td>'
            f'<td class="num">{best[r.index]}</td></tr>' for r in result.ranking)
        parts.append('<h3>Sources</h3><table class="sources"><thead><tr><th>rank</th><th>original</th>'
                     '<th>explains of the rewrite</th><th>of it kept</th><th>best source of sentences</th>'
                     f"</tr></thead><tbody>{rows}</tbody></table>")
    chips = []
    for a in result.attribution:
        if a.source >= 0:
            chips.append(f'<li title="score {a.score:.2f}">R{a.sentence + 1} ← {esc(result.originals[a.source].name)}'
                         f" {a.score:.2f}</li>")
        else:
            chips.append(f'<li class="none" title="best score {a.score:.2f}">R{a.sentence + 1} ← no source</li>')
    parts.append(f'<h3>Source of each rewrite sentence</h3><ul class="chips">{"".join(chips)}</ul>')
    return '<section id="summary">' + "".join(parts) + "</section>"


def _changes(result: Comparison) -> str:
    out = []
    for p in diff.altered_pairs(result):
        out.append(
            f'<div class="alt"><div class="why">{"".join(_lab("altered", k) for k in p.kinds)} '
            f"{esc(p.claim.reason)}</div>"
            f'<div class="side"><a class="who" href="#t{p.source}-r{p.claim.index}">rewrite R{p.claim.sentence + 1}</a>'
            f'<bdi dir="auto">{marked(p.rewrite, p.rewrite_marks)}</bdi></div>'
            f'<div class="side"><span class="who">{esc(p.source_name)}</span>'
            f'<bdi dir="auto">{marked(p.original, p.original_marks)}</bdi></div></div>')
    parts = [f'<h2 id="altered">Altered ({len(out)})</h2><div class="cardlist">{"".join(out)}</div>' if out else ""]
    used = diff.used_sources(result)
    top = used[0] if used else 0
    groups = diff.folded(result.added)

    def again_note(c: Claim, again: list[Claim], side: str = "R") -> str:
        return f" <span class=muted>· {esc(diff.places(c, again, side))}</span>" if again else ""

    added = [f'<li>{_excerpt(c.text)} <a class="muted" href="#t{top}-r{c.index}">R{c.sentence + 1}</a>'
             f'{" <span class=muted>· boilerplate</span>" if c.boilerplate else ""}{again_note(c, again)}</li>'
             for c, again in groups]
    if added:
        distinct = diff.distinct_note(len(result.added), groups)
        parts.append(f'<h2 id="added">Added ({len(result.added)}{distinct})</h2><ul class="plain">{"".join(added)}</ul>')
    for i in used:
        dropped = [c for c in result.originals[i].claims if c.label == "dropped"]
        folded = diff.folded(dropped)
        items = [f'<li>{_excerpt(c.text)} <a class="muted" href="#t{i}-o{c.index}">O{c.sentence + 1}</a>'
                 f'{again_note(c, again, "O")}</li>' for c, again in folded]
        if items:
            distinct = diff.distinct_note(len(dropped), folded)
            parts.append(f'<h2 id="dropped-{i}">Dropped from {esc(result.originals[i].name)} ({len(dropped)}{distinct})</h2>'
                         f'<ul class="plain">{"".join(items)}</ul>')
    return '<section id="changes">' + "".join(parts) + "</section>"


def _nav(result: Comparison) -> str:
    links = ['<a href="#summary">summary</a>']
    if result.altered:
        links.append('<a href="#altered">altered</a>')
    if result.added:
        links.append('<a href="#added">added</a>')
    links += [f'<a href="#src-{i}">side by side: {esc(result.originals[i].name)}</a>'
              for i in diff.used_sources(result)]
    return ('<nav>' + "".join(links) + '<label><input type="checkbox" id="only-changes"> '
            "show only rows with a change</label></nav>")


def render(result: Comparison, **_: Any) -> str:
    """The whole report as one HTML document (UTF-8, no external resource)."""
    names = ", ".join(d.name for d in result.originals) or "no original"
    used = diff.used_sources(result)
    sides = []
    for i in diff.source_order(result):
        doc, table = result.originals[i], _table(result, i)
        head = f"Rewrite and {esc(doc.name)} side by side"
        if i in used:
            sides.append(f'<section class="side-by-side" id="src-{i}"><h2>{head}</h2>{table}</section>')
        else:
            n = sum(1 for c in doc.claims if c.label == "dropped")
            rk = next((r for r in result.ranking if r.index == i), None)
            what = f"explains {diff.pct(rk.rewrite_coverage)} of the rewrite; " if rk else ""
            sides.append(f'<details class="side-by-side" id="src-{i}"><summary>{head} '
                         f'<span class="muted">({what}{n} of its {len(doc.claims)} claims dropped; '
                         f"the best source of no rewrite sentence)</span></summary>{table}</details>")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="provenance {esc(__version__)}">\n'
        f"<title>provenance report: rewrite vs {esc(names)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
        f"<h1>Provenance report</h1>\n<p class=\"sub\">rewrite: {esc(diff.headline(result))}: {esc(names)}</p>\n"
        f"{_nav(result)}\n{_summary(result)}\n{_changes(result)}\n"
        + "\n".join(sides)
        + f'\n<footer>schema {esc(result.schema_version)} · generated by provenance {esc(__version__)}<br>'
        f"signature: <code>{esc(result.signature)}</code></footer>\n</main>\n</body>\n</html>\n"
    )
