"""CLI in-process: every exit code, bad input as one line (never a traceback)."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from provenance.cli import main
from provenance.errors import InputError
from provenance.inputs import decode, html_to_text, read_text

SEED = Path(__file__).resolve().parent.parent / "seeds" / "kim-putin"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _one_line_error(err: str) -> None:
    assert err.count("\n") == 1 and err.startswith("provenance: error:"), err
    assert "Traceback" not in err


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    f = {
        "a": tmp_path / "a.txt", "b": tmp_path / "b.txt", "bin": tmp_path / "x.bin",
        "latin": tmp_path / "latin.txt", "empty": tmp_path / "empty.txt", "dir": tmp_path / "d",
        "html": tmp_path / "page.html",
    }
    f["a"].write_text("The council approved the budget on Monday. The mayor praised the vote.\n")
    f["b"].write_text("On Monday the budget was approved by the council. Critics called it reckless.\n")
    f["bin"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    f["latin"].write_bytes("Caf\xe9 cr\xe8me".encode("latin-1"))
    f["empty"].write_text("   \n")
    f["dir"].mkdir()
    f["html"].write_text("<html><head><script>alert(1)</script><style>p{}</style></head>"
                         "<body><p>The council approved the budget.</p><img src=x onerror=alert(2)></body></html>")
    return f


def test_usage_error_exit_2() -> None:
    code, _, err = run("compare")
    assert code == 2 and "error" in err
    code, _, err = run("compare", "a", "b", "--fail-on", "nonsense")
    assert code == 2
    code, _, err = run("compare", "a", "b", "--facts", "number,colour")
    assert code == 2 and "--facts" in err and "Traceback" not in err


def test_no_command_prints_help_exit_2() -> None:
    code, out, _ = run()
    assert code == 2 and "compare" in out


@pytest.mark.parametrize("key,needle", [
    ("bin", "binary"), ("latin", "not valid UTF-8 at byte 3"), ("dir", "is a directory"),
])
def test_bad_inputs_one_line_exit_2(files: dict[str, Path], key: str, needle: str) -> None:
    code, out, err = run("compare", str(files[key]), str(files["a"]))
    assert code == 2 and out == ""
    _one_line_error(err)
    assert needle in err


def test_missing_path(files: dict[str, Path]) -> None:
    code, _, err = run("compare", str(files["a"]), str(files["a"].parent / "nope.txt"))
    assert code == 2
    _one_line_error(err)
    assert "no such file" in err


def test_html_is_reduced_to_text_without_scripts(files: dict[str, Path]) -> None:
    text = read_text(files["html"])
    assert text == "The council approved the budget."
    assert "alert" not in html_to_text("<script>alert(1)</script><p>x</p>")


def test_decode_utf16_hint() -> None:
    with pytest.raises(InputError, match="UTF-16"):
        decode("hello".encode("utf-16"), "f.txt")


def test_compare_ok_fail_on_and_output_file(files: dict[str, Path], tmp_path: Path) -> None:
    code, out, err = run("compare", str(files["b"]), str(files["a"]), "--color", "never")
    assert code == 0, err
    assert "provenance report" in out and "signature:" in out
    code, _, _ = run("compare", str(files["b"]), str(files["a"]), "--fail-on", "added")
    assert code == 1  # "Critics called it reckless." is added
    code, _, _ = run("compare", str(files["a"]), str(files["a"]), "--fail-on", "added,dropped,altered")
    assert code == 0
    target = tmp_path / "r.json"
    code, out, _ = run("compare", str(files["b"]), str(files["a"]), "-f", "json", "-o", str(target))
    assert code == 0 and out == "" and target.read_text().startswith("{")
    before = target.read_text()
    code, _, err = run("compare", str(files["b"]), str(files["a"]), "-f", "json", "-o", str(target))
    assert code == 2 and "already exists" in err and target.read_text() == before
    code, _, _ = run("compare", str(files["b"]), str(files["a"]), "-f", "json", "-o", str(target), "--force")
    assert code == 0


def test_empty_rewrite_warns_and_drops_everything(files: dict[str, Path]) -> None:
    code, out, err = run("compare", str(files["empty"]), str(files["a"]), "-f", "json")
    assert code == 0
    assert "warning" in err and err.count("\n") == 1
    import json

    data = json.loads(out)
    assert data["counts"]["dropped"] == len(data["originals"][0]["claims"]) > 0
    assert data["counts"]["added"] == data["counts"]["kept"] == 0


def test_stdin_dash(files: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    class _Stdin:
        buffer = io.BytesIO(files["b"].read_bytes())

    monkeypatch.setattr(sys, "stdin", _Stdin)
    code, out, _ = run("compare", "-", str(files["a"]), "-f", "json")
    assert code == 0 and '"rewrite"' in out


def test_rank_command(files: dict[str, Path]) -> None:
    other = files["a"].parent / "other.txt"
    other.write_text("Penguins huddle together through the Antarctic winter.")
    code, out, _ = run("rank", str(files["b"]), str(other), str(files["a"]))
    assert code == 0
    assert out.splitlines()[0].endswith(str(files["a"]))


def test_render_bad_report(files: dict[str, Path]) -> None:
    code, _, err = run("render", str(files["a"]))
    assert code == 2
    _one_line_error(err)


def test_help_and_import_do_not_load_torch() -> None:
    code = ("import sys, provenance, provenance.cli; provenance.Config; "
            "import contextlib, io\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try:\n        provenance.cli.main(['--help'])\n    except SystemExit:\n        pass\n"
            "bad = [m for m in ('torch', 'transformers', 'sentence_transformers', 'spacy', 'wordfreq') if m in sys.modules]\n"
            "print(bad)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "[]", res.stdout + res.stderr


def test_version_prints_signature() -> None:
    res = subprocess.run([sys.executable, "-m", "provenance", "--version"], capture_output=True, text=True)
    assert res.returncode == 0
    assert res.stdout.startswith("provenance ") and "model:all-MiniLM-L6-v2@sha256=" in res.stdout


def test_compare_in_consistency_mode(files: dict[str, Path]) -> None:
    """``--mode consistency`` reaches the library: the JSON report is signed with the mode."""
    import json

    code, out, err = run("compare", str(files["b"]), str(files["a"]), "--mode", "consistency", "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert "|mode:consistency@" in report["signature"]
    assert {c["label"] for c in report["rewrite"]["claims"]} <= {"kept", "altered", "added"}
    code, _, err = run("compare", "a", "b", "--mode", "audit")
    assert code == 2 and "--mode" in err and "Traceback" not in err


def test_compare_details_option(tmp_path: Path) -> None:
    """``--details N`` reaches the library (signature ``det:N``); 0 turns details off; a bad N is a usage error."""
    import json

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The mayor, a former police chief who served for twenty years, approved the budget on Monday.\n")
    b.write_text("The mayor approved the budget on Monday.\n")
    code, out, err = run("compare", str(b), str(a), "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert [d["text"] for c in report["originals"][0]["claims"] for d in c.get("details", ())] == \
        ["a former police chief who served for twenty years"]
    code, out, err = run("compare", str(b), str(a), "--format", "json", "--details", "0")
    assert code == 0, err
    report = json.loads(out)
    assert "|det:off|" in report["signature"]
    assert all("details" not in c for c in report["originals"][0]["claims"])
    code, out, _ = run("compare", str(b), str(a), "--details", "7")
    assert re.search(r"\|det:7(/rw[0-9.]+)?\|", out) and "DETAILS" not in out   # 6 content words: under the bar
    code, _, err = run("compare", "a", "b", "--details", "-1")
    assert code == 2 and "--details" in err and "Traceback" not in err


def test_compare_reworded_option(tmp_path: Path) -> None:
    """``--reworded COSINE`` reaches the library (signature ``det:N/rwC``); 0 turns the check
    off; a cut outside 0..1 is a usage error."""
    import json

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Officials said approximately 300 people attended the rally in the capital.\n")
    b.write_text("Officials said about 300 people attended the rally in the capital.\n")

    def details(*extra: str) -> tuple[list[str], str]:
        code, out, err = run("compare", str(b), str(a), "--format", "json", "--details", "1", *extra)
        assert code == 0, err
        report = json.loads(out)
        return [d["text"] for c in report["originals"][0]["claims"] for d in c.get("details", ())], report["signature"]

    texts, sig = details("--reworded", "0")
    assert texts == ["approximately"] and "|det:1|" in sig
    texts, sig = details("--reworded", "0.05")       # "approximately" / "about" are far closer than that
    assert texts == [] and "|det:1/rw0.05|" in sig
    for bad in ("1.5", "-0.2", "x"):
        code, _, err = run("compare", "a", "b", "--reworded", bad)
        assert code == 2 and "--reworded" in err and "Traceback" not in err


def test_compare_parts_option(tmp_path: Path) -> None:
    """``--parts N`` reaches the library (signature ``parts:N``); a bad N is a usage error."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The mayor opened the new bridge over the river on Monday, two years after building began, "
                 "and thanked the engineers who finished it months ahead of schedule.\n")
    b.write_text("The mayor opened the new bridge on Monday. Construction had taken two years.\n")
    code, out, err = run("compare", str(b), str(a), "--no-kept")
    assert code == 0, err
    assert "ADDED: no original" in out and "Construction had taken two years." in out and "|parts:" not in out
    code, out, err = run("compare", str(b), str(a), "--no-kept", "--parts", "12")
    assert code == 0, err
    assert "ADDED: no original" not in out and "|parts:12|" in out
    code, _, err = run("compare", "a", "b", "--parts", "-3")
    assert code == 2 and "--parts" in err and "Traceback" not in err
