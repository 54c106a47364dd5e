"""Quality benchmark: run the installed library over every DEV set and print one table.

    python benchmarks/quality.py [--data ../shared/data] [--split dev] [--only wice,frank]
                                 [--limit N] [--out out/quality.json]

It never fits anything: every threshold it applies (ours and the naive peers') comes from the
shipped calibration file (``provenance/calibration/<model>.json``, written by
``benchmarks/calibrate.py``). On DEV those figures are in-sample; the honest DEV figures are
the cross-validated ones that calibrate.py stored in the same file, printed beside them.
Any file of the same format can be scored (``--data OTHER --split holdout``).

The task heads live here (how a set's gold maps to the library's labels); ``calibrate.py``
imports them so fitting and scoring share one code path.
"""

from __future__ import annotations

import argparse
import bisect
import json
import platform
import re
import sys
import time
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from provenance import Comparer, Config
from provenance import metrics as M
from provenance._defaults import BACKENDS
from provenance.claims import claim_spans, part_texts
from provenance.facts import CONTENT_KINDS
from provenance.overlap import difflib_ratio
from provenance.segmentation import segment

SETS = ("wice", "frank", "swipe", "iterater_sent", "stsb", "mrpc", "paws", "clough_reuse")
PEERS = ("minilm_cos", "difflib", "token_set")
KEYS = {
    "wice": ("supported_f1", "label_acc_3way", "evidence_recall_at_3"),
    "frank": ("bacc", "roc_auc", "factuality_spearman"),
    "swipe": ("added_info_f1", "dropped_info_f1", "fact_changed_recall"),
    "iterater_sent": ("meaning_changed_f1",),
    "stsb": ("spearman",),
    "mrpc": ("accuracy", "f1"),
    "paws": ("accuracy", "f1"),
    "clough_reuse": ("source_top1", "level_acc"),
}
TASKS = {
    "wice": "claim vs cited article: supported / partial / not",
    "frank": "summary vs article: unfactual if any claim added/altered",
    "swipe": "EN -> Simple Wikipedia: added / dropped / fact-changed edits",
    "iterater_sent": "sentence revision: meaning changed",
    "stsb": "graded similarity 0-5",
    "mrpc": "paraphrase yes/no",
    "paws": "adversarial paraphrase yes/no",
    "clough_reuse": "source of an answer; reuse level",
}
PUBLISHED = {  # best published figure on the official test part (data/README.md), or None
    ("wice", "supported_f1"): "77.8 T5-3B (GPT-4 61.0)",
    ("wice", "label_acc_3way"): "88.0 acc T5-3B",
    ("frank", "bacc"): "82.1 QuestEval (SummaC-Conv 81.6)",
    ("frank", "roc_auc"): "88.4 SummaC-Conv",
    ("swipe", "added_info_f1"): "70.6 (all edits)",
    ("stsb", "spearman"): "86.4 SBERT-large (CE 91.5)",
    ("mrpc", "accuracy"): "75.6 Wan et al.",
    ("mrpc", "f1"): "83.0 Wan et al.",
    ("paws", "accuracy"): "85-90 trained on PAWS",
}
GOALS = {("wice", "supported_f1"): 78, ("frank", "bacc"): 82, ("swipe", "added_info_f1"): 75,
         ("swipe", "dropped_info_f1"): 80, ("stsb", "spearman"): 86.4, ("mrpc", "accuracy"): 76,
         ("paws", "accuracy"): 80, ("clough_reuse", "level_acc"): 85}
WICE_LABELS = ("supported", "partially_supported", "not_supported")
#: Sets that ask whether a source supports a text (factual consistency), not what a rewrite
#: changed: there, only changes of content count as alterations (``facts.CONTENT_KINDS``), as
#: their annotators do not count a dropped "she said" or "reportedly" as an error.
CONSISTENCY_SETS = ("wice", "frank")
LEVELS = ("non", "heavy", "light", "cut")


# ----------------------------------------------------------------------------- data
def load(data: Path, name: str, split: str, limit: int | None = None) -> list[dict]:
    rows = []
    with open(data / name / f"{split}.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
            if limit is not None and len(rows) >= limit:
                break
    return rows


def wice_texts(row: dict) -> tuple[str, str, list[int]]:
    """(claim, article, start offset of every given source sentence in the article)."""
    starts, parts, pos = [], [], 0
    for s in row["source_sentences"]:
        starts.append(pos)
        parts.append(s)
        pos += len(s) + 2
    return " ".join(row["target_sentences"]), "\n\n".join(parts), starts


def swipe_ranges(row: dict) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]:
    """Character ranges of every diff op in source_text (equal/delete) and target_text
    (equal/insert). The diff dropped whitespace and folded some dashes, so ops are mapped by
    their count of non-space characters."""
    out = []
    for types, text in ((("equal", "delete"), row["source_text"]), (("equal", "insert"), row["target_text"])):
        pos = [i for i, ch in enumerate(text) if not ch.isspace()]
        ranges, k = {}, 0
        for op in row["diff"]:
            if op["type"] not in types:
                continue
            n = sum(1 for ch in op["text"] if not ch.isspace())
            if n and k < len(pos):
                ranges[op["idx"]] = (pos[k], pos[min(k + n, len(pos)) - 1] + 1)
            k += n
        out.append(ranges)
    return out[0], out[1]


