"""The README's Python examples run as written (real model)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_block_runs(code: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Every block runs, and a ``print(...)  # comment`` line prints its comment (the part
    before a double-spaced ``(note)``): those lines appear in the output, in order."""
    exec(compile(code, str(README), "exec"), {})  # noqa: S102 - our own README
    expected = [line.split("  # ", 1)[1].split("  (")[0].strip() for line in code.splitlines()
                if line.lstrip().startswith("print(") and "  # " in line]
    out = iter(capsys.readouterr().out.splitlines())
    for want in expected:
        assert any(line == want for line in out), f"README says a print gives {want!r}; it did not (in order)"


def test_readme_has_python_blocks() -> None:
    assert len(BLOCKS) >= 2
    commented = [line for b in BLOCKS for line in b.splitlines() if line.lstrip().startswith("print(") and "  # " in line]
    assert len(commented) >= 3        # the quick start's counts and the pair scores are checked
