"""Pair-level scores built on the claim machinery: how similar two texts are in meaning
(paraphrase / STS) and how heavily one reuses the other (cut / light / heavy / non).

Both are small logistic or linear heads over features that ``Comparer.compare`` already
computes (support both ways, kept shares, typed fact changes) plus two order-sensitive
lexical scores; their weights come from the calibration file (``pair`` and ``reuse``
sections, fitted by ``benchmarks/calibrate.py``).
"""

from __future__ import annotations

import bisect
import math
from typing import Any, Mapping, Sequence

from .overlap import containment, content_tokens, difflib_ratio, in_order_share, ngram_containment, stemmed_words
from .types import Claim, Comparison

PAIR_FEATURES = ("cosine", "support_min", "support_max", "kept_min", "altered", "difflib", "lexical_min",
                 "bigram_min")
REUSE_FEATURES = ("coverage", "kept", "cosine", "token_set", "partial", "difflib", "trigram", "in_order")
REUSE_LEVELS = ("non", "heavy", "light", "cut")


def _share(claims: Sequence[Claim], labels: tuple[str, ...]) -> float:
    total = sum(max(1, len(c.text)) for c in claims)
    return sum(max(1, len(c.text)) for c in claims if c.label in labels) / total if total else 1.0


def _mean_support(claims: Sequence[Claim]) -> float:
    total = sum(max(1, len(c.text)) for c in claims)
    return sum(max(1, len(c.text)) * c.support for c in claims) / total if total else 1.0


def pair_features(result: Comparison, a: str, b: str, cosine: float) -> dict[str, float]:
    """Symmetric features of a comparison of ``b`` (rewrite) with ``a`` (original)."""
    rw, og = result.rewrite.claims, result.originals[0].claims
    sup = (_mean_support(rw), _mean_support(og))
    wa, wb = stemmed_words(a), stemmed_words(b)
    return {
        "cosine": float(cosine),
        "support_min": min(sup),
        "support_max": max(sup),
        "kept_min": min(_share(rw, ("kept",)), _share(og, ("kept",))),
        "altered": max(_share(rw, ("altered",)), _share(og, ("altered",))),
        "difflib": difflib_ratio(a, b),
        "lexical_min": min(containment(content_tokens(a), content_tokens(b)),
                           containment(content_tokens(b), content_tokens(a))),
        # word order and roles: "flights from A to B" shares every word with "from B to A",
        # not its bigrams
        "bigram_min": min(ngram_containment(wa, wb, 2), ngram_containment(wb, wa, 2)),
    }


def reuse_features(result: Comparison, cosine: float) -> dict[str, float]:
    """Features of how much of the answer (rewrite) is reused from the source (original):
    claim coverage both ways, aligned-pair overlaps, and two copy measures of Clough and
    Stevenson's kind over the whole texts (word 3-gram containment, in-order share)."""
    ov = result.scores.overlap
    wa, wb = stemmed_words(result.rewrite.text), stemmed_words(result.originals[0].text)
    return {"coverage": result.scores.rewrite_coverage, "kept": result.scores.original_kept[0],
            "cosine": float(cosine), "token_set": ov.token_set, "partial": ov.partial, "difflib": ov.difflib,
            "trigram": ngram_containment(wa, wb, 3), "in_order": in_order_share(wa, wb)}


def logistic(features: Mapping[str, float], params: Mapping[str, Any]) -> float:
    """``sigmoid(bias + sum w_i * (x_i - mean_i) / scale_i)`` over ``params['features']``."""
    z = float(params["bias"])
    for name, w, mu, sd in zip(params["features"], params["weights"], params["mean"], params["scale"]):
        z += float(w) * (float(features[name]) - float(mu)) / (float(sd) or 1.0)
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def graded(features: Mapping[str, float], params: Mapping[str, Any]) -> float:
    """0..1 graded similarity: a linear score fitted to STS-style 0-5 gold, divided by 5 and
    clipped (``params``: the calibration's ``graded`` head, same layout as ``logistic``)."""
    z = float(params["bias"])
    for name, w, mu, sd in zip(params["features"], params["weights"], params["mean"], params["scale"]):
        z += float(w) * (float(features[name]) - float(mu)) / (float(sd) or 1.0)
    return min(1.0, max(0.0, z / float(params.get("top", 5.0))))


def reuse_level(features: Mapping[str, float], params: Mapping[str, Any]) -> str:
    """``non`` / ``heavy`` / ``light`` / ``cut`` from a linear reuse score and three cut points."""
    score = sum(float(w) * float(features[n]) for n, w in zip(params["features"], params["weights"]))
    return REUSE_LEVELS[bisect.bisect_right(list(params["cuts"]), score + float(params.get("bias", 0.0)))]
