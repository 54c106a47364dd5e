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
import re
from array import array
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any, Mapping, Sequence

from .overlap import (_stem, containment, content_tokens, content_words, copy_features, difflib_ratio, in_order_share,
                      is_name_or_number, missing_stretch, ngram_containment, stemmed_words, words)
from .types import Claim, Comparison

#: surface features of a pair that need no model (``surface_features``)
SURFACE_FEATURES = ("len_ratio", "token_set", "token_sort", "num_mismatch", "cap_mismatch", "only_words",
                    "jaccard", "ctx_left", "ctx_right", "ctx_both")
#: how the word sequences differ (``edit_features``); the paraphrase head reads them. 5-fold runs
#: on MRPC / PAWS DEV, accuracy averaged over fold seeds 7, 1, 2 (out/proto/pair_edit*.py): none
#: 71.8 / 80.1; one at a time: replaced 72.4 / 83.8, inserted 71.3 / 83.1, moved 73.1 / 80.8,
#: blocks 72.3 / 80.4, longest insert 71.3 / 82.8; replaced + moved 72.5 / 84.3, + inserted
#: 73.0 / 84.2, all five 73.6 / 84.3 (kept: both rose on every seed over replaced + moved).
#: STS-B's linear graded head moved by < 0.1 Spearman with them and does not read them.
#: Then, on top of those five, the same replaced / inserted / moved over the content words alone
#: and the replacements that touch a name or number: 74.2 / 85.5 against 73.0 / 84.3 (both rose
#: on every seed; content words alone 73.5 / 85.4, fact replacements alone 73.8 / 84.6;
#: out/proto/pair_edit3.py).
EDIT_FEATURES = ("edit_replaced", "edit_inserted", "edit_moved", "edit_blocks", "edit_longest_insert",
                 "content_replaced", "content_inserted", "content_moved", "fact_replaced")
#: numbers only one text holds (``unshared_numbers``); both pair heads read it. 5-fold runs
#: on MRPC / PAWS DEV over fold seeds 7, 1, 2 (out/proto/pair_mrpc.py, pair_combo.py): 73.7 / 85.5
#: without, 74.0 / 85.6 with; with STS-B's positives at gold >= 3.5 (``calibrate.PAIR_STSB_GOLD``)
#: 74.8 / 85.6; then over fold seeds 3, 4, 5, not used before, 74.3 / 85.4 -> 74.8 / 85.5 (pair_valid.py).
#: The graded head, 5-fold STS-B DEV Spearman over fold seeds 13, 7, 1, 2 (out/proto/graded_more.py):
#: 87.58 / 87.73 / 87.51 / 87.60 without, 88.12 / 88.28 / 88.09 / 88.19 with (the edit and role
#: features on top moved it by < 0.1).
NUMBER_FEATURES = ("num_unshared",)
#: how much of each text's information the other holds, each word weighed by how rare it is in
#: English at large (``information_features``; wordfreq's Zipf scale, not fitted on any data set);
#: the graded head reads them. 5-fold STS-B DEV Spearman at fold seeds 13 / 7 / 1 / 2
#: (``benchmarks/graded_spread.py``, with and without them, 2026-12-02): 88.37 / 88.46 / 88.29 /
#: 88.52 without, 88.55 / 88.67 / 88.51 / 88.67 with (the last two alone: 88.45 / 88.57 / 88.38 /
#: 88.60, out/proto/pair_ic.py). In the paraphrase head they cost MRPC 0.8 point (75.03 -> 74.19
#: mean accuracy over the four draws; PAWS 86.00 -> 86.02), so it does not read them
INFORMATION_FEATURES = ("ic_min", "ic_max", "ic_unshared", "ic_unshared_min")
#: how the two texts tile (``copy_pair_features``: greedy string tiling both ways, runs of three
#: words or more); the paraphrase head reads them. A word swap or a moved clause breaks runs
#: and leaves words out of every run ("from Boston to Denver" / "from Denver to Boston"
#: shares no run), an added detail leaves the other text covered whole. 5-fold accuracy on
#: MRPC / PAWS DEV at fold seeds 13 / 7 / 1 / 2 (out/proto/pair_seeds.py), without -> with:
#: MRPC 73.32 / 75.29 / 75.40 / 75.52 -> 74.36 / 75.06 / 75.87 / 75.29 (mean 74.88 -> 75.15),
#: PAWS 85.73 / 85.68 / 85.61 / 85.61 -> 85.99 / 86.19 / 86.00 / 85.79 (85.66 -> 85.99, higher
#: at every draw); in the graded head STS-B fell 88.37 -> 88.29 at seed 13, so it does not read them
COPY_PAIR_FEATURES = ("covered_min", "breaks_max")
#: the features both pair heads read
_BASE_FEATURES = ("cosine", "support_min", "support_max", "kept_min", "altered", "difflib", "lexical_min",
                  "lexical_max", "bigram_min", "trigram_min") + SURFACE_FEATURES
