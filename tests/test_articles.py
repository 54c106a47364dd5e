"""Whole articles rewritten with changes planted among paraphrases (invented text, written for
these tests): every planted change must come out altered or added, every paraphrased
sentence kept, whatever sentence it was split, merged or reordered from."""

from __future__ import annotations

import pytest

from provenance import Comparer

ORIGINAL = (
    "The city council voted 7-2 on Tuesday to approve a new budget for the coming year. "
    "The plan raises property taxes by 3 percent and adds 40 police officers. "
    "Mayor Linda Ortiz, who proposed the budget in March, said it would keep the city solvent. "
    "Critics argued that the tax increase would hurt small businesses. "
    "The budget takes effect on July 1. "
    "A public hearing drew about 200 residents, most of whom opposed the increase. "
    "The central bank was prepared to raise rates again if needed. "
    "The union blamed the company for the delay."
)

#: (rewrite sentence, the reason that must be given for one of its claims, or None for a
#: paraphrase whose claims must all be kept)
REWRITE = [
    ("On Tuesday, the city council approved next year's budget by a vote of 7 to 2.", None),
    ("The plan lifts property taxes by 3 percent and adds 40 police officers.", None),
    ("Mayor Linda Ortiz, who proposed the budget in May, said it would keep the city solvent.",
     "date changed: March → May"),
    ("Critics said the tax rise would help small businesses.", "opposite meaning: hurt → help"),
    ("The budget will take effect on July 1.", None),
    ("A public hearing drew about 200 residents, most of whom backed the increase.",
     "opposite meaning: opposed → backed"),
    ("The central bank would raise rates again.", "hedge removed: was prepared to"),
    ("The union blamed the government for the delay.", "party changed: company → government"),
    ("The council also voted to build a new library downtown.", "added"),
]


@pytest.mark.model
def test_planted_changes_are_found_and_paraphrases_kept(real_comparer: Comparer) -> None:
    text = " ".join(sentence for sentence, _ in REWRITE)
    claims = real_comparer.compare(text, ORIGINAL).rewrite.claims
    for sentence, want in REWRITE:
        start = text.index(sentence)
        mine = [c for c in claims if start <= c.start < start + len(sentence)]
        assert mine, sentence
        if want is None:
            assert [c.label for c in mine] == ["kept"] * len(mine), (sentence, [c.reason for c in mine])
        elif want == "added":
            assert any(c.label == "added" for c in mine), (sentence, [c.reason for c in mine])
        else:
            assert any(c.label == "altered" and want in c.reason for c in mine), (sentence, [c.reason for c in mine])
