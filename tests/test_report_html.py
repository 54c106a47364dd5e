"""HTML and Markdown structure on the seed report (no browser: tests/test_browser.py has one)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from provenance.report import diff, load, render
from provenance.types import Comparison

REPORT = Path(__file__).resolve().parent / "golden" / "kim-putin.report.json"
VOID = {"meta", "col", "input", "br", "hr", "img", "link"}


@pytest.fixture(scope="module")
def seed() -> Comparison:
    return load(REPORT.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def page(seed: Comparison) -> str:
    return render(seed, "html")


class _Tree(HTMLParser):
    """Checks that every element is closed in order; collects ids, links and classes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.links: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if tag == "a":
            self.links.append(a.get("href") or "")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()


def test_html_is_well_formed_with_unique_ids_and_working_links(page: str) -> None:
    t = _Tree()
    t.feed(page)
    t.close()
    assert not t.errors and not t.stack
    assert len(t.ids) == len(set(t.ids))
    assert t.links and all(h.startswith("#") and h[1:] in t.ids for h in t.links)


def test_html_has_no_script_and_no_external_resource(page: str) -> None:
    assert "<script" not in page
    assert not re.search(r"(?i)(?:src|href)\s*=\s*[\"']?(?:https?:|//)", page)
    assert "http://" not in page and "https://" not in page


def test_summary_comes_first_and_signature_last(seed: Comparison, page: str) -> None:
    order = [page.index(x) for x in ('id="summary"', 'id="altered"', 'class="side-by-side"', "<footer>")]
    assert order == sorted(order)
    assert page.index(seed.signature) > page.index("<footer>")
    chips = re.findall(r"<li[^>]*>R\d+ ← ", page)
    assert len(chips) == len(seed.rewrite.sentences)                  # per-sentence attribution
    assert "top source" in page and "<h3>Sources</h3>" in page        # several originals: a ranking


def test_side_by_side_rows_follow_the_layout(seed: Comparison, page: str) -> None:
    top = seed.top_source
    rows = diff.rows(seed, top)
    got = re.findall(rf'<tr class="row k-(\w+)[^"]*" id="t{top}-\d+">', page)
    assert got == [r.kind for r in rows]
    moved = sum(r.reordered for r in rows)
    assert moved and len(re.findall(rf'<tr class="[^"]*\bmoved\b[^"]*" id="t{top}-', page)) == moved
    groups = {diff.group_name(r.group) for r in rows if diff.group_name(r.group)}
    assert groups and all(f">{g}</span>" in page for g in groups)   # merged/split groups named


def test_altered_claims_show_marks_and_typed_reason(seed: Comparison, page: str) -> None:
    cards = re.findall(r'<div class="alt">.*?</div></div>', page, re.S)
    assert len(cards) == len(seed.altered)
    for card, c in zip(cards, seed.altered):
        assert "<ins>" in card and "<del>" in card and '<b class="fact">' in card
        for k in c.types:
            assert f'<span class="lab altered">{k}</span>' in card


def test_other_originals_fold_away_but_stay_in_the_page(seed: Comparison, page: str) -> None:
    used = diff.used_sources(seed)
    for i, doc in enumerate(seed.originals):
        opener = f'<section class="side-by-side" id="src-{i}">' if i in used else \
            f'<details class="side-by-side" id="src-{i}">'
        assert opener in page
        for c in doc.claims:
            assert f'id="t{i}-o{c.index}"' in page


def test_markdown_has_claim_tables_and_a_diff_per_altered_claim(seed: Comparison) -> None:
    out = render(seed, "md")
    assert out.startswith("# Provenance report\n")
    assert out.count("```diff") == len(seed.altered)
    section = out.split(f"## All rewrite claims ({len(seed.rewrite.claims)})", 1)[1]
    assert len(re.findall(r"^\| R\d+ \| \*\*(?:kept|added|altered)\*\*", section, re.M)) == len(seed.rewrite.claims)
    for c in seed.altered:
        assert f"**altered** ({', '.join(c.types)})" in out
    for doc in seed.originals:
        n = sum(1 for c in doc.claims if c.label == "dropped")
        if n:
            assert f"Dropped from {doc.name} ({n} of {len(doc.claims)} claims)" in out.replace("\\", "")
    assert out.rstrip().endswith(f"Signature: `{seed.signature}`")
