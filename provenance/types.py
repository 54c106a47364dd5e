"""Immutable result types: one value type per pipeline stage.

Every score is on 0..1. Every type has ``to_dict()`` and ``from_dict()`` so a saved JSON
report can be re-rendered without recomputing. Offsets are character offsets into the
document's text: ``doc.text[seg.start:seg.end] == seg.text`` always.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    from .facts import FactChange

LABELS_REWRITE = ("added", "altered", "kept")
LABELS_ORIGINAL = ("dropped", "altered", "kept")
LABELS = ("added", "dropped", "altered", "kept")

#: Side names used in evidence spans.
REWRITE = "rewrite"
ORIGINAL = "original"


def _plain(obj: Any) -> Any:
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, float):
        return round(obj, 6)
    return obj


class _Dictable:
    """Mixin: ``to_dict`` via dataclass fields (floats rounded to 6 places for stable JSON)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Segment(_Dictable):
    """A sentence of one text with its offsets and paragraph number."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Segment":
        return cls(int(d["index"]), int(d["start"]), int(d["end"]), str(d["text"]), int(d["paragraph"]))


@dataclass(frozen=True, slots=True)
class Evidence(_Dictable):
    """A span in another text that a claim's label rests on.

    ``side`` is ``"original"`` (then ``source`` is the index of the original) or ``"rewrite"``
    (then ``source`` is -1). ``claim`` is the claim's index in that document.
    """

    side: str
    source: int
    claim: int
    start: int
    end: int
    text: str
    score: float

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Evidence":
        return cls(str(d["side"]), int(d["source"]), int(d["claim"]), int(d["start"]), int(d["end"]),
                   str(d["text"]), float(d["score"]))


@dataclass(frozen=True, slots=True)
class Detail(_Dictable):
    """Words of a kept or altered claim that its counterpart lacks (``overlap.missing_runs``):
    on an original claim, a detail the rewrite dropped; on a rewrite claim, one it added.
    Offsets into the claim's document; ``words``: content words in it the counterpart lacks;
    ``facts``: how many of those are names or numbers (each a fact on its own, so it counts
    twice toward ``size``, which ``Config.detail_words`` bounds from below); ``cosine``: how
    close in meaning it is to the words the counterpart has in its place (None: it has none
    there, or the check is off; see ``Config.detail_reworded``); ``instead``: the words the
    counterpart has in its place ("" when it has none: a stretch inserted or deleted outright,
    see ``Config.detail_insert_words``)."""

    start: int
    end: int
    text: str
    words: int
    facts: int = 0
    cosine: float | None = None
    instead: str = ""

    @property
    def size(self) -> int:
        """``words + facts``: what a detail must reach to be reported (``Config.detail_words``)."""
        return self.words + self.facts

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Detail":
        cos = d.get("cosine")
        return cls(int(d["start"]), int(d["end"]), str(d["text"]), int(d["words"]), int(d.get("facts", 0)),
                   None if cos is None else float(cos), str(d.get("instead", "")))

    def to_dict(self) -> dict[str, Any]:
        """As every type's, but ``facts`` only when there are some, ``cosine`` only when
        measured and ``instead`` only when not empty (older reports stay as they were)."""
        out = _Dictable.to_dict(self)
        if not self.facts:
            out.pop("facts", None)
        if self.cosine is None:
            out.pop("cosine", None)
        if not self.instead:
            out.pop("instead", None)
        return out


@dataclass(frozen=True, slots=True)
class Claim(_Dictable):
    """The smallest part of a sentence that can be true or false on its own, with its label.

    ``reason_code`` is stable (``kept``, ``added.no_support``, ``added.boilerplate``,
    ``dropped.no_match``, ``altered.number`` ...); ``reason`` is for people.
    ``support`` is the best support score for this claim in the other side (0..1).
    """

    index: int
    sentence: int
    start: int
    end: int
    text: str
    label: str
    reason_code: str
    reason: str
    support: float
    source: int  # for rewrite claims: index of the original giving the best support (-1 when none)
    evidence: tuple[Evidence, ...] = ()
    changes: tuple["FactChange", ...] = ()
    boilerplate: bool = False
    details: tuple[Detail, ...] = ()   # kept or altered claims: words the counterpart lacks
    repeat_of: int = -1   # index of the first claim of the same document with the same text (-1: none)

    @property
    def types(self) -> tuple[str, ...]:
        """The typed fact kinds that changed (empty unless altered)."""
        seen: list[str] = []
        for ch in self.changes:
            if ch.kind not in seen:
                seen.append(ch.kind)
        return tuple(seen)

    @property
    def is_repeat(self) -> bool:
        """The same text as an earlier claim of its document (``repeat_of``): one claim stated
        again, which reports and counts of distinct claims fold into the first."""
        return self.repeat_of >= 0

    def to_dict(self) -> dict[str, Any]:
        """As every type's, but ``details`` only when there are some and ``repeat_of`` only
        for a repeat (reports written before either existed stay byte-identical)."""
        d = _Dictable.to_dict(self)
        if not self.details:
            del d["details"]
        if self.repeat_of < 0:
            del d["repeat_of"]
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Claim":
        from .facts import FactChange

        return cls(
            index=int(d["index"]), sentence=int(d["sentence"]), start=int(d["start"]), end=int(d["end"]),
            text=str(d["text"]), label=str(d["label"]), reason_code=str(d["reason_code"]),
            reason=str(d["reason"]), support=float(d["support"]), source=int(d["source"]),
            evidence=tuple(Evidence.from_dict(e) for e in d.get("evidence", ())),
            changes=tuple(FactChange.from_dict(c) for c in d.get("changes", ())),
            boilerplate=bool(d.get("boilerplate", False)),
            details=tuple(Detail.from_dict(x) for x in d.get("details", ())),
            repeat_of=int(d.get("repeat_of", -1)),
        )


@dataclass(frozen=True)
class Document(_Dictable):
    """One text with its sentences and labelled claims."""

    name: str
    text: str
    sentences: tuple[Segment, ...]
    claims: tuple[Claim, ...]

    def counts(self, *, distinct: bool = False) -> dict[str, int]:
        """Claims per label; ``distinct=True`` leaves out a repeat (``Claim.repeat_of``) whose
        first place has the same label, as the reports fold it (``report.diff.folded``)."""
        label = {c.index: c.label for c in self.claims}
        out: dict[str, int] = {}
        for c in self.claims:
            if not (distinct and c.is_repeat and label.get(c.repeat_of) == c.label):
                out[c.label] = out.get(c.label, 0) + 1
        return out

    def claims_in(self, sentence: int) -> tuple[Claim, ...]:
        return tuple(c for c in self.claims if c.sentence == sentence)

    def sentence_label(self, sentence: int) -> str:
        """The sentence-level summary: its claims' label when they agree, else ``"partial"``."""
        labels = {c.label for c in self.claims_in(sentence)}
        if len(labels) == 1:
            return labels.pop()
        return "partial" if labels else "empty"

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Document":
        return cls(str(d["name"]), str(d["text"]),
                   tuple(Segment.from_dict(s) for s in d["sentences"]),
                   tuple(Claim.from_dict(c) for c in d["claims"]))


