"""A faster matching step for spaCy's attribute ruler, with the same annotations.

The English pipelines map each fine-grained tag to its part of speech and morphology, and fix a
few hundred word-specific exceptions, with an ``attribute_ruler`` whose rules run through
spaCy's general ``Matcher``. Matching is most of that component's cost (measured on 600 FRANK
article sentences, 22,516 tokens: 0.89 s matching against 0.06 s setting the attributes; the
whole spaCy pipeline took about 5 s), because every rule is tried at every token.
Every rule in ``en_core_web_sm`` 3.8 is one or two tokens, tested on the tag, the lower-cased
form, the dependency label or ``IS_SPACE``. Which rules a token meets therefore depends on
those four values alone, and on the form only when a rule names it, so :class:`RuleLookup`
tests each distinct combination once and remembers it (on 3,771 texts from the eight DEV sets,
262,901 tokens: 10.2 s in spaCy's matcher, 1.1 s by lookup, the same matches for every text;
``out/proto/fast_ar2.py`` of 2026-12-02).

:func:`speed_up` gives a loaded pipeline's ruler that lookup as its ``match`` step and keeps
the rest of spaCy's component: the matches come back in spaCy's order (rule number, then
position) and spaCy's own ``set_annotations`` applies them, so later rules still win. A rule
this module cannot read (another operator, another attribute, a pattern of three tokens or
more) leaves the ruler as spaCy built it. ``tests/test_attribute_rules.py`` checks the matches
against spaCy's own matcher on real text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

# the token attributes a rule may test, in the order ``RuleLookup`` reads them with ``Doc.to_array``
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_MEMO_LIMIT = 200_000    # distinct (tag, form, label, space) tuples remembered


class _Unsupported(ValueError):
    pass


def _test(key: str, want: Any) -> Callable[[tuple], bool]:
    """One key of a token pattern as a predicate on (tag, lower, dep, is_space) strings."""
    if key not in _KEYS:
        raise _Unsupported(key)
    at = _KEYS.index(key)
    if not isinstance(want, dict):
        return lambda t: t[at] == want
    if len(want) != 1:
        raise _Unsupported(str(want))
    (op, arg), = want.items()
    if op == "IN":
        values = frozenset(arg)
        return lambda t: t[at] in values
    if op == "NOT_IN":
        values = frozenset(arg)
        return lambda t: t[at] not in values
    if op == "REGEX":
        rx = re.compile(arg)
        return lambda t: isinstance(t[at], str) and rx.search(t[at]) is not None
    raise _Unsupported(op)


def _token_test(spec: dict) -> Callable[[tuple], bool]:
    tests = [_test(k, v) for k, v in spec.items()]
    return lambda t: all(f(t) for f in tests)


def _gate(spec: dict) -> tuple[int, frozenset] | None:
    """The attribute and values a token must have for the pattern to have a chance: its plain
    tag, else its form, else its label (an equality or a membership test); None: none of these."""
    for key in ("TAG", "LOWER", "DEP"):
        want = spec.get(key)
        if isinstance(want, str):
            return _KEYS.index(key), frozenset([want])
        if isinstance(want, dict) and list(want) == ["IN"]:
            return _KEYS.index(key), frozenset(want["IN"])
    return None


class RuleLookup:
    """The ruler's rules, indexed for lookup: ``match(doc)`` returns what
    ``AttributeRuler.match`` returns, ``[(rule number, match id, start, end), ...]`` sorted.

    Which rules a token meets depends only on its tag, lower-cased form, dependency label and
    whether it is white space, so each distinct tuple of the four is tested once (only against
    the rules its tag, form or label can meet) and remembered; a token then costs one
    dictionary lookup."""

    SINGLE, FIRST, SECOND = 0, 1, 2

    def __init__(self, patterns: Sequence[dict], strings: Any):
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        self._attrs = [TAG, LOWER, DEP, IS_SPACE]
        self._strings = strings
        self.ids: list[int] = []
        self.has_double = False
        # (attribute position, value) -> [(role, rule number, test)]; role: a one-token rule,
        # or the first or second token of a two-token rule
        self._gated: dict[tuple[int, str], list[tuple[int, int, Callable]]] = {}
        self._always: list[tuple[int, int, Callable]] = []
        # Most words are named by no rule: they all meet the same rules as the empty form (hash
        # 0), so the memo's keys stand them in by 0. A form is named when a rule's equality,
        # membership or exclusion test lists it, or a regular expression finds it.
        self._named: set[str] = set()
        self._regexes: list[re.Pattern] = []
        for number, rule in enumerate(patterns):
            self.ids.append(strings.add(str(number)))
            for pattern in rule["patterns"]:
                if len(pattern) > 2:
                    raise _Unsupported(f"a rule of {len(pattern)} tokens")
                self.has_double |= len(pattern) == 2
                roles = [self.SINGLE] if len(pattern) == 1 else [self.FIRST, self.SECOND]
                for role, spec in zip(roles, pattern):
                    entry = (role, number, _token_test(spec))   # raises on what it cannot read
                    want = spec.get("LOWER")
                    if isinstance(want, str):
                        self._named.add(want)
                    elif isinstance(want, dict):
                        (op, arg), = want.items()
                        if op == "REGEX":
                            self._regexes.append(re.compile(arg))
                        else:
                            self._named.update(arg)
                    gate = _gate(spec)
                    if gate is None:
                        self._always.append(entry)
                    else:
                        for value in gate[1]:
                            self._gated.setdefault((gate[0], value), []).append(entry)
        # (tag, lower, dep, space) hashes -> (one-token rules met, two-token rules whose first
        # token it meets, those whose second token it meets)
        self._memo: dict[tuple, tuple[tuple[int, ...], frozenset, frozenset]] = {}
        if "" in self._named or any(rx.search("") for rx in self._regexes):
            raise _Unsupported("a rule on the empty form")
        self._form: dict[int, int] = {0: 0}

    def _classify(self, key: tuple) -> tuple[tuple[int, ...], frozenset, frozenset]:
        s = self._strings
        tok = (s[key[0]], s[key[1]], s[key[2]], bool(key[3]))
        met: tuple[set, set, set] = (set(), set(), set())
        # each rule is gated on one attribute, which the token has one value of: seen once
        for at in range(3):
            for role, number, test in self._gated.get((at, tok[at]), ()):
                if test(tok):
                    met[role].add(number)
        for role, number, test in self._always:
            if test(tok):
                met[role].add(number)
        hit = (tuple(sorted(met[0])), frozenset(met[1]), frozenset(met[2]))
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        self._memo[key] = hit
        return hit

    def _form_key(self, low: int) -> int:
        """The hash a form stands in the memo's keys by: its own when a rule names it, else 0."""
        text = self._strings[low]
        key = low if text in self._named or any(rx.search(text) for rx in self._regexes) else 0
        if len(self._form) >= _MEMO_LIMIT:
            self._form = {0: 0}
        self._form[low] = key
        return key

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        memo, classify, form, form_key = self._memo, self._classify, self._form, self._form_key
        hits = []
        for tag, low, dep, space in doc.to_array(self._attrs).tolist():
            named = form.get(low)
            key = (tag, form_key(low) if named is None else named, dep, space)
            hits.append(memo.get(key) or classify(key))
        found: list[tuple[int, int, int]] = []
        for i, (single, _, _) in enumerate(hits):
            found += [(n, i, i + 1) for n in single]
        if self.has_double:
            for i in range(len(hits) - 1):
                found += [(n, i, i + 2) for n in hits[i][1] & hits[i + 1][2]]
        found.sort()
        ids = self.ids
        return [(n, ids[n], s, e) for n, s, e in found]


def speed_up(nlp: Any, name: str = "attribute_ruler") -> bool:
    """Give the pipeline's attribute ruler the lookup as its matching step; False (and the
    ruler left as it is) when there is none or a rule is beyond the lookup."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    patterns = getattr(ruler, "patterns", None)
    if patterns is None or not hasattr(ruler, "set_annotations"):
        return False
    try:
        lookup = RuleLookup(patterns, nlp.vocab.strings)
    except _Unsupported:
        return False
    ruler.match = lookup.match
    return True
