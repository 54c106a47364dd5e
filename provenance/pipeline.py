"""The Comparer: holds a Config, the encoder (loaded once) and the NLP analyser.

``compare()`` and ``rank()`` at module level build (and reuse) a Comparer and call it: one
code path for the library and the CLI.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import OrderedDict, deque
from dataclasses import dataclass
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Iterable, Iterator, Mapping, Sequence

import numpy as np

from . import alignment
from .claims import ClaimSpan, _quote, claim_spans, claim_weights, label_side, mark_repeats, part_texts, with_details
from .config import SCHEMA_VERSION, Config, signature
from .errors import ConfigError, InputError
from .overlap import best_word_matches, content_tokens, overlap, stemmed_words, weighted_mean
from .ranking import attribute, coverage_by_source, kept_share, rank_sources, support_strength
from .segmentation import segment
from .types import (Claim, Comparison, Document, DocumentScores, Overlap, Passage, Ranked, Segment,
                    SentencePair)

log = logging.getLogger(__name__)

# sentences parsed per block: each block's claims are encoded while the next block parses
_PARSE_BLOCK = 16


@dataclass(frozen=True)
class Prepared:
    """A text segmented, cut into claims, analysed and embedded (cached per Comparer)."""

    text: str
    sentences: tuple[Segment, ...]
    claims: tuple[ClaimSpan, ...]
    embeddings: np.ndarray          # (n_claims, dim), unit rows
    tokens: tuple[frozenset[str], ...]
    # parts of long claims (``claims.claim_parts``): their embeddings and each one's claim
    part_embeddings: np.ndarray | None = None
    part_of: np.ndarray | None = None


def _texts(originals: Any) -> tuple[list[Any], list[str]]:
    """Accept one text, a sequence of texts, or a mapping key -> text; return (keys, texts)."""
    if isinstance(originals, str):
        return [0], [originals]
    if isinstance(originals, (bytes, bytearray)):       # a sequence of ints, not of texts
        _text(originals)
    if isinstance(originals, Mapping):
        keys = list(originals.keys())
        texts = [originals[k] for k in keys]
    else:
        texts = list(originals)
        keys = list(range(len(texts)))
    for k, t in zip(keys, texts):
        if not isinstance(t, str):
            raise InputError(f"original {k!r} is {type(t).__name__}, not str: pass decoded text")
    return keys, texts


class Comparer:
    """Compare a rewrite with one or more originals.

    >>> cmp = Comparer()                                  # doctest: +SKIP
    >>> result = cmp.compare(rewrite_text, [original_a, original_b])   # doctest: +SKIP
    """

    def __init__(self, config: Config | None = None, *, encoder: Any = None, analyzer: Any = None,
                 segmenter: Any = None, cache_size: int = 256) -> None:
        self.config = config or Config()
        if encoder is None:
            from .embedding import load_encoder

            encoder = load_encoder(self.config)
        if analyzer is None:
            from .facts import Analyzer

            analyzer = Analyzer()
            store = getattr(encoder, "persistent", None)
            if store is not None and hasattr(store, "get_analyses"):
                # parses are kept where the vectors are: a text compared before is neither
                # encoded nor parsed again (keyed by the spaCy model and the analyser's source)
                from .store import CachedAnalyzer

                analyzer = CachedAnalyzer(analyzer, store)
        if segmenter is None:
            # sentence offsets are cached wherever the encoder keeps its vectors on disk
            from .store import CachedSegmenter

            segmenter = CachedSegmenter(getattr(encoder, "persistent", None))
        self.encoder = encoder
        self.analyzer = analyzer
        self.segmenter = segmenter
        self._prepared: OrderedDict[str, Prepared] = OrderedDict()
        self._cache_size = cache_size

    # ------------------------------------------------------------------ preparation
    @property
    def signature(self) -> str:
        return signature(self.config, encoder_fingerprint=self.encoder.fingerprint,
                         nlp_fingerprint=getattr(self.analyzer, "fingerprint", None))

    def prepare(self, text: str) -> Prepared:
        """Segment, analyse and embed a text (memoised on the text)."""
        return next(self.prepare_iter([text]))

    def prepare_iter(self, texts: Iterable[str]) -> Iterator[Prepared]:
        """Prepare texts in order, lazily.

        The model encodes claims on one worker thread while spaCy parses the next block of
        sentences on this one (both release the GIL in their heavy loops), so a compare costs
        little more than encoding its texts.
        """
        pending: deque[Any] = deque()    # Prepared, or (text, sentences, claims, [(claims, part owners, future)])
        with ThreadPoolExecutor(1, thread_name_prefix="provenance-encode") as pool:
            for text in texts:
                _text(text)
                hit = self._prepared.get(text)
                if hit is not None:
                    self._prepared.move_to_end(text)
                    pending.append(hit)
                else:
                    sentences = self.segmenter(text, max_chars=self.config.max_sentence_chars)
                    claims: list[ClaimSpan] = []
                    futures = []
                    for lo in range(0, max(len(sentences), 1), _PARSE_BLOCK):
                        part = sentences[lo:lo + _PARSE_BLOCK]
                        new = [dataclasses.replace(c, index=c.index + len(claims)) for c in
                               claim_spans(text, part, self.analyzer.analyse([s.text for s in part]))]
                        claims += new
                        # each block's claims, then their parts (``claims.claim_parts``) and the
                        # claim each part belongs to
                        parts = part_texts(new, self.config.part_words)
                        futures.append((len(new), [i for i, _ in parts], pool.submit(
                            self.encoder.encode, [c.embed_text for c in new] + [t for _, t in parts])))
                    pending.append((text, sentences, tuple(claims), futures))
                while len(pending) > 1:     # the next text is parsed: hand out the one before
                    yield self._finish(pending.popleft())
            while pending:
                yield self._finish(pending.popleft())

    def _finish(self, item: Any) -> Prepared:
        if isinstance(item, Prepared):
            return item
        text, sentences, claims, futures = item
        hit = self._prepared.get(text)       # the same text twice in one call
        if hit is not None:
            return hit
        blocks = [(n, f.result()) for n, _, f in futures]
        part_of = np.array([i for _, owners, _ in futures for i in owners], dtype=np.int64)
        if len(part_of):
            emb = np.concatenate([b[:n] for n, b in blocks], axis=0)
            part_emb: np.ndarray | None = np.concatenate([b[n:] for n, b in blocks], axis=0)
        else:
            emb = blocks[0][1] if len(blocks) == 1 else np.concatenate([b for _, b in blocks], axis=0)
            part_emb = part_of = None
        prepared = Prepared(text, sentences, claims, emb, tuple(content_tokens(c.text) for c in claims),
                            part_emb, part_of)
        self._prepared[text] = prepared
        if len(self._prepared) > self._cache_size:
            self._prepared.popitem(last=False)
        return prepared

    def _aligned(self, rw: Prepared, o: Prepared, source: int) -> tuple[list[alignment.Match], list[alignment.Match]]:
        """Support of the rewrite's claims in one original and of its claims in the rewrite,
        with mutual best matches linked (``alignment.mutual``): the original on its own."""
        return self._linked(rw, o, self._unlinked(rw, o, source))

    def _unlinked(self, rw: Prepared, o: Prepared, source: int) -> tuple[list[alignment.Match], list[alignment.Match]]:
        """Support both ways between the rewrite and one original, before mutual linking."""
        return self._support(rw, o, source), self._support(o, rw, source, self.config.original_weights)

    def _linked(self, rw: Prepared, o: Prepared, pair: tuple[list[alignment.Match], list[alignment.Match]],
                linkable: Sequence[bool] | None = None) -> tuple[list[alignment.Match], list[alignment.Match]]:
        return alignment.mutual(*pair, rw.tokens, o.tokens, threshold=self.config.threshold,
                                min_cosine=self.config.mutual_min_cosine, linkable=linkable)

    def _support(self, x: Prepared, y: Prepared, source: int, weights: Sequence[float] | None = None) -> list[alignment.Match]:
        """How well ``y``'s claims support each claim of ``x`` (``weights``: the support
        score's, unless given: the original side's ``Config.original_weights``)."""
        cfg = self.config
        return alignment.support(
            x.embeddings, x.tokens, y.embeddings, y.tokens, source=source,
            weights=weights or cfg.support_weights, top_k=cfg.top_k, union_size=cfg.union_size, block=cfg.block_size,
            y_parts=y.part_embeddings, y_part_of=y.part_of,
        )

    # ------------------------------------------------------------------ compare
    def compare(self, rewrite: str, originals: Any, *, names: Sequence[str] | None = None) -> Comparison:
        """Label every claim of the rewrite and of each original; rank the originals.

        ``originals`` is one text, a sequence of texts or a mapping key -> text. ``names``
        label them in reports (default: the mapping keys, or ``original-1`` ...).
        """
        return self._compare(rewrite, originals, names=names)

    def _compare(self, rewrite: str, originals: Any, *, names: Sequence[str] | None = None,
                 details: bool = True, kinds: Sequence[str] | None = None) -> Comparison:
        """``compare``; ``details=False`` finds no details (the pair scores read none);
        ``kinds``: the fact kinds that make a claim altered (None: the config's)."""
        keys, texts = _texts(originals)
        if not texts:
            raise InputError("compare needs at least one original text")
        if names is None:
            names = [str(k) for k in keys] if isinstance(originals, Mapping) else \
                [f"original-{i + 1}" for i in range(len(texts))]
        names = list(names)
        if len(names) != len(texts):
            raise InputError(f"{len(names)} names given for {len(texts)} originals")
        cfg = self.config
        kinds = cfg.kinds if kinds is None else tuple(kinds)
        tau = cfg.threshold
        warnings: list[str] = []
        rw, *origs = self.prepare_iter([rewrite, *texts])
        if not rw.claims:
            warnings.append("the rewrite is empty: every claim of the originals is dropped")
        for n, o in zip(names, origs):
            if not o.claims:
                warnings.append(f"original {n} is empty: it supports nothing")

        aligned, best = self._best(rw, origs)
        per_source = [fwd for fwd, _ in aligned]
        head = cfg.consistency_head
        conflicts: list[bool] = []
        rw_claims = label_side(rw.claims, best, [o.claims for o in origs], names, side="rewrite",
                               threshold=tau, check_facts=cfg.check_facts, fact_kinds=kinds,
                               own_doc=rw.text, other_docs=[o.text for o in origs], head=head,
                               tokens=rw.tokens if head else None,
                               other_tokens=[frozenset().union(*o.tokens) for o in origs] if head else None,
                               conflicts=conflicts)
        # each original's claims against the rewrite; a dropped detail's words must be missing
        # from the whole rewrite (moved to another sentence is not dropped)
        min_words = cfg.min_detail_words if details else 0
        rw_stems = frozenset(stemmed_words(rw.text)) if min_words >= 1 else frozenset()
        cut = cfg.reworded_cut
        how: dict[str, Any] = {"insert_words": cfg.min_insert_words}
        if cut is not None:
            how.update(similarity=self._pair_cosines, reworded=cut)
        orig_docs = []
        for src, (o, n) in enumerate(zip(origs, names)):
            altered_by: dict[int, tuple] = {}
            for c in rw_claims:
                if c.label == "altered":
                    for e in c.evidence:
                        if e.source == src:
                            altered_by[e.claim] = altered_by.get(e.claim, ()) + c.changes
            back = [dataclasses.replace(m, source=0) if m.source >= 0 else m for m in aligned[src][1]]
            o_claims = label_side(o.claims, back, [rw.claims], ["the rewrite"], side="original",
                                  threshold=tau, check_facts=cfg.check_facts, fact_kinds=kinds,
                                  altered_by=altered_by,
                                  own_doc=o.text, other_docs=[rw.text])
            orig_docs.append(Document(n, o.text, o.sentences,
                                      tuple(mark_repeats(with_details(o_claims, min_words,
                                                                      elsewhere=rw_stems, **how)))))
        rw_claims = mark_repeats(with_details(rw_claims, min_words, **how))
        rw_doc = Document("rewrite", rw.text, rw.sentences, tuple(rw_claims))

        weights = claim_weights(rw.claims)
        coverage = coverage_by_source(per_source, weights, tau)
        kept = [kept_share(d.claims) for d in orig_docs]
        ranking = rank_sources(keys, coverage, kept, support_strength(per_source, weights))
        attribution = attribute(len(rw.sentences), [c.sentence for c in rw.claims], per_source, weights, tau)
        pairs = sentence_pairs(rw, rw_doc, origs, orig_docs)
        claim_overlaps = [
            overlap(c.text, " ".join(e.text for e in c.evidence), best[i].cosine) if c.evidence else Overlap.zero()
            for i, c in enumerate(rw_claims)
        ]
        verdict = self._verdict(rw, origs, rw_claims, conflicts, head["verdict"]) if head and head.get("verdict") \
            else (None, None, None)
        scores = DocumentScores(
            rewrite_coverage=kept_share(rw_claims),
            original_kept=tuple(kept),
            overlap=weighted_mean(claim_overlaps, list(weights)),
            consistency=verdict[0],
            consistent=verdict[1],
            verdict_reason=verdict[2],
        )
        return Comparison(SCHEMA_VERSION, self.signature, rw_doc, tuple(orig_docs), pairs, attribution,
                          ranking, scores, tuple(warnings))

    def sentence_matches(self, rewrite: str, originals: Any) -> dict[str, float] | None:
        """How closely the rewrite's least-matched sentence follows the originals: its best
        word-level match with any of their sentences (``sentence_lexical``,
        ``overlap.best_word_matches``) and the best cosine between its claims and theirs
        (``sentence_cosine``), each the lowest over the rewrite's sentences; None for an empty
        rewrite. The consistency verdict reads them (``similarity.VERDICT_FEATURES``);
        ``benchmarks/calibrate.py`` fits it on them."""
        rw, *origs = self.prepare_iter([rewrite, *_texts(originals)[1]])
        got = self._sentence_matches(rw, origs)
        return None if got is None else got[0]

    def _sentence_matches(self, rw: Prepared, origs: Sequence[Prepared]) -> tuple[dict[str, float], int, int] | None:
        """``sentence_matches``, and the rewrite sentences (indices) whose word match and
        whose cosine are the lowest."""
        if not rw.claims:
            return None
        held = sorted({c.sentence for c in rw.claims})      # sentences that hold a claim
        lexical = best_word_matches([rw.sentences[i].text for i in held],
                                    [s.text for o in origs for s in o.sentences])
        cos = np.zeros(len(rw.claims), dtype=np.float32)    # each claim's best cosine in any original
        for o in origs:
            for i in range(0, len(rw.claims), 1024) if len(o.claims) else ():
                cos[i:i + 1024] = np.maximum(cos[i:i + 1024], (rw.embeddings[i:i + 1024] @ o.embeddings.T).max(axis=1))
        by_sentence: dict[int, float] = {}
        for c, v in zip(rw.claims, cos):
            by_sentence[c.sentence] = max(by_sentence.get(c.sentence, -1.0), float(v))
        low_lex = min(range(len(held)), key=lambda k: lexical[k])
        low_cos = min(by_sentence, key=lambda k: by_sentence[k])
        return ({"sentence_lexical": lexical[low_lex], "sentence_cosine": by_sentence[low_cos]},
                held[low_lex], low_cos)

    def _verdict(self, rw: Prepared, origs: Sequence[Prepared], claims: Sequence[Claim], conflicts: Sequence[bool],
                 params: Mapping[str, Any]) -> tuple[float, bool, str]:
        """(probability that the originals support the whole rewrite, whether it reaches the
        verdict's cut, what it read: the weakest claim and the least-matched sentence), from
        the claims' head probabilities (a conflict counts 0) and the sentence matches
        (``similarity.verdict``; an empty rewrite: (1, True))."""
        from .similarity import verdict, verdict_features, verdict_probabilities

        got = self._sentence_matches(rw, origs)
        if got is None:
            return (*verdict(None, params), "the rewrite is empty: it claims nothing")
        m, low_lex, low_cos = got
        probs = verdict_probabilities([c.support for c in claims], conflicts)
        p, ok = verdict(verdict_features(probs, **m), params)
        w = min(range(len(claims)), key=lambda i: probs[i])
        c = claims[w]
        how = f"{c.label}, a conflicting fact: counts 0" if conflicts[w] else f"{c.label}, support probability {probs[w]:.2f}"
        where = f"R{low_lex + 1}" if low_lex == low_cos else f"R{low_lex + 1} in words, R{low_cos + 1} in meaning"
        reason = (f"weakest claim R{c.sentence + 1} {_quote(c.text, 60)} ({how}); least-matched sentence "
                  f"{where} (best word match {m['sentence_lexical']:.2f}, best claim cosine {m['sentence_cosine']:.2f})")
        return p, ok, reason

    def _best(self, rw: Prepared, origs: Sequence[Prepared]) -> tuple[list[tuple[list[alignment.Match], list[alignment.Match]]], list[alignment.Match]]:
        """Each original against the rewrite, both ways, and each rewrite claim's best match
        over all originals (the best source wins; ties: the first given).

        Mutual best matches are linked across all the originals at once: a rewrite claim is
        linked only with the original that holds its nearest claim (ties: each such original),
        so an article on the same subject that is not the source does not take the rewrite's
        claims as its own through a cosine that another original beats (a single original is
        linked as in ``_aligned``: every claim's nearest claim is there)."""
        raw = [self._unlinked(rw, o, i) for i, o in enumerate(origs)]
        top = [max(fwd[i].nearest_cos for fwd, _ in raw) for i in range(len(rw.claims))]
        aligned = [self._linked(rw, o, pair, [m.nearest_cos >= t - 1e-6 for m, t in zip(pair[0], top)])
                   for o, pair in zip(origs, raw)]
        best = [max((fwd[i] for fwd, _ in aligned), key=lambda m: (m.score, -m.source), default=alignment.NO_MATCH)
                for i in range(len(rw.claims))]
        return aligned, best

    def claim_features(self, rewrite: str, originals: Any) -> list[dict[str, Any]]:
        """Per rewrite claim, what the consistency head reads (``similarity.claim_features``)
        and what its label also depends on: ``aligned`` (support score at the support
        threshold), ``changed`` (a typed fact of the mode's kinds differs) and ``conflict``
        (a number or date in place of another, or a name the source never mentions in place
        of one; ``claims.conflicts``). None
        for ``features`` when no original has a claim. ``benchmarks/calibrate.py`` fits the
        head on these; ``compare`` in consistency mode computes exactly the same."""
        from .claims import DocClaims, head_inputs

        _, texts = _texts(originals)
        rw, *origs = self.prepare_iter([rewrite, *texts])
        _, best = self._best(rw, origs)
        cfg = self.config
        unions = [frozenset().union(*o.tokens) for o in origs]
        own, others = DocClaims(rw.claims), [DocClaims(o.claims) for o in origs]
        out: list[dict[str, Any]] = []
        for c, m in zip(rw.claims, best):
            if m.source < 0:
                out.append({"features": None, "aligned": False, "changed": False, "conflict": False})
                continue
            out.append(head_inputs(c, m, others, threshold=cfg.threshold,
                                   check_facts=cfg.check_facts, fact_kinds=cfg.kinds, own_doc=rw.text,
                                   other_docs=[o.text for o in origs], tokens=rw.tokens, other_tokens=unions,
                                   own_claims=own)[2])
        return out

    # ------------------------------------------------------------------ rank
    def rank(self, rewrite: str, candidates: Any, *, limit: int | None = None) -> list[Ranked]:
        """Order candidate originals by how much of the rewrite each supports on its own.

        Each candidate is linked with the rewrite alone (``_aligned``), unlike ``compare``,
        which links mutual best matches across all its originals at once (``_best``): a
        candidate's figures here do not depend on the other candidates.

        Accepts a sequence or a mapping; each ``Ranked.key`` is the caller's key (or index).
        """
        keys, texts = _texts(candidates)
        prepared = self.prepare_iter([rewrite, *texts])
        rw = next(prepared)
        weights = claim_weights(rw.claims)
        tau = self.config.threshold
        coverage, kept, strength = [], [], []
        for i, o in enumerate(prepared):
            fwd, back = self._aligned(rw, o, i)
            coverage.append(coverage_by_source([fwd], weights, tau)[0])
            strength.append(support_strength([fwd], weights)[0])
            ow = claim_weights(o.claims)
            total = float(ow.sum())
            kept.append(float(sum(w for w, m in zip(ow, back) if m.score >= tau) / total) if total else 0.0)
        ranked = list(rank_sources(keys, coverage, kept, strength))
        return ranked[:limit] if limit is not None else ranked

    # ------------------------------------------------------------------ evidence
    def evidence(self, text: str, sources: Any, *, k: int = 3) -> list[Passage]:
        """Up to ``k`` sentences of ``sources`` that together hold the evidence for ``text``
        (a claim, or a few sentences), most telling first: the sentence that supports it best,
        then each time the one holding most of its content words the ones before lack
        (``evidence.rank_evidence``). ``sources`` is one text, a sequence of texts or a mapping
        key -> text, as ``compare``'s originals; the passages may come from any of them, and
        each ``Passage.source`` is its source's position in that order (0 for one text). Each
        passage names the words it adds. An empty text, or sources that are all empty, have
        no evidence: ``[]``."""
        from .evidence import rank_evidence

        _text(text)
        _, texts = _texts(sources)
        if isinstance(k, bool) or not isinstance(k, int) or k < 1:
            raise ConfigError(f"k must be a whole number of at least 1, got {k!r}")
        if not text.strip() or not any(t.strip() for t in texts):
            return []
        x, *ys = self.prepare_iter([text, *texts])
        return rank_evidence(x, ys, self.config.support_weights, k)

    def _pair_cosines(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        """Cosine of each pair of short texts, all encoded in one batch."""
        from .embedding import pair_cosines

        return pair_cosines(self.encoder, pairs)

    # ------------------------------------------------------------------ pair scores
    def _whole_cosine(self, a: str, b: str) -> float:
        from .embedding import pair_cosines

        return pair_cosines(self.encoder, [(a, b)])[0]

    def pair_features(self, a: str, b: str) -> dict[str, float]:
        """Symmetric features of two texts (see ``similarity.pair_features``). The claim
        labels they read count content changes only (``facts.CONTENT_KINDS``), whatever the
        config's ``fact_kinds``: the pair heads were fitted so, and paraphrase and STS
        annotators let a hedge, an attribution or quotation marks differ."""
        from .facts import CONTENT_KINDS
        from .similarity import pair_features

        _text(a), _text(b)
        nlp = getattr(self.analyzer, "nlp", None)
        fits = nlp is not None and max(len(a), len(b)) < getattr(nlp, "max_length", 1_000_000)
        docs = tuple(nlp.pipe([a, b])) if fits else None
        return pair_features(self._compare(b, a, details=False, kinds=CONTENT_KINDS), a, b, self._whole_cosine(a, b), docs,
                             self._sts_cosine(a, b))

    @property
    def sts_encoder(self) -> Any:
        """The encoder with the calibration's adapter merged in (``provenance.adapter``), loaded
        on first use; None when the calibration has no adapter or this comparer was given an
        encoder other than the packaged model (its pair features then use the plain cosine)."""
        if not hasattr(self, "_sts"):
            self._sts = None
            spec = self.config.calib.get("adapter")
            fp = getattr(self.encoder, "fingerprint", "")
            from .config import PACKAGED_FINGERPRINT

            if spec and fp.startswith(PACKAGED_FINGERPRINT):
                from . import adapter
                from .config import calibration_dir
                from .embedding import CachedEncoder

                flat = adapter.load(calibration_dir() / spec["file"], spec["sha256"])
                self._sts = CachedEncoder(adapter.AdaptedEncoder(flat, device=self.config.device,
                                                                 batch_size=self.config.batch_size))
        return self._sts

    def _sts_cosine(self, a: str, b: str) -> float | None:
        from .embedding import pair_cosines

        enc = self.sts_encoder
        return None if enc is None else pair_cosines(enc, [(a, b)])[0]

    def similarity(self, a: str, b: str, *, features: Mapping[str, float] | None = None) -> float:
        """0..1 graded similarity of meaning (STS-style: 1.0 = equivalent, 0.6 = roughly
        equivalent with details differing, 0 = unrelated); the calibration's ``graded`` head.
        Empty (or whitespace-only) texts: two of them are equivalent (1.0), one of them shares
        nothing with a text that says something (0.0)."""
        from .similarity import graded

        empty = _empty_pair(a, b) if features is None else None
        if empty is not None:
            return empty
        return graded(features or self.pair_features(a, b), _head(self.config, "graded"))

    def paraphrase_probability(self, a: str, b: str, *, features: Mapping[str, float] | None = None) -> float:
        """0..1: how likely ``a`` and ``b`` are paraphrases (the calibration's ``pair`` head);
        empty texts as for ``similarity`` (1.0 for two, 0.0 for one)."""
        from .similarity import logistic

        empty = _empty_pair(a, b) if features is None else None
        if empty is not None:
            return empty
        return logistic(features or self.pair_features(a, b), _head(self.config, "pair"))

    def is_paraphrase(self, a: str, b: str) -> bool:
        """``paraphrase_probability >= `` the calibrated decision threshold (two empty texts
        are paraphrases, one empty text is not)."""
        empty = _empty_pair(a, b)
        if empty is not None:
            return bool(empty)
        return self.paraphrase_probability(a, b) >= float(_head(self.config, "pair")["threshold"])

    def reuse_features(self, rewrite: str, original: str) -> dict[str, float]:
        from .similarity import reuse_features

        return reuse_features(self._compare(rewrite, original, details=False), self._whole_cosine(rewrite, original))

    def reuse_level(self, rewrite: str, original: str) -> str:
        """How heavily ``rewrite`` reuses ``original``: non / heavy / light / cut. An empty
        rewrite, or an empty original, reuses nothing: ``non``."""
        from .similarity import copy_measures, reuse_level

        if _empty_pair(rewrite, original) is not None:
            return "non"
        head = _head(self.config, "reuse")
        features = copy_measures(rewrite, original)       # all the shipped head reads: no compare
        if not set(head["features"]) | set(head.get("copy", {}).get("features", ())) <= features.keys():
            features = self.reuse_features(rewrite, original)
        return reuse_level(features, head)


def _text(text: Any) -> str:
    """``text`` when it is a str; an ``InputError`` (one clear line) otherwise."""
    if not isinstance(text, str):
        raise InputError(f"expected str, got {type(text).__name__}: decode bytes first")
    return text


def _empty_pair(a: str, b: str) -> float | None:
    """The pair scores' value when a text is empty: 1.0 for two, 0.0 for one, None otherwise
    (every pair score asks this first, so a text that is not a str stops here)."""
    _text(a), _text(b)
    ea, eb = not a.strip(), not b.strip()
    return (1.0 if ea and eb else 0.0) if ea or eb else None


def _head(config: Config, name: str) -> dict:
    head = config.calib.get(name)
    if not head:
        from .errors import ConfigError

        raise ConfigError(f"calibration {config.calibration!r} has no {name!r} section; use one fitted by "
                          "benchmarks/calibrate.py, e.g. the default, all-MiniLM-L6-v2")
    return head


#: A group holds at most this many sentences on one of its sides. Connected components of
#: the sentence links are small in a real rewrite (1-1, 2-1 merges, 1-3 splits), but a text
#: cut at other places than its source chains every sentence to the next: the whole article
#: became one 600-600 group, one unreadable diff row whose overlap scores kept the compare
#: running past 24 minutes (rapidfuzz's partial ratio grows with the product of the two
#: texts' lengths; ``benchmarks/speed.py``'s ``recut_compare_s``).
GROUP_CAP = 8


def sentence_pairs(rw: Prepared, rw_doc: Document, origs: Sequence[Prepared],
                   orig_docs: Sequence[Document]) -> tuple[SentencePair, ...]:
    """Group aligned sentences: connected components of rewrite sentence <-> original sentence
    links (from both sides' evidence), per original, joined strongest link first; a link that
    would give a group more than ``GROUP_CAP`` sentences on both sides is left out of the
    grouping (the claims keep it as evidence). Reordering is judged against the longest
    in-order chain of groups."""
    pairs: list[SentencePair] = []
    rw_rows = _rows_by_sentence(rw)
    for src, (o, od) in enumerate(zip(origs, orig_docs)):
        o_rows = _rows_by_sentence(o)
        edges: dict[tuple[int, int], float] = {}

        def link(r: int, s: int, score: float) -> None:
            edges[(r, s)] = max(score, edges.get((r, s), score))

        for c in rw_doc.claims:
            for e in c.evidence:
                if e.side == "original" and e.source == src:
                    link(c.sentence, o.claims[e.claim].sentence, e.score)
        for c in od.claims:
            for e in c.evidence:
                link(rw.claims[e.claim].sentence, c.sentence, e.score)
        groups = _components(edges, GROUP_CAP)
        groups.sort(key=lambda g: (min(g[0]), min(g[1])))
        in_order = _longest_chain([min(g[1]) for g in groups])
        for gi, (r_set, o_set) in enumerate(groups):
            r_idx, o_idx = tuple(sorted(r_set)), tuple(sorted(o_set))
            r_text = " ".join(rw.sentences[i].text for i in r_idx)
            o_text = " ".join(o.sentences[i].text for i in o_idx)
            r_emb = _mean_rows(rw.embeddings, sorted(i for s in r_idx for i in rw_rows.get(s, ())))
            o_emb = _mean_rows(o.embeddings, sorted(i for s in o_idx for i in o_rows.get(s, ())))
            cos = float(np.dot(r_emb, o_emb))
            pairs.append(SentencePair(src, r_idx, o_idx, f"{len(o_idx)}-{len(r_idx)}", gi not in in_order,
                                      overlap(r_text, o_text, cos)))
    return tuple(pairs)


def _rows_by_sentence(prepared: Prepared) -> dict[int, list[int]]:
    """sentence -> the embedding rows of its claims (one pass, so grouping stays linear)."""
    rows: dict[int, list[int]] = {}
    for c in prepared.claims:
        rows.setdefault(c.sentence, []).append(c.index)
    return rows


def _mean_rows(emb: np.ndarray, rows: list[int]) -> np.ndarray:
    if not rows:
        return np.zeros(emb.shape[1] if emb.ndim == 2 else 1, dtype=np.float32)
    v = emb[rows].sum(axis=0)
    n = float(np.linalg.norm(v)) or 1.0
    return v / n


def _components(edges: Mapping[tuple[int, int], float], cap: int | None = None) -> list[tuple[set[int], set[int]]]:
    """Groups of (rewrite sentences, original sentences) joined by the links ``edges`` (link ->
    strength), strongest first (ties by position, so the result is deterministic). With
    ``cap``, a link that would make a group exceed ``cap`` sentences on both sides joins
    nothing; without one, or when no component is that large, the groups are exactly the
    connected components. Sentences in no group with a partner are left out."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}
    size: dict[tuple[str, int], tuple[int, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        if x not in parent:
            parent[x] = x
            size[x] = (1, 0) if x[0] == "r" else (0, 1)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (r, o), _ in sorted(edges.items(), key=lambda kv: (-kv[1], kv[0])):
        a, b = find(("r", r)), find(("o", o))
        if a == b:
            continue
        n_r, n_o = size[a][0] + size[b][0], size[a][1] + size[b][1]
        if cap is not None and n_r > cap and n_o > cap:
            continue
        root, child = min(a, b), max(a, b)
        parent[child] = root
        size[root] = (n_r, n_o)
    groups: dict[tuple[str, int], tuple[set[int], set[int]]] = {}
    for node in list(parent):
        g = groups.setdefault(find(node), (set(), set()))
        (g[0] if node[0] == "r" else g[1]).add(node[1])
    return [g for g in groups.values() if g[0] and g[1]]


def _longest_chain(values: list[int]) -> set[int]:
    """Indices of one longest strictly increasing subsequence (O(n log n))."""
    import bisect

    tails: list[int] = []
    tails_idx: list[int] = []
    prev = [-1] * len(values)
    for i, v in enumerate(values):
        k = bisect.bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
            tails_idx.append(i)
        else:
            tails[k] = v
            tails_idx[k] = i
        prev[i] = tails_idx[k - 1] if k > 0 else -1
    out: set[int] = set()
    i = tails_idx[-1] if tails_idx else -1
    while i != -1:
        out.add(i)
        i = prev[i]
    return out


_DEFAULT: dict[Config, Comparer] = {}


def default_comparer(config: Config | None = None) -> Comparer:
    """A Comparer per Config, created on first use and reused (the model loads once)."""
    config = config or Config()
    if config not in _DEFAULT:
        _DEFAULT[config] = Comparer(config)
    return _DEFAULT[config]


def compare(rewrite: str, originals: Any, *, config: Config | None = None,
            names: Sequence[str] | None = None) -> Comparison:
    """Compare a rewrite with one or more originals (see ``Comparer.compare``)."""
    return default_comparer(config).compare(rewrite, originals, names=names)


def rank(rewrite: str, candidates: Any, *, config: Config | None = None, limit: int | None = None) -> list[Ranked]:
    """Rank candidate originals for a rewrite (see ``Comparer.rank``)."""
    return default_comparer(config).rank(rewrite, candidates, limit=limit)
