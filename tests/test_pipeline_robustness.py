"""The whole pipeline never raises, whatever the text (news-like token soup)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency.errors import InputError
from consistency.ingest import parse_document
from consistency.pipeline import analyse, check
from consistency.rules.loader import load_rules

RULES = load_rules()

TOKENS = [
    "31", "1,387", "3.4 million", "$2.7bn", "£650,000", "12 400", "-5", "−3.2%", "61%",
    "7.3 percent", "two", "Ten", "thirty-one", "a dozen", "half", "both", "single", "each",
    "drones", "people", "regions", "over", "the", "Kursk", "Bryansk region", "in", "and", ",",
    ".", ":", ";", "(", ")", "including", "of which", "the remaining", "another", "in total",
    "since the start of the war", "so far", "as of", "overnight", "this week", "km", "miles",
    "(50 km)", "35C", "(95F)", "feet", "rose", "fell", "from", "to", "up", "down", "by",
    "doubled", "halved", "points", "Friday,", "June 4, 2026", "March 3", "2023", "05.06.2023",
    "about", "more than", "at least", "nearly", "up to", "between", "-", "–", "‒", "+",
    "\n", "\n\n", "- ", "MOSCOW, Nov 18 (Reuters) -", "tanks ‒", "(+3)", "of the", "seats",
    "400-member", "%", "or", "killed", "wounded", "In all,", "Of these,", "Nine of them",
]  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=60), st.integers(0, 3))
def test_check_never_raises_on_token_soup(tokens, glue):
    sep = [" ", "", " ", "\n"][glue]
    text = sep.join(tokens)
    if not text.strip():
        return
    contexts = analyse([parse_document(text, "soup.txt")])
    findings, _ = check(contexts, RULES)
    for f in findings:
        assert f.rule and f.message
        for fig in f.figures:
            assert 0 <= fig.start <= fig.end <= len(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=400))
def test_check_never_raises_on_arbitrary_unicode(text):
    if not text.strip() or "\x00" in text:
        return
    try:
        doc = parse_document(text, "u.txt")
    except InputError:
        return  # a clear input error ("file is empty" for a lone BOM) is the contract
    check(analyse([doc]), RULES)
