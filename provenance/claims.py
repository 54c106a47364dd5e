"""Claims and their labels.

A sentence is cut into clause-level claims by the NLP analyser (``facts.Analyzer``); each
claim keeps document offsets and its typed facts. ``label_claims`` decides added / altered /
kept for one side and dropped / altered / kept for the other from the support matches and
the typed fact checks (embeddings cannot see a changed fact, so "altered" is decided only by
explicit, typed comparisons on aligned pairs).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from .alignment import Match
from .facts import (_CONTRAST, FACT_KINDS, KIND, OPPOSITE, PLACE, TWICE, Fact, FactChange, SentenceAnalysis, bound_parts, compare_facts, dates_contradict,
                    hedge_class, number_key)
from .overlap import STOPWORDS, missing_stretch, replaced_runs, stemmed_words, words
from .types import ORIGINAL, REWRITE, Claim, Detail, Evidence, Segment

BOILERPLATE = re.compile(
    r"\b(this (article|story|report|piece|text) (has been|was|is) (a )?(rewritten|reformatted|adapted|"
    r"generated|translated|republished|updated)|rewritten and reformatted|originally (published|appeared)|"
    r"all rights reserved|please note that this|click here|subscribe (to|for)|sign up for|"
    r"follow us on|read more:|copyright ©?)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ClaimSpan:
    """A claim before labelling: where it is and what typed facts it carries."""

    index: int
    sentence: int
    start: int
    end: int
    text: str
    facts: tuple[Fact, ...]        # offsets relative to ``text`` (the claim itself)
    context: str = ""              # implicit subject/antecedent, for embedding only

    @property
    def embed_text(self) -> str:
        """What the encoder sees: the claim, preceded by its implicit subject when it has one."""
        return f"{self.context} {self.text}" if self.context else self.text


def claim_spans(text: str, sentences: Sequence[Segment], analyses: Sequence[SentenceAnalysis]) -> list[ClaimSpan]:
    """Cut every sentence into claims (document offsets) and give each claim its facts."""
    out: list[ClaimSpan] = []
    for seg, an in zip(sentences, analyses):
        clauses = list(an.clauses) or [(0, len(seg.text))]
        contexts = list(an.contexts) if len(an.contexts) == len(clauses) else [""] * len(clauses)
        # facts go to the clause they overlap most (ties: the first)
        assigned: list[list[Fact]] = [[] for _ in clauses]
        for f in an.facts:
            best, best_ov = 0, -1
            for ci, (cs, ce) in enumerate(clauses):
                ov = min(ce, f.end) - max(cs, f.start)
                if ov > best_ov:
                    best, best_ov = ci, ov
            assigned[best].append(f)
        for (cs, ce), facts, context in zip(clauses, assigned, contexts):
            start, end = seg.start + cs, seg.start + ce
            local = tuple(_shift(f, -cs, text[start:end]) for f in facts)
            out.append(ClaimSpan(len(out), seg.index, start, end, text[start:end], local, context))
    return out


#: where a long claim is cut into parts: commas, semicolons, colons, brackets and dashes, and
#: before a word that opens a clause of time, cause or contrast ("closed the bridge on Tuesday |
#: after engineers found cracks"), which stays with its clause
_PART_CUT = re.compile(r"\s*(?:[,;:()\[\]]|\s[-\u2013\u2014]\s|[\u2013\u2014])\s*"
                       r"|\s+(?=(?:after|as|because|while|when|before|until|since|although|though|but|whereas)\s)")
#: at most this many parts per claim (the longest claims would otherwise cost many encodings)
MAX_PARTS = 6


def claim_parts(text: str, min_words: int) -> list[tuple[int, int]]:
    """Stretches of one claim that may stand for it when the other text says only part of
    it (a rewrite that splits one long sentence into several, or merges several into one):
    the claim cut at commas, semicolons, colons, brackets and dashes, as single pieces and as
    two neighbouring pieces together, each of at least four words and shorter than the claim.
    Only claims of at least ``min_words`` words have parts (``min_words`` < 1: none). Offsets
    into ``text``, in text order, at most ``MAX_PARTS``."""
    n = len(words(text))
    if min_words < 1 or n < min_words:
        return []
    pieces, pos = [], 0
    for m in _PART_CUT.finditer(text):
        if m.start() > pos:
            pieces.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        pieces.append((pos, len(text)))
    if len(pieces) < 2:
        return []
    spans = {(a, b) for a, b in pieces} | {(pieces[i][0], pieces[i + 1][1]) for i in range(len(pieces) - 1)}
    out = sorted((a, b) for a, b in spans if 4 <= len(words(text[a:b])) < n)
    if len(out) > MAX_PARTS:      # the longest first: they say the most
        out = sorted(sorted(out, key=lambda ab: (-(ab[1] - ab[0]), ab[0]))[:MAX_PARTS])
    return out


def part_texts(claims: Sequence[ClaimSpan], min_words: int) -> list[tuple[int, str]]:
    """``(claim index, text)`` of every part (``claim_parts``) of the claims, in order: what
    is embedded for them."""
    return [(c.index, c.text[a:b]) for c in claims for a, b in claim_parts(c.text, min_words)]


def _shift(f: Fact, delta: int, within: str) -> Fact:
    s, e = max(0, f.start + delta), max(0, f.end + delta)
    e = min(e, len(within))
    s = min(s, e)
    return Fact(f.kind, within[s:e] if e > s else f.text, s, e, f.value)


def joined(claims: Sequence[ClaimSpan]) -> tuple[str, tuple[Fact, ...]]:
    """Concatenate claims with a space; facts shifted to the joined text (``_joined_to_doc``
    maps any fact of that text back to document offsets)."""
    parts: list[str] = []
    facts: list[Fact] = []
    pos = 0
    for c in claims:
        facts += [Fact(f.kind, f.text, f.start + pos, f.end + pos, f.value) for f in c.facts]
        parts.append(c.text)
        pos += len(c.text) + 1
    return " ".join(parts), tuple(facts)


def _joined_to_doc(f: Fact, claims: Sequence[ClaimSpan]) -> Fact:
    """A fact of ``joined(claims)``'s text (a claim's own fact, or a word the comparison
    found there: an opposite-word swap) in document offsets. The first claim starts the
    joined text, so a fact of ``joined(claims[:1])`` maps the same way."""
    pos = 0
    for c in claims:
        if f.start < pos + len(c.text) + 1:
            return Fact(f.kind, f.text, f.start - pos + c.start, f.end - pos + c.start, f.value)
        pos += len(c.text) + 1
    return f


@functools.lru_cache(maxsize=8)
def doc_stems(doc: str) -> frozenset[str]:
    """Every word of a document, stemmed (``overlap.stemmed_words``), built once per document."""
    return frozenset(stemmed_words(doc))


@functools.lru_cache(maxsize=8)
def _word_index(doc: str) -> tuple[tuple[str, ...], dict[str, list[int]]]:
    """A document's words and where each occurs, built once per document (a long document is
    looked up once per aligned claim, so a scan per lookup would be quadratic)."""
    ws = tuple(words(doc))
    where: dict[str, list[int]] = {}
    for i, w in enumerate(ws):
        where.setdefault(w, []).append(i)
    return ws, where


def _mentions(doc: str, value: str) -> bool:
    """Whether ``value``'s words occur in ``doc`` as a run of consecutive words."""
    needle = tuple(words(value))
    if not needle:
        return False
    ws, where = _word_index(doc)
    return any(ws[i:i + len(needle)] == needle for i in where.get(needle[0], ()))


