"""CLI plumbing of the reports, in-process: ``render REPORT.json --format html|md|text`` and
``compare --format html|md -o FILE``; the colour decision (TTY, NO_COLOR, --color)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from provenance.cli import main

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "tests" / "golden" / "kim-putin.report.json"
SEED = ROOT / "seeds" / "kim-putin"


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*argv: str, out: io.StringIO | None = None) -> tuple[int, str, str]:
    out = out if out is not None else io.StringIO()
    err = io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(("fmt", "head"), [("html", "<!DOCTYPE html>"), ("md", "# Provenance report"),
                                           ("text", "provenance report"), ("json", "{")])
def test_render_saved_report_to_stdout(fmt: str, head: str) -> None:
    code, out, err = run("render", str(REPORT), "--format", fmt)
    assert code == 0 and err == "" and out.startswith(head)


@pytest.mark.parametrize("fmt", ["html", "md", "text"])
def test_render_to_file_refuses_overwrite_without_force(fmt: str, tmp_path: Path) -> None:
    target = tmp_path / f"report.{fmt}"
    code, out, _ = run("render", str(REPORT), "--format", fmt, "-o", str(target))
    assert code == 0 and out == "" and target.stat().st_size > 1000
    assert "\x1b" not in target.read_text(encoding="utf-8")
    code, _, err = run("render", str(REPORT), "--format", fmt, "-o", str(target))
    assert code == 2 and "--force" in err
    code, _, _ = run("render", str(REPORT), "--format", fmt, "-o", str(target), "--force")
    assert code == 0


def test_colour_on_a_tty_unless_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    _, out, _ = run("render", str(REPORT), out=_Tty())
    assert "\x1b[" in out
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run("render", str(REPORT), out=_Tty())
    assert "\x1b[" not in out
    _, out, _ = run("render", str(REPORT))                      # piped: plain
    assert "\x1b[" not in out


def test_colour_flag_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[" in run("render", str(REPORT), "--color", "always")[1]
    assert "\x1b[" not in run("render", str(REPORT), "--color", "never", out=_Tty())[1]
    assert "\x1b[" not in run("render", str(REPORT), "--format", "html", "--color", "always")[1]


def test_no_kept_flag_reaches_the_text_view() -> None:
    assert "KEPT:" in run("render", str(REPORT))[1]
    assert "KEPT:" not in run("render", str(REPORT), "--no-kept")[1]


def test_render_same_bytes_as_library() -> None:
    from provenance.report import load, render

    result = load(REPORT.read_text(encoding="utf-8"))
    assert run("render", str(REPORT), "--format", "html")[1] == render(result, "html")
    assert run("render", str(REPORT), "--format", "md")[1] == render(result, "md")


@pytest.mark.model
def test_compare_writes_html_and_md(tmp_path: Path) -> None:
    args = [str(SEED / "rewrite.txt"), str(SEED / "original.txt"), str(SEED / "distractor-1.txt")]
    for fmt, head in (("html", "<!DOCTYPE html>"), ("md", "# Provenance report")):
        target = tmp_path / f"seed.{fmt}"
        code, out, err = run("compare", *args, "--format", fmt, "-o", str(target))
        assert code == 0 and out == "", err
        text = target.read_text(encoding="utf-8")
        assert text.startswith(head) and "original.txt" in text and "distractor-1.txt" in text
