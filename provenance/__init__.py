"""provenance: where did this rewrite come from, and what did it change?

``import provenance`` is light: names are loaded on first use (PEP 562), and the model
stack (torch, transformers, sentence-transformers) and spaCy load only when a comparison
first needs them.
"""

from __future__ import annotations

from importlib import import_module

from ._version import __version__

TYPE_CHECKING = False  # not `from typing import ...`: `provenance --help` starts without typing

_WHERE = {
    "Config": "config", "signature": "config",
    "ConfigError": "errors", "InputError": "errors", "MissingModelError": "errors",
    "ProvenanceError": "errors", "ReportError": "errors",
    "Comparer": "pipeline", "compare": "pipeline", "rank": "pipeline",
    "segment": "segmentation",
    "Attribution": "types", "Claim": "types", "Comparison": "types", "Document": "types",
    "DocumentScores": "types", "Evidence": "types", "Overlap": "types", "Passage": "types", "Ranked": "types",
    "Segment": "types", "SentencePair": "types",
    "render": "report", "load_report": "report",
}

__all__ = ["__version__", *sorted(_WHERE)]


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'provenance' has no attribute {name!r}")
    module = import_module(f".{where}", __name__)
    value = getattr(module, "load" if name == "load_report" else name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    from .config import Config, signature
    from .errors import ConfigError, InputError, MissingModelError, ProvenanceError, ReportError
    from .pipeline import Comparer, compare, rank
    from .report import load as load_report
    from .report import render
    from .segmentation import segment
    from .types import (Attribution, Claim, Comparison, Document, DocumentScores, Evidence, Overlap,
                        Ranked, Segment, SentencePair)