def _specific(f: Fact) -> bool:
    """A value specific enough to look up in a whole document: any date, a number of 2+ digits."""
    return f.kind != "number" or sum(ch.isdigit() for ch in f.value) >= 2


def _found_elsewhere(ch: FactChange, rewrite_doc: str, original_doc: str) -> bool:
    """Whether a change between aligned claims is resolved by the documents as wholes.

    Entities: every entity on each side is mentioned in the other document (coreference).
    Dates and numbers (specific ones, see ``_specific``): every rewrite value occurs in the
    original document, and every original value of the change in the rewrite document. A
    rewrite date the aligned sentence lacks but another original sentence states was taken
    over from there (a merge), not made up.
    """
    if ch.kind not in {"entity", "date", "number"} or not ch.rewrite:
        return False
    if ch.kind != "entity" and not all(_specific(f) for f in ch.rewrite + ch.original):
        return False
    return all(_mentions(original_doc, f.value) for f in ch.rewrite) and all(_mentions(rewrite_doc, f.value) for f in ch.original)


class DocClaims(tuple):
    """Every claim of one document, with their figure and place facts read once and indexed by
    value (``slots``): ``fact_changes`` looks a swap up among them for each claim, so a long
    document would otherwise be read once per claim. ``label_side`` wraps what it is given."""

    @functools.cached_property
    def slots(self) -> dict[str, list[tuple[str, int, Fact]]]:
        """value -> (slot, claim index, fact) of each figure and place fact (``facts.FIGURE``,
        ``facts.PLACE``: "killed 12" is "12" -> ("kill", …), "landed in Paris" "paris" ->
        ("land in", …))."""
        out: dict[str, list[tuple[str, int, Fact]]] = {}
        for c in self:
            for f in c.facts:
                if (parts := bound_parts(f)) is not None:
                    out.setdefault(parts[0], []).append((parts[1], c.index, f))
        return out

    @functools.cached_property
    def places(self) -> dict[str, list[tuple[str, int, Fact]]]:
        """slot -> (name, claim index, fact) of each place fact ("fly to" -> ("berlin", …))."""
        out: dict[str, list[tuple[str, int, Fact]]] = {}
        for value, found in self.slots.items():
            for slot, i, f in found:
                if f.value.startswith(PLACE):
                    out.setdefault(slot, []).append((value, i, f))
        return out

    @functools.cached_property
    def by_index(self) -> dict[int, ClaimSpan]:
        return {c.index: c for c in self}


def _doc(claims: Sequence[ClaimSpan]) -> DocClaims:
    return claims if isinstance(claims, DocClaims) else DocClaims(claims)


def _slots(claims: Sequence[ClaimSpan]) -> dict[str, list[tuple[str, int, Fact]]]:
    return _doc(claims).slots


def _ties(slots: Mapping[str, Sequence[tuple[str, int, Fact]]], value: str, slot: str) -> bool:
    """Whether a document's slot index (``DocClaims.slots``) ties ``value`` to ``slot``."""
    return any(w == slot for w, _, _ in slots.get(value, ()))


def _binds(fact: Fact, value: str) -> bool:
    """Whether a figure or place value stands for a change's number or name: the same number,
    or one of the name's words ("un" of "kim jong un")."""
    return value == fact.value if fact.kind == "number" else value in fact.value.split()


def _exchanged(ch: FactChange, rewrite: Sequence[ClaimSpan], original: Sequence[ClaimSpan],
               rewrite_all: Sequence[ClaimSpan], original_all: Sequence[ClaimSpan]) -> str:
    """Where a number or name change that both documents resolve (``_found_elsewhere``) is
    instead a swap: the rewrite gives the claim's value X the slot the aligned original gives
    Y ("passed the Senate" for "passed the House"), and another original claim gives X a
    second slot that another rewrite claim gives Y ("stalled in the House" for "stalled in
    the Senate"). Returns that original claim's fact ("stalled in the Senate"), or ""."""
    if ch.kind not in {"entity", "number"} or not ch.rewrite or not ch.original:
        return ""
    r_mine, o_mine = {c.index for c in rewrite}, {c.index for c in original}
    r_all, o_all = _slots(rewrite_all), _slots(original_all)
    for x, r_slots in _slots(rewrite).items():
        if not any(_binds(f, x) for f in ch.rewrite):
            continue
        for y, o_slots in _slots(original).items():
            if y == x or not any(_binds(f, y) for f in ch.original):
                continue
            shared = {v for v, _, _ in o_slots}
            for v in dict.fromkeys(v for v, _, _ in r_slots if v in shared):   # in order: one reason, every run
                for w, i, there in o_all.get(x, ()):
                    if i not in o_mine and w != v and any(w2 == w and j not in r_mine for w2, j, _ in r_all.get(y, ())):
                        return there.text
    return ""


def _moved(ch: FactChange, rewrite: Sequence[ClaimSpan], original: Sequence[ClaimSpan],
           rewrite_all: Sequence[ClaimSpan], original_all: Sequence[ClaimSpan]) -> str:
    """Where a name change that both documents resolve (``_found_elsewhere``) puts the name in
    another's place: the rewrite gives X the slot the aligned original gives Y ("Jones was
    arrested" for "Smith was arrested"), the original gives X that slot nowhere, and the
    rewrite gives Y that slot nowhere. Returns where the original names X
    elsewhere, as the reason's end ("has “Jones praised”", or "names it elsewhere"), or ""."""
    if ch.kind != "entity" or not ch.rewrite or not ch.original:
        return ""
    r_all, o_all = _slots(rewrite_all), _slots(original_all)
    o_here = _slots(original)
    for x, r_slots in _slots(rewrite).items():
        if not any(_binds(f, x) for f in ch.rewrite):
            continue
        for v in dict.fromkeys(v for v, _, _ in r_slots):
            if _ties(o_all, x, v):
                continue
            for y in o_here:
                if y == x or not any(_binds(f, y) for f in ch.original) or not _ties(o_here, y, v) or _ties(r_all, y, v):
                    continue
                there = next((f.text for _, _, f in o_all.get(x, ())), "")
                return f"has “{there}”" if there else "names it elsewhere"
    return ""


