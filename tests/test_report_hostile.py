"""Hostile article text through every renderer: script tags, event handlers, HTML entities,
right-to-left text and bidi controls, emoji, zero-width characters, terminal escapes,
Markdown syntax and a 20,000-character line. The Comparison is built by hand (no model).

``hostile_comparison()`` is also used by tests/test_browser.py.
"""

from __future__ import annotations

import json
import re
import time
from html.parser import HTMLParser
from typing import Any

import pytest

from provenance.config import SCHEMA_VERSION
from provenance.report import render
from provenance.report.diff import display_width
from provenance.types import Comparison

SCRIPT = "<script>document.title='PWNED'</script>"
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
RTL = "الرئيس وصل إلى موسكو يوم \u202eالاثنين\u202c."
LONG_WORD = "Z" * 3000
LONG_LINE = ("A very long line of words " * 700)[:16998] + " " + LONG_WORD + "."
assert len(LONG_LINE) == 20000
HOSTILE_NAME = 'orig"<b>inal</b>\'.txt'

REWRITE = [
    f"Officials said {SCRIPT} 18 people attended.",
    f"An image {IMG} appeared &amp; &lt;b&gt; \"quoted\" & 'single'.",
    RTL,
    "The deal 🤝🇰🇵🇷🇺 was signed 👍🏽 today.",
    "Zero\u200bwidth\u200djoiner\ufeff text here.",
    LONG_LINE,
    "Terminal \x1b[31mred\x1b[0m and bell \x07 here.",
    "Pipes | in | table ``` fence ` tick **bold** _under_ [link](javascript:alert(1)) # not a heading.",
]
ORIGINAL = [
    f"Officials said {SCRIPT} 19 people attended.",
    f"An image {IMG} appeared &amp; &lt;b&gt; \"quoted\" & 'single'.",
    "The deal 🤝🇰🇵🇷🇺 was signed 👍🏽 today.",
    f"A dropped line with {SCRIPT} and {IMG} inside.",
    "Pipes | in | table ``` fence ` tick **bold** _under_ [link](javascript:alert(2)) # not a heading.",
]
# (rewrite sentence, original sentence, label); rewrite sentences not listed are added
LINKS = [(0, 0, "altered"), (1, 1, "kept"), (3, 2, "kept"), (7, 4, "altered")]


def _doc(name: str, sentences: list[str]) -> dict[str, Any]:
    text, segs = "", []
    for i, s in enumerate(sentences):
        if i:
            text += "\n\n" if i == 3 else " "
        segs.append({"index": i, "start": len(text), "end": len(text) + len(s), "text": s,
                     "paragraph": int(i >= 3)})
        text += s
    return {"name": name, "text": text, "sentences": segs, "claims": []}


def _fact(doc: dict[str, Any], sentence: int, needle: str, kind: str = "number") -> dict[str, Any]:
    seg = doc["sentences"][sentence]
    at = seg["start"] + seg["text"].index(needle)
    return {"kind": kind, "text": needle, "start": at, "end": at + len(needle), "value": needle}


def _claim(doc: dict[str, Any], i: int, label: str, reason: str, source: int, evidence: list, changes: list,
           code: str | None = None) -> dict[str, Any]:
    seg = doc["sentences"][i]
    return {"index": i, "sentence": i, "start": seg["start"], "end": seg["end"], "text": seg["text"],
            "label": label, "reason_code": code or ("kept" if label == "kept" else f"{label}.no_match"),
            "reason": reason, "support": 0.9 if evidence else 0.1, "source": source,
            "evidence": evidence, "changes": changes, "boilerplate": False}


def hostile_dict() -> dict[str, Any]:
    rw, og = _doc("rewrite", REWRITE), _doc(HOSTILE_NAME, ORIGINAL)
    by_rw = {r: (o, lab) for r, o, lab in LINKS}
    by_og = {o: (r, lab) for r, o, lab in LINKS}
    changes = {
        0: [{"kind": "number", "rewrite": [_fact(rw, 0, "18")], "original": [_fact(og, 0, "19")],
             "reason": f"number changed: 19 → 18 near {SCRIPT}"}],
        7: [{"kind": "quote", "rewrite": [_fact(rw, 7, "alert(1)", "quote")],
             "original": [_fact(og, 4, "alert(2)", "quote")], "reason": f"quote changed: {IMG}"}],
    }
    for i, seg in enumerate(rw["sentences"]):
        if i in by_rw:
            o, lab = by_rw[i]
            os_ = og["sentences"][o]
            ev = [{"side": "original", "source": 0, "claim": o, "start": os_["start"], "end": os_["end"],
                   "text": os_["text"], "score": 0.9}]
            ch = changes.get(i, [])
            reason = ch[0]["reason"] if ch else f"supported by {HOSTILE_NAME}: {os_['text'][:40]}"
            code = "altered." + ch[0]["kind"] if ch else None
            rw["claims"].append(_claim(rw, i, lab, reason, 0, ev, ch, code))
        else:
            rw["claims"].append(_claim(rw, i, "added", f"no original supports this claim: {seg['text'][:60]}",
                                       -1, [], [], "added.no_support"))
    for j, seg in enumerate(og["sentences"]):
        if j in by_og:
            r, lab = by_og[j]
            rs = rw["sentences"][r]
            ev = [{"side": "rewrite", "source": -1, "claim": r, "start": rs["start"], "end": rs["end"],
                   "text": rs["text"], "score": 0.9}]
            ch = changes.get(r, [])
            og["claims"].append(_claim(og, j, lab, ch[0]["reason"] if ch else "kept by the rewrite", -1, ev, ch,
                                       "altered." + ch[0]["kind"] if ch else None))
        else:
            og["claims"].append(_claim(og, j, "dropped", f"no claim of the rewrite keeps {seg['text'][:50]}", -1,
                                       [], [], "dropped.no_match"))
    overlap = {"token_set": 0.5, "token_sort": 0.5, "partial": 0.5, "difflib": 0.5, "cosine": 0.5}
    pairs = [{"source": 0, "rewrite": [r], "original": [o], "kind": "1-1", "reordered": r == 7, "overlap": overlap}
             for r, o, _ in LINKS]
    attribution = [{"sentence": i, "source": 0 if i in by_rw else -1, "score": 0.9 if i in by_rw else 0.1,
                    "sources": [[0, 0.9]] if i in by_rw else []} for i in range(len(REWRITE))]
    d = {
        "schema_version": SCHEMA_VERSION, "signature": f"provenance:test|{SCRIPT}", "rewrite": rw,
        "originals": [og], "pairs": pairs, "attribution": attribution,
        "ranking": [{"key": HOSTILE_NAME, "index": 0, "rewrite_coverage": 0.5, "original_kept": 0.8, "rank": 1}],
        "scores": {"rewrite_coverage": 0.5, "original_kept": [0.8], "overlap": overlap},
        "warnings": [f"a warning quoting {IMG}"],
    }
    d["counts"] = Comparison.from_dict(d).counts()
    return d