_EDITS: dict[tuple[str, int], dict] = {}


def swipe_edits(row: dict) -> dict[str, list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]]:
    """class -> [(deleted ranges in source, inserted ranges in target)] per edit group (memoised)."""
    key = (row["id"], id(row["diff"]))
    if key not in _EDITS:
        _EDITS[key] = _swipe_edits(row)
    return _EDITS[key]


def _swipe_edits(row: dict) -> dict[str, list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]]:
    src, tgt = swipe_ranges(row)
    types = {op["idx"]: op["type"] for op in row["diff"]}
    out: dict[str, list] = {}
    for e in row["edits"]:
        dele = [src[i] for i in e["op_ids"] if i in src and types.get(i) == "delete"]
        ins = [tgt[i] for i in e["op_ids"] if i in tgt and types.get(i) == "insert"]
        out.setdefault(e["class"], []).append((dele, ins))
    return out


def pair_texts(name: str, rows: list[dict]) -> list[str]:
    if name == "wice":
        return [t for r in rows for t in wice_texts(r)[:2]]
    if name == "frank":
        return [r["source_text"] for r in rows] + [s["summary"] for r in rows for s in r["summaries"]]
    if name == "swipe":
        return [t for r in rows for t in (r["source_text"], r["target_text"])]
    return [t for r in rows for t in (r["a"], r["b"])]


# ----------------------------------------------------------------------------- harness
class MemoAnalyzer:
    """Wraps the library's Analyzer: analyses every sentence once, in large batches."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.memo: dict[str, Any] = {}

    @property
    def fingerprint(self) -> str:
        return self.inner.fingerprint

    @property
    def nlp(self) -> Any:
        return self.inner.nlp

    def warm(self, sentences: Sequence[str]) -> None:
        todo = list(dict.fromkeys(s for s in sentences if s not in self.memo))
        for i in range(0, len(todo), 4096):
            chunk = todo[i : i + 4096]
            self.memo.update(zip(chunk, self.inner.analyse(chunk)))

    def analyse(self, sentences: Sequence[str]) -> list[Any]:
        self.warm(sentences)
        return [self.memo[s] for s in sentences]


def make_comparer(config: Config | None = None, base: Comparer | None = None) -> Comparer:
    """A Comparer whose analyses and embeddings are memoised (shared with ``base``)."""
    if base is not None:
        return Comparer(config or base.config, encoder=base.encoder, analyzer=base.analyzer, cache_size=1 << 20)
    from provenance.facts import Analyzer

    cmp = Comparer(config, analyzer=MemoAnalyzer(Analyzer()), cache_size=1 << 20)
    if hasattr(cmp.encoder.store, "maxsize"):   # keep every benchmark vector in memory
        cmp.encoder.store.maxsize = 1 << 30
    return cmp


class _PlainUnpickler:
    """Unpickle caches written before the encoder's store became an LRU dict: plain dicts."""

    @staticmethod
    def load(fh: Any) -> Any:
        import pickle

        class Plain(dict):
            pass

        class U(pickle.Unpickler):
            def find_class(self, module: str, name: str) -> Any:
                if module == "provenance.store" and name == "LRUDict":
                    return Plain
                return super().find_class(module, name)

        return U(fh).load()


def load_cache(cmp: Comparer, path: Path | None) -> None:
    """Reuse embeddings and analyses saved by an earlier run (keyed by model and spaCy
    fingerprints, so a changed model or analyser never reuses stale entries)."""
    if path is None or not path.is_file():
        return
    with open(path, "rb") as fh:
        saved = _PlainUnpickler.load(fh)
    if saved.get("nlp") == cmp.analyzer.fingerprint and saved.get("facts") == _facts_stamp():
        cmp.analyzer.memo.update(saved["analyses"])
    cmp.encoder.store.update({k: v for k, v in saved["embeddings"].items() if k[0] == cmp.encoder.fingerprint})
    sts = cmp.sts_encoder
    if sts is not None:     # the adapted encoder's vectors, under its own fingerprint (adapter's hash in it)
        sts.store.update({k: v for k, v in saved["embeddings"].items() if k[0] == sts.fingerprint})


def save_cache(cmp: Comparer, path: Path | None) -> None:
    if path is None:
        return
    import pickle

    path.parent.mkdir(parents=True, exist_ok=True)
    sts = cmp.sts_encoder       # its store is empty unless this run embedded with it
    with open(path, "wb") as fh:
        pickle.dump({"nlp": cmp.analyzer.fingerprint, "facts": _facts_stamp(), "analyses": dict(cmp.analyzer.memo),
                     "embeddings": {**cmp.encoder.store, **(sts.store if sts is not None else {})}}, fh,
                    protocol=pickle.HIGHEST_PROTOCOL)


def _facts_stamp() -> str:
    """Hash of the analyser's source and of the word lists it reads at analysis time: a cache
    made before facts.py or lexicon.py changed is not reused. (The cached analyses are
    ``facts.Analyzer``'s output alone; claims.py cuts and labels claims from them at compare
    time, so it is not part of the stamp.)"""
    import hashlib
    import inspect

    from provenance import facts, lexicon

    return hashlib.sha256((inspect.getsource(facts) + inspect.getsource(lexicon)).encode()).hexdigest()[:16]