def _placed(f: Fact, claim: ClaimSpan) -> Fact:
    """A claim's own fact in document offsets."""
    return Fact(f.kind, f.text, f.start + claim.start, f.end + claim.start, f.value)


def _slot_moves(claim: ClaimSpan, rewrite_all: Sequence[ClaimSpan], original_all: Sequence[ClaimSpan],
                original_doc: str, named: set[str]) -> list[FactChange]:
    """Two names the documents give to each other's slots, wherever the claims were aligned:
    "The minister flew to Warsaw and then travelled to Berlin" for "… flew to Berlin and then
    travelled to Warsaw" pairs each rewrite clause with the original clause naming the same
    city, so no claim pair shows a change. The claim ties name X to slot V
    (``facts._place_facts``); the original ties V to Y and X to another slot W, and never X to
    V; the rewrite ties Y to W and never Y to V. A name that shares a word with the other side's
    (last word "county" of "Derby County" against "Derby") is the same name. In document
    offsets; ``named``, the words of the names an entity or role change of the claim already
    holds ("names swapped", "roles swapped"), are skipped."""
    if not rewrite_all or not original_all:
        return []
    original_all = _doc(original_all)
    r_all, o_all, by_slot = _slots(rewrite_all), original_all.slots, original_all.places
    out = []
    for x, mine in _slots([claim]).items():
        if x in named or not _mentions(original_doc, x):
            continue
        x_elsewhere = {w: h for w, _, h in o_all.get(x, ()) if h.value.startswith(PLACE)}
        for v, _, f in mine:
            if not f.value.startswith(PLACE) or _ties(o_all, x, v):
                continue
            other = next(((y, i, g, w) for y, i, g in by_slot.get(v, ())
                          if y != x and y not in words(f.text) and x not in words(g.text) and not _ties(r_all, y, v)
                          for w in (w for w, _, h in r_all.get(y, ()) if h.value.startswith(PLACE) and w in x_elsewhere)),
                         None)
            if other is None:
                continue
            _, i, g, w = other
            out.append(FactChange("entity", (_placed(f, claim),), (_placed(g, original_all.by_index[i]),),
                                  f"entity changed: {g.text} → {f.text} (swapped: the original has “{x_elsewhere[w].text}”)"))
            break
    return out


def fact_changes(rewrite: Sequence[ClaimSpan], original: Sequence[ClaimSpan], *,
                 rewrite_doc: str | None = None, original_doc: str | None = None,
                 rewrite_all: Sequence[ClaimSpan] = (), original_all: Sequence[ClaimSpan] = ()) -> tuple[FactChange, ...]:
    """Typed differences between rewrite claim(s) and original claim(s), in document offsets.

    With the two whole documents given, an entity change is dropped when every entity on each
    side is mentioned in the other document too: the claims then refer to people and places
    both texts name ("his guest" / "Kim"), which is coreference, not a changed fact. (A swap
    between two entities that both texts mention is missed, unless each fills a slot the
    parse names: see below.)
    Dates and specific numbers are looked up the same way (``_found_elsewhere``): a date the
    aligned original sentence lacks but another one states is support from a second sentence.
    Unless it is a swap: with every claim of each document given (``rewrite_all``,
    ``original_all``), a number or name the two documents give to each other's slots ("passed
    the Senate but stalled in the House" for "passed the House but stalled in the Senate",
    ``_exchanged``) stays a change, its reason naming where the original has it.

    Negation is scoped: when several claims support one (a merge), its polarity is compared
    with the best-matching claim only (each side's first), since a "not" in a clause the
    rewrite did not take over changes nothing the rewrite says.
    """
    r_text, r_facts = joined(rewrite)
    o_text, o_facts = joined(original)
    changes = compare_facts(r_text, r_facts, o_text, o_facts)
    if len(rewrite) > 1 or len(original) > 1:
        scoped = [ch for ch in compare_facts(*joined(rewrite[:1]), *joined(original[:1])) if ch.kind == "negation"
                  # a "no" the rewrite adds in a clause another claim of the merge says with its
                  # own "no" ("A, though no deaths were reported" for "No deaths were reported,
                  # but A"), and the other way round
                  and not _negation_elsewhere(ch, rewrite, original)]
        # a word put in place of its opposite names both words, wherever the clause stands:
        # "called conditions 'exhausting and unmanageable'" for "... 'exhausting but manageable'"
        # in a second claim of a merge
        scoped += [ch for ch in changes if _opposite_words(ch) and not any(_opposite_words(s) for s in scoped)]
        changes = tuple(sorted([ch for ch in changes if ch.kind != "negation"] + scoped,
                               key=lambda ch: FACT_KINDS.index(ch.kind)))
    if changes and rewrite_doc is not None and original_doc is not None:
        kept = []
        for ch in changes:
            if not _found_elsewhere(ch, rewrite_doc, original_doc):
                kept.append(ch)
            elif there := _exchanged(ch, rewrite, original, rewrite_all, original_all):
                kept.append(dataclasses.replace(ch, reason=f"{ch.reason} (swapped: the original has “{there}”)"))
            elif where := _moved(ch, rewrite, original, rewrite_all, original_all):
                kept.append(dataclasses.replace(ch, reason=f"{ch.reason} (moved: the original {where})"))
        changes = tuple(kept)
    if rewrite_all or original_all:
        changes = tuple(ch for ch in changes if not _carried_in_sentence(ch, rewrite, original, rewrite_all, original_all))
    changes = tuple(ch for ch in changes if not _concession_in_sentence(ch, original, original_doc))
    placed = tuple(FactChange(ch.kind, tuple(_joined_to_doc(f, rewrite) for f in ch.rewrite),
                              tuple(_joined_to_doc(f, original) for f in ch.original), ch.reason) for ch in changes)
    if len(rewrite) == 1 and original_doc is not None:
        named = {w for ch in changes if ch.kind in ("entity", "role") for f in ch.rewrite + ch.original
                 for w in re.findall(r"[a-z0-9]+", f.value)}
        moves = _slot_moves(rewrite[0], rewrite_all, original_all, original_doc, named)
        if rewrite_doc is not None and not any(ch.kind == "role" for ch in changes):
            moves += _party_swaps(rewrite[0], original, rewrite_doc, original_doc, named)
        if moves:
            placed = tuple(sorted(placed + tuple(moves), key=lambda ch: FACT_KINDS.index(ch.kind)))
    return placed


