"""Renderers: pure functions ``Comparison -> str``. Only the CLI decides colour and output."""

from __future__ import annotations

from typing import Any, Callable

from ..errors import ConfigError
from ..types import Comparison

FORMATS = ("text", "json", "html", "md")


def render(result: Comparison, fmt: str = "text", **options: Any) -> str:
    """Render a comparison as ``text``, ``json``, ``html`` or ``md``."""
    fn = renderers().get(fmt)
    if fn is None:
        raise ConfigError(f"unknown format {fmt!r}: choose one of {', '.join(renderers())}")
    return fn(result, **options)


def renderers() -> dict[str, Callable[..., str]]:
    from . import html as html_report
    from . import json as json_report
    from . import markdown as md_report
    from . import text as text_report

    return {"text": text_report.render, "json": json_report.render, "html": html_report.render,
            "md": md_report.render}


def load(text: str) -> Comparison:
    """Read a saved JSON report back (no recomputation)."""
    from .json import loads

    return loads(text)