def warm(cmp: Comparer, texts: Sequence[str], *, whole: bool = False, adapted: bool = False) -> None:
    """Segment, analyse and embed many texts in large batches (results are identical to
    ``prepare`` one by one; only faster). ``adapted``: embed the whole texts with the
    calibration's adapted encoder too (``Comparer.sts_encoder``, read by ``pair_features``),
    which would otherwise encode each pair on its own: on PAWS DEV that was most of the run.
    A batch pads texts to a common length, so a cosine may differ from the pair-by-pair one
    in the seventh decimal (1.8e-7 at most over 60 PAWS pairs, ``out/proto/stsbatch44.py``)."""
    texts = list(dict.fromkeys(texts))
    segs = [segment(t, max_chars=cmp.config.max_sentence_chars) for t in texts]
    cmp.analyzer.warm([s.text for ss in segs for s in ss])
    spans = [c for t, ss in zip(texts, segs) for c in claim_spans(t, ss, cmp.analyzer.analyse([s.text for s in ss]))]
    claims = [c.text for c in spans] + [c.embed_text for c in spans if c.context] \
        + [t for _, t in part_texts(spans, cmp.config.part_words)]
    extra = texts if whole else []
    pieces = list(dict.fromkeys(claims + extra + [s.text for ss in segs for s in ss]))
    for i in range(0, len(pieces), 8192):
        cmp.encoder.encode(pieces[i : i + 8192])
    sts = cmp.sts_encoder if adapted else None
    if sts is not None:
        for i in range(0, len(texts), 8192):
            sts.encode(texts[i : i + 8192])


# ----------------------------------------------------------------------------- ours: records
def claim_records(claims: Sequence[Any]) -> list[tuple[int, int, float, str, int]]:
    """(start, end, support, label, repeat_of) per claim, in claim order (``repeat_of``: the
    index of the first claim with the same text, -1 for none; ``types.Claim.repeat_of``)."""
    return [(c.start, c.end, float(c.support), c.label, c.repeat_of) for c in claims]


def detail_records(claims: Sequence[Any]) -> list[tuple[int, int, int, str, float | None, bool]]:
    """(start, end, size, key, cosine, inserted) of every detail of the claims
    (``types.Detail``; ``size``: content words, a name or number counting twice, what
    ``Config.detail_words`` bounds; ``cosine``: to the words the counterpart has in its
    place, what ``Config.detail_reworded`` bounds, None where it has none; ``inserted``:
    nothing in its place, what ``Config.detail_insert_words`` bounds); the details of a
    repeated claim share the key of the first claim's same detail."""
    return [(d.start, d.end, d.size, f"{c.repeat_of if c.is_repeat else c.index}:{d.text}", d.cosine, not d.instead)
            for c in claims for d in c.details]


def ours_records(name: str, rows: list[dict], cmp: Comparer, *, sweep: bool = False) -> list[dict]:
    """Per item, what the library says. The rewrite sets (swipe, iterater_sent) hold the labels
    ``Comparer.compare`` gives at the configured threshold, and every detail of their kept and
    altered claims (down to one content word: ``score_ours`` keeps those with the
    calibration's ``details.min_words`` or more). ``sweep=True`` (the opt-in support fit)
    computes them at threshold 0 instead, so a threshold can be applied afterwards: a claim is
    then added/dropped iff support < tau. That is only approximately what compare does at tau:
    a mutual best match's support is scaled from the threshold up (``alignment.mutual``), so a
    mutual match that clears tau in compare can fall below it here (on SWiPE DEV this
    approximation said dropped_info_f1 74.0 where compare's own labels gave 67.3, both over all
    of DEV with calibration 2-01cac65ee3; fixed 2026-12-01).
    The consistency sets (wice, frank) hold the final labels of consistency mode, whose
    ``support`` is the head's probability."""
    zero = make_comparer(cmp.config.replace(support_threshold=0.0), base=cmp)
    # every detail down to one content word, each with its cosine to what replaced it (a cut
    # above 1 measures and leaves none out): ``score_ours`` applies the calibration's size and cut
    real = zero if sweep else make_comparer(cmp.config.replace(detail_words=1, detail_reworded=2.0), base=cmp)
    out: list[dict] = []
    if name in CONSISTENCY_SETS:
        # does the source support the text: the library's consistency mode, labels as it
        # gives them (its head and threshold come from the calibration)
        check = make_comparer(cmp.config.replace(mode="consistency"), base=cmp)
        zero = make_comparer(zero.config.replace(fact_kinds=CONTENT_KINDS), base=cmp)
    if name == "wice":
        for r in rows:
            claim, article, starts = wice_texts(r)
            res = check.compare(claim, article)
            out.append({"claims": claim_records(res.rewrite.claims), **verdict_record(res),
                        "top3": _wice_top_sentences(zero, claim, article, starts, 3)})
    elif name == "frank":
        for r in rows:
            for s in r["summaries"]:
                res = check.compare(s["summary"], r["source_text"])
                out.append({"claims": claim_records(res.rewrite.claims), **verdict_record(res)})
    elif name == "swipe":
        for r in rows:
            res = real.compare(r["target_text"], r["source_text"])
            out.append({"added": claim_records(res.rewrite.claims), "dropped": claim_records(res.originals[0].claims),
                        "added_details": detail_records(res.rewrite.claims),
                        "dropped_details": detail_records(res.originals[0].claims)})
    elif name == "iterater_sent":
        for r in rows:
            res = real.compare(r["b"], r["a"])
            out.append({"claims": claim_records(res.rewrite.claims) + claim_records(res.originals[0].claims)})
    elif name in ("stsb", "mrpc", "paws"):
        for r in rows:
            out.append({"features": cmp.pair_features(r["a"], r["b"])})
    elif name == "clough_reuse":
        sources = {r["task"]: r["a"] for r in rows}
        for r in rows:
            ranked = cmp.rank(r["b"], sources)
            out.append({"top1": ranked[0].key if ranked else None,
                        "features": cmp.reuse_features(r["b"], r["a"])})
    return out


