"""The terminal view: summary first, claims grouped by label, plain unless asked for colour,
wrapped to the width it is given."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from provenance.report import load, render
from provenance.report.diff import display_width
from provenance.report.text import wrap
from provenance.types import Comparison

REPORT = Path(__file__).resolve().parent / "golden" / "kim-putin.report.json"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def seed() -> Comparison:
    return load(REPORT.read_text(encoding="utf-8"))


def test_plain_has_no_escape_codes_and_marks_changes_with_brackets(seed: Comparison) -> None:
    out = render(seed, "text", color=False)
    assert "\x1b" not in out
    assert "[+" in out and "+]" in out and "[-" in out and "-]" in out


def test_colour_only_when_asked(seed: Comparison) -> None:
    out = render(seed, "text", color=True)
    assert ANSI.search(out)
    assert "[+" not in ANSI.sub("", out)          # colour replaces the bracket marks
    assert "\x1b[4;32m" in out and "\x1b[9;31m" in out


@pytest.mark.parametrize("width", [40, 60, 80, 100, 140])
@pytest.mark.parametrize("color", [False, True])
def test_lines_fit_the_width(seed: Comparison, width: int, color: bool) -> None:
    out = render(seed, "text", width=width, color=color)
    lines = ANSI.sub("", out).splitlines()
    too_wide = [ln for ln in lines if display_width(ln) > width and not ln.startswith("signature: ")]
    assert not too_wide
    if width < 100:
        assert any(display_width(ln) > width - 12 for ln in lines)   # it does use the room


def test_width_below_40_is_treated_as_40(seed: Comparison) -> None:
    assert render(seed, "text", width=10) == render(seed, "text", width=40)


def test_summary_first_then_labels_in_order(seed: Comparison) -> None:
    out = render(seed, "text")
    lines = out.splitlines()
    assert lines[0] == "provenance report"
    assert lines[-1].startswith("signature: ") and seed.signature in lines[-1]
    order = [out.index(h) for h in ("labels", "coverage", "ALTERED", "ADDED", "DROPPED", "KEPT")]
    assert order == sorted(order)


def test_show_kept_false_leaves_the_kept_group_out(seed: Comparison) -> None:
    out = render(seed, "text", show_kept=False)
    assert "KEPT:" not in out and f"kept {seed.counts()['kept']}" in out.replace("\u00a0", " ")


def test_dropped_claims_of_unused_originals_are_counted_not_listed(seed: Comparison) -> None:
    out = render(seed, "text", width=200)
    for i, doc in enumerate(seed.originals):
        n = sum(1 for c in doc.claims if c.label == "dropped")
        if i != seed.top_source and n and not any(a.source == i for a in seed.attribution):
            assert f"{doc.name}: {n} of {len(doc.claims)} claims dropped; not listed" in out


def test_wrap_counts_wide_characters_and_breaks_long_words() -> None:
    lines = wrap([("中文字符 " * 30, "")], 40, "> ", "  ", False)
    assert all(display_width(ln) <= 40 for ln in lines) and len(lines) > 3
    lines = wrap([("x" * 500, "")], 40, "> ", "  ", False)
    assert "".join(ln[2:] for ln in lines) == "x" * 500
    assert all(display_width(ln) <= 40 for ln in lines)


def test_wrap_keeps_no_break_spaces_together() -> None:
    lines = wrap([("aaaa bbbb\u00a0cccc dddd", "")], 12, "", "", False)
    assert "bbbb\u00a0cccc" in lines[1]


def test_wrap_paints_one_sequence_per_styled_run() -> None:
    lines = wrap([("plain ", ""), ("two words", "32")], 80, "", "", True)
    assert lines == ["plain \x1b[32mtwo words\x1b[0m"]


@pytest.mark.parametrize("n_originals", [0, 1])
def test_every_renderer_handles_an_empty_comparison(n_originals: int) -> None:
    from provenance.config import SCHEMA_VERSION

    ov = {"token_set": 0, "token_sort": 0, "partial": 0, "difflib": 0, "cosine": 0}
    empty = {"name": "rewrite", "text": "", "sentences": [], "claims": []}
    originals = [dict(empty, name="a.txt")] * n_originals
    ranking = [{"key": 0, "index": 0, "rewrite_coverage": 0, "original_kept": 0, "rank": 1}] * n_originals
    result = Comparison.from_dict({
        "schema_version": SCHEMA_VERSION, "signature": "sig", "rewrite": empty, "originals": originals,
        "pairs": [], "attribution": [], "ranking": ranking,
        "scores": {"rewrite_coverage": 0, "original_kept": [0.0] * n_originals, "overlap": ov},
        "warnings": ["the rewrite is empty: every claim of the originals is dropped"]})
    text = render(result, "text")
    assert "warning: the rewrite is empty" in text and "ALTERED" not in text and "keeps ;" not in text
    assert text.rstrip().endswith("signature: sig")
    assert "the rewrite is empty" in render(result, "md") and "the rewrite is empty" in render(result, "html")


def test_headline_counts_read_in_the_singular_and_the_plural() -> None:
    from types import SimpleNamespace as NS

    from provenance.report.diff import headline, plural

    assert [plural(n, "claim") for n in (0, 1, 2)] == ["0 claims", "1 claim", "2 claims"]
    one = NS(rewrite=NS(claims=[object()], sentences=[object()]), originals=[object()])
    assert headline(one) == "1 claim in 1 sentence, compared with 1 original"
    many = NS(rewrite=NS(claims=[object()] * 3, sentences=[object()] * 2), originals=[object()] * 4)
    assert headline(many) == "3 claims in 2 sentences, compared with 4 originals"


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_every_renderer_uses_the_headline(seed: Comparison, fmt: str) -> None:
    assert "23 claims in 17 sentences, compared with 4 originals" in ANSI.sub("", render(seed, fmt)).replace("\n", " ")