def hostile_comparison() -> Comparison:
    return Comparison.from_dict(hostile_dict())


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture(scope="module")
def result() -> Comparison:
    return hostile_comparison()


def test_hostile_fixture_matches_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from provenance.report.json import schema

    jsonschema.validate(hostile_dict(), schema())


def test_html_escapes_every_piece_of_article_text(result: Comparison) -> None:
    page = render(result, "html")
    p = _Collect()
    p.feed(page)
    tags = {t for t, _ in p.tags}
    assert "script" not in tags and "img" not in tags and "b" in tags  # <b> only as our fact mark
    for tag, attrs in p.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            assert not (value or "").lstrip().lower().startswith("javascript:"), (tag, name, value)
    text = "".join(p.text)
    assert SCRIPT in text and IMG in text            # shown, as text
    assert "&amp;amp; &amp;lt;b&amp;gt;" in page     # entities in the article stay literal
    assert "<b>inal</b>" not in page and "&lt;b&gt;inal&lt;/b&gt;" in page
    assert "\x1b" not in page and "\x07" not in page and "\u202e" not in page   # controls replaced
    assert "\u200b" in page and "🤝🇰🇵🇷🇺" in page       # kept as written
    assert '<bdi dir="auto">الرئيس' in page          # right-to-left text isolated
    assert LONG_WORD in page


def test_html_is_self_contained(result: Comparison) -> None:
    page = render(result, "html")
    assert not re.search(r"(?i)\b(?:src|href)\s*=\s*[\"']?(?:https?:|//|javascript:)", page)
    assert not re.search(r"(?i)url\(\s*['\"]?(?:https?:|//)", page)
    assert "@import" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_markdown_keeps_article_text_inert(result: Comparison) -> None:
    out = render(result, "md")
    # raw text is allowed only inside fenced code blocks and the signature's code span
    prose = re.sub(r"^(`{3,})diff\n.*?^\1$", "", out, flags=re.M | re.S)
    prose = re.sub(r"^Signature: `[^`]*`$", "", prose, flags=re.M)
    assert "<script" not in prose and "<img" not in prose and "<b>inal" not in prose
    assert "&lt;script&gt;" in prose and "\\| in \\| table" in prose
    assert not re.search(r"(?<!\\)\]\(javascript:", prose)   # no live link
    tables = re.findall(r"(?:^\|.*\|\n)+", out, re.M)
    assert len(tables) >= 3
    for table in tables:                             # a '|' in article text never adds a column
        widths = {len(re.split(r"(?<!\\)\|", row)) for row in table.splitlines()}
        assert len(widths) == 1, table[:300]
    blocks = re.findall(r"^(`{3,})diff\n(.*?)^\1$", out, re.M | re.S)
    assert len(blocks) == 2 and max(len(f) for f, _ in blocks) == 4
    for fence, body in blocks:                       # no backtick run inside can close the fence
        assert max((len(r) for r in re.findall(r"`+", body)), default=0) < len(fence)
    assert "\u202e" not in out and "\x1b" not in out


@pytest.mark.parametrize("width", [40, 72, 100])
def test_text_wraps_hostile_lines_by_display_width(result: Comparison, width: int) -> None:
    out = render(result, "text", width=width)
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\ufffd" in out and "\u200b" in out
    for line in out.splitlines():
        if not line.startswith("signature: "):
            assert display_width(line) <= width, (width, line[:80])
    assert "الرئيس" in out and "🤝" in out
    assert "Z" * 20 in out


def test_text_in_colour_still_contains_no_article_escape(result: Comparison) -> None:
    out = render(result, "text", color=True, width=80)
    assert "\x1b[31mred" not in out                  # the article's own escape is neutralised
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "\x1b" not in plain


def test_renderers_are_fast_on_a_20000_character_line(result: Comparison) -> None:
    for fmt in ("html", "md", "text", "json"):
        t0 = time.perf_counter()
        render(result, fmt)
        assert time.perf_counter() - t0 < 5.0, fmt


def test_json_round_trip_keeps_hostile_text(result: Comparison) -> None:
    again = Comparison.from_dict(json.loads(render(result, "json")))
    assert again == result
