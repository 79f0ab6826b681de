"""Agreement: may one figure be a part of another?

Parts count what the total counts (the same noun after synonym folding, a noun
the text leaves out, or a noun that counts the same things), in the same unit
and currency, with a predicate that is the total's or narrower. A part alone
larger than its total is no part of it unless a construction's own words say so.
"""

from __future__ import annotations

import re

from consistency.recache import re_compile
from consistency.relate.lexicon import (
    PERSON_NOUNS,
    PLACE_NOUNS,
    SAME_COUNT,
    SUBSUMES,
)
from consistency.relate.phrases import Facts

_SCALED = re_compile(r"\d\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b", re.I)
#: Nouns that name a whole rather than a count of things ("the toll", "the figure").
_WHOLE_NOUNS = frozenset({"toll", "total", "tally", "figure", "number"})


#: Modifiers that make another kind of thing of the same noun: "naval drones" are
#: boats, not among the "13 drones" shot down over land.
_OTHER_KIND = frozenset({"naval", "sea", "surface", "maritime", "underwater", "marine"})


def nouns_agree(total: Facts, part: Facts) -> str | None:
    """``same`` (same things), ``kind`` (a kind of them: a partial list unless said
    otherwise) or None (different things)."""
    tn, pn = total.noun, part.noun
    if _OTHER_KIND & set(part.modifier.split()) and not _OTHER_KIND & set(total.modifier.split()):
        return None
    if total.fig.kind == "money":
        return "same"  # "$620bn for procurement, 580bn salaries": what it pays for
    if tn in (None, "toll") and total.predicate in ("death", "injury", "casualty"):
        tn = "person"  # "the death toll has reached 157": people
    if pn in ("death", "fatality", "victim", "casualty", "life", "martyr", "individual"):
        pn = "person" if tn == "person" else pn
    if part.fig.kind == "vague":
        return "same" if pn is None or tn is None or pn == tn else None
    if pn is None or pn == tn:
        return "same"
    if tn is None or tn in _WHOLE_NOUNS:
        # "the death toll reached 157. Among them, 99 are women": people of the toll
        if pn in PERSON_NOUNS and total.predicate in ("death", "injury", "casualty", None):
            return "kind"
        return "same" if part.category is not None else None
    if frozenset((tn, pn)) in SAME_COUNT:
        return "same"
    if part.category is not None and (tn == "medal" or tn == part.category):
        return "same"
    if tn in ("person", "victim", "casualty", "death") and pn in PERSON_NOUNS:
        return "kind"
    if tn in PLACE_NOUNS or pn in PLACE_NOUNS:
        return None
    return None


def predicates_agree(total: Facts, part: Facts) -> str | None:
    """``same``, ``sub`` (a narrower outcome: partial) or None (a sibling measure:
    "21 killed and 43 wounded")."""
    tp, pp = total.predicate, part.predicate
    if tp is None or pp is None or tp == pp:
        return "same"
    if pp in SUBSUMES.get(tp, ()):
        return "sub"
    if {tp, pp} <= {"death", "casualty"} and part.noun in ("casualty",):
        return None
    return None


def units_agree(total: Facts, part: Facts) -> bool:
    t, p = total.fig, part.fig
    if p.kind == "vague":
        return t.kind == "count"
    if p.kind not in ("count", "money", "measure"):
        return False
    if (
        t.kind == "money"
        and p.kind == "count"
        and p.unit is None
        and (p.noun is None or _SCALED.search(p.text))
    ):
        return True  # "$620 billion for procurement, 580 billion salaries"
    if p.kind == "count" and p.noun is None and p.unit is None:
        return t.kind in ("count", "measure", "money")
    return p.kind == t.kind and p.unit == t.unit


def agrees(total: Facts, part: Facts, explicit: bool = False) -> str | None:
    """The relation ``part`` can have to ``total`` -- ``same``, ``kind`` or ``sub`` --
    or None. ``explicit``: a construction's own words make it a part ("including"),
    so a part larger than the whole is kept (part-exceeds-whole reports it)."""
    if part is total or part.inert or part.fig.attributive:
        return None
    if part.fig.kind == "percent" or not units_agree(total, part):
        return None
    if total.measure and part.measure and total.measure != part.measure:
        return None  # "sales of $5.2bn" is no part of "net assets of $96bn"
    noun = nouns_agree(total, part)
    if noun is None:
        return None
    pred = predicates_agree(total, part)
    if pred is None:
        return None
    if not explicit and part.fig.kind != "vague" and part.fig.low > total.fig.high:
        return None  # a bigger figure with no word making it a part: another measure
    if noun == "kind":
        return "kind"
    return pred
