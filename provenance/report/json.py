"""JSON report: ``schema_version``, the signature, every claim with its label, reason and
evidence. Same inputs give byte-identical JSON (sorted keys, fixed float rounding)."""

from __future__ import annotations

import json as _json
from importlib import resources
from typing import Any

from ..errors import ReportError
from ..types import Comparison


def render(result: Comparison, **_: Any) -> str:
    return _json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def loads(text: str) -> Comparison:
    try:
        data = _json.loads(text)
    except _json.JSONDecodeError as exc:
        raise ReportError(f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if not isinstance(data, dict):
        raise ReportError("not a provenance report: the top level is not an object")
    return Comparison.from_dict(data)


def schema() -> dict[str, Any]:
    """The shipped JSON Schema of the report."""
    text = resources.files("provenance.schema").joinpath("report.schema.json").read_text("utf-8")
    return _json.loads(text)
