"""The attribute ruler's lookup (``provenance._attribute_rules``) matches what spaCy's matcher does."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance._attribute_rules import RuleLookup, speed_up

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# sentences that meet the model's word-specific rules: contractions, "gonna", "let's", "y'all",
# "there is", object pronouns, auxiliaries, determiners, a space token
AWKWARD = [
    "I ain't gonna do it, y'all know that.",
    "Let's go; c'mon, it's nothin' and we got ta leave.",
    "There is a cat and there were two dogs; she gave it to me and I did.",
    "You'd have thought he does, but he didn't, won't and can't.",
    "Those who'd seen that film said this one was better  than the last.\n\nNew paragraph.",
    "He gets what he got, though nt sure coz it will.",
]


def _spacy_matches(nlp, texts):  # noqa: ANN001, ANN202
    """(spaCy's own matcher, the lookup) on each text, before the ruler has run."""
    ruler = nlp.get_pipe("attribute_ruler")
    lookup = RuleLookup(ruler.patterns, nlp.vocab.strings)
    own = type(ruler).match     # the class's method, whatever the instance was given
    disabled = ["attribute_ruler", "lemmatizer", "ner"]
    return [(own(ruler, doc), lookup.match(doc)) for doc in nlp.pipe(texts, disable=disabled)]


def test_lookup_finds_the_matchers_rules_on_real_text(analyzer) -> None:  # noqa: ANN001
    nlp = analyzer.nlp
    texts = AWKWARD + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.rglob("*.txt"))]
    pairs = _spacy_matches(nlp, texts)
    assert sum(len(ours) for _, ours in pairs) > 1000
    # the word-specific rules really fire here, not only the tag map
    assert any(e - s == 2 for _, ours in pairs for _, _, s, e in ours)
    for text, (theirs, ours) in zip(texts, pairs):
        assert ours == theirs, text[:60]


def test_the_default_pipeline_uses_the_lookup_and_keeps_the_annotations(analyzer) -> None:  # noqa: ANN001
    import spacy

    nlp = analyzer.nlp
    ruler = nlp.get_pipe("attribute_ruler")
    assert "match" in vars(ruler)            # speed_up gave it the lookup
    plain = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"], exclude=["senter"])
    assert "match" not in vars(plain.get_pipe("attribute_ruler"))
    for text in AWKWARD:
        a, b = nlp(text), plain(text)
        assert [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in a] == \
               [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in b]


class _Ruler:
    def __init__(self, patterns):  # noqa: ANN001
        self.patterns = patterns

    def set_annotations(self, doc, matches):  # noqa: ANN001
        pass


class _Pipeline:
    def __init__(self, ruler, strings):  # noqa: ANN001
        self.pipe_names = ["attribute_ruler"]
        self.ruler = ruler
        self.vocab = type("V", (), {"strings": strings})()

    def get_pipe(self, name):  # noqa: ANN001
        return self.ruler


@pytest.mark.parametrize("pattern", [
    [{"TAG": "NN"}, {"TAG": "NN"}, {"TAG": "NN"}],       # three tokens
    [{"SHAPE": "Xxxx"}],                                # an attribute the lookup does not read
    [{"LOWER": {"FUZZY": "colour"}}],                   # an operator it does not know
    [{"LOWER": {"REGEX": "^.*$"}}],                     # a rule that the empty form meets
])
def test_a_rule_beyond_the_lookup_leaves_spacys_ruler(analyzer, pattern) -> None:  # noqa: ANN001
    ruler = _Ruler([{"patterns": [pattern], "attrs": {"POS": "NOUN"}, "index": 0}])
    assert speed_up(_Pipeline(ruler, analyzer.nlp.vocab.strings)) is False
    assert "match" not in vars(ruler)


def test_a_pipeline_without_a_ruler_is_left_alone() -> None:
    class Bare:
        pipe_names = ["tok2vec", "parser"]

    assert speed_up(Bare()) is False


def test_lookup_finds_the_matchers_rules_on_dev_texts(analyzer, data_dir) -> None:  # noqa: ANN001
    """The first texts of each DEV set (``out/proto/fast_ar2.py`` checked 3,771 of them)."""
    import json

    texts = []
    for name in ("frank", "wice", "swipe", "paws", "mrpc", "stsb", "iterater_sent", "clough_reuse"):
        path = data_dir / name / "dev.jsonl"
        if not path.is_file():
            continue
        with open(path, encoding="utf-8") as fh:
            for _, line in zip(range(12), fh):
                texts += [v[:1500] for k, v in json.loads(line).items()
                          if isinstance(v, str) and len(v) > 20 and k not in ("id", "label")]
    assert len(texts) > 50
    for text, (theirs, ours) in zip(texts, _spacy_matches(analyzer.nlp, texts)):
        assert ours == theirs, text[:60]
