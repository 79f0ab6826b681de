"""Words that are evidence of a relation: what happened to the things counted, the
partitions news copy takes for granted, and the cues that open or close a list.

Kept apart from the constructions so each construction reads as the evidence it
requires, not as a wall of patterns.
"""

from __future__ import annotations

import re

from consistency.recache import re_compile

#: What a figure says happened to the things it counts, as (class, pattern); the
#: first class whose pattern matches wins, so narrower wordings come first.
PREDICATE_WORDS: tuple[tuple[str, str], ...] = (
    ("partial", r"partial(?:ly)?\s+damaged?|partly\s+damaged|partial\s+damage|partially\s+collapsed"),
    ("destroy", r"complete(?:ly)?\s+(?:destroyed|damaged|razed|collapsed)|totally\s+(?:destroyed"
                r"|damaged)|complete\s+destruction|destroy(?:ed|ing|s)?|intercept(?:ed|ing|s)?"
                r"|shot\s+down|shoots?\s+down|shooting\s+down|downed|downing|downs|neutrali[sz]"
                r"(?:ed|ing|es)?|eliminated|razed|flattened|collapsed|repelled|brought\s+down"),
    ("death", r"kill(?:ed|ing|s)?|dead|died|dying|deaths?|fatalit(?:y|ies)|perished|slain"
              r"|lost\s+their\s+lives|death\s+toll|martyrs"),
    ("injury", r"wound(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|hurt|hospitali[sz]ed"),
    ("casualty", r"casualt(?:y|ies)"),
    ("missing", r"missing|unaccounted"),
    ("rescue", r"rescued|evacuated|saved|survived|survivors?"),
    ("arrest", r"arrest(?:ed|s)?|detained"),
    ("charge", r"charged|convicted"),
    ("damage", r"damag(?:ed|es?|ing)|affected"),
    ("jam", r"jammed|suppressed|locationally\s+lost|location\s+(?:of\s+[\w\s]{0,20})?(?:had\s+"
            r"been\s+|was\s+|were\s+)?lost|(?<=['‘’\"“”])lost(?=['‘’\"“”])|disappeared"
            r"|electronic\s+warfare|(?:been|were|was)\s+lost"),
    ("return", r"returned|flew\s+back|went\s+back"),
    ("hit", r"hits?|struck|reached\s+(?:their|its)\s+targets?"),
    ("launch", r"launch(?:ed|ing|es)?|fired|attack(?:ed)?\s+(?:\w+\s+)?with|used"),
    ("win", r"won|winning|wins|took|secured|gained|garnered|claimed"),
    ("lose", r"lost|losing|defeats?"),
    ("draw", r"drew|drawing|draws?|tied"),
)  # fmt: skip
PREDICATES = re_compile(
    "|".join(rf"\b(?P<{name}>{pattern})\b" for name, pattern in PREDICATE_WORDS), re.I
)
#: Narrower outcomes of a wider predicate: parts with these make a partial list of
#: the wider total unless the partition below says the outcomes are exhaustive.
SUBSUMES: dict[str, frozenset[str]] = {
    "launch": frozenset({"destroy", "jam", "hit", "return", "missing"}),
    "damage": frozenset({"partial", "destroy"}),
    "casualty": frozenset({"death", "injury"}),
    "arrest": frozenset({"charge"}),
}
#: Predicates one total may be divided into completely ("3,770 houses damaged: 2,838
#: partially, 932 destroyed"; "114 casualties: 44 dead, 70 injured").
PREDICATE_PARTITIONS: dict[str, frozenset[str]] = {
    "damage": frozenset({"partial", "destroy"}),
    "casualty": frozenset({"death", "injury"}),
}
#: Nouns or modifiers that partition a count between them ("six golds, five silvers
#: and one bronze" is every medal won).
NOUN_PARTITIONS: tuple[frozenset[str], ...] = (frozenset({"gold", "silver", "bronze"}),)
#: Nouns that count the same things: "150 members ... 20 seats", "nine deaths ...
#: four people were killed".
SAME_COUNT: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in (
        ("member", "seat"),
        ("death", "person"),
        ("casualty", "person"),
        ("death", "victim"),
        ("fatality", "death"),
        ("fatality", "person"),
        ("life", "death"),
        ("life", "person"),
        ("martyr", "person"),
        ("individual", "person"),
        ("medal", "gold"),
        ("medal", "silver"),
        ("medal", "bronze"),
        ("unmanned device", "drone"),
        ("device", "drone"),
    )
)
#: Kinds of people: a count of people may be divided into these (a partial list
#: unless the division is explicit).
PERSON_NOUNS = frozenset(
    """person man woman child adult civilian soldier passenger crew member prisoner resident
    student worker employee patient officer serviceman national citizen teenager boy girl baby
    infant pensioner journalist doctor volunteer migrant refugee tourist pilgrim fan spectator
    voter pupil teacher victim suspect hostage detainee minor elderly individual martyr
    palestinian israeli staff medic nurse firefighter rescuer miner sailor pilot prisoner
    guard protester demonstrator inmate evacuee survivor police policeman policewoman
    national""".split()
)
#: Nouns that name the places a total is spread over ("across eight regions").
PLACE_NOUNS = frozenset(
    """region oblast province district state country city town village area location place
    site county municipality territory governorate prefecture republic settlement community
    unit local sea nation krai direction front sector constituency ward""".split()
)