#: how many content words after a negation word name what it negates (``_negation_elsewhere``)
NEGATED_WORDS = 3


def _negation_elsewhere(ch: FactChange, rewrite: Sequence[ClaimSpan], original: Sequence[ClaimSpan]) -> bool:
    """Whether a negation one side adds (or drops) against the other side's first claim is said,
    negated, by a later claim of the other side: the words after its negation word (up to
    ``NEGATED_WORDS`` content words, stemmed) all stand in a claim that holds a negation; or
    that claim holds the same negation word, one that stands for what it negates ("neither"),
    or a negation of the same value before at least half of the first two content words after
    it, each matched by its first five letters ("which has yet to turn a profit" for "is not
    yet profitable"). The change's first negation is looked for."""
    if bool(ch.rewrite) == bool(ch.original):
        return False
    fact, own, others = (ch.rewrite[0], rewrite, original[1:]) if ch.rewrite else (ch.original[0], original, rewrite[1:])
    text, _ = joined(own)
    after = stemmed_words(text[fact.end:fact.end + 80])[:NEGATED_WORDS]
    if bool(after) and any(any(f.kind == "negation" for f in c.facts) and set(after) <= _stem_set(c.text)
                           for c in others):
        return True
    word = fact.text.lower()
    if word in _NEGATING_PRONOUNS and any(f.kind == "negation" and f.text.lower() == word
                                          for c in others for f in c.facts):
        return True
    content = [w.lower() for w in words(text[fact.end:fact.end + 80]) if w.lower() not in STOPWORDS][:2]

    def near(w: str, theirs: Sequence[str]) -> bool:     # one word, or its first five letters
        return any(w == v or len(w) >= 5 and len(v) >= 5 and w[:5] == v[:5] for v in theirs)
    return bool(content) and any(
        any(f.kind == "negation" and f.value == fact.value for f in c.facts)
        and 2 * sum(near(w, theirs) for w in content) >= len(content)
        for c in others for theirs in [[v.lower() for v in words(c.text)]])


#: negation words that stand for what they negate, rare enough to pair two claims by
_NEGATING_PRONOUNS = frozenset({"neither", "none", "nobody", "nothing"})


def _concession_in_sentence(ch: FactChange, original: Sequence[ClaimSpan], original_doc: str | None) -> bool:
    """Whether a concession the rewrite adds ("though") joins what the original's sentence
    joins with "but": the claims split there leave the word out of both."""
    if ch.kind != "relation" or ch.original or not original_doc or not original:
        return False
    if not all(f.value == "concession" for f in ch.rewrite):
        return False
    start, end = min(c.start for c in original), max(c.end for c in original)
    # (or with "and" between two clauses: "although no pollution has been found" for "No
    # pollution has been detected, and the coastguard will inspect the hull")
    return len({c.sentence for c in original}) == 1 and (_CONTRAST.search(original_doc[start:end]) is not None
                                                         or re.search(r",\s+and\b", original_doc[start:end]) is not None)


def _opposite_words(ch: FactChange) -> bool:
    """Whether a negation change is one word put in place of its opposite (both sides named)."""
    return ch.kind == "negation" and bool(ch.rewrite) and bool(ch.original) and \
        all(f.value.startswith(OPPOSITE) for f in ch.rewrite + ch.original)


#: how much of each of two claims' other words the other must share for a party swapped
#: between them (``_party_swaps``)
SWAP_OVERLAP = 0.6


@functools.lru_cache(maxsize=64)
def _stem_set(text: str) -> frozenset[str]:
    return frozenset(stemmed_words(text))


def _party_swaps(claim: ClaimSpan, original: Sequence[ClaimSpan], rewrite_doc: str, original_doc: str,
                 named: set[str]) -> list[FactChange]:
    """Two kinds of party the documents give to each other's places: "Two residents suffered
    burns, but no firefighters were hurt" for "Two firefighters suffered burns, but no
    residents were hurt" pairs each clause with its counterpart, where the one party noun of
    the claim that its original claims lack (``facts.KIND``: "residents") is named elsewhere in
    the original, and the one its original claims name instead ("firefighters") is named
    elsewhere in the rewrite. One party for another the other document never names is the
    kind check's business (``facts._kind_changes``), which tells a synonym from another kind."""
    from .lexicon import same_party, sort_of

    def parties(facts: Sequence[Fact], claim: ClaimSpan) -> dict[str, Fact]:
        return {f.value[len(KIND):]: _placed(f, claim) for f in facts
                if f.kind == "role" and f.value.startswith(KIND) and sort_of(f.value[len(KIND):]) == "party"}

    mine = parties(claim.facts, claim)
    theirs: dict[str, Fact] = {}
    for c in original:
        theirs.update(parties(c.facts, c))
    o_text = " ".join(c.text for c in original)

    def absent(word: str, text: str) -> bool:
        return not set(stemmed_words(word)) <= _stem_set(text)

    lost = [x for x in mine if x not in named and absent(x, o_text) and not absent(x, original_doc)]
    gone = [y for y in theirs if y not in named and absent(y, claim.text) and not absent(y, rewrite_doc)]
    if len(lost) != 1 or len(gone) != 1 or len(mine) > 2 or same_party(lost[0], gone[0]):
        return []     # (one party told in other words: "team" for "researchers")
    # the two claims say the same besides the party: "two residents suffered minor burns" /
    # "two firefighters suffered minor burns", not two claims the aligner paired by a name
    def common(text: str) -> set[str]:   # names left out: they may tie the claims together alone
        return set(stemmed_words(" ".join(w for w in text.split() if not w[:1].isupper())))
    ours = common(claim.text) - set(stemmed_words(lost[0]))
    others = common(o_text) - set(stemmed_words(gone[0]))
    if not ours or not others or min(len(ours & others) / len(ours), len(ours & others) / len(others)) < SWAP_OVERLAP:
        return []
    r, o = mine[lost[0]], theirs[gone[0]]
    return [FactChange("role", (r,), (o,), f"party changed: {o.text} → {r.text} (swapped: the original names "
                                           f"“{r.text}” elsewhere)")]