def _wice_top_sentences(cmp: Comparer, claim: str, article: str, starts: list[int], k: int) -> list[int]:
    """The article's given sentences holding the library's evidence for ``claim``
    (``Comparer.evidence``), in its order, each once (``given_sentences``)."""
    return given_sentences(cmp.evidence(claim, article, k=2 * k), starts, k)


def given_sentences(passages: Sequence[Any], starts: list[int], k: int) -> list[int]:
    """The first ``k`` distinct given sentences (``wice_texts``' ``starts``) that the
    passages fall in: a library sentence maps to the given sentence it starts in (the article
    joins them with blank lines, so a library sentence never spans two; one split in two
    counts once)."""
    out: list[int] = []
    for p in passages:
        sent = bisect.bisect_right(starts, p.start) - 1
        if sent not in out:
            out.append(sent)
    return out[:k]


# ----------------------------------------------------------------------------- ours: scoring
def labels_at(claims: Sequence[Sequence[Any]], tau: float, missing: str) -> list[str]:
    return [c[3] if c[2] >= tau else missing for c in claims]


def wice_label(labels: Sequence[str], supported: bool | None = None) -> str:
    """WiCE's 3-way label from our claim labels: supported when ``supported`` says so (the
    item's decision, ``is_consistent``; None: when every claim is kept), otherwise partially
    or not supported as the claims say."""
    if supported is None:
        supported = bool(labels) and all(lab == "kept" for lab in labels)
    if supported:
        return "supported"
    if not any(lab in ("kept", "altered") for lab in labels):
        return "not_supported"
    return "partially_supported"


def verdict_record(res: Any) -> dict[str, Any]:
    """A consistency-mode comparison's verdict, (probability, decision), when it has one."""
    sc = res.scores
    return {"verdict": (sc.consistency, sc.consistent)} if sc.consistency is not None else {}


def is_consistent(rec: dict, tau: float) -> bool:
    """The item's decision: the verdict when the record has one, else every claim kept."""
    if rec.get("verdict") is not None:
        return bool(rec["verdict"][1])
    labels = labels_at(rec["claims"], tau, "added")
    return wice_label(labels) == "supported"


def unsupportedness(claims: Sequence[Sequence[Any]], verdict: Sequence[Any] | None = None) -> float:
    """0..1: one minus the verdict's probability when given, else one minus the weakest claim's
    support, an altered claim counting at half its support."""
    if verdict is not None:
        return 1.0 - float(verdict[0])
    if not claims:
        return 0.0
    return 1.0 - min(c[2] * (0.5 if c[3] == "altered" else 1.0) for c in claims)


