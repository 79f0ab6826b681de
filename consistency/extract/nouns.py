"""Counted nouns: lemmatise plurals and fold synonyms ("UAVs" -> "drone").

The synonym table is YAML so newsrooms can add their own beats' vocabulary
without touching code (``--nouns FILE`` or ``nouns.yaml`` in a rules dir).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from consistency.errors import InputError

IRREGULAR = {
    "people": "person", "children": "child", "men": "man", "women": "woman",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "personnel": "personnel", "aircraft": "aircraft", "sheep": "sheep", "fish": "fish",
    "deer": "deer", "series": "series", "species": "species", "police": "police",
    "staff": "staff", "crises": "crisis", "analyses": "analysis", "bases": "base",
    "lives": "life", "wives": "wife", "knives": "knife", "halves": "half", "data": "data",
    "media": "media", "criteria": "criterion", "phenomena": "phenomenon",
    "news": "news", "himars": "himars", "status": "status", "bus": "bus", "gas": "gas",
    "campus": "campus", "virus": "virus", "census": "census", "chassis": "chassis",
}  # fmt: skip

_KEEP_S = ("ss", "us", "is", "ous")


def singular(word: str) -> str:
    """A light English singulariser: good enough to group counted nouns."""
    w = word.lower()
    if w in IRREGULAR:
        return IRREGULAR[w]
    if len(w) <= 3 or w.endswith(_KEEP_S):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "zzes", "sses")):
        return w[:-2]
    if w.endswith("oes") and w not in ("shoes",):
        return w[:-2]
    if w.endswith("ves") and w[:-3] + "f" in ("shelf", "wolf", "half", "leaf", "thief"):
        return w[:-3] + "f"
    if w.endswith("s") and not w.endswith("'s"):
        return w[:-1]
    return w


def looks_plural(word: str) -> bool:
    """True for words that read as plural nouns ("drones", "UAVs", "people")."""
    lw = word.lower()
    if lw in IRREGULAR and lw not in ("status", "bus", "gas", "campus", "virus", "census"):
        return lw != IRREGULAR[lw] or lw in ("personnel", "aircraft", "police", "staff")
    if not word.endswith("s") or len(word) < 3:
        return False
    if word.isupper():  # "HIMARS", "BMPS": an acronym, not a plural
        return False
    return not lw.endswith(_KEEP_S)


class NounTable:
    """Maps a surface noun phrase to its normalised counted noun."""

    def __init__(self, synonyms: dict[str, list[str]] | None = None) -> None:
        self._map: dict[str, str] = {}
        for canonical, forms in (synonyms or {}).items():
            canon = str(canonical).lower()
            self._map[canon] = canon
            self._map[singular(canon)] = canon
            for form in forms or []:
                f = str(form).lower()
                self._map[f] = canon
                self._map[singular(f)] = canon

    def merged(self, other: dict[str, list[str]]) -> NounTable:
        table = NounTable()
        table._map = dict(self._map)
        table._map.update(NounTable(other)._map)
        return table

    def normalise(self, phrase: str) -> str:
        """Lemma of the head noun, folded through the synonym table."""
        p = phrase.lower().strip()
        if p in self._map:
            return self._map[p]
        head = p.rsplit(" ", 1)[-1]
        lemma = singular(head)
        if lemma in self._map:
            return self._map[lemma]
        if head in self._map:
            return self._map[head]
        return lemma

    def phrase_lengths(self) -> set[int]:
        return {k.count(" ") + 1 for k in self._map}


def _load_yaml(path: Path | str, text: str) -> dict[str, list[str]]:
    import yaml

    try:
        data = yaml.safe_load(text) or {}
    except (ValueError, OverflowError, RecursionError) as exc:
        raise InputError(f"{path}: malformed noun synonyms YAML: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise InputError(f"{path}{line}: malformed noun synonyms YAML") from None
    syn = data.get("synonyms") if isinstance(data, dict) else None
    if not isinstance(syn, dict) or not all(isinstance(v, list) or v is None for v in syn.values()):
        raise InputError(f"{path}: key 'synonyms' must map each noun to a list of its other forms")
    return syn


@lru_cache(maxsize=1)
def default_nouns() -> NounTable:
    text = resources.files("consistency.extract").joinpath("nouns.yaml").read_text("utf-8")
    return NounTable(_load_yaml("nouns.yaml", text))


def load_nouns(extra_files: tuple[str, ...] = ()) -> NounTable:
    """The shipped synonyms plus any user files (later files win)."""
    table = default_nouns()
    for f in extra_files:
        p = Path(f)
        try:
            text = p.read_text("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{f}: not valid UTF-8 (byte {exc.start}); save it as UTF-8") from None
        except OSError as exc:
            raise InputError(f"{f}: cannot read noun synonyms: {exc.strerror}") from None
        table = table.merged(_load_yaml(f, text))
    return table