#: words that join two clauses and say how they stand to each other (a time, a concession)
_JOINING_WORDS = frozenset({"while", "as", "whereas", "though", "although", "even though", "even as"})


def _carried_in_sentence(ch: FactChange, rewrite: Sequence[ClaimSpan], original: Sequence[ClaimSpan],
                         rewrite_all: Sequence[ClaimSpan], original_all: Sequence[ClaimSpan]) -> bool:
    """Whether a hedge, negation or speaker one side lacks (added or removed, not changed) is
    carried by another claim of that side's sentence: "X is a former senator, who later became
    governor" cut in two, its second claim aligned with a claim that says "former", keeps the
    hedge in its sentence, and has not removed it; "The union had not been consulted, said Sara
    Quinn, who leads the pilots' union" keeps the "not" and the speaker in its first claim
    where its second is held against the whole original sentence. A hedge is carried when a
    claim of the sentence holds one of its class; a negation or a speaker when the whole
    sentence, set against the other side's claims, loses the change."""
    if ch.kind in {"timing", "relation"} and bool(ch.rewrite) != bool(ch.original):
        # a word that joins two clauses ("while", "though"), which the cut put in one claim of
        # a sentence whose other side holds it elsewhere: "The jobless rate dipped slightly,
        # while youth unemployment stayed at 14.2%" for "Youth unemployment was unchanged,
        # while the jobless rate fell slightly"
        facts = ch.rewrite or ch.original
        claims, pool = (original, original_all) if ch.rewrite else (rewrite, rewrite_all)
        sentences = {c.sentence for c in claims}
        held = {f.value for c in pool if c.sentence in sentences for f in c.facts if f.kind == ch.kind}
        return all(f.text.lower() in _JOINING_WORDS and f.value in held for f in facts)
    if ch.kind not in {"hedge", "negation", "attribution"} or bool(ch.rewrite) == bool(ch.original):
        return False
    facts, claims, pool = (ch.original, rewrite, rewrite_all) if ch.original else (ch.rewrite, original, original_all)
    sentences = {c.sentence for c in claims}
    if ch.kind != "hedge":
        whole = [c for c in pool if c.sentence in sentences]
        if len(whole) <= len(claims) or not all(c in whole for c in claims):
            return False
        again = compare_facts(*joined(whole), *joined(original)) if ch.original else \
            compare_facts(*joined(rewrite), *joined(whole))
        values = {f.value for f in facts}
        return not any(c.kind == ch.kind and values & {f.value for f in c.rewrite + c.original} for c in again)
    classes = {hedge_class(f.value) for f in facts}
    held = {hedge_class(f.value) for c in pool if c.sentence in sentences and c not in claims
            for f in c.facts if f.kind == "hedge"}
    return classes <= held


def _quote(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= width else text[: width - 1] + '…'}”"


def label_side(
    claims: Sequence[ClaimSpan],
    matches: Sequence[Match],
    others: Sequence[Sequence[ClaimSpan]],
    other_names: Sequence[str],
    *,
    side: str,
    threshold: float,
    check_facts: bool,
    fact_kinds: Sequence[str] | None = None,
    altered_by: dict[int, tuple[FactChange, ...]] | None = None,
    own_doc: str | None = None,
    other_docs: Sequence[str] | None = None,
    head: Mapping[str, Any] | None = None,
    tokens: Sequence[frozenset[str]] | None = None,
    other_tokens: Sequence[frozenset[str]] | None = None,
    conflicts: list[bool] | None = None,
) -> list[Claim]:
    """Label the claims of one side.

    ``side`` is ``"rewrite"`` (labels added / altered / kept; ``others`` are the originals)
    or ``"original"`` (labels dropped / altered / kept; ``others`` holds the rewrite only).
    On the original side, a claim is altered when the rewrite changed one of *its* facts
    (a change with an original-side fact), or when a rewrite claim that drew on it was
    labelled altered (``altered_by``: original claim index -> that claim's changes), so both
    sides of an altered pair agree.

    With ``head`` (the calibration's consistency head; rewrite side only, with each claim's
    content ``tokens`` and each original's token union ``other_tokens``) a claim is kept when
    the head's probability that the original supports it reaches ``head['threshold']``; below
    it, a claim aligned at ``threshold`` with a typed fact change is altered and any other
    is added (``consistency_label``). ``Claim.support`` is then that probability, and
    ``conflicts``, when given, receives each claim's ``conflict`` flag (``claims.conflicts``: a
    number, date or name in place of the source's, altered whatever the head says).
    """
    claims, others = DocClaims(claims), [DocClaims(o) for o in others]
    if head is not None:
        if side != REWRITE or tokens is None or other_tokens is None:
            raise ValueError("the consistency head labels rewrite claims and needs their tokens")
        return _label_by_head(claims, matches, others, other_names, threshold=threshold,
                              check_facts=check_facts, fact_kinds=fact_kinds, own_doc=own_doc,
                              other_docs=other_docs, head=head, tokens=tokens, other_tokens=other_tokens,
                              conflicts=conflicts)
    missing = "added" if side == REWRITE else "dropped"
    other_side = ORIGINAL if side == REWRITE else REWRITE
    out: list[Claim] = []
    for c, m in zip(claims, matches):
        boiler = bool(BOILERPLATE.search(c.text))
        if m.source < 0 or m.score < threshold:
            where = f" (closest: {m.score:.2f} in {other_names[m.source]} {_quote(others[m.source][m.claims[0]].text, 50)})" \
                if m.source >= 0 and m.claims else ""
            if side == REWRITE:
                code = "added.boilerplate" if boiler else "added.no_support"
                reason = ("no original contains it (publisher boilerplate, not a claim about the story)"
                          if boiler else f"no original supports this claim{where}")
            else:
                code = "dropped.no_match"
                reason = f"no claim of the rewrite keeps this{where}"
            out.append(Claim(c.index, c.sentence, c.start, c.end, c.text, missing, code, reason,
                             m.score, m.source if side == REWRITE else -1, (), (), boiler))
            continue
        support_claims = [others[m.source][j] for j in m.claims]
        evidence = tuple(
            Evidence(other_side, m.source if side == REWRITE else -1, s.index, s.start, s.end, s.text, m.score)
            for s in support_claims
        )
        changes: tuple[FactChange, ...] = ()
        if check_facts:
            other_doc = other_docs[m.source] if other_docs is not None else None
            if side == REWRITE:
                changes = claim_changes(c, support_claims, own_doc, other_doc, fact_kinds, claims, others[m.source])
            else:
                changes = tuple(ch for ch in fact_changes(support_claims, [c], rewrite_doc=other_doc, original_doc=own_doc,
                                                          rewrite_all=others[m.source], original_all=claims)
                                if ch.original)
                if not changes and altered_by and c.index in altered_by:
                    changes = altered_by[c.index]
                changes = _of_kinds(changes, fact_kinds)
        name = other_names[m.source]
        if changes:
            code, reason, label = _altered(changes)
        else:
            code, label = "kept", "kept"
            merged = f" ({len(support_claims)} claims together)" if len(support_claims) > 1 else ""
            reason = f"supported by {name}{merged} with score {m.score:.2f}: {_quote(support_claims[0].text, 60)}"
        out.append(Claim(c.index, c.sentence, c.start, c.end, c.text, label, code, reason, m.score,
                         m.source if side == REWRITE else -1, evidence, changes, boiler))
    return out


