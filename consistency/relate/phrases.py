"""What each figure's own phrase says: the thing it counts, what happened to it,
where, and whether the wording makes it inert or a total.

A *part* of a breakdown is set apart by its own phrase ("28 over the Voronezh
Region", "In Sanibheri Rural Municipality, 3,146 houses", "Crimea (4)"), so places
are read only from that phrase -- never from an attribution after it ("..., the
ministry said on Telegram") -- and a name counts as a place only with evidence
(``relate.places``). The constructions in ``relate.constructions`` read these
facts, never the raw extraction context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from consistency.extract.model import Figure
from consistency.relate.lexicon import PLACE_NOUNS, PREDICATES, TOTAL_AFTER, TOTAL_BEFORE
from consistency.relate.places import (
    REGION,
    has_place_cue,
    name_key,
    place_evidence,
    split_group,
)

#: Kinds a breakdown adds up (vague amounts such as "smaller numbers" are parts only).
ADDITIVE = frozenset({"count", "money", "measure", "vague"})

_CAP = r"(?:[A-Z][\w'’.]*[\w]|[A-Z])(?:-[\w'’]+)*"
_NAME = rf"{_CAP}(?:\s+(?:{_CAP}|(?:of|de|del|la|al|el|we|upon)(?=\s+[A-Z])))*"
_ONE = rf"{_NAME}(?:\s+(?i:{REGION})\b)?"
#: Names joined into one group: "Bryansk, Kursk, and Oryol", "the Voronezh and Tambov
#: regions" ("the" only after "and": ", the Secretary General" starts something else).
GROUP = rf"(?:the\s+)?{_ONE}(?:(?:\s*,\s*and\s+(?:the\s+)?|\s+and\s+(?:the\s+)?|\s*,\s*|\s*&\s*){_ONE})*"
_LOC_PREP = r"(?:over|in|at|from|near|across|within|inside|off|on|into|onto|around|for|to)"
_HEAD_OF = (
    r"(?:(?:territor(?:y|ies)|waters?|skies|sky|airspace|area|province|region|city|district"
    r"|town|village|municipality|capital|prefecture|governorate|county|state|oblast)\s+of\s+"
    r"(?:the\s+)?)"
)
#: "... over the territory of the Oryol region", "in the central Vinnytsia region",
#: "over each of the territories of Astrakhan, Belgorod and Voronezh regions".
_LOCATIVE_AFTER = re.compile(
    rf"(?P<gap>(?:[^,;:()\d.]|\.(?=\s+[a-z])){{0,70}}?)\b{_LOC_PREP}\s+(?P<each>each\s+of\s+)?(?:the\s+)?"
    rf"{_HEAD_OF}?(?:[a-z][a-z-]+\s+){{0,3}}?(?P<group>{GROUP})"
)
_LOCATIVE_APPOSED = re.compile(
    rf"(?P<gap>[^;:()\d.,]{{0,30}},[^;:()\d.,]{{0,40}}?)\b(?:over|in|at|across)\s+"
    rf"(?P<each>each\s+of\s+)?(?:the\s+)?{_HEAD_OF}?(?:[a-z][a-z-]+\s+){{0,2}}?(?P<group>{GROUP})"
)
#: "In Rostov and Yaroslavl, three drones each", "and in Upi, Maguindanao, seven".
_LOCATIVE_BEFORE = re.compile(
    rf"\b(?i:in|at|over|for|to)\s+(?:the\s+)?"
    rf"{_HEAD_OF}?(?:[a-z][a-z-]+\s+){{0,2}}?(?P<group>{GROUP})\s*,?\s*(?:with\s+)?"
    r"(?:(?:as\s+many\s+as|about|some|another|only|at\s+least|nearly|a\s+further|a\s+total\s+of)\s+)?$"
)
#: "Bryansk Oblast bore the brunt, with 31 drones", "Smolensk saw two drones downed":
#: the clause's subject is where it happened.
_SUBJECT_BEFORE = re.compile(
    rf"(?:^|[,;]\s*|\b(?:and|while|whereas|but)\s+)\W*(?P<group>{GROUP})(?P<poss>['’]s)?\s+"
    r"(?P<words>(?:[a-z][\w-]*(?:\s*,)?\s+){0,6}?)(?:(?:with|for)\s+)?"
    r"(?:(?:as\s+many\s+as|about|some|only|another|a\s+further|at\s+least)\s+)?$"
)
_NAME_AND_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+and\s+$")
_NAME_BRACKET = re.compile(rf"(?P<group>{GROUP})\s*\($")
#: "Ashtabula: 6,249", "Crimea (4)", "Kursk – 5" at the start of a clause or line.
_LABEL_BEFORE = re.compile(
    rf"(?:^[\s\-*•·–—]*|[\n,;]\s*|\band\s+)(?P<group>{GROUP})\s*(?::|\(|\s[–—-])\s*$"
)
_AND_JOIN = re.compile(r"\band\s*$")
#: "sales of $5.2bn", "net assets of $96bn", "a profit of": what the money measures.
_MEASURE_BEFORE = re.compile(
    r"\b(sales|revenues?|turnover|profits?|losses|loss|assets|debts?|takings|earnings|income"
    r"|costs?|budget|spending|investment|funding|valuation|value|price|fine|bill|deficit"
    r"|surplus|capital|savings|dividends?|bonus(?:es)?|salary|pay|wages?|fees?|grants?)"
    r"\s+(?:\w+\s+){0,2}?(?:of|at|to|was|were|is|are|reached|rose\s+to|fell\s+to)\s+"
    r"(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+|more\s+than\s+|over\s+)?$",
    re.I,
)
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_LOCATED = re.compile(
    r"[^,;:()\d]{0,40}?\b(?:over|in|at|near|inside|within|across)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:ward|village|town|district|region|area|city|province|municipality|site|camp"
    r"|neighbou?rhood|settlement|community|county|oblast|capital)\b"
)
_SEA_WORD = re.compile(r"\b(?:Seas?|Ocean|Gulf|Bay|Strait|waters?)\b")
_WATERS_BEFORE = re.compile(r"\bwaters?\s+(?:of\s+)?(?:the\s+)?$", re.I)
_REPORTING_GAP = re.compile(
    r"\b(?:said|says|told|stated|according|wrote|added|posted|citing|announced|claimed)\b",
    re.I,
)
_FILLER = re.compile(
    r"(?:\s+(?:at\s+least|at\s+most|about|around|some|nearly|almost|more\s+than|over|another"
    r"|a\s+further|a\s+total\s+of|the|an\s+estimated|up\s+to|all|only|again|as\s+many\s+as))*\s*$",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[;:!?]|,\s+(?:while|whereas|but)\b|\s[–—]\s|—|\(|\)|\bwhile\b")
#: A label dash right after a number ("7 – over the territory of ...") joins, not breaks.
_LABEL_DASH = re.compile(r"\s*[–—-]\s*")
_DELTA_BEFORE = re.compile(
    r"(?:(?:^|[,;(]\s*|\b(?:was|were|is|are|be|been|and|or)\s+)(?:up|down)"
    r"|\b(?:rose|fell|grew|dropped|declined|increased|decreased|climbed|jumped|slipped|rise"
    r"|fall|increase|decrease|drop|decline|jump|gain|loss)\s+(?:by|of)"
    r"|\b(?:down|up|rising|falling|revised|reduced|corrected)\s+(?:\w+\s+)?from"
    r"|\bfrom\s+(?:an?\s+)?(?:earlier|previous|initial|original)\s+(?:\w+\s+){0,3}?(?:of\s+)?"
    r"|\b(?:compared|comparing)\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|\bthan"
    r"|\b(?:cut|cutting|reduce|reducing|raise|raising|increase|increasing|lower|lowering"
    r"|boost|boosting|shrink|shrinking)\b[^.;]{0,60}?\bby)"
    r"\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|only\s+|more\s+than\s+)?$",
    re.I,
)
_BRACKETED = re.compile(r"\s*[\w.-]{0,12}\s*\(\s*(?:about\s+|around\s+|some\s+|c\.\s*)?$")
_NAMED_NUMBER_BEFORE = re.compile(
    r"\b(?:Region|District|Zone|Sector|Ward|Block|Phase|Gate|Building|Route|Highway"
    r"|Terminal|Article|Chapter)\s+$"
)
_AGE_BEFORE = re.compile(r"\b(?:aged|ages|age)\s+$", re.I)
_TIME_AFTER = re.compile(
    r"\s*(?:in\s+the\s+(?:morning|evening|afternoon)|at\s+night|o['’]clock|[ap]\.?m\b)", re.I
)
_NOT_ALLOCATED_AFTER = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,2}?(?:needed|required|short\s+of|for\s+a\s+majority|threshold)\b",
    re.I,
)
_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}\b(?!\s*(?:%|percent|per\s+cent))")
_OR_BEFORE = re.compile(
    r"(?:\bor|\bi\.e\.|\bthat\s+is)\s*,?\s*(?:the\s+|a\s+|an\s+|about\s+|some\s+)?$", re.I
)
_INCREMENT = re.compile(r"\(\s*[+−-]\s*$")
#: "correcting the earlier reported toll of 72", "had been put at 321": a superseded value.
_EARLIER = re.compile(
    r"\b(?:earlier|previous(?:ly)?|initial(?:ly)?|original(?:ly)?|(?:had\s+been|was)\s+(?:put"
    r"|estimated|given|reported|set|placed)\s+at)\b[^.;,]{0,30}$",
    re.I,
)


@dataclass
class Facts:
    """One figure with what its own phrase says."""

    fig: Figure
    #: Index in the view's figure list.
    index: int
    sentence: int
    noun: str | None
    #: Lower-case words between the number and its noun ("naval", "bronze").
    modifier: str
    predicate: str | None
    #: Place keys and names set out in the figure's own phrase (verified places).
    places: tuple[str, ...] = ()
    place_names: tuple[str, ...] = ()
    #: Capitalised names in the phrase that are not verified places (parties, firms).
    names: tuple[str, ...] = ()
    #: Keys of the places that are seas or waters ("the Black and Azov Seas").
    seas: tuple[str, ...] = ()
    #: "one over each of ...", "three drones each", "single drones": per place.
    each: bool = False
    #: Neither total nor part: a change's delta, an age, a score, a restatement.
    inert: bool = False
    #: The wording calls it a total ("a total of 15", "the death toll ... 157").
    total_word: bool = False
    #: Where the figure's own phrase ends (the next figure or a clause break).
    own_end: int = 0
    #: The word right after the number, lower case ("gold" in "12 gold, 8 silver").
    next_word: str = ""
    #: For money, the measure named before it ("sales of $5.2bn", "a profit of $901m").
    measure: str | None = None
    #: A locative phrase follows the figure in its own phrase, place or not ("six
    #: houses at different wards of ..."): it is set apart, like a part.
    located: bool = False
    cues: frozenset[str] = field(default_factory=frozenset)

    @property
    def start(self) -> int:
        return self.fig.start

    @property
    def end(self) -> int:
        return self.fig.end

    @property
    def placed(self) -> bool:
        return bool(self.places)

    @property
    def category(self) -> str | None:
        """The member of a known partition the figure counts ("bronze"), if any."""
        from consistency.relate.lexicon import NOUN_PARTITIONS

        for part in NOUN_PARTITIONS:
            if self.noun in part:
                return self.noun
            for w in (*self.modifier.split(), self.next_word):
                if w in part:
                    return w
        return None


#: "two police officers and a child", "18 drones; an unmanned device of the Lancet type;
#: two Orlan-10": in a list of counts, an item with "a"/"an" counts one.
_ARTICLE_ITEM = re.compile(
    r"(?:;|,|\band)\s+(?:and\s+)?(?P<a>an?)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*))"
    r"(?=\s+(?:of|that|which|who|whose|from|in|at|on|with|and)\b|\s*[,;.]|\s*$)"
)
_NOT_ITEMS = frozenset(
    """total number lot few couple handful dozen third quarter half further record result
    statement report time day week year month night morning evening series range variety
    number share majority minority bit while way part""".split()
)


def _article_items(text: str, figures: list[Figure]) -> list[Figure]:
    """One-counts written with an article inside a list of counts (see ``_ARTICLE_ITEM``):
    only right after another count of the same sentence."""
    from bisect import bisect_right

    from consistency.extract.nouns import singular

    counts = sorted((f for f in figures if f.kind == "count" and f.value >= 1), key=lambda f: f.end)
    if len(counts) < 1 or (" a " not in text and " an " not in text):
        return []
    ends = [f.end for f in counts]
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    out: list[Figure] = []
    for m in _ARTICLE_ITEM.finditer(text):
        if m.group("noun") in _NOT_ITEMS:
            continue
        i = bisect_right(ends, m.start()) - 1
        if i < 0:
            continue
        prev = counts[i]
        gap = text[prev.end : m.start()]
        if len(gap) > 90 or re.search(r"[.!?:]\s|(?<![\w/-])\d+(?![\w/-])", gap):
            continue  # not the next item of the same list
        start, end = m.start("a"), m.end("np")
        line = bisect_right(line_starts, start)
        fig = Figure(start, end, text[start:end], 1.0, 1.0, 1.0, kind="count")
        fig.noun, fig.digits, fig.noun_end = singular(m.group("noun")), "1", end
        fig.path, fig.sentence = prev.path, prev.sentence
        fig.line, fig.column = line, start - line_starts[line - 1] + 1
        out.append(fig)
    return out


class DocView:
    """A document's additive figures with their facts, by sentence."""

    def __init__(
        self, text: str, figures: list[Figure], sentences: list[tuple[int, int]], sporty: bool
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.sporty = sporty
        figs = sorted(figures + _article_items(text, figures), key=lambda f: f.start)
        self.all_figures = figs
        self.figs = [f for f in figs if f.kind in ADDITIVE or f.kind == "percent"]
        self.by_sentence: dict[int, list[Facts]] = {}
        self.facts: list[Facts] = []
        self._by_fig: dict[int, Facts] = {}
        self._memo: dict[str, object] = {}
        for i, f in enumerate(self.figs):
            fa = Facts(f, i, f.sentence, f.noun, "", None, cues=f.cues, each=f.each)
            self.facts.append(fa)
            self._by_fig[id(f)] = fa
            self.by_sentence.setdefault(f.sentence, []).append(fa)
        self._bounds = self._figure_bounds(figs)
        for fa in self.facts:
            self._fill(fa)
        for row in self.by_sentence.values():
            self._inherit(row)

    def memo(self, key: str, make):
        """A per-document value the constructions compute once."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def of(self, f: Figure) -> Facts:
        """The facts of one of the view's figures."""
        return self._by_fig[id(f)]

    # ------------------------------------------------------------------ geometry

    def sentence_span(self, s: int) -> tuple[int, int]:
        if 0 <= s < len(self.sentences):
            return self.sentences[s]
        return (0, 0)

    def _figure_bounds(self, figs: list[Figure]) -> dict[int, tuple[int, int]]:
        """id(figure) -> (end of the previous figure, start of the next) in its sentence."""
        out: dict[int, tuple[int, int]] = {}
        rows: dict[int, list[Figure]] = {}
        for f in figs:
            rows.setdefault(f.sentence, []).append(f)
        for s, row in rows.items():
            s_start, s_end = self.sentence_span(s)
            for i, f in enumerate(row):
                prev_end = row[i - 1].end if i > 0 else min(s_start, f.start)
                next_start = row[i + 1].start if i + 1 < len(row) else max(s_end, f.end)
                out[id(f)] = (prev_end, next_start)
        return out

    def bounds(self, f: Figure) -> tuple[int, int]:
        return self._bounds.get(id(f), (f.start, f.end))

    def clause_start(self, f: Figure) -> int:
        """Start of the figure's clause: after the previous figure or a clause break."""
        prev_end, _ = self.bounds(f)
        s_start, _ = self.sentence_span(f.sentence)
        lo = max(prev_end, s_start, f.start - 160)
        window = self.text[lo : f.start]
        cut = 0
        for m in _CLAUSE_BREAK.finditer(window):
            cut = m.end()
        return lo + cut

    # ------------------------------------------------------------------ facts

    def _inherit(self, row: list[Facts]) -> None:
        """Elided nouns and verbs: "11 drones were shot down over Belgorod, 28 over
        Voronezh" -- the 28 counts drones shot down too. A count of places ("over
        three regions") is skipped: the list after it counts the drones."""
        prev: Facts | None = None
        for fa in row:
            if prev is not None and fa.fig.kind in ("count", "money", "measure") and not fa.inert:
                between = self.text[max(prev.end, prev.fig.noun_end) : fa.start]
                if (
                    len(between) <= 160
                    and "." not in between
                    and not _REPORTING_GAP.search(between)
                ):
                    if (
                        fa.noun is None
                        and fa.fig.kind == prev.fig.kind
                        and fa.fig.unit == prev.fig.unit
                    ):
                        fa.noun = prev.noun
                    if fa.predicate is None:
                        fa.predicate = prev.predicate
            if (fa.noun not in PLACE_NOUNS or fa.fig.kind != "count") and not fa.fig.attributive:
                prev = fa
        for fa, nxt in zip(row, row[1:], strict=False):
            # "81 people in Jajarkot and 85 in West Rukum have sustained injuries"
            if fa.predicate is None and nxt.predicate is not None and fa.fig.kind == nxt.fig.kind:
                between = self.text[max(fa.end, fa.fig.noun_end) : nxt.start]
                if (
                    len(between) < 60
                    and _AND_JOIN.search(between)
                    and "." not in between
                    and ("," not in between)
                ):
                    fa.predicate = nxt.predicate

    def _fill(self, fa: Facts) -> None:
        text, f = self.text, fa.fig
        prev_end, next_start = self.bounds(f)
        noun_end = max(f.end, f.noun_end)
        fa.modifier = _modifier(text, f)
        if fa.noun is None and f.kind == "count":
            fa.noun = _noun_in_phrase(text, f.end, next_start)
        if f.kind == "money":
            mm = _MEASURE_BEFORE.search(text, max(prev_end, f.start - 40), f.start)
            fa.measure = mm.group(1).lower() if mm else None
        nw = _NEXT_WORD.match(text, f.end)
        fa.next_word = nw.group(1).lower() if nw else ""
        own_end = next_start
        dash = _LABEL_DASH.match(text, noun_end, next_start)
        brk = _CLAUSE_BREAK.search(text, dash.end() if dash else noun_end, next_start)
        if brk:
            own_end = brk.start()
        fa.own_end = own_end
        fa.located = bool(_LOCATED.match(text, noun_end, own_end))
        clause = self.clause_start(f)
        fa.predicate = _predicate(
            text,
            clause,
            f,
            noun_end,
            own_end,
            prev_end > 0 and self.sentence_span(f.sentence)[0] < prev_end,
        )
        self._fill_places(fa, clause, noun_end)
        before = text[max(prev_end, f.start - 60) : f.start]
        fa.total_word = (
            bool(TOTAL_BEFORE.search(before) or TOTAL_AFTER.match(text, noun_end, noun_end + 40))
            or "total" in f.cues
        )
        fa.inert = self._inert(fa, prev_end)

    def _fill_places(self, fa: Facts, clause: int, noun_end: int) -> None:
        text, f = self.text, fa.fig
        _, next_start = self.bounds(f)
        found: list[tuple[str, str]] = []
        names: list[str] = []
        group_at = -1
        group = None
        m = _LOCATIVE_AFTER.match(text, noun_end, max(noun_end, fa.own_end))
        if m is None and fa.own_end >= next_start:
            # "The remaining drones, a single drone each, were destroyed over Bryansk":
            # the last figure of its sentence reads with the verb after an apposition
            m = _LOCATIVE_APPOSED.match(text, noun_end, max(noun_end, fa.own_end))
        if m and not _REPORTING_GAP.search(m.group("gap")):
            group, group_at = m.group("group"), m.start("group")
            if m.group("each"):
                fa.each = True
        else:
            lead = text[clause : f.start]
            mb = _LOCATIVE_BEFORE.search(lead) or _LABEL_BEFORE.search(lead)
            lead_at = clause
            if mb is None:  # "- Kursk: 10": a label at the start of the line
                line_start = max(text.rfind("\n", 0, f.start) + 1, f.start - 80)
                mb = _LABEL_BEFORE.search(text[line_start : f.start])
                lead_at = line_start if mb else clause
            if mb is None and text[max(0, f.start - 3) : f.start].rstrip().endswith("("):
                # "over Crimea (4), the Azov Sea (3)": the name before the bracket
                s_start, _ = self.sentence_span(f.sentence)
                paren = text.rfind("(", s_start, f.start)
                lead_at = max(s_start, paren - 80)
                mb = _NAME_BRACKET.search(text[lead_at : paren + 1])
            if mb:
                group, group_at = mb.group("group"), lead_at + mb.start("group")
            else:
                ms = _SUBJECT_BEFORE.search(lead)
                if ms and _NAME_AND_BEFORE.search(lead[: ms.start("group")]):
                    ms = None  # "Jajarkot and West Rukum districts": one group, no subject
                if ms and not _REPORTING_GAP.search(ms.group("words")):
                    subject_at = clause + ms.start("group")
                    for name in split_group(ms.group("group")):
                        if has_place_cue(text, name, subject_at, ms.group("group")):
                            found.append((name_key(name), name))
                        elif (
                            "'s" not in ms.group(0)
                            and "’s" not in ms.group(0)
                            and place_evidence(
                                text, name, subject_at, ms.group("group"), self.sporty
                            )
                        ):
                            names.append(name)  # a named place, as the clause's subject
        if group is not None:
            for name in split_group(group):
                if place_evidence(text, name, group_at, group, self.sporty):
                    found.append((name_key(name), name))
                else:
                    names.append(name)
        seen: dict[str, str] = {}
        for key, name in found:
            seen.setdefault(key, name)
        fa.places = tuple(seen)
        fa.place_names = tuple(seen.values())
        fa.names = tuple(names)
        if m is not None and group is not None and (found or names):
            fa.located = True  # "six houses at different wards of Diktel": set apart
        if group is not None and (
            _SEA_WORD.search(group) or _WATERS_BEFORE.search(text, max(0, group_at - 25), group_at)
        ):
            fa.seas = fa.places

    def _inert(self, fa: Facts, prev_end: int) -> bool:
        text, f = self.text, fa.fig
        if f.kind == "percent" or f.attributive and not fa.total_word:
            return f.kind == "percent"
        lo = max(prev_end, f.start - 40)
        if (
            _BRACKETED.match(text, prev_end, f.start)
            and prev_end > 0
            and (
                text[f.end : f.end + 1] == ")"
                or text[max(f.end, f.noun_end) : max(f.end, f.noun_end) + 1] == ")"
            )
        ):
            return True  # "$121.9m (£63.3m)": the same amount restated in another unit
        if _NAMED_NUMBER_BEFORE.search(text, max(0, f.start - 12), f.start):
            return True  # "two from Region 6", "Gate 3": a name, not a count
        s_start, s_end = self.sentence_span(f.sentence)
        if "respectively" in text[f.end : s_end]:
            return True  # "tolls have risen to 48, 32 and 30, respectively": parallel values
        if (
            _DELTA_BEFORE.search(text, lo, f.start)
            or _AGE_BEFORE.search(text, max(0, f.start - 12), f.start)
            or _NOT_ALLOCATED_AFTER.match(text, max(f.end, f.noun_end))
            or (f.kind == "count" and _SCORE.match(text, f.start))
            or _INCREMENT.search(text, max(0, f.start - 3), f.start)
            or _OR_BEFORE.search(text, max(prev_end, f.start - 14), f.start)
            or _EARLIER.search(text, max(prev_end, f.start - 50), f.start)
            or _TIME_AFTER.match(text, f.end)
            or text[f.end : f.end + 1] == ":"
            and text[f.end + 1 : f.end + 2].isdigit()
            or text[max(0, f.start - 1) : f.start] == ":"
            and text[f.start - 2 : f.start - 1].isdigit()
        ):
            return True
        # "The suspect, 27, was ...": an age set off by commas
        return (
            f.kind == "count"
            and f.noun is None
            and f.text.isdigit()
            and len(f.text) <= 3
            and text[max(0, f.start - 2) : f.start] == ", "
            and text[f.end : f.end + 2] == ", "
        )


_ITEM_END = re.compile(r"[;,:.()]|\s(?:and|or|were|was|are|is|have|has|had)\s")


def _noun_in_phrase(text: str, start: int, end: int) -> str | None:
    """ "18 Shahed-136/131 drones;": the counted noun after a name extraction skipped."""
    from consistency.extract.nouns import default_nouns, looks_plural

    chunk = text[start : min(end, start + 50)]
    cut = _ITEM_END.search(chunk)
    words = re.findall(r"[A-Za-z][\w/-]*", chunk[: cut.start() if cut else len(chunk)])
    if not 2 <= len(words) <= 4 or not words[-1].islower() or not looks_plural(words[-1]):
        return None
    if any(not (w[:1].isupper() or re.search(r"[\d-]", w)) for w in words[:-1]):
        return None  # "119 held by independents": a verb, not a name, comes first
    return default_nouns().normalise(words[-1])


def _modifier(text: str, f: Figure) -> str:
    if f.noun_end <= f.end:
        return ""
    words = re.findall(r"[A-Za-z][\w-]*", text[f.end : f.noun_end])
    return " ".join(w.lower() for w in words[:-1])


def _predicate(
    text: str, clause: int, f: Figure, noun_end: int, own_end: int, follows: bool = False
) -> str | None:
    """The verb a figure goes with: one just before it ("destroyed 56 drones") wins,
    else the first one in its own phrase after it ("11 drones were shot down")."""
    before = text[max(clause, f.start - 60) : f.start]
    found = list(PREDICATES.finditer(before))
    if found and _FILLER.fullmatch(before[found[-1].end() :]):
        return found[-1].lastgroup
    # "collecting seven golds" / "with 2,838 houses suffering partial damage"
    after = text[f.end : max(own_end, noun_end)][:90].split(",", 1)[0]
    m = PREDICATES.search(after)
    if m:
        return m.lastgroup
    if found and not follows:
        # "the death toll in West Rukum has reached 36"; after another figure in the
        # sentence the verb before belongs to that figure (its list's verb is inherited)
        return found[-1].lastgroup
    return None
