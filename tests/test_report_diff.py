"""The helpers every human-facing renderer shares (provenance/report/diff.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.report import diff, load
from provenance.types import Comparison

REPORT = Path(__file__).resolve().parent / "golden" / "kim-putin.report.json"


@pytest.fixture(scope="module")
def seed() -> Comparison:
    return load(REPORT.read_text(encoding="utf-8"))


def _cut(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_changed_spans_marks_the_changed_words_on_both_sides() -> None:
    a, b = "The council approved the budget on Monday.", "The council approved the budget on Tuesday."
    ins, dele = diff.changed_spans(a, b)
    assert _cut(a, ins) == ["Monday"] and _cut(b, dele) == ["Tuesday"]


def test_changed_spans_groups_one_operation_into_one_span() -> None:
    a = "North Korea fired two ballistic missiles while they met."
    b = "North Korea launched two ballistic missiles an hour before they met."
    ins, dele = diff.changed_spans(a, b)
    assert _cut(a, ins) == ["fired", "while"] and _cut(b, dele) == ["launched", "an hour before"]


def test_changed_spans_ignores_case_curly_quotes_and_punctuation() -> None:
    assert diff.changed_spans("Russia’s war, he said", "russia's war he said") == ([], [])


def test_changed_spans_uses_no_junk_heuristic() -> None:
    words = " ".join(f"w{i % 7}" for i in range(600))      # >200 tokens with frequent repeats
    a, b = words + " alpha", words + " beta"
    ins, dele = diff.changed_spans(a, b)
    assert _cut(a, ins) == ["alpha"] and _cut(b, dele) == ["beta"]


def test_runs_cut_at_every_boundary_and_merge_equal_neighbours() -> None:
    got = diff.runs("one two three", {"ins": [(0, 7)], "fact": [(4, 7)]})
    assert got == [("one ", frozenset({"ins"})), ("two", frozenset({"ins", "fact"})), (" three", frozenset())]
    assert diff.runs("abc", {}) == [("abc", frozenset())]
    assert diff.runs("", {"ins": [(0, 3)]}) == []


def test_clean_replaces_controls_one_for_one() -> None:
    text = "a\x1b[31mb\x07c\u202ed\te\nf\u200bg"
    out = diff.clean(text)
    assert len(out) == len(text)
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\t" in out and "\n" in out and "\u200b" in out


@pytest.mark.parametrize(("text", "width"),
                         [("abc", 3), ("中文", 4), ("e\u0301", 1), ("a\u200bb", 2), ("👍", 2), ("", 0)])
def test_display_width(text: str, width: int) -> None:
    assert diff.display_width(text) == width


@pytest.mark.parametrize(("kind", "name"), [("1-1", ""), ("2-1", "merged 2→1"), ("1-2", "split 1→2"),
                                            ("3-4", "regrouped 3→4"), ("odd", "odd")])
def test_group_name(kind: str, name: str) -> None:
    assert diff.group_name(kind) == name


def test_rows_cover_every_sentence_once(seed: Comparison) -> None:
    for src, doc in enumerate(seed.originals):
        rows = diff.rows(seed, src)
        rw = [s for r in rows for s in r.rewrite]
        og = [s for r in rows for s in r.original]
        assert sorted(rw) == list(range(len(seed.rewrite.sentences)))
        assert sorted(og) == list(range(len(doc.sentences)))


def test_rows_keep_rewrite_order_and_place_dropped_after_their_neighbour(seed: Comparison) -> None:
    rows = diff.rows(seed, seed.top_source)
    firsts = [min(r.rewrite) for r in rows if r.rewrite]
    assert firsts == sorted(firsts)
    for i, r in enumerate(rows):
        if r.kind != "original":
            continue
        o = r.original[0]
        assert all(not x.rewrite for x in rows[i:i + 1])
        before = [x for x in rows[:i] if x.original]
        if any(v < o for x in rows for v in x.original if x.kind != "original"):
            assert before and min(before[-1].original) < o   # right after a predecessor
    kinds = {r.kind for r in rows}
    assert kinds == {"pair", "rewrite", "original"}
    assert any(r.reordered for r in rows)


def test_rows_for_the_hostile_case_follow_the_pairs() -> None:
    from test_report_hostile import LINKS, hostile_comparison

    result = hostile_comparison()
    rows = diff.rows(result, 0)
    pairs = [(r.rewrite, r.original) for r in rows if r.kind == "pair"]
    assert pairs == [((r,), (o,)) for r, o, _ in LINKS]
    assert [r.original for r in rows if r.kind == "original"] == [(3,)]
    assert rows[[r.original for r in rows].index((3,)) - 1].original == (2,)   # after its neighbour


def test_altered_pairs_carry_diff_and_facts(seed: Comparison) -> None:
    pairs = diff.altered_pairs(seed)
    assert len(pairs) == len(seed.altered)
    for p in pairs:
        assert p.rewrite == p.claim.text and p.original
        for text, marks in ((p.rewrite, p.rewrite_marks), (p.original, p.original_marks)):
            for spans in marks.values():
                assert all(0 <= s < e <= len(text) for s, e in spans)
        assert p.rewrite_marks["ins"] or p.original_marks["del"]


def test_used_sources_and_counts(seed: Comparison) -> None:
    assert diff.used_sources(seed)[0] == seed.top_source
    by_src = dict(diff.counts_by_source(seed, "dropped"))
    assert sum(by_src.values()) == seed.counts()["dropped"]
    assert diff.source_order(seed)[0] == seed.top_source


def test_sentence_pieces_rebuild_the_sentence(seed: Comparison) -> None:
    for doc in (seed.rewrite, *seed.originals):
        for seg in doc.sentences:
            pieces = diff.sentence_pieces(doc, seg.index)
            assert "".join(p for p, _, _ in pieces) == seg.text
            for piece, claim, rel in pieces:
                if claim is not None:
                    assert claim.text[rel:rel + len(piece)] == piece