def claim_changes(c: ClaimSpan, support_claims: Sequence[ClaimSpan], own_doc: str | None,
                  other_doc: str | None, fact_kinds: Sequence[str] | None,
                  own_claims: Sequence[ClaimSpan] = (), other_claims: Sequence[ClaimSpan] = ()) -> tuple[FactChange, ...]:
    """The typed fact changes of a rewrite claim against the original claims aligned with it,
    restricted to ``fact_kinds`` (None: every kind); ``own_claims`` / ``other_claims``, every
    claim of the two documents, let a swap between claims count (``fact_changes``)."""
    return _of_kinds(fact_changes([c], support_claims, rewrite_doc=own_doc, original_doc=other_doc,
                                  rewrite_all=own_claims, original_all=other_claims), fact_kinds)


def _of_kinds(changes: Sequence[FactChange], fact_kinds: Sequence[str] | None) -> tuple[FactChange, ...]:
    """The changes of the kinds that count (None: every kind). A statement put in another
    speaker's mouth counts with the entities: "police said" for "the holidaymaker said" is
    who said it, not how surely, so an attribution whose speaker changed counts wherever
    ``entity`` does (an attribution added or removed only where ``attribution`` does)."""
    if fact_kinds is None:
        return tuple(changes)
    return tuple(ch for ch in changes if ch.kind in fact_kinds or ("entity" in fact_kinds and _speaker_changed(ch)))


def _speaker_changed(ch: FactChange) -> bool:
    """An attribution change whose two sides name different speakers (not only another verb)."""
    if ch.kind != "attribution" or not ch.rewrite or not ch.original:
        return False
    speakers = {f.value.rpartition(" ")[0] for f in ch.rewrite}
    return not speakers & {f.value.rpartition(" ")[0] for f in ch.original}


def _altered(changes: Sequence[FactChange]) -> tuple[str, str, str]:
    kinds: list[str] = []
    for ch in changes:
        if ch.kind not in kinds:
            kinds.append(ch.kind)
    return "altered." + "+".join(kinds), "; ".join(ch.reason for ch in changes), "altered"


#: fact kinds whose value substitutions the consistency head may not overrule
CONFLICT_KINDS = ("number", "date")
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)$")


def _number_kind(value: str) -> tuple[str, bool]:
    """(unit, ordinal) of a number fact's value: "27 year" -> ("month", False), "3rd" -> ("", True)."""
    qty, unit = number_key(value)
    return unit, bool(_ORDINAL.search(qty))


def _same_kind(kind: str, rewrite: Fact, original: Fact) -> bool:
    """Whether two values of a fact kind measure the same thing, so that one in place of the
    other contradicts it: numbers with the same unit, both counts or both ordinals ("12
    percent" / "21 percent"; not "17" / "27-year", a count and an age, nor "third" / "4"),
    dates both relative or both calendar dates ("Monday" / "Tuesday"; not "five years ago" /
    "2010-11") that give one calendar field two ways (``facts.date_fields``: "Aug. 6" / "July
    28, 2018"; not "June" / "June 2019", which adds a year, nor "Monday" / "2019", which name
    different fields; dates with no calendar field, "the winter" / "the year", as before)."""
    if kind == "number":
        return _number_kind(rewrite.value) == _number_kind(original.value)
    if kind == "date":
        return dates_contradict(rewrite.value, original.value)
    return True


def conflicts(changes: Sequence[FactChange], source_doc: str | None = None) -> bool:
    """Whether a change puts one value in place of another the source gives: a number or
    date of the same kind (``_same_kind``: same unit, both counts or both ordinals; both
    relative or both calendar dates), both sides stating one (``fact_changes`` has already
    looked the rewrite's value up in the whole source: it is not there); or, with the whole
    ``source_doc`` given, a name the source never mentions where the aligned sentence names
    one the claim lacks (``entity_substitution``). A value of another kind, as an age where
    the aligned sentence gives a count, is left to the head: the claim most often took it
    from another sentence. (In 5-fold runs on WiCE + FRANK DEV, WiCE supported_f1 / FRANK
    bacc 54.7 / 75.3 with any two values in conflict, 55.5 / 75.6 with numbers of the same
    unit, 57.1 / 75.4 with dates of the same kind, 58.5 / 75.8 with both
    (out/proto/cons_conflict.py), 59.2 / 76.2 with ordinals apart from counts too
    (cons_ordinal.py); names: see ``entity_substitution``.) A word put in place of its
    opposite ("lower" for "higher", ``facts.compare_facts``) conflicts too: four-draw means
    on WiCE + FRANK DEV with the head refitted, supported_f1 / 3-way / bacc / ROC AUC /
    Spearman, 56.22 / 54.93 / 77.30 / 85.37 / 71.52 when the head weighs it, 56.22 / 54.93 /
    77.54 / 85.45 / 71.64 as a conflict (out/proto/opposites.py). A list that names one thing
    twice where the source does not ("left out Alan Shearer and Alan Shearer", ``facts.TWICE``)
    conflicts too: no source supports it."""
    return bool(conflict_reason(changes, source_doc))


def conflict_reason(changes: Sequence[FactChange], source_doc: str | None = None) -> str:
    """Why ``conflicts`` holds, in words for a claim's reason ("" when it does not)."""
    if any(ch.kind in CONFLICT_KINDS and any(_same_kind(ch.kind, r, o) for r in ch.rewrite for o in ch.original)
           for ch in changes):
        return "a number or date stands in place of another"
    if any(ch.kind == "negation" and any(f.value.startswith(OPPOSITE) for f in ch.rewrite) for ch in changes):
        return "a word stands in place of its opposite"
    if any(ch.kind == "role" and any(f.value.startswith(TWICE) for f in ch.rewrite) for ch in changes):
        return "a list names one thing twice"
    name = entity_substitution(changes, source_doc)
    return f"the source never mentions {_quote(name.text, 40)}" if name is not None else ""