def score_ours(name: str, rows: list[dict], recs: list[dict], calib: dict) -> dict[str, float]:
    # consistency sets: the labels are final (tau 0 keeps each as given)
    tau = 0.0 if name in CONSISTENCY_SETS else float(calib["support"]["threshold"])
    if name == "wice":
        gold = [r["label"] for r in rows]
        pred = [wice_label(labels_at(rec["claims"], tau, "added"), is_consistent(rec, tau)) for rec in recs]
        return {"supported_f1": M.f1(gold, pred, "supported"), "label_acc_3way": M.accuracy(gold, pred),
                "evidence_recall_at_3": wice_recall(rows, [rec["top3"] for rec in recs])}
    if name == "frank":
        summaries = [s for r in rows for s in r["summaries"]]
        factual = [int(s["label"]) for s in summaries]
        pred = [int(is_consistent(rec, tau)) for rec in recs]
        u = [unsupportedness(rec["claims"], rec.get("verdict")) for rec in recs]
        return {"bacc": M.balanced_accuracy(factual, pred), "roc_auc": M.roc_auc([1 - f for f in factual], u),
                "factuality_spearman": M.spearman([float(s["factuality"]) for s in summaries], [-x for x in u])}
    if name == "swipe":
        m, how = detail_words(calib), detail_rules(calib)
        return swipe_scores(rows, [(_claim_groups(rec["added"], tau, "added", "added")
                                    + reported_details(rec, "added", m, grouped=True, **how),
                                    _claim_groups(rec["dropped"], tau, "dropped", "dropped")
                                    + reported_details(rec, "dropped", m, grouped=True, **how),
                                    _claim_spans(rec["added"], tau, "added", "altered"),
                                    _claim_spans(rec["dropped"], tau, "dropped", "altered")) for rec in recs])
    if name == "iterater_sent":
        gold = [int(r["meaning_changed"]) for r in rows]
        pred = [int(any(lab != "kept" for lab in labels_at(rec["claims"], tau, "added"))) for rec in recs]
        return {"meaning_changed_f1": M.f1(gold, pred)}
    # empty texts get the library's defined values (``pipeline._empty_pair``), as the API gives them
    from provenance.pipeline import _empty_pair

    empty = [_empty_pair(r["a"], r["b"]) for r in rows]
    if name == "stsb":
        return pair_scores(name, rows, [graded_similarity(rec["features"], calib) if e is None else e
                                        for e, rec in zip(empty, recs)], None)
    if name in ("mrpc", "paws"):
        sims = [pair_probability(rec["features"], calib) if e is None else e for e, rec in zip(empty, recs)]
        return pair_scores(name, rows, sims, float(calib["pair"]["threshold"]))
    if name == "clough_reuse":
        top1 = M.accuracy([r["task"] for r in rows], [rec["top1"] for rec in recs])
        pred = [reuse_level(rec["features"], calib) if e is None else "non" for e, rec in zip(empty, recs)]
        return {"source_top1": top1, "level_acc": M.accuracy([r["label"] for r in rows], pred)}
    raise KeyError(name)


def reported_details(rec: dict, kind: str, min_words: int, *, reworded: float | None = None,
                     insert_words: int | None = None, grouped: bool = False) -> list[Any]:
    """(start, end) of the record's ``kind`` details ("added" / "dropped") that the library
    reports at ``min_words`` content words (0: details off, none), ``insert_words`` for a
    stretch with nothing in its place (None: ``min_words``; ``claims.detail_size_ok``) and
    the ``reworded`` cut (a
    detail whose cosine to what replaced it reaches the cut is left out; None: none is);
    ``grouped=True``: one list of places per distinct detail (those of a repeated claim's
    details go with the first)."""
    from provenance.claims import detail_size_ok

    def size_ok(d: Sequence[Any]) -> bool:    # records of older runs lack the last fields
        return detail_size_ok(d[2], bool(len(d) > 5 and d[5]), min_words, insert_words)

    kept = [d for d in rec.get(f"{kind}_details", ()) if size_ok(d)
            and not (reworded is not None and len(d) > 4 and d[4] is not None and d[4] >= reworded)]
    if not grouped:
        return [(d[0], d[1]) for d in kept]
    groups: dict[Any, list[tuple[int, int]]] = {}
    for k, d in enumerate(kept):
        groups.setdefault(d[3] if len(d) > 3 else k, []).append((d[0], d[1]))
    return list(groups.values())


def detail_words(calib: dict) -> int:
    """The calibration's ``details.min_words``, read as the library reads it."""
    from provenance.config import calibrated_detail_words

    return calibrated_detail_words(calib)


def detail_rules(calib: dict) -> dict[str, Any]:
    """The calibration's ``details.reworded`` (None: off) and ``details.insert_words`` (None:
    the detail size), read as the library reads them, as ``reported_details`` takes them."""
    from provenance.config import read_reworded_cut

    details = calib.get("details", {})
    return {"reworded": read_reworded_cut(details.get("reworded")), "insert_words": details.get("insert_words")}


def pair_probability(features: dict[str, float], calib: dict) -> float:
    from provenance.similarity import logistic

    return logistic(features, calib["pair"])


def graded_similarity(features: dict[str, float], calib: dict) -> float:
    from provenance.similarity import graded

    return graded(features, calib["graded"])


def reuse_level(features: dict[str, float], calib: dict) -> str:
    from provenance.similarity import reuse_level as lib_level

    return lib_level(features, calib["reuse"])


def _claim_spans(claims: Sequence[Sequence[Any]], tau: float, missing: str, want: str) -> list[tuple[int, int]]:
    return [(c[0], c[1]) for c, lab in zip(claims, labels_at(claims, tau, missing)) if lab == want]


def _claim_groups(claims: Sequence[Sequence[Any]], tau: float, missing: str, want: str) -> list[list[tuple[int, int]]]:
    """The places of each distinct claim labelled ``want`` at ``tau``: a repeat
    (``claim_records``' fifth field) joins its first claim when that one has the label too."""
    groups: dict[int, list[tuple[int, int]]] = {}
    for k, (c, lab) in enumerate(zip(claims, labels_at(claims, tau, missing))):
        if lab != want:
            continue
        first = c[4] if len(c) > 4 else -1
        if first >= 0 and first in groups:
            groups[first].append((c[0], c[1]))
        else:
            groups[k] = [(c[0], c[1])]
    return list(groups.values())


def _text_groups(spans: Sequence[tuple[int, int]], text: str) -> list[list[tuple[int, int]]]:
    """The places of each distinct stretch of ``text`` (same text without surrounding white
    space), in order of first appearance: how the library groups a claim stated again."""
    groups: dict[str, list[tuple[int, int]]] = {}
    for a, b in spans:
        groups.setdefault(text[a:b].strip(), []).append((a, b))
    return list(groups.values())


