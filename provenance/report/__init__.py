"""Renderers: pure functions ``Comparison -> str``. Only the CLI decides colour and output."""

from __future__ import annotations

from typing import Any, Callable

from ..errors import ConfigError
from ..types import Comparison

FORMATS = ("text", "json")


def render(result: Comparison, fmt: str = "text", **options: Any) -> str:
    """Render a comparison as ``text`` or ``json`` (plus ``html`` / ``md`` where available)."""
    fn = renderers().get(fmt)
    if fn is None:
        raise ConfigError(f"unknown format {fmt!r}: choose one of {', '.join(renderers())}")
    return fn(result, **options)


def renderers() -> dict[str, Callable[..., str]]:
    from . import json as json_report
    from . import text as text_report

    table: dict[str, Callable[..., str]] = {"text": text_report.render, "json": json_report.render}
    try:
        from . import html as html_report

        table["html"] = html_report.render
    except ImportError:
        pass
    try:
        from . import markdown as md_report

        table["md"] = md_report.render
    except ImportError:
        pass
    return table


def load(text: str) -> Comparison:
    """Read a saved JSON report back (no recomputation)."""
    from .json import loads

    return loads(text)