#: the unknown-word token a sequence-to-sequence model writes for a word outside its vocabulary
#: ("UNK UNK was expelled from the tournament"): it stands for a word, not a name, so a name
#: holding one is never "a name the source never mentions" (``entity_substitution``)
PLACEHOLDER = re.compile(r"\bUNK\b|<unk>")


def entity_substitution(changes: Sequence[FactChange], source_doc: str | None) -> Fact | None:
    """A name of the claim that ``source_doc`` never mentions (``_mentions``: its words in a
    row, any case), given in place of one the aligned sentence names and the claim lacks (an
    entity change with both sides; its first such name), or None. "popular in Iraq, Libya
    and Nepal" against "... Iraq, Libya and Sri Lanka" in a source without "Nepal". A name
    the claim adds where the sentence names none is left to the head, as is a name the
    source mentions elsewhere (``fact_changes`` keeps such a change only when the sentence's
    name is missing from the claim's document: coreference and merges).
    A name holding a model's unknown-word token (``PLACEHOLDER``) is no such name.
    (Four-draw 5-fold means on WiCE + FRANK DEV, supported_f1 / 3-way / bacc: 57.3 / 54.2 /
    77.1 without the rule, 57.6 / 55.7 / 77.4 with it, 57.3 / 55.4 / 77.6 with placeholders
    left out too; any unmentioned name, added or in place of another, 57.0 / 56.6 / 76.7:
    out/proto/ent_conflict.py, ent_unk.py.)"""
    if source_doc is None:
        return None
    for ch in changes:
        if ch.kind == "entity" and ch.original:
            for f in ch.rewrite:
                if not PLACEHOLDER.search(f.text) and not _mentions(source_doc, f.value):
                    return f
    return None


def consistency_label(probability: float, head_threshold: float, aligned: bool, changed: bool,
                      conflict: bool = False) -> str:
    """The consistency head's decision for one rewrite claim. An aligned claim (support score
    at the support threshold) whose number or date stands in place of another of the same kind,
    or that names someone or something the source never mentions in place of a name the
    aligned sentence gives (``conflict``, ``conflicts``), is altered whatever the head says:
    "21 percent" for "12 percent" is never supported.
    Otherwise the claim is kept when the probability that the original supports it reaches the
    head's threshold (the head has seen the other typed changes and weighs them: on WiCE and
    FRANK most of them come from aligning with a sentence that holds only part of the
    evidence); below it, an aligned claim with a changed fact is altered, any other added."""
    if aligned and conflict:
        return "altered"
    if probability >= head_threshold:
        return "kept"
    return "altered" if aligned and changed else "added"


def head_inputs(c: ClaimSpan, m: Match, others: Sequence[Sequence[ClaimSpan]], *, threshold: float,
                check_facts: bool, fact_kinds: Sequence[str] | None, own_doc: str | None,
                other_docs: Sequence[str] | None, tokens: Sequence[frozenset[str]],
                other_tokens: Sequence[frozenset[str]],
                own_claims: Sequence[ClaimSpan] = ()) -> tuple[list[ClaimSpan], tuple[FactChange, ...], dict[str, Any]]:
    """What the consistency head decides one rewrite claim from (``m.source >= 0``): its
    supporting claims, its typed changes, and the record ``Comparer.claim_features`` returns
    (``features`` for the head; ``aligned``, ``changed``, ``conflict`` for
    ``consistency_label``; ``why``, ``conflict_reason``'s words for the reason, "" without a
    conflict)."""
    from .similarity import claim_features

    support_claims = [others[m.source][j] for j in m.claims]
    other_doc = other_docs[m.source] if other_docs is not None else None
    changes = claim_changes(c, support_claims, own_doc, other_doc, fact_kinds, own_claims,
                            others[m.source]) if check_facts else ()
    # the longest stretch of the claim the source lacks anywhere: a head feature, and the
    # reason's "the source never has …" (``_unsaid``)
    stretch = missing_stretch(c.text, other_tokens[m.source] if other_doc is None else doc_stems(other_doc))
    why = conflict_reason(changes, other_doc)
    record = {"features": claim_features(m, tokens[c.index], other_tokens[m.source], [ch.kind for ch in changes],
                                         c.text, stretch=stretch, source_text=other_doc),
              "aligned": m.score >= threshold, "changed": bool(changes), "conflict": bool(why), "why": why,
              "stretch": stretch}
    return support_claims, changes, record


def _label_by_head(claims: Sequence[ClaimSpan], matches: Sequence[Match], others: Sequence[Sequence[ClaimSpan]],
                   other_names: Sequence[str], *, threshold: float, check_facts: bool,
                   fact_kinds: Sequence[str] | None, own_doc: str | None, other_docs: Sequence[str] | None,
                   head: Mapping[str, Any], tokens: Sequence[frozenset[str]],
                   other_tokens: Sequence[frozenset[str]], conflicts: list[bool] | None = None) -> list[Claim]:
    from .similarity import logistic

    cut = float(head["threshold"])
    out: list[Claim] = []
    for c, m in zip(claims, matches):
        boiler = bool(BOILERPLATE.search(c.text))
        if m.source < 0:
            out.append(Claim(c.index, c.sentence, c.start, c.end, c.text, "added",
                             "added.boilerplate" if boiler else "added.no_support",
                             "no original to support it", 0.0, -1, (), (), boiler))
            if conflicts is not None:
                conflicts.append(False)
            continue
        support_claims, changes, rec = head_inputs(
            c, m, others, threshold=threshold, check_facts=check_facts, fact_kinds=fact_kinds, own_doc=own_doc,
            other_docs=other_docs, tokens=tokens, other_tokens=other_tokens, own_claims=claims)
        p = logistic(rec["features"], head)
        label = consistency_label(p, cut, rec["aligned"], rec["changed"], rec["conflict"])
        if conflicts is not None:
            conflicts.append(bool(rec["aligned"] and rec["conflict"]))
        name = other_names[m.source]
        closest = f"{name} {_quote(support_claims[0].text, 50)}" if support_claims else name
        unsaid = _unsaid(c.text, rec["stretch"]) if other_docs is not None and p < cut else ""
        if label == "added":
            code = "added.boilerplate" if boiler else "added.no_support"
            reason = (f"{name} does not support this claim (support probability {p:.2f} < {cut:.2f}; "
                      f"closest: {closest}{unsaid})")
            out.append(Claim(c.index, c.sentence, c.start, c.end, c.text, label, code, reason, p, m.source,
                             (), (), boiler))
            continue
        evidence = tuple(Evidence(ORIGINAL, m.source, s.index, s.start, s.end, s.text, m.score) for s in support_claims)
        if label == "altered":
            code, reason, _ = _altered(changes)
            if p < cut:
                reason += f" (support probability {p:.2f} < {cut:.2f}{unsaid})"
            else:
                reason += f" (support probability {p:.2f}, but {rec['why']})"
        else:
            changes = ()
            code = "kept"
            merged = f" ({len(support_claims)} claims together)" if len(support_claims) > 1 else ""
            reason = f"supported by {name}{merged}, support probability {p:.2f}: {_quote(support_claims[0].text, 60)}"
        out.append(Claim(c.index, c.sentence, c.start, c.end, c.text, label, code, reason, p, m.source,
                         evidence, changes, boiler))
    return out