#: the two texts' cosine under the encoder with the calibration's adapter (``provenance.adapter``,
#: fitted on STS-B DEV). Held out at the shipped fold draw (calibrate.py, 2-4f448f14d6): MRPC
#: accuracy 73.90 -> 75.05 (the adapter never sees an MRPC or PAWS pair), PAWS 85.99 -> 86.07,
#: STS-B Spearman 88.62 -> 89.19. A fully fine-tuned encoder in its place gave MRPC 74.91 -> 76.04
#: over four draws in a prototype (out/proto/pair_ft.py)
ADAPTER_FEATURES = ("sts_cosine",)
#: what the graded (STS) head reads
GRADED_FEATURES = _BASE_FEATURES + NUMBER_FEATURES + INFORMATION_FEATURES + ADAPTER_FEATURES
#: what the paraphrase head reads: the graded features plus who-did-what-to-whom (``role_features``)
#: and the edit script (the order is the fitted trees' column order)
PAIR_FEATURES = (_BASE_FEATURES + ("role_mismatch", "dep_mismatch") + EDIT_FEATURES + NUMBER_FEATURES + COPY_PAIR_FEATURES
                 + ADAPTER_FEATURES)
ROLE_POS = frozenset({"NOUN", "PROPN", "NUM", "VERB", "ADJ"})
#: what the consistency head reads for one claim (``claim_features``)
#: (``novel_figures`` and ``novel_names`` since the sixty-fourth session: in 5-fold prototype runs
#: on WiCE + FRANK DEV at twelve fold draws, WiCE supported_f1 58.02 -> 59.88 and FRANK bacc
#: 78.60 -> 78.70 over the twelve, higher WiCE at eleven; out/proto/cons64.py, docs/accuracy.md)
CLAIM_FEATURES = ("support", "cosine", "lexical", "mutual", "nearest_cos", "whole", "missing_run", "length",
                  "union", "changed_quantity", "changed_entity", "changed_negation", "changed_relation",
                  "novel_figures", "novel_names")
#: what the consistency verdict reads for a whole text (``verdict_features``): the head's two
#: lowest claim probabilities, and how closely the text's least-matched sentence follows its
#: best-matching source sentence, in words (``overlap.best_word_matches``) and in meaning
#: (MiniLM cosine of their best pair of claims). Chosen on WiCE + FRANK DEV in prototype runs at
#: eight fold draws (out/proto/verdict*.py, 2026-12-03; see docs/accuracy.md, "The verdict")
VERDICT_FEATURES = ("weakest", "second_weakest", "sentence_lexical", "sentence_cosine")
#: which change kinds each flag of ``claim_features`` reads; an attribution counts with the
#: entities, since only one whose speaker changed gets this far in consistency mode
#: (``claims._of_kinds``); an event told at another stage ("convicted" for "charged") counts with
#: the negations, as a word that turns what happened into something else
_CHANGE_GROUPS = (("changed_quantity", ("number", "date", "timing")), ("changed_entity", ("entity", "role", "attribution")),
                  ("changed_negation", ("negation", "event")), ("changed_relation", ("relation",)))
#: what the reuse head reads: Clough and Stevenson's (2011) copy measures, word n-gram
#: containment of the answer in the source for n = 1..5 and the in-order (longest common
#: subsequence) share (in a 5-fold run over five fold seeds on Clough DEV the ridge + cuts head
#: reached 62.4 level accuracy on these against 57.2 on the claim features it read before
#: (coverage, kept, cosine, token_set, partial, difflib, 3-gram, in-order; out/proto/clough2.py)),
#: and ``covered``, the share of the answer in copied runs of three words or more
#: (``overlap.copy_features``): a short text can hold most of a source's words without
#: copying any run of them ("On stage, a man plays the guitar." against "A man is playing a
#: guitar on stage.": contain1 0.86, covered 0)
REUSE_FEATURES = ("contain1", "contain2", "contain3", "contain4", "contain5", "in_order", "covered")
#: what the reuse head's second stage reads to tell text pasted whole (cut) from copied text
#: with words changed (light), once the first stage has found the answer copied: how the copy
#: is broken up (``overlap.copy_features``: breaks between runs per word, small edits between
#: two runs, share in long runs). Light and cut answers share as many words with the source, in order, on
#: average (contain1 0.78 / 0.82, in_order 0.68 / 0.67 on Clough DEV), so no single ordinal
#: score over the containments separates them; the way the runs are cut does
REUSE_COPY_FEATURES = ("breaks", "run_edits", "long_runs")
REUSE_LEVELS = ("non", "heavy", "light", "cut")


