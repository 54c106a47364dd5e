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

#: a second article: a closing participle is a claim of its own, a search, an order, a plan
#: and a count of the injured told at another stage, cuts told in other words
ORIGINAL_2 = (
    "A bus overturned on the coastal road late on Saturday, injuring 31 passengers. "
    "Four of the injured are in a critical condition. "
    "Police said the driver fled the scene and is still being sought. "
    "Residents of two nearby villages were urged to stay indoors while the road was cleared. "
    "The bus company plans to review its safety procedures. "
    "It will cut 40 routes next year, the company said. "
    "The regional governor said she was pleased with the speed of the rescue."
)
REWRITE_2 = [
    ("Late on Saturday a bus rolled over on the coastal road, and 31 passengers were hurt.", None),
    ("All of the injured are in a critical condition.", "scope widened: Four of the injured → All of the injured"),
    ("Police said the driver fled the scene and has been arrested.", "event changed: being sought → arrested"),
    ("Residents of two nearby villages were ordered to stay indoors while the road was cleared.",
     "event changed: urged to → ordered to"),
    ("The bus company has reviewed its safety procedures.", "hedge removed: plans to"),
    ("The company said it would shed 40 routes next year.", None),
    ("The regional governor said she was disappointed with the speed of the rescue.",
     "opposite meaning: pleased → disappointed"),
]

#: a third: how bad an effect is, a verdict, a race before its result, a date something is due
#: on told as done; a stop, a cause and a source told in other words
ORIGINAL_3 = (
    "Work on the old pier stopped in May after a storm damaged its supports. "
    "The storm also knocked out power to the harbour district for two days. "
    "A previous inquiry had found that the pier was poorly maintained. "
    "The harbour authority said the impact on tourism would be minimal. "
    "Repairs are due to start in 2025. "
    "A former contractor was cleared of falsifying safety reports. "
    "A survey of 800 residents found that most of them wanted the pier rebuilt. "
    "The mayor, who led in the polls before the storm, has promised to fund the work."
)
REWRITE_3 = [
    ("After a storm damaged its supports, work on the old pier halted in May.", None),
    ("The harbour district lost power for two days because of the storm.", None),
    ("An earlier inquiry had found that the pier was poorly maintained.", None),
    ("The harbour authority said the impact on tourism would be severe.", "opposite meaning: minimal → severe"),
    ("Repairs started in 2025.", "hedge removed: are due to start"),
    ("A former contractor was convicted of falsifying safety reports.", "opposite meaning: cleared → convicted"),
    ("Most of them wanted the pier rebuilt, according to a survey of 800 residents.", None),
    ("The mayor, who trailed in the polls before the storm, has promised to fund the work.",
     "opposite meaning: led → trailed"),
]

#: a fourth: a party or a time put for another kind, a state told as reached, a question told
#: as settled, a decision told as taken, two turns in two places; an inability and a bound in
#: other words
ORIGINAL_4 = (
    "The new sports hall will be open to the public from September. "
    "It is run by a local union and is busiest on weekday evenings. "
    "Inspectors are examining whether the roof meets safety rules. "
    "The school board still has to approve the opening hours. "
    "Membership fell to 900 last year, the lowest since the hall was planned. "
    "Residents could not book courts online until this week. "
    "The project could cost as much as 3 million euros."
)
REWRITE_4 = [
    ("The new sports hall is already open to the public.", "timing changed: will be → is"),
    ("It is run by the local government and is busiest on weekday evenings.", "party changed: union → government"),
    ("Inspectors have concluded that the roof meets safety rules.", "hedge removed: examining whether"),
    ("The school board has approved the opening hours.", "hedge removed: still has to approve"),
    ("Membership rose to 900 last year, the highest since the hall was planned.",
     "opposite meaning: lowest → highest"),
    ("Until this week residents were unable to book courts online.", None),
    ("The project may cost up to 3 million euros.", None),
]


#: a fifth: feelings and judgements turned round, in one place or across the sentence; a
#: feeling in other words stays kept
ORIGINAL_5 = (
    "The town's football club won the regional cup on Sunday, beating the holders 2-0. "
    "The club's chairman said he was delighted with the result. "
    "Supporters' groups called the new ticket prices a betrayal. "
    "Local traders praised the club for bringing visitors to the town. "
    "Heavy rain is forecast for the victory parade on Wednesday."
)
REWRITE_5 = [
    ("On Sunday the town's football club beat the holders 2-0 to win the regional cup.", None),
    ("The club's chairman said he was thrilled with the result.", None),
    ("Supporters' groups welcomed the new ticket prices.", "opposite meaning: betrayal → welcomed"),
    ("Local traders criticised the club for bringing visitors to the town.", "opposite meaning: praised → criticised"),
    ("Dry weather is forecast for the victory parade on Wednesday.", "opposite meaning: rain → Dry"),
]


#: a sixth: a result told from the loser's side and a cause told as what came first stay
#: kept; a figure frozen, a service paid for or hit, most of a thing made a small part of it,
#: a step still to come told as done are changes
ORIGINAL_6 = (
    "The county side won the rugby final on Saturday, beating the city 24-10. "
    "Storms caused delays on the ferry routes to the islands. "
    "Most of the prize money will go to the youth teams. "
    "Ticket prices will rise by 5 percent next season. "
    "Entry to the stadium tour is free for members. "
    "Buses to the ground will run as normal. "
    "The league has paid the clubs what it owed them."
)
REWRITE_6 = [
    ("The city lost the rugby final 24-10 to the county side on Saturday.", None),
    ("Ferry routes to the islands were delayed after storms.", None),
    ("Only a small part of the prize money will go to the youth teams.", "opposite meaning: Most → Only a small part"),
    ("Ticket prices will be frozen next season.", "opposite meaning: rise → frozen"),
    ("Members will have to pay for the stadium tour.", "opposite meaning: free → have to pay"),
    ("Buses to the ground will also be hit.", "opposite meaning: as normal → hit"),
    ("The league has yet to pay the clubs what it owed them.", "negation added: yet to"),
]


@pytest.mark.model
@pytest.mark.parametrize(("original", "rewrite"), [(ORIGINAL, REWRITE), (ORIGINAL_2, REWRITE_2),
                                                   (ORIGINAL_3, REWRITE_3), (ORIGINAL_4, REWRITE_4),
                                                   (ORIGINAL_5, REWRITE_5), (ORIGINAL_6, REWRITE_6)],
                         ids=["budget", "bus", "pier", "hall", "cup", "final"])
def test_planted_changes_are_found_and_paraphrases_kept(real_comparer: Comparer, original: str,
                                                        rewrite: list[tuple[str, str | None]]) -> None:
    text = " ".join(sentence for sentence, _ in rewrite)
    claims = real_comparer.compare(text, original).rewrite.claims
    for sentence, want in rewrite:
        start = text.index(sentence)
        mine = [c for c in claims if start <= c.start < start + len(sentence)]
        assert mine, sentence
        if want is None:
            assert [c.label for c in mine] == ["kept"] * len(mine), (sentence, [c.reason for c in mine])
        elif want == "added":
            assert any(c.label == "added" for c in mine), (sentence, [c.reason for c in mine])
        else:
            assert any(c.label == "altered" and want in c.reason for c in mine), (sentence, [c.reason for c in mine])