#: the fewest content words in a row the source lacks that a consistency reason names
UNSAID_WORDS = 2


def _unsaid(text: str, stretch: tuple[int, int, int]) -> str:
    """"; the source never has «…»": the longest stretch of the claim whose content words the
    source document lacks anywhere (``stretch``, ``overlap.missing_stretch`` against the
    source's stems as ``head_inputs`` finds it, the run the head's ``missing_run`` counts),
    when it holds ``UNSAID_WORDS`` or more; else ""."""
    start, end, n = stretch
    return f"; the source never has {_quote(text[start:end], 60)}" if n >= UNSAID_WORDS else ""


def claim_weights(claims: Sequence[ClaimSpan | Claim]) -> np.ndarray:
    """Length weights (characters) used by every document-level share."""
    return np.array([max(1, len(c.text)) for c in claims], dtype=np.float64)


#: the longest detail (content words) that may count as reworded: a rewording swaps a word
#: or a short phrase. Over all of SWiPE DEV (out/proto/detail_syn.py) details of 2 / 3 / 4
#: content words at cosine 0.5 or more to what replaced them were right 10 of 61 / 3 of 14 /
#: 0 of 3 times, those of 5 or more 5 of 9
REWORDED_MAX_WORDS = 4


def detail_size_ok(size: int, inserted: bool, min_words: int, insert_words: int | None = None) -> bool:
    """Whether a stretch a claim's evidence lacks is reported as a detail: its ``size``
    (content words, a name or number counting twice) reaches ``insert_words`` (None:
    ``min_words``; at least 1) when nothing is in its place, ``min_words`` otherwise
    (``min_words`` < 1: details are off)."""
    if min_words < 1:
        return False
    return size >= (max(1, min_words if insert_words is None else insert_words) if inserted else min_words)


def with_details(claims: Sequence[Claim], min_words: int, *, elsewhere: frozenset[str] = frozenset(),
                 similarity: Callable[[Sequence[tuple[str, str]]], Sequence[float]] | None = None,
                 reworded: float | None = None, insert_words: int | None = None) -> list[Claim]:
    """Each kept or altered claim with the stretches of it that its evidence lacks
    (``overlap.missing_runs``): details dropped (original side) or added (rewrite side).
    ``elsewhere``: word stems that count as present too (``overlap.stemmed_words`` of the
    whole other text for the original side, so a phrase the rewrite moved to another
    sentence is not a dropped detail).

    ``similarity`` (cosines of text pairs, in one call) gives each detail that the evidence
    replaced with other words its ``cosine`` to them; a detail at ``reworded`` or above says
    the same in other words ("about" for "approximately") and is not reported (None: all are).
    On SWiPE DEV such details were wrong 9 times in 10 (``Config.detail_reworded``). A detail
    holding a name or a number is never measured: a sentence embedding barely sees "300"
    become "3,000", and a changed name or number is a fact, not a choice of words; nor is one
    of more than ``REWORDED_MAX_WORDS`` content words.

    ``insert_words`` (None: ``min_words``): the size from which a stretch the evidence has
    nothing in place of (inserted or deleted outright, not replaced) is a detail; a word put
    in outright is information more often than a word swapped for another
    (``Config.detail_insert_words``, ``detail_size_ok``)."""
    if min_words < 1:
        return list(claims)

    def is_detail(a: int, b: int, n: int, f: int, instead: str) -> bool:
        return detail_size_ok(n + f, not instead, min_words, insert_words)

    found: list[tuple[int, list[tuple[int, int, int, int, str]]]] = []
    for k, c in enumerate(claims):
        if c.label in ("kept", "altered") and c.evidence:
            runs = [r for r in replaced_runs(c.text, " ".join(e.text for e in c.evidence),
                                             min_words=1, elsewhere=elsewhere) if is_detail(*r)]
            if runs:
                found.append((k, runs))

    def measured(n: int, f: int, instead: str) -> bool:
        return bool(instead) and not f and n <= REWORDED_MAX_WORDS

    pairs = sorted({(claims[k].text[a:b], instead) for k, runs in found for a, b, n, f, instead in runs
                    if measured(n, f, instead)})
    cosine = dict(zip(pairs, similarity(pairs))) if similarity is not None and pairs else {}
    out = list(claims)
    for k, runs in found:
        c = claims[k]
        details = []
        for a, b, n, f, instead in runs:
            cos = cosine.get((c.text[a:b], instead)) if measured(n, f, instead) else None
            cos = None if cos is None else round(float(cos), 4)
            if reworded is not None and cos is not None and cos >= reworded:
                continue
            details.append(Detail(c.start + a, c.start + b, c.text[a:b], n, f, cos, instead))
        if details:
            out[k] = dataclasses.replace(c, details=tuple(details))
    return out


def mark_repeats(claims: Sequence[Claim]) -> list[Claim]:
    """Each claim whose text (without surrounding white space) is that of an earlier claim
    of the same document gets that claim's index as ``repeat_of``: one claim stated again.
    Nothing else changes (each place keeps its own label, evidence and offsets), so no
    place is lost; reports and distinct counts fold repeats into the first. A vandalised
    page that repeats one line 400 times holds one added claim, stated 400 times."""
    first: dict[str, int] = {}
    out = []
    for c in claims:
        key = c.text.strip()
        if key in first:
            c = dataclasses.replace(c, repeat_of=first[key])
        else:
            first[key] = c.index
        out.append(c)
    return out