def _share(claims: Sequence[Claim], labels: tuple[str, ...]) -> float:
    total = sum(max(1, len(c.text)) for c in claims)
    return sum(max(1, len(c.text)) for c in claims if c.label in labels) / total if total else 1.0


def _mean_support(claims: Sequence[Claim]) -> float:
    total = sum(max(1, len(c.text)) for c in claims)
    return sum(max(1, len(c.text)) * c.support for c in claims) / total if total else 1.0


def pair_features(result: Comparison, a: str, b: str, cosine: float,
                  docs: tuple[Any, Any] | None = None, sts_cosine: float | None = None) -> dict[str, float]:
    """Symmetric features of a comparison of ``b`` (rewrite) with ``a`` (original); ``docs``
    are the two texts parsed by spaCy (for ``role_features``; without them both are 0);
    ``sts_cosine`` their cosine under the calibration's adapted encoder (``adapter``; the
    plain ``cosine`` when there is none)."""
    rw, og = result.rewrite.claims, result.originals[0].claims
    sup = (_mean_support(rw), _mean_support(og))
    wa, wb = stemmed_words(a), stemmed_words(b)
    ta, tb = content_tokens(a), content_tokens(b)
    lex = (containment(ta, tb), containment(tb, ta))
    return {
        "cosine": float(cosine),
        "sts_cosine": float(cosine if sts_cosine is None else sts_cosine),
        "support_min": min(sup),
        "support_max": max(sup),
        "kept_min": min(_share(rw, ("kept",)), _share(og, ("kept",))),
        "altered": max(_share(rw, ("altered",)), _share(og, ("altered",))),
        "difflib": difflib_ratio(a, b),
        "lexical_min": min(lex),
        # one side holds all the other's words and more: a detail added, which MRPC's
        # annotators still call a paraphrase (3 fold seeds on DEV: MRPC 71.2 -> 72.1, PAWS same)
        "lexical_max": max(lex),
        # word order and roles: "flights from A to B" shares every word with "from B to A",
        # not its bigrams
        "bigram_min": min(ngram_containment(wa, wb, 2), ngram_containment(wb, wa, 2)),
        # a swapped name breaks three word 3-grams, a moved clause about two at each seam
        # (3 fold seeds on DEV: PAWS 79.4 -> 80.1, MRPC 72.1 -> 71.9)
        "trigram_min": min(ngram_containment(wa, wb, 3), ngram_containment(wb, wa, 3)),
        **surface_features(a, b, tokens=(ta, tb)),
        **text_edit_features(a, b, wa, wb),
        "num_unshared": unshared_numbers(a, b),
        **information_features(a, b),
        **copy_pair_features(wa, wb),
        **(role_features(*docs) if docs is not None else {"role_mismatch": 0.0, "dep_mismatch": 0.0}),
    }


@lru_cache(maxsize=65536)
def information(word: str) -> float:
    """How much a word tells, 0..8: 8 minus its Zipf frequency in English (wordfreq: 7.7 for
    "the", about 4 for "Putin", 0 for a word it has never seen, so 8)."""
    from wordfreq import zipf_frequency

    return max(0.0, 8.0 - zipf_frequency(word, "en"))


def _information_mass(text: str) -> dict[str, float]:
    """Stemmed word -> the most information any of its forms in ``text`` carries."""
    out: dict[str, float] = {}
    for w in words(text):
        k = _stem(w)
        out[k] = max(out.get(k, 0.0), information(w))
    return out


def information_features(a: str, b: str) -> dict[str, float]:
    """Word overlap weighed by information (``information``): of each text's information, the
    share its words found in the other text carry (the smaller share ``ic_min``, the larger
    ``ic_max``; 1.0 for a text without words), and the information of the words only one text
    has (log, the larger ``ic_unshared`` and the smaller ``ic_unshared_min``). A rare word
    ("Vostochny", "ballistic") left out weighs more than a common one ("very", "said").
    Symmetric; words compared stemmed and lower-cased, like the other overlap scores."""
    ia, ib = _information_mass(a), _information_mass(b)
    shares, unshared = [], []
    for x, y in ((ia, ib), (ib, ia)):
        total = sum(x.values())
        missing = sum(v for k, v in x.items() if k not in y)
        shares.append(1.0 - missing / total if total else 1.0)
        unshared.append(math.log1p(missing))
    return {"ic_min": min(shares), "ic_max": max(shares), "ic_unshared": max(unshared),
            "ic_unshared_min": min(unshared)}