def wice_recall(rows: list[dict], top3: list[list[int]]) -> float:
    hits = [any(set(g) <= set(t) for g in r["supporting_sentence_sets"]) for r, t in zip(rows, top3)
            if r["supporting_sentence_sets"]]
    return float(np.mean(hits)) if hits else 0.0


def swipe_scores(rows: list[dict], spans: list[tuple[list, list, list, list]]) -> dict[str, float]:
    """Micro-averaged over documents: edits found / claims correct, per kind."""
    tot = {"added": [0, 0, 0, 0], "dropped": [0, 0, 0, 0]}   # found, edits, correct, claims
    fc_found = fc_total = 0
    for row, (added, dropped, alt_r, alt_o) in zip(rows, spans):
        edits = swipe_edits(row)
        for kind, cls, claims, side in (("added", "added_info", added, 1), ("dropped", "dropped_info", dropped, 0)):
            ranges = [e[side] for e in edits.get(cls, []) if e[side]]
            p, r, _ = M.span_f1(ranges, claims)
            t = tot[kind]
            t[0] += round(r * len(ranges)) if ranges else 0
            t[1] += len(ranges)
            t[2] += round(p * len(claims)) if claims else 0
            t[3] += len(claims)
        for dele, ins in edits.get("fact_changed", []):
            fc_total += 1
            size_i, size_d = sum(b - a for a, b in ins), sum(b - a for a, b in dele)
            if (size_i and M.covered(ins, alt_r) >= size_i / 2) or (size_d and M.covered(dele, alt_o) >= size_d / 2):
                fc_found += 1
    out = {}
    for kind, t in tot.items():
        rec = t[0] / t[1] if t[1] else 1.0
        prec = t[2] / t[3] if t[3] else 1.0
        out[f"{kind}_info_f1"] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    out["fact_changed_recall"] = fc_found / fc_total if fc_total else 0.0
    return out


def pair_scores(name: str, rows: list[dict], sims: Sequence[float], threshold: float | None) -> dict[str, float]:
    if name == "stsb":
        return {"spearman": M.spearman([float(r["label"]) for r in rows], sims)}
    gold = [int(r["label"]) for r in rows]
    pred = [int(s >= threshold) for s in sims]
    return {"accuracy": M.accuracy(gold, pred), "f1": M.f1(gold, pred)}


# ----------------------------------------------------------------------------- peers
def peer_scorer(peer: str, cmp: Comparer) -> Callable[[list[str], list[str]], np.ndarray]:
    """All-pairs similarity matrix (len(a) x len(b)) of one naive scorer."""
    if peer == "minilm_cos":
        return lambda a, b: cmp.encoder.encode(a) @ cmp.encoder.encode(b).T
    if peer == "difflib":
        return lambda a, b: np.array([[difflib_ratio(x, y) for y in b] for x in a]).reshape(len(a), len(b))
    if peer == "token_set":
        from rapidfuzz import fuzz, process

        return lambda a, b: process.cdist(a, b, scorer=fuzz.token_set_ratio, workers=1) / 100.0
    raise KeyError(peer)


def _sents(text: str, cmp: Comparer) -> list[str]:
    return [s.text for s in segment(text, max_chars=cmp.config.max_sentence_chars)] or [text]


def peer_records(name: str, rows: list[dict], peer: str, cmp: Comparer) -> list[dict]:
    """Sentence-level use of a naive scorer: a sentence is supported by its best match."""
    sim = peer_scorer(peer, cmp)
    out: list[dict] = []
    if name == "wice":
        for r in rows:
            m = sim([" ".join(r["target_sentences"])], list(r["source_sentences"]) or [""])[0]
            order = sorted(range(len(m)), key=lambda i: (-m[i], i))[:3]
            out.append({"score": float(m.max()), "top3": order})
    elif name == "frank":
        for r in rows:
            src = list(r["source_sentences"]) or [r["source_text"]]
            for s in r["summaries"]:
                out.append({"score": float(sim(_sents(s["summary"], cmp), src).max(axis=1).min())})
    elif name == "swipe":
        for r in rows:
            o, w = segment(r["source_text"]), segment(r["target_text"])
            m = sim([s.text for s in w], [s.text for s in o]) if len(o) and len(w) else np.zeros((len(w), len(o)))
            out.append({"rw": [(s.start, s.end, float(m[i].max()) if len(o) else 0.0) for i, s in enumerate(w)],
                        "og": [(s.start, s.end, float(m[:, j].max()) if len(w) else 0.0) for j, s in enumerate(o)]})
    elif name == "clough_reuse":
        tasks = sorted({r["task"] for r in rows})
        sources = {r["task"]: r["a"] for r in rows}
        for r in rows:
            m = sim([r["b"]], [sources[t] for t in tasks])[0]
            out.append({"score": float(m[tasks.index(r["task"])]), "top1": tasks[int(np.argmax(m))]})
    else:
        for r in rows:
            out.append({"score": float(sim([r["a"]], [r["b"]])[0, 0])})
    return out


