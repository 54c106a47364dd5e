"""The HTML report in a real browser: headless Chromium loads the seed report and a hostile
one, a test reads the DOM after load, and a screenshot is written for people to look at
(``out/report-screenshot.png``, ``out/report-hostile-screenshot.png``).

Chromium comes from the Debian packages ``chromium`` / ``chromium-driver`` (``.ci/run``
installs them where it can); set ``PROVENANCE_CHROMIUM`` to use another binary. Without one
the tests skip and say why: they never pass without a browser having run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from html import unescape
from pathlib import Path

import pytest

from provenance.report import load, render

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "tests" / "golden" / "kim-putin.report.json"
OUT = ROOT / "out"
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio", "--virtual-time-budget=3000"]


def _chromium() -> str:
    env = os.environ.get("PROVENANCE_CHROMIUM")
    if env:
        return env
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no Chromium binary found (looked for PROVENANCE_CHROMIUM, " + ", ".join(CANDIDATES)
                + "); install the Debian package 'chromium' to run the browser tests")


@pytest.fixture(scope="module")
def chromium() -> str:
    return _chromium()


def _run(binary: str, page: Path, *extra: str) -> str:
    with tempfile.TemporaryDirectory(prefix="provenance-chromium-") as profile:
        proc = subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
                              capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, f"chromium exited {proc.returncode}: {proc.stderr[-2000:]}"
    return proc.stdout


def dump_dom(binary: str, page: Path) -> str:
    dom = _run(binary, page, "--dump-dom")
    assert "<html" in dom, "chromium printed no DOM"
    return dom


def screenshot(binary: str, page: Path, png: Path, size: str = "1400,2000") -> None:
    png.parent.mkdir(parents=True, exist_ok=True)
    png.unlink(missing_ok=True)
    _run(binary, page, f"--screenshot={png}", f"--window-size={size}")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000, "screenshot missing or blank"


def _title(dom: str) -> str:
    m = re.search(r"<title>(.*?)</title>", dom, re.S)
    return unescape(m.group(1)) if m else ""


def _no_csp(page: str) -> str:
    """The page without its Content-Security-Policy: proves escaping alone is enough."""
    out = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', "", page)
    assert out != page
    return out


def test_harness_detects_a_script_that_runs(chromium: str, tmp_path: Path) -> None:
    """Control: a page whose script does run is caught, so the checks below can fail."""
    page = tmp_path / "control.html"
    page.write_text("<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p>"
                    "<script>document.title='PWNED';document.body.setAttribute('data-pwned','1')</script>"
                    "</body></html>", encoding="utf-8")
    dom = dump_dom(chromium, page)
    assert _title(dom) == "PWNED" and "data-pwned" in dom


def test_seed_report_in_a_browser(chromium: str, tmp_path: Path) -> None:
    result = load(REPORT.read_text(encoding="utf-8"))
    page = tmp_path / "kim-putin.html"
    page.write_text(render(result, "html"), encoding="utf-8")
    dom = dump_dom(chromium, page)
    counts = result.counts()
    for label in ("kept", "altered", "added", "dropped"):
        assert f'<span class="lab {label}">{label} {counts[label]}</span>' in dom   # legend with counts
    # every claim of the rewrite and of each original is in the DOM, coloured by its label
    for c in result.rewrite.claims:
        assert re.search(rf'<span class="c {c.label}" id="t{result.top_source}-r{c.index}"', dom), c.index
    for i, doc in enumerate(result.originals):
        for c in doc.claims:
            assert re.search(rf'<span class="c {c.label}" id="t{i}-o{c.index}"', dom), (i, c.index)
    assert dom.count('<div class="alt">') == counts["altered"]
    for c in result.altered:
        assert unescape(c.reason) in unescape(dom)
    assert result.signature in unescape(dom)
    ids = re.findall(r'\sid="([^"]+)"', dom)
    assert len(ids) == len(set(ids)), "duplicate element ids"
    for target in re.findall(r'href="#([^"]+)"', dom):     # every in-page link lands somewhere
        assert target in ids, target
    screenshot(chromium, page, OUT / "report-screenshot.png")


@pytest.mark.parametrize("csp", [True, False], ids=["as-rendered", "without-csp"])
def test_no_article_script_runs(chromium: str, tmp_path: Path, csp: bool) -> None:
    from test_report_hostile import IMG, SCRIPT, hostile_comparison

    html = render(hostile_comparison(), "html")
    page = tmp_path / "hostile.html"
    page.write_text(html if csp else _no_csp(html), encoding="utf-8")
    dom = dump_dom(chromium, page)
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]   # body attribute not set
    assert not re.search(r"<body[^>]*data-pwned", dom)
    assert _title(dom).startswith("provenance report") and "PWNED" not in _title(dom)
    assert "<script" not in dom.lower() and "<img" not in dom.lower()
    text = unescape(re.sub(r"<[^>]+>", "", dom))
    assert SCRIPT in text and IMG in text             # visible, as text
    if csp:
        screenshot(chromium, page, OUT / "report-hostile-screenshot.png")