def copy_pair_features(wa: Sequence[str], wb: Sequence[str]) -> dict[str, float]:
    """``covered_min``: the smaller share of either text that lies in runs it shares with the
    other (``overlap.copy_features``, runs of three words or more); ``breaks_max``: the larger
    number of breaks between those runs per word."""
    x, y = copy_features(wa, wb), copy_features(wb, wa)
    return {"covered_min": min(x["covered"], y["covered"]), "breaks_max": max(x["breaks"], y["breaks"])}


_NUMBER = re.compile(r"\d[\d,.]*")
#: a number written in digits, without the sentence's punctuation after it ("8,699." is 8,699)
_DIGITS = re.compile(r"\d(?:[\d,.]*\d)?")
#: a capitalised word that does not open a sentence: a name, most often
_NAME = re.compile(r"(?<![.!?] )(?<!^)\b[A-Z][a-z]+")
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['.-][A-Za-z0-9]+)*")


def _anchor_contexts(text: str) -> dict[str, set[tuple[str, str]]]:
    """Each name-like token (capitalised after the first word, or holding a digit) -> the
    (left, right) neighbouring words it has in ``text``, lower-cased (``^`` / ``$`` at the ends)."""
    toks = _TOKEN.findall(text)
    out: dict[str, set[tuple[str, str]]] = {}
    for i, w in enumerate(toks):
        if is_name_or_number(w, i):
            out.setdefault(w, set()).add((toks[i - 1].lower() if i else "^",
                                          toks[i + 1].lower() if i + 1 < len(toks) else "$"))
    return out


def context_features(a: str, b: str) -> dict[str, float]:
    """Of the names and numbers both texts hold, the share whose left neighbour differs in every
    occurrence (``ctx_left``), whose right neighbour does (``ctx_right``), and whose both do
    (``ctx_both``); 0 when they share none. "Flights from Boston to Denver" against "from Denver
    to Boston": both names change both neighbours. A moved clause keeps the prepositions on the
    left ("In 1990, she moved to Paris." / "She moved to Paris in 1990.": 1990 and Paris keep
    "in" and "to", only their right neighbours change), so word order that leaves the roles
    alone moves ``ctx_both`` and ``ctx_left`` less than difflib's ratio."""
    ca, cb = _anchor_contexts(a), _anchor_contexts(b)
    shared = [w for w in ca if w in cb]
    if not shared:
        return {"ctx_left": 0.0, "ctx_right": 0.0, "ctx_both": 0.0}
    left = {w for w in shared if not {x for x, _ in ca[w]} & {x for x, _ in cb[w]}}
    right = {w for w in shared if not {y for _, y in ca[w]} & {y for _, y in cb[w]}}
    n = len(shared)
    return {"ctx_left": len(left) / n, "ctx_right": len(right) / n, "ctx_both": len(left & right) / n}


def surface_features(a: str, b: str, *, tokens: tuple[frozenset[str], frozenset[str]] | None = None) -> dict[str, float]:
    """Symmetric surface measures of two texts: length ratio in words, rapidfuzz token-set and
    token-sort ratios, whether the digit strings differ, the share of capitalised non-initial
    words (names, mostly) that only one text has, how many content words only one text has
    (log), the Jaccard index of the content words, and how the neighbours of shared names and
    numbers differ (``context_features``). Added for the pair and graded heads
    (5-fold runs on DEV: PAWS accuracy and STS-B Spearman rose with all of them together,
    each alone moved little; ``benchmarks/calibrate.py`` reports the figures). ``tokens``: the
    two texts' ``content_tokens`` when the caller has them."""
    from rapidfuzz import fuzz

    if not (a.strip() or b.strip()):        # two empty texts are the same text
        return {"len_ratio": 1.0, "token_set": 1.0, "token_sort": 1.0, "num_mismatch": 0.0, "cap_mismatch": 0.0,
                "only_words": 0.0, "jaccard": 1.0, "ctx_left": 0.0, "ctx_right": 0.0, "ctx_both": 0.0}
    ta, tb = tokens if tokens is not None else (content_tokens(a), content_tokens(b))
    na, nb = len(a.split()), len(b.split())
    numbers = set(_NUMBER.findall(a)) ^ set(_NUMBER.findall(b))
    ca, cb = set(_NAME.findall(a)), set(_NAME.findall(b))
    return {"len_ratio": min(na, nb) / max(1, na, nb),
            "token_set": fuzz.token_set_ratio(a, b) / 100.0, "token_sort": fuzz.token_sort_ratio(a, b) / 100.0,
            "num_mismatch": float(bool(numbers)), "cap_mismatch": len(ca ^ cb) / max(1, len(ca | cb)),
            "only_words": math.log1p(len(ta ^ tb)), "jaccard": len(ta & tb) / max(1, len(ta | tb)),
            **context_features(a, b)}


def edit_features(a: Sequence[str], b: Sequence[str]) -> dict[str, float]:
    """How two word sequences differ, from difflib's edit script (``autojunk=False``):
    ``edit_replaced``, the number of places where words stand in for other words (log);
    ``edit_inserted``, the share of the differing words that are plain insertions or deletions
    (1.0 when nothing differs); ``edit_moved``, the words both texts hold that the in-order
    match leaves out (moved), over the shorter text's length; ``edit_blocks``, the runs of
    matching words over the shorter length (how fragmented the match is);
    ``edit_longest_insert``, the longest inserted or deleted run over both lengths. An added
    detail is an insertion, a changed word a replacement ("the bank raised rates" / "the bank
    cut rates"), and a swap moves words ("flights from Boston to Denver leave daily" / "from
    Denver to Boston": 2 of the 7 words moved). Symmetric: the pair is put in a fixed order
    first."""
    if list(b) < list(a):
        a, b = b, a
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    plain = sum(i2 - i1 + j2 - j1 for op, i1, i2, j1, j2 in ops if op in ("insert", "delete"))
    replaced = [i2 - i1 + j2 - j1 for op, i1, i2, j1, j2 in ops if op == "replace"]
    matched = sum(i2 - i1 for op, i1, i2, _, _ in ops if op == "equal")
    runs = [max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in ops if op in ("insert", "delete")]
    shared = sum((Counter(a) & Counter(b)).values())
    differing = plain + sum(replaced)
    shorter = max(1, min(len(a), len(b)))
    return {"edit_replaced": math.log1p(len(replaced)),
            "edit_inserted": plain / differing if differing else 1.0,
            "edit_moved": (shared - matched) / shorter,
            "edit_blocks": sum(1 for op in ops if op[0] == "equal") / shorter,
            "edit_longest_insert": max(runs, default=0) / max(1, len(a) + len(b))}


def _fact_word(token: str) -> bool:
    return token[:1].isupper() or any(ch.isdigit() for ch in token)


def unshared_numbers(a: str, b: str) -> float:
    """log(1 + how many numbers written in digits only one of the two texts holds): "climbed
    164 points to 8,765.38" / "added 97 points to 8,699" has four; "in 2019." / "in 2019 ," none
    (``surface_features``' ``num_mismatch`` only says whether any digit string differs, and
    counts the full stop after a number as part of it)."""
    return math.log1p(len(set(_DIGITS.findall(a)) ^ set(_DIGITS.findall(b))))


def fact_replacements(a: str, b: str) -> float:
    """log(1 + the places where difflib's edit script between the two texts' words, compared
    lower-cased, replaces words and one side there holds a name or number (a capitalised word,
    one with a digit)): "met Putin on Monday" / "met Xi on Monday" has one; "met him" / "saw
    him" none. Symmetric, like ``edit_features``."""
    ta, tb = a.split(), b.split()
    la, lb = [t.lower() for t in ta], [t.lower() for t in tb]
    if lb < la:
        ta, tb, la, lb = tb, ta, lb, la
    ops = SequenceMatcher(None, la, lb, autojunk=False).get_opcodes()
    n = sum(1 for op, i1, i2, j1, j2 in ops
            if op == "replace" and any(_fact_word(t) for t in ta[i1:i2] + tb[j1:j2]))
    return math.log1p(n)


def text_edit_features(a: str, b: str, wa: Sequence[str] | None = None,
                       wb: Sequence[str] | None = None) -> dict[str, float]:
    """``EDIT_FEATURES`` of two texts: ``edit_features`` of their stemmed words (``wa``,
    ``wb`` when the caller has them), replaced / inserted / moved again over the content
    words alone (``content_*``: a reworded function word is no edit there), and
    ``fact_replaced`` (``fact_replacements``)."""
    wa = stemmed_words(a) if wa is None else wa
    wb = stemmed_words(b) if wb is None else wb
    content = edit_features(content_words(a), content_words(b))
    return {**edit_features(wa, wb),
            **{"content_" + k[len("edit_"):]: content[k] for k in ("edit_replaced", "edit_inserted", "edit_moved")},
            "fact_replaced": fact_replacements(a, b)}


def _role(tok: Any) -> tuple[str, str]:
    """(role, governor) of a content word: agent / patient of its verb, object of a named
    preposition, modifier of a noun, or its plain dependency label otherwise."""
    dep, head = tok.dep_, tok.head
    if dep in ("nsubj", "agent"):
        return "agent", head.lemma_.lower()
    if dep in ("dobj", "nsubjpass", "attr"):
        return "patient", head.lemma_.lower()
    if dep == "pobj":
        return "pobj:" + head.lemma_.lower(), head.head.lemma_.lower()
    if dep in ("compound", "amod", "poss"):
        return "mod:" + head.lemma_.lower(), head.lemma_.lower()
    return dep, head.lemma_.lower()


def role_signature(doc: Any) -> dict[str, set[tuple[str, str]]]:
    """Content word lemma -> the (role, governor) pairs it fills in a parsed text (a spaCy Doc)."""
    out: dict[str, set[tuple[str, str]]] = {}
    for tok in doc:
        if tok.pos_ in ROLE_POS and not tok.is_stop:
            out.setdefault(tok.lemma_.lower(), set()).add(_role(tok))
    return out


def role_features(doc_a: Any, doc_b: Any) -> dict[str, float]:
    """Word order that matters: of the content words both texts share, the share that fills no
    common (role, governor) slot (``role_mismatch``) and no common role at all
    (``dep_mismatch``). "Flights from Boston to Denver" and "from Denver to Boston" share every
    word and every bigram but one; here Boston and Denver swap prepositions. 0 when nothing is
    shared (the lexical features speak for that case)."""
    sa, sb = role_signature(doc_a), role_signature(doc_b)
    shared = [w for w in sa if w in sb]
    if not shared:
        return {"role_mismatch": 0.0, "dep_mismatch": 0.0}
    slot = sum(1 for w in shared if not sa[w] & sb[w])
    role = sum(1 for w in shared if not {r for r, _ in sa[w]} & {r for r, _ in sb[w]})
    return {"role_mismatch": slot / len(shared), "dep_mismatch": role / len(shared)}


def reuse_features(result: Comparison, cosine: float) -> dict[str, float]:
    """Features of how much of the answer (rewrite) is reused from the source (original):
    claim coverage both ways, aligned-pair overlaps, and the copy measures of Clough and
    Stevenson (2011) over the whole texts: word n-gram containment of the answer in the source
    (``contain1`` .. ``contain5``) and the in-order share (``REUSE_FEATURES`` says which the
    head reads), and how the copied runs were edited (``overlap.copy_features``,
    ``REUSE_COPY_FEATURES``)."""
    ov = result.scores.overlap
    return {"coverage": result.scores.rewrite_coverage, "kept": result.scores.original_kept[0],
            "cosine": float(cosine), "token_set": ov.token_set, "partial": ov.partial, "difflib": ov.difflib,
            **copy_measures(result.rewrite.text, result.originals[0].text)}


def copy_measures(rewrite: str, original: str) -> dict[str, float]:
    """The reuse features that need no model or parse, from the two texts' stemmed words:
    ``contain1`` .. ``contain5``, ``in_order`` and ``overlap.copy_features``. Everything the
    shipped reuse head reads is here, so ``Comparer.reuse_level`` computes only these."""
    wa, wb = stemmed_words(rewrite), stemmed_words(original)
    return {**{f"contain{n}": ngram_containment(wa, wb, n) for n in range(1, 6)},
            "in_order": in_order_share(wa, wb), **copy_features(wa, wb)}


#: a name inside a sentence (a capitalised word that does not open it) for ``novel_details``
_INNER_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")
#: the most of each that ``novel_details`` counts
NOVEL_CAP = 3


def novel_details(claim: str, source: str) -> tuple[float, float]:
    """(figures, names) of ``claim`` that the whole ``source`` document lacks, each count capped
    at ``NOVEL_CAP``: figures compared as written without their thousands commas ("2,300" is
    "2300"), names as lower-case words found anywhere in the source ("Durham" is there when the
    source says "durham" or "Durham"). A fact checker's second question after "are these words
    there at all?": are these figures and names?"""
    figures, words = _source_details(source)
    names = {m.group().lower() for m in _INNER_NAME.finditer(claim)} - words
    return float(min(NOVEL_CAP, len(_figures(claim) - figures))), float(min(NOVEL_CAP, len(names)))


def _figures(text: str) -> frozenset[str]:
    """The numbers written in digits in ``text`` (``_DIGITS``), without their thousands commas."""
    return frozenset(m.replace(",", "") for m in _DIGITS.findall(text))


@lru_cache(maxsize=8)
def _source_details(source: str) -> tuple[frozenset[str], frozenset[str]]:
    """A source document's figures (``_figures``) and lower-case words, read once per document
    rather than once per claim checked against it."""
    return _figures(source), frozenset(re.findall(r"[a-z]+", source.lower()))


def claim_features(match: Any, tokens: frozenset[str], source_tokens: frozenset[str],
                   change_kinds: Sequence[str], text: str = "",
                   source_stems: frozenset[str] | None = None,
                   stretch: tuple[int, int, int] | None = None, source_text: str | None = None) -> dict[str, float]:
    """Features of one claim's support in an original, for the consistency head: the best
    match's support score, cosine and containment (``alignment.Match``), whether it is a
    mutual best match and the plain nearest cosine; ``whole``, the share of the claim's
    content words found anywhere in that original (``source_tokens``: the union of its
    claims' tokens; a fact checker's first question: are these words there at all?);
    ``missing_run``, the most of the claim's content words in a row (``text``, the claim's
    text) that the original lacks anywhere (``overlap.missing_stretch`` against
    ``source_stems``, every word of the original document stemmed, or else ``source_tokens``:
    a detail the source does not give; ``stretch``, that ``missing_stretch`` result when the
    caller has it already); the claim's length in content
    words (log); how many claims of the original support it
    jointly; which kinds of typed fact differ from the aligned claims (numbers / dates /
    timing, entities and roles, negation, relations); and, given the whole source's text
    (``source_text``), ``novel_figures`` and ``novel_names`` (``novel_details``; 0 without it).

    (Also tried, in one 5-fold run on WiCE + FRANK DEV, and left out: the share of the
    claim's word bigrams found in the original and the token-set ratio with the supporting
    claims; 53.8 / 76.1 WiCE supported_f1 / FRANK bacc with them, 54.5 / 76.5 without. And in
    the sixty-fifth session, over four to ten fold draws, none taken: the share of the claim's
    words its best 1 / 3 / 5 evidence sentences lack, its share copied in runs of three words
    or more, its bigram / trigram containment in the source, its weakest comma-cut piece's
    cosine or word share, and its role mismatch with its best evidence sentence; see
    docs/accuracy.md, "Tried and not taken".)"""
    kinds = set(change_kinds)
    return {"support": float(match.score), "cosine": float(match.cosine), "lexical": float(match.lexical),
            "mutual": float(match.mutual), "nearest_cos": float(match.nearest_cos),
            "whole": containment(tokens, source_tokens),
            "missing_run": float((stretch if stretch is not None else
                                  missing_stretch(text, source_tokens if source_stems is None else source_stems))[2]),
            "length": math.log1p(len(tokens)),
            "union": float(len(match.claims)),
            **{name: float(bool(kinds & set(group))) for name, group in _CHANGE_GROUPS},
            **dict(zip(("novel_figures", "novel_names"),
                       novel_details(text, source_text) if source_text is not None and text else (0.0, 0.0)))}


def _tree_value(tree: Mapping[str, Sequence[Any]], x: Sequence[float]) -> float:
    node = 0
    while tree["left"][node] >= 0:
        node = tree["left"][node] if x[tree["feature"][node]] <= tree["threshold"][node] else tree["right"][node]
    return float(tree["value"][node])


def _boosted(features: Mapping[str, float], params: Mapping[str, Any]) -> float:
    """``init + rate * sum of the trees' leaf values`` over ``params['features']`` (each tree
    lists, per node, the feature index, the threshold (go left when ``x <= threshold``), the
    left and right child (-1 at a leaf) and the leaf value)."""
    # scikit-learn compares float32 values with its thresholds; so do we
    x = array("f", [float(features[name]) for name in params["features"]]).tolist()
    return float(params["init"]) + float(params["rate"]) * sum(_tree_value(t, x) for t in params["trees"])


def logistic(features: Mapping[str, float], params: Mapping[str, Any]) -> float:
    """A 0..1 probability from a calibration head over ``params['features']``: either
    ``sigmoid(bias + sum w_i * (x_i - mean_i) / scale_i)`` (a logistic head), or, when
    ``params`` holds ``trees``, ``sigmoid(init + rate * sum of the trees' leaf values)`` (a
    boosted-tree head, see ``_boosted``)."""
    z = _boosted(features, params) if "trees" in params else _linear(features, params)
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def verdict_probabilities(probabilities: Sequence[float], conflicts: Sequence[bool]) -> list[float]:
    """The claim probabilities the verdict reads: the consistency head's, and 0 for a claim
    altered by a conflict (``claims.conflicts``), since a number or name in place of the
    source's is never supported."""
    return [0.0 if x else float(p) for p, x in zip(probabilities, conflicts, strict=True)]


def verdict_features(probabilities: Sequence[float], sentence_lexical: float, sentence_cosine: float) -> dict[str, float]:
    """What the consistency verdict reads (``VERDICT_FEATURES``): the two lowest of a text's
    claim probabilities (``verdict_probabilities``) and its least-matched sentence's best
    source matches."""
    values = sorted(float(p) for p in probabilities) or [0.0]
    return {"weakest": values[0], "second_weakest": values[1] if len(values) > 1 else values[0],
            "sentence_lexical": float(sentence_lexical), "sentence_cosine": float(sentence_cosine)}


def verdict(features: Mapping[str, float] | None, params: Mapping[str, Any]) -> tuple[float, bool]:
    """The consistency verdict from its features (``verdict_features``; None for an empty
    text, which claims nothing, so nothing in it lacks support: probability 1) and the
    calibration's ``consistency.verdict``: (probability, whether it reaches the cut)."""
    if features is None:
        return 1.0, True
    p = logistic(features, params)
    return p, bool(p >= float(params["threshold"]))


def _linear(features: Mapping[str, float], params: Mapping[str, Any]) -> float:
    """``bias + sum w_i * (x_i - mean_i) / scale_i`` over ``params['features']``."""
    z = float(params["bias"])
    for name, w, mu, sd in zip(params["features"], params["weights"], params["mean"], params["scale"]):
        z += float(w) * (float(features[name]) - float(mu)) / (float(sd) or 1.0)
    return z


def graded(features: Mapping[str, float], params: Mapping[str, Any]) -> float:
    """0..1 graded similarity: a linear score fitted to STS-style 0-5 gold, divided by 5 and
    clipped (``params``: the calibration's ``graded`` head, same layout as ``logistic``). When
    the head holds ``boost`` (boosted regression trees fitted to the same gold, same layout as
    a boosted ``logistic`` head, and their ``weight``), the score is ``(1 - weight) * linear +
    weight * trees``: the trees see interactions the linear score cannot (a high cosine with
    a changed number), the linear score extrapolates where the trees' leaves are coarse."""
    z = _linear(features, params)
    boost = params.get("boost")
    if boost:
        w = float(boost["weight"])
        z = (1.0 - w) * z + w * _boosted(features, boost)
    return min(1.0, max(0.0, z / float(params.get("top", 5.0))))


def _weighted(features: Mapping[str, float], params: Mapping[str, Any]) -> float:
    """``sum w_i * x_i`` over ``params['features']`` and ``params['weights']`` (raw features)."""
    return sum(float(w) * float(features[n]) for n, w in zip(params["features"], params["weights"]))


def reuse_level(features: Mapping[str, float], params: Mapping[str, Any]) -> str:
    """``non`` / ``heavy`` / ``light`` / ``cut`` from a linear reuse score and its cut points.

    With three cuts the score alone orders the four levels. With two (a head that holds
    ``copy``) it orders non / heavy / copied, and a copied answer is ``cut`` when a second
    linear score over ``copy['features']`` (how the copy is broken up,
    ``REUSE_COPY_FEATURES``) is above ``copy['cut']`` and at least one run of three words
    was copied (``covered`` > 0), else ``light``."""
    level = bisect.bisect_right(list(params["cuts"]), _weighted(features, params) + float(params.get("bias", 0.0)))
    copy = params.get("copy")
    if copy and level == len(params["cuts"]):
        second = _weighted(features, copy)
        # cut means pasted: an answer without a single copied run of three words is not, whatever
        # the second score (fitted on answers that all have runs) says
        level += int(second > float(copy["cut"]) and float(features.get("covered", 1.0)) > 0)
    return REUSE_LEVELS[level]