def score_peer(name: str, rows: list[dict], recs: list[dict], p: dict) -> dict[str, Any]:
    s = [rec.get("score") for rec in recs]
    if name == "wice":
        gold = [r["label"] for r in rows]
        pred = ["supported" if x >= p["t_hi"] else "partially_supported" if x >= p["t_lo"] else "not_supported" for x in s]
        return {"supported_f1": M.f1(gold, ["supported" if x >= p["t"] else "no" for x in s], "supported"),
                "label_acc_3way": M.accuracy(gold, pred),
                "evidence_recall_at_3": wice_recall(rows, [rec["top3"] for rec in recs])}
    if name == "frank":
        summaries = [x for r in rows for x in r["summaries"]]
        factual = [int(x["label"]) for x in summaries]
        return {"bacc": M.balanced_accuracy(factual, [int(x >= p["t"]) for x in s]),
                "roc_auc": M.roc_auc([1 - f for f in factual], [-x for x in s]),
                "factuality_spearman": M.spearman([float(x["factuality"]) for x in summaries], s)}
    if name == "swipe":
        # a sentence stated several times is one flagged sentence, as the library's repeats
        # are one claim (``_claim_groups``), so both are counted alike
        spans = [(_text_groups([(a, b) for a, b, x in rec["rw"] if x < p["t_added"]], r["target_text"]),
                  _text_groups([(a, b) for a, b, x in rec["og"] if x < p["t_dropped"]], r["source_text"]), [], [])
                 for r, rec in zip(rows, recs)]
        out: dict[str, Any] = swipe_scores(rows, spans)
        out["fact_changed_recall"] = None   # a single similarity has no "altered" label
        return out
    if name == "iterater_sent":
        return {"meaning_changed_f1": M.f1([int(r["meaning_changed"]) for r in rows], [int(x < p["t"]) for x in s])}
    if name in ("stsb", "mrpc", "paws"):
        return pair_scores(name, rows, s, p.get("t"))
    if name == "clough_reuse":
        cuts = p["cuts"]
        pred = [LEVELS[bisect.bisect_right(cuts, x)] for x in s]
        return {"source_top1": M.accuracy([r["task"] for r in rows], [rec["top1"] for rec in recs]),
                "level_acc": M.accuracy([r["label"] for r in rows], pred)}
    raise KeyError(name)


# ----------------------------------------------------------------------------- main
from provenance.config import DEFAULT_CALIBRATION as CALIBRATION  # noqa: E402  (what the library loads)


def run(data: Path, split: str, only: Sequence[str], limit: int | None, log: Callable[[str], None],
        cache: Path | None = None, calibration: str = CALIBRATION, errors: dict | None = None,
        backend: str | None = None) -> dict:
    cmp = make_comparer(Config(calibration=calibration, **({"backend": backend} if backend else {})))
    load_cache(cmp, cache)
    calib = cmp.config.calib
    results: dict[str, dict] = {}
    for name in only:
        t0 = time.perf_counter()
        rows = load(data, name, split, limit)
        warm(cmp, pair_texts(name, rows), whole=name in ("stsb", "mrpc", "paws", "clough_reuse"),
             adapted=name in ("stsb", "mrpc", "paws"))
        recs = ours_records(name, rows, cmp)
        res = {k: 100 * v for k, v in score_ours(name, rows, recs, calib).items()}
        if errors is not None:
            errors[name] = item_predictions(name, rows, recs, calib)
        res["peers"] = {}
        for peer in PEERS:
            params = calib.get("peers", {}).get(peer, {}).get(name, {})
            pr = score_peer(name, rows, peer_records(name, rows, peer, cmp), params)
            res["peers"][peer] = {k: (None if v is None else 100 * v) for k, v in pr.items()}
        res["n"] = len(rows)
        results[name] = res
        log(f"{name}: {len(rows)} items in {time.perf_counter() - t0:.0f}s")
    save_cache(cmp, cache)
    return {"signature": cmp.signature, "split": split, "data": str(data), "limit": limit,
            "calibration_cv": calib.get("cv", {}), "results": results,
            "machine": f"{platform.machine()} {platform.system()} python {platform.python_version()}"}


