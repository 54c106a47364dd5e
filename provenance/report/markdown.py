"""Markdown report for a code-hosting site: summary, the altered pairs with their word diff,
and tables of claims with labels and reasons.

Article text is untrusted: ``&``, ``<`` and ``>`` become entities (so no raw HTML reaches
the page) and Markdown punctuation is backslash-escaped; ``|`` is escaped in tables. Inside
fenced ``diff`` blocks text is literal, and the fence is longer than any backtick run in it.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any, Iterable, Mapping

from ..types import Claim, Comparison
from . import diff
from .diff import Span

#: Inline Markdown syntax that could turn article text into emphasis, code, links, tables or
#: strikethrough. (Text never starts a line, so block syntax needs no escaping.)
_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md(text: str) -> str:
    """Escape text for Markdown inline context (whitespace runs, newlines too, become one space)."""
    text = " ".join(diff.clean(str(text)).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def html_text(text: str) -> str:
    """Escape text inside raw HTML (``<summary>``), where Markdown is not interpreted."""
    return escape(" ".join(diff.clean(str(text)).split()), quote=True)


def marked(text: str, layers: Mapping[str, Iterable[Span]]) -> str:
    """Escaped text with insertions in **bold** and deletions in ~~strikethrough~~."""
    out = []
    for piece, names in diff.runs(text, {k: v for k, v in layers.items() if k in ("ins", "del")}):
        core = md(piece)
        if core and {"ins", "del"} & names:
            mark = "**" if "ins" in names else "~~"
            core = f"{mark}{core}{mark}"
        lead = " " if piece[:1].isspace() else ""
        tail = " " if piece[-1:].isspace() and core else ""
        out.append(f"{lead}{core}{tail}")
    return " ".join("".join(out).split())


def _fence(*texts: str) -> str:
    longest = max((len(m) for t in texts for m in re.findall(r"`+", t)), default=0)
    return "`" * max(3, longest + 1)


def _row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _claim_row(result: Comparison, c: Claim, num: str, again: str = "") -> str:
    label = (f"**{c.label}**" + (f" ({', '.join(c.types)})" if c.types else "")
             + (" · boilerplate" if c.boilerplate else ""))
    where = ""
    if c.source >= 0 and c.label != "added" and c.source < len(result.originals):
        where = md(result.originals[c.source].name)
    return _row([num, label, md(diff.short(c.text, 300)),
                 md(diff.short(c.reason, 200)) + (f" ({md(again)})" if again else ""), where])


def _summary(result: Comparison) -> list[str]:
    counts, s = result.counts(), result.scores
    n = len(result.originals)
    lines = [
        "# Provenance report", "",
        f"Rewrite: {diff.headline(result)}: " + ", ".join(f"`{md(d.name)}`" for d in result.originals) + ".", "",
        _row(["label", "claims", "meaning"]), _row(["---", "---:", "---"]),
    ]
    for k in ("kept", "altered", "added", "dropped"):
        lines.append(_row([f"**{k}**", str(counts[k]), diff.MEANING[k]]))
    kept = ", ".join(f"**{diff.pct(k)}** of {md(d.name)}" for k, d in zip(s.original_kept, result.originals))
    lines += ["", f"- The originals explain **{diff.pct(s.rewrite_coverage)}** of the rewrite."]
    lines += [f"- The rewrite keeps (or alters) {kept}."] if kept else []
    lines += [f"- Overlap: cosine {s.overlap.cosine:.2f}, token set {s.overlap.token_set:.2f}, "
              f"difflib {s.overlap.difflib:.2f}."]
    lines += [f"- Verdict: {md(v)}."] if (v := diff.verdict(result)) is not None else []
    lines += [f"- **Warning:** {md(w)}" for w in result.warnings]
    if n > 1:
        best = {i: sum(1 for a in result.attribution if a.source == i) for i in range(n)}
        dropped = dict(diff.counts_by_source(result, "dropped"))
        lines += ["", "## Sources", "", _row(["rank", "original", "explains of the rewrite", "of it kept",
                                               "best source of sentences", "dropped claims"]),
                  _row(["---:", "---", "---:", "---:", "---:", "---:"])]
        for r in result.ranking:
            top = " (top source)" if r.rank == 1 else ""
            lines.append(_row([str(r.rank), md(result.originals[r.index].name) + top, diff.pct(r.rewrite_coverage),
                               diff.pct(r.original_kept), str(best[r.index]), str(dropped[r.index])]))
    return lines


def _attribution(result: Comparison) -> list[str]:
    lines = ["", "<details><summary>Source of each rewrite sentence</summary>", "",
             _row(["sentence", "source", "score", "text"]), _row(["---:", "---", "---:", "---"])]
    for a in result.attribution:
        name = md(result.originals[a.source].name) if 0 <= a.source < len(result.originals) else "*none*"
        text = result.rewrite.sentences[a.sentence].text if a.sentence < len(result.rewrite.sentences) else ""
        lines.append(_row([f"R{a.sentence + 1}", name, f"{a.score:.2f}", md(diff.short(text, 120))]))
    return lines + ["", "</details>"]


def _altered(result: Comparison) -> list[str]:
    pairs = diff.altered_pairs(result)
    if not pairs:
        return []
    lines = ["", f"## Altered ({len(pairs)})"]
    for k, p in enumerate(pairs, 1):
        fence = _fence(p.original, p.rewrite)
        lines += ["", f"### {k}. {md(', '.join(p.kinds))}: {md(p.claim.reason)}", "",
                  f"- rewrite R{p.claim.sentence + 1}: {marked(p.rewrite, p.rewrite_marks)}",
                  f"- {md(p.source_name)}: {marked(p.original, p.original_marks)}", "",
                  f"{fence}diff", "- " + " ".join(diff.clean(p.original).split()),
                  "+ " + " ".join(diff.clean(p.rewrite).split()), fence]
    return lines


def render(result: Comparison, **_: Any) -> str:
    """The report as GitHub-flavoured Markdown."""
    lines = _summary(result) + _attribution(result) + _altered(result)
    head = ["", _row(["#", "label", "claim", "reason", "source"]), _row(["---", "---", "---", "---", "---"])]
    if result.added:
        groups = diff.folded(result.added)
        lines += ["", f"## Added ({len(result.added)}{diff.distinct_note(len(result.added), groups)})", *head]
        lines += [_claim_row(result, c, f"R{c.sentence + 1}", diff.places(c, again, "R")) for c, again in groups]
    used = diff.used_sources(result)
    for i, k in diff.counts_by_source(result, "dropped"):
        if not k:
            continue
        doc = result.originals[i]
        rows = [_row([f"O{c.sentence + 1}", "**dropped**", md(diff.short(c.text, 300)),
                      md(diff.short(c.reason, 200)) + (f" ({md(diff.places(c, again, 'O'))})" if again else ""),
                      md(doc.name)]) for c, again in diff.folded([c for c in doc.claims if c.label == "dropped"])]
        title = f"Dropped from {md(doc.name)} ({k} of {len(doc.claims)} claims)"
        html_title = f"Dropped from {html_text(doc.name)} ({k} of {len(doc.claims)} claims)"
        if i in used:
            lines += ["", f"## {title}", *head, *rows]
        else:
            lines += ["", f"<details><summary>{html_title}: the best source of no rewrite sentence</summary>",
                      *head, *rows, "", "</details>"]
    details = [(f"R{c.sentence + 1}", "added", c, d, "rewrite") for c in result.rewrite.claims for d in c.details]
    details += [(f"O{c.sentence + 1}", "dropped", c, d, doc.name) for i, doc in enumerate(result.originals)
                if i in used for c in doc.claims for d in c.details]
    if details:
        lines += ["", f"## Details added or dropped inside kept and altered claims ({len(details)})", "",
                  _row(["#", "detail", "words", "in claim", "document"]), _row(["---", "---", "---", "---", "---"])]
        lines += [_row([num, f"**{what}**: {md(diff.short(d.text, 200))}{_instead(d, what)}", str(d.words),
                        md(diff.short(c.text, 300)), md(name)]) for num, what, c, d, name in details]
    lines += ["", f"## All rewrite claims ({len(result.rewrite.claims)})", *head]
    lines += [_claim_row(result, c, f"R{c.sentence + 1}") for c in result.rewrite.claims]
    lines += ["", "---", "", f"Signature: `{_code(result.signature)}`", ""]
    return "\n".join(lines)


def _instead(d: Any, what: str) -> str:
    """" (in place of «…»)" / " (replaced by «…»)" for a detail with other words in its place."""
    note = diff.instead_note(d, what == "added")
    return f" ({md(note)})" if note else ""


def _code(text: str) -> str:
    """Inline code cannot hold its own fence: drop backticks and control characters."""
    return diff.clean(text).replace("`", "'")