@dataclass(frozen=True, slots=True)
class Overlap(_Dictable):
    """Paraphrase overlap scores, all on 0..1.

    ``token_set``, ``token_sort``, ``partial``: rapidfuzz ratios / 100; ``difflib``:
    ``SequenceMatcher(autojunk=False).ratio()`` over words; ``cosine``: embedding cosine
    clipped to 0..1.
    """

    token_set: float
    token_sort: float
    partial: float
    difflib: float
    cosine: float

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Overlap":
        return cls(*(float(d[k]) for k in ("token_set", "token_sort", "partial", "difflib", "cosine")))

    @classmethod
    def zero(cls) -> "Overlap":
        return cls(0.0, 0.0, 0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class SentencePair(_Dictable):
    """A group of aligned sentences: rewrite sentences <-> sentences of one original.

    ``kind`` is ``"<n original>-<m rewrite>"``: ``1-1``, ``2-1`` (merge), ``1-2`` (split)...
    ``reordered`` is true when this group sits out of order relative to the original.
    """

    source: int
    rewrite: tuple[int, ...]
    original: tuple[int, ...]
    kind: str
    reordered: bool
    overlap: Overlap

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "SentencePair":
        return cls(int(d["source"]), tuple(int(x) for x in d["rewrite"]), tuple(int(x) for x in d["original"]),
                   str(d["kind"]), bool(d["reordered"]), Overlap.from_dict(d["overlap"]))


@dataclass(frozen=True, slots=True)
class Attribution(_Dictable):
    """Which original(s) a rewrite sentence came from. ``source`` is -1 when none supports it."""

    sentence: int
    source: int
    score: float
    sources: tuple[tuple[int, float], ...] = ()

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Attribution":
        return cls(int(d["sentence"]), int(d["source"]), float(d["score"]),
                   tuple((int(s), float(v)) for s, v in d.get("sources", ())))


@dataclass(frozen=True, slots=True)
class Passage(_Dictable):
    """A sentence of a source picked as evidence for a text (``Comparer.evidence``):
    ``source`` is the index of its source among those given (0 for one), ``sentence`` its
    index in that source's sentences, ``start``/``end`` its offsets in that source, ``support``
    the best support score it gives any claim of the text (0..1), and ``adds`` the text's
    content words, as the text writes them, that it holds and the passages ranked before it
    do not."""

    source: int
    sentence: int
    start: int
    end: int
    text: str
    support: float
    adds: tuple[str, ...]

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Passage":
        return cls(int(d["source"]), int(d["sentence"]), int(d["start"]), int(d["end"]), str(d["text"]),
                   float(d["support"]), tuple(str(w) for w in d["adds"]))


@dataclass(frozen=True, slots=True)
class Ranked(_Dictable):
    """One candidate original in a ranking. ``key`` is the caller's key (or index)."""

    key: Any
    index: int
    rewrite_coverage: float   # share of the rewrite (claims, weighted by length) this original supports
    original_kept: float      # share of this original (weighted by length) the rewrite keeps or alters
    rank: int

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Ranked":
        return cls(d["key"], int(d["index"]), float(d["rewrite_coverage"]), float(d["original_kept"]), int(d["rank"]))


@dataclass(frozen=True, slots=True)
class DocumentScores(_Dictable):
    """Per-document overlap, length-weighted over claims; unexplained claims count as 0."""

    rewrite_coverage: float                 # how much of the rewrite the originals explain
    original_kept: tuple[float, ...]         # per original: how much of it the rewrite keeps
    overlap: Overlap                         # rewrite-side weighted mean of pair overlaps
    # consistency mode only (None in rewrite mode): the verdict on the whole rewrite, the
    # probability that the originals support all of it, and whether it reaches the verdict's cut
    consistency: float | None = None
    consistent: bool | None = None
    verdict_reason: str | None = None        # what the verdict read: the weakest claim, the least-matched sentence

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "DocumentScores":
        p, ok, why = d.get("consistency"), d.get("consistent"), d.get("verdict_reason")   # absent from 1.0 reports
        return cls(float(d["rewrite_coverage"]), tuple(float(x) for x in d["original_kept"]),
                   Overlap.from_dict(d["overlap"]), None if p is None else float(p), None if ok is None else bool(ok),
                   None if why is None else str(why))


@dataclass(frozen=True)
class Comparison(_Dictable):
    """Everything a renderer needs. Renderers see only this."""

    schema_version: str
    signature: str
    rewrite: Document
    originals: tuple[Document, ...]
    pairs: tuple[SentencePair, ...]
    attribution: tuple[Attribution, ...]
    ranking: tuple[Ranked, ...]
    scores: DocumentScores
    warnings: tuple[str, ...] = field(default=())

    # thin views -----------------------------------------------------------------------
    def claims(self, label: str) -> list[tuple[int, Claim]]:
        """(document index, claim) with this label; index -1 is the rewrite."""
        out = [(-1, c) for c in self.rewrite.claims if c.label == label]
        for i, doc in enumerate(self.originals):
            out.extend((i, c) for c in doc.claims if c.label == label)
        return out

    @property
    def added(self) -> tuple[Claim, ...]:
        return tuple(c for c in self.rewrite.claims if c.label == "added")

    @property
    def dropped(self) -> tuple[tuple[int, Claim], ...]:
        return tuple((i, c) for i, d in enumerate(self.originals) for c in d.claims if c.label == "dropped")

    @property
    def altered(self) -> tuple[Claim, ...]:
        return tuple(c for c in self.rewrite.claims if c.label == "altered")

    @property
    def kept(self) -> tuple[Claim, ...]:
        return tuple(c for c in self.rewrite.claims if c.label == "kept")

    def counts(self, *, distinct: bool = False) -> dict[str, int]:
        """Counts per label: rewrite claims for added/altered/kept, original claims for dropped;
        ``distinct=True`` counts a claim stated several times in one text once."""
        out = {k: 0 for k in LABELS}
        out.update(self.rewrite.counts(distinct=distinct))
        for d in self.originals:
            out["dropped"] += d.counts(distinct=distinct).get("dropped", 0)
        return out

    @property
    def top_source(self) -> int:
        return self.ranking[0].index if self.ranking else -1

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        d["counts"] = self.counts()
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Comparison":
        from .errors import ReportError
        from .config import SCHEMA_VERSION

        try:
            version = str(d["schema_version"])
            if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
                raise ReportError(f"report schema_version {version} is not readable by this version "
                                  f"(expects {SCHEMA_VERSION}); re-run the comparison")
            return cls(
                schema_version=version, signature=str(d["signature"]),
                rewrite=Document.from_dict(d["rewrite"]),
                originals=tuple(Document.from_dict(o) for o in d["originals"]),
                pairs=tuple(SentencePair.from_dict(p) for p in d["pairs"]),
                attribution=tuple(Attribution.from_dict(a) for a in d["attribution"]),
                ranking=tuple(Ranked.from_dict(r) for r in d["ranking"]),
                scores=DocumentScores.from_dict(d["scores"]),
                warnings=tuple(str(w) for w in d.get("warnings", ())),
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, ReportError):
                raise
            raise ReportError(f"not a provenance report: {type(exc).__name__}: {exc}") from None


__all__ = [
    "Attribution", "Claim", "Comparison", "Document", "DocumentScores", "Evidence", "Overlap",
    "Passage", "Ranked", "Segment", "SentencePair", "LABELS", "asdict",
]
