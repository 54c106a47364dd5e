from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.segmentation import segment

ALPHABET = st.sampled_from(list("abc XYZ.!?,;\n\t\"'’“”-0123456789") + ["Mr.", "U.S.", "Jan. 5", "\n\n", "é", "😀", "\u200b"])


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=200).map("".join))
def test_offsets_invariant_and_nothing_lost(text: str) -> None:
    segs = segment(text)
    covered = set()
    prev_end = 0
    for i, s in enumerate(segs):
        assert s.index == i
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= prev_end
        prev_end = s.end
        covered.update(range(s.start, s.end))
    # every non-whitespace character is inside some segment
    assert all(ch.isspace() for i, ch in enumerate(text) if i not in covered)


def test_abbreviations_and_paragraphs() -> None:
    text = "Mr. Kim went to the U.S. on Jan. 5. He said \"hello.\" Then he left.\n\nA new paragraph here."
    segs = segment(text)
    assert [s.text for s in segs] == [
        "Mr. Kim went to the U.S. on Jan. 5.", 'He said "hello."', "Then he left.", "A new paragraph here.",
    ]
    assert [s.paragraph for s in segs] == [0, 0, 0, 1]


def test_empty_and_whitespace() -> None:
    assert segment("") == ()
    assert segment(" \n\t\n ") == ()


def test_long_sentence_without_punctuation_is_windowed() -> None:
    text = " ".join(f"word{i}" for i in range(4000))  # ~ 35,000 characters, no punctuation
    segs = segment(text, max_chars=1000)
    assert all(len(s.text) <= 1000 for s in segs)
    assert " ".join(s.text for s in segs) == text


def test_long_paragraph_is_blocked_but_complete() -> None:
    text = " ".join(f"Sentence number {i} is here." for i in range(2000))
    segs = segment(text)
    assert len(segs) == 2000
    assert all(text[s.start:s.end] == s.text for s in segs)