#: Words that say a figure is a total ("a total of 15", "the death toll", "in all").
TOTAL_BEFORE = re_compile(
    r"(?:\b(?:a\s+total\s+of|totall?ing|total(?:led|ed)?|in\s+total|in\s+all|altogether"
    r"|overall|all\s+told|all)(?:\s*,)?|\b(?:toll|tally|total)\s+(?:\w+\s+){0,6}?(?:to|at|of|is|was"
    r"|stands\s+at|stood\s+at|reached|rose\s+to|climbed\s+to|has\s+reached|has\s+risen\s+to)"
    r"|\b(?:toll|tally|total)\s+(?:of|at))\s+(?:some\s+|about\s+|around\s+|at\s+least\s+"
    r"|nearly\s+|more\s+than\s+|over\s+|as\s+many\s+as\s+)?$",
    re.I,
)
TOTAL_AFTER = re_compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:in\s+total|in\s+all|altogether|overall|all\s+told|combined)\b",
    re.I,
)
#: Words in a total's own clause that say the list after it is partial.
PARTIAL_LEAD = re_compile(
    r"\b(?:including|includ(?:es|ed)|among\s+(?:them|others|whom|those)|of\s+which|of\s+whom"
    r"|such\s+as|most\s+of\s+(?:them|which)|the\s+majority|mostly|mainly|in\s+particular"
    r"|notably|for\s+example|for\s+instance|incl\.)\b",
    re.I,
)
#: A colon or dash that opens a list after a total.
LIST_COLON = re_compile(r"\s*(?::|\s[–—-]\s|—)\s*")
#: Words that continue a list into a further sentence ("In addition, nine drones ...").
CONTINUES = re_compile(
    r"^\W*(?:in\s+addition|additionally|also|as\s+well|moreover|furthermore|besides|plus"
    r"|another|a\s+further|and)\b",
    re.I,
)
#: Words that open a sentence reporting something else (a separate incident or period).
SEPARATE = re_compile(
    r"^\W*(?:in\s+(?:a\s+)?separate|separately|elsewhere|meanwhile|in\s+another|earlier"
    r"|later|last\s+(?:week|month|year)|since\s+the\s+start|overall|in\s+total|as\s+of"
    r"|however|but|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.I,
)
#: A reporting clause: a list that a different source gives is not the total's list.
REPORTING = re_compile(
    r"\b(?:said|says|told|stated|claimed|claims|reported|reports|added|wrote|according\s+to)\b",
    re.I,
)