def item_predictions(name: str, rows: list[dict], recs: list[dict], calib: dict) -> list[dict]:
    """Per item: id, gold, our prediction and score, for error analysis (``--errors FILE``)."""
    # the claim sets' support cut (the pair and reuse sets read only their own heads: ``calib``
    # may hold just those, as ``calibrate.fit_pair`` / ``fit_graded`` pass for held-out folds)
    tau = float(calib["support"]["threshold"]) if name in ("swipe", "iterater_sent") else 0.0
    out: list[dict] = []
    if name == "wice":
        for r, rec in zip(rows, recs):
            labels = labels_at(rec["claims"], tau, "added")
            out.append({"id": r["id"], "gold": r["label"], "pred": wice_label(labels, is_consistent(rec, tau)),
                        "claims": labels, "score": 1 - unsupportedness(rec["claims"], rec.get("verdict")), "top3": rec["top3"],
                        "gold_sets": r["supporting_sentence_sets"]})
    elif name == "frank":
        items = [(r, s) for r in rows for s in r["summaries"]]
        for (r, s), rec in zip(items, recs):
            labels = labels_at(rec["claims"], tau, "added")
            out.append({"id": s["id"], "gold": int(s["label"]),
                        "pred": int(is_consistent(rec, tau)), "claims": labels,
                        "score": 1 - unsupportedness(rec["claims"], rec.get("verdict"))})
    elif name == "swipe":
        words, how = detail_words(calib), detail_rules(calib)
        for r, rec in zip(rows, recs):
            # one entry per distinct claim (its first place); repeats: how many places more
            added = _claim_groups(rec["added"], tau, "added", "added")
            dropped = _claim_groups(rec["dropped"], tau, "dropped", "dropped")
            out.append({"id": r["id"], "added": [g[0] for g in added], "dropped": [g[0] for g in dropped],
                        "repeats": {"added": sum(len(g) - 1 for g in added),
                                    "dropped": sum(len(g) - 1 for g in dropped)},
                        "added_details": reported_details(rec, "added", words, **how),
                        "dropped_details": reported_details(rec, "dropped", words, **how),
                        "edits": {k: len(v) for k, v in swipe_edits(r).items()}})
    elif name == "iterater_sent":
        for r, rec in zip(rows, recs):
            labels = labels_at(rec["claims"], tau, "added")
            out.append({"id": r.get("id"), "gold": int(r["meaning_changed"]),
                        "pred": int(any(lab != "kept" for lab in labels)), "claims": labels})
    elif name == "stsb":
        for r, rec in zip(rows, recs):
            out.append({"id": r.get("id"), "gold": float(r["label"]), "score": graded_similarity(rec["features"], calib),
                        "features": rec["features"]})
    elif name in ("mrpc", "paws"):
        t = float(calib["pair"]["threshold"])
        for r, rec in zip(rows, recs):
            p = pair_probability(rec["features"], calib)
            out.append({"id": r.get("id"), "gold": int(r["label"]), "pred": int(p >= t), "score": p,
                        "features": rec["features"]})
    elif name == "clough_reuse":
        for r, rec in zip(rows, recs):
            out.append({"id": r.get("id"), "gold": r["label"], "pred": reuse_level(rec["features"], calib),
                        "task": r["task"], "top1": rec["top1"], "features": rec["features"]})
    return out


def table(report: dict) -> str:
    cv = report.get("calibration_cv", {})
    lines = [f"signature: {report['signature']}",
             f"split: {report['split']}  data: {report['data']}  limit: {report['limit']}  machine: {report['machine']}",
             "| set | task | metric | ours | ours (DEV CV) | minilm_cos | difflib | token_set | best published |",
             "|---|---|---|---|---|---|---|---|---|"]

    def fmt(v: Any) -> str:
        return "–" if v is None else f"{v:.1f}"

    for name, res in report["results"].items():
        for key in KEYS[name]:
            peers = [fmt(res["peers"][p].get(key)) for p in PEERS]
            c = cv.get(name, {}).get(key)
            lines.append(f"| {name} | {TASKS[name]} | {key} | {fmt(res.get(key))} | {fmt(c)} | "
                         f"{' | '.join(peers)} | {PUBLISHED.get((name, key), '')} |")
    ours = ("in-sample on DEV: it was fitted there" if report["split"] == "dev"
            else f"to the {report['split']} split, which nothing was fitted on")
    lines.append(f"ours: the shipped calibration applied ({ours}); "
                 "ours (DEV CV): 5-fold cross-validated DEV figure from benchmarks/calibrate.py; "
                 "peers: threshold fitted on DEV the same way. Published figures are on the official test sets.")
    return "\n".join(lines)


def write_errors(path: Path, errors: dict) -> None:
    """Write per-item predictions (``item_predictions`` by set) as ``errors.py`` reads them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(errors, indent=1) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared" / "data")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--only", default=",".join(SETS))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--cache", type=Path, default=None,
                    help="pickle of embeddings and analyses to reuse between runs (speed only; figures unchanged)")
    ap.add_argument("--errors", type=Path, default=None, help="write per-item predictions (JSON) for error analysis")
    ap.add_argument("--calibration", default=CALIBRATION, help="calibration name (provenance/calibration/NAME.json)")
    ap.add_argument("--backend", default=None, choices=BACKENDS, help="embedding backend (default: the library's, torch); the "
                    "calibration was fitted on fp32 embeddings, so onnx-int8 figures show what int8 costs")
    args = ap.parse_args(argv)
    only = [s for s in args.only.split(",") if s]
    unknown = [s for s in only if s not in SETS]
    if unknown:
        ap.error(f"unknown set(s) {unknown}; choose from {', '.join(SETS)}")
    missing = [s for s in only if not (args.data / s / f"{args.split}.jsonl").is_file()]
    if missing:
        print(f"error: no {args.split}.jsonl for {missing} under {args.data}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    errors: dict | None = {} if args.errors else None
    report = run(args.data, args.split, only, args.limit, lambda m: print(m, file=sys.stderr), args.cache,
                 args.calibration, errors, args.backend)
    report["wall_s"] = round(time.perf_counter() - t0, 1)
    print(table(report))
    print(f"wall time: {report['wall_s']}s")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.errors:
        write_errors(args.errors, errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
