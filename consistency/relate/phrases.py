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
from consistency.recache import re_compile
from consistency.relate.lexicon import PLACE_NOUNS, TOTAL_AFTER, TOTAL_BEFORE
from consistency.relate.locatives import LOCATED, REPORTING_GAP, fill_places
from consistency.relate.wording import article_items, is_inert, modifier, noun_in_phrase, predicate

#: Kinds a breakdown adds up (vague amounts such as "smaller numbers" are parts only).
ADDITIVE = frozenset({"count", "money", "measure", "vague"})

_AND_JOIN = re_compile(r"\band\s*$")
#: "sales of $5.2bn", "net assets of $96bn", "a profit of": what the money measures.
_MEASURE_BEFORE = re_compile(
    r"\b(sales|revenues?|turnover|profits?|losses|loss|assets|debts?|takings|earnings|income"
    r"|costs?|budget|spending|investment|funding|valuation|value|price|fine|bill|deficit"
    r"|surplus|capital|savings|dividends?|bonus(?:es)?|salary|pay|wages?|fees?|grants?)"
    r"\s+(?:\w+\s+){0,2}?(?:of|at|to|was|were|is|are|reached|rose\s+to|fell\s+to)\s+"
    r"(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+|more\s+than\s+|over\s+)?$",
    re.I,
)
_NEXT_WORD = re_compile(r"\s*([A-Za-z]+)")
_CLAUSE_BREAK = re_compile(r"[;:!?]|,\s+(?:while|whereas|but)\b|\s[–—]\s|—|\(|\)|\bwhile\b")
#: A label dash right after a number ("7 – over the territory of ...") joins, not breaks.
_LABEL_DASH = re_compile(r"\s*[–—-]\s*")


@dataclass(slots=True)
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


class DocView:
    """A document's additive figures with their facts, by sentence."""

    def __init__(
        self, text: str, figures: list[Figure], sentences: list[tuple[int, int]], sporty: bool
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.sporty = sporty
        figs = sorted(figures + article_items(text, figures), key=lambda f: f.start)
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
                if len(between) <= 160 and "." not in between and not REPORTING_GAP.search(between):
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
        fa.modifier = modifier(text, f)
        if fa.noun is None and f.kind == "count":
            fa.noun = noun_in_phrase(text, f.end, next_start)
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
        fa.located = bool(LOCATED.match(text, noun_end, own_end))
        clause = self.clause_start(f)
        fa.predicate = predicate(
            text,
            clause,
            f,
            noun_end,
            own_end,
            prev_end > 0 and self.sentence_span(f.sentence)[0] < prev_end,
        )
        fill_places(self, fa, clause, noun_end)
        before = text[max(prev_end, f.start - 60) : f.start]
        fa.total_word = (
            bool(TOTAL_BEFORE.search(before) or TOTAL_AFTER.match(text, noun_end, noun_end + 40))
            or "total" in f.cues
        )
        fa.inert = is_inert(self, fa, prev_end)
