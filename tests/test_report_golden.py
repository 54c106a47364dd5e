"""Golden tests: every renderer on the seed comparison, rendered from a saved report.

The Comparison comes from ``tests/golden/kim-putin.report.json`` (written once by the real
pipeline), so these tests need no model and do not move when pipeline numbers move.

Update the rendered goldens after an intended change of a renderer with
``pytest tests/test_report_golden.py --update-golden`` (or ``PROVENANCE_UPDATE_GOLDEN=1``),
then read the diff before committing. Regenerate the saved report itself (when the pipeline
changed and you want the goldens to follow) with::

    .venv/bin/provenance compare seeds/kim-putin/rewrite.txt seeds/kim-putin/original.txt \\
        seeds/kim-putin/distractor-1.txt seeds/kim-putin/distractor-2.txt \\
        seeds/kim-putin/distractor-3.txt --format json -o tests/golden/kim-putin.report.json --force
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance._version import __version__
from provenance.report import load, render
from provenance.types import Comparison

GOLDEN = Path(__file__).resolve().parent / "golden"
REPORT = GOLDEN / "kim-putin.report.json"

# (golden file, format, options)
CASES = [
    ("kim-putin.txt", "text", {"width": 100}),
    ("kim-putin.narrow.txt", "text", {"width": 60, "show_kept": False}),
    ("kim-putin.color.txt", "text", {"width": 100, "color": True}),
    ("kim-putin.md", "md", {}),
    ("kim-putin.html", "html", {}),
]


@pytest.fixture(scope="module")
def seed() -> Comparison:
    return load(REPORT.read_text(encoding="utf-8"))


def _normalise(text: str) -> str:
    """The package version appears in the HTML footer; a version bump is not a renderer change."""
    return text.replace(f"provenance {__version__}", "provenance VERSION")


@pytest.mark.parametrize(("name", "fmt", "options"), CASES, ids=[c[0] for c in CASES])
def test_renderer_matches_golden(seed: Comparison, name: str, fmt: str, options: dict, update_golden: bool) -> None:
    got = _normalise(render(seed, fmt, **options))
    path = GOLDEN / name
    if update_golden:
        path.write_text(got, encoding="utf-8", newline="")
        pytest.skip(f"updated {path.name}")
    assert path.exists(), f"{path} missing: run pytest {__file__} --update-golden"
    want = path.read_text(encoding="utf-8")
    assert got == want, f"{name} differs from the golden; if intended, rerun with --update-golden and read the diff"


def test_saved_report_matches_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from provenance.report.json import schema

    jsonschema.validate(json.loads(REPORT.read_text(encoding="utf-8")), schema())


def test_json_round_trip_is_byte_identical(seed: Comparison) -> None:
    assert render(seed, "json") == REPORT.read_text(encoding="utf-8")


def test_seed_golden_shows_what_a_reader_needs(seed: Comparison) -> None:
    """Pinned independently of the golden bytes: the facts the issue asks every view to show."""
    counts = seed.counts()
    text = " ".join(render(seed, "text").split())   # wrapping and no-break spaces aside
    md = render(seed, "md")
    page = render(seed, "html")
    for c in seed.altered:
        assert c.reason in text and c.reason in md      # typed reasons shown
        assert c.reason.replace("→", "&rarr;") in page or c.reason in page
    for k in ("kept", "altered", "added", "dropped"):
        assert f"{k} {counts[k]}" in text
        assert f"| **{k}** | {counts[k]} |" in md
        assert f'<span class="lab {k}">{k} {counts[k]}</span>' in page
    top = seed.originals[seed.top_source].name
    assert "(top source)" in text and f"{top} (top source)" in md and "top source" in page
    assert seed.signature in text and seed.signature in md
    assert text.index("labels") < text.index("ALTERED") < text.index("ADDED") < text.index("DROPPED")


def test_reports_say_what_the_other_text_has_in_a_details_place(seed: Comparison) -> None:
    """A detail with words in its place (``Detail.instead``) shows them: "in place of" on the
    rewrite's side, "replaced by" on an original's; hostile text stays inert in HTML."""
    import dataclasses

    from provenance.types import Detail

    def with_instead(claims, instead):
        """The first kept claim with one detail (its first word) that has ``instead`` in its place."""
        out, done = [], False
        for c in claims:
            if c.label == "kept" and not done:
                word = c.text.split()[0]
                c = dataclasses.replace(c, details=(Detail(c.start, c.start + len(word), word, 1, 0, None, instead),))
                done = True
            out.append(c)
        assert done, "the golden report has no kept claim on this side"
        return tuple(out)

    rw = dataclasses.replace(seed.rewrite, claims=with_instead(seed.rewrite.claims, "nineteen <b>months</b>"))
    og = dataclasses.replace(seed.originals[0], claims=with_instead(seed.originals[0].claims, "a spaceport"))
    result = dataclasses.replace(seed, rewrite=rw, originals=(og,) + tuple(seed.originals[1:]))
    text = render(result, "text", width=200)
    assert "(in place of «nineteen <b>months</b>»)" in text and "(replaced by «a spaceport»)" in text
    md = render(result, "md")
    assert "in place of" in md and "replaced by «a spaceport»" in md
    html = render(result, "html")
    assert "in place of «nineteen &lt;b&gt;months&lt;/b&gt;»" in html and "<b>months</b>" not in html
    assert "replaced by «a spaceport»" in html
    # a detail with nothing in its place says nothing more
    assert render(seed, "text", width=200).count("in place of") == 0
