"""Compiled regular expressions kept between runs, as Python keeps bytecode.

The pipeline compiles about 300 patterns, and compiling them (parsing each pattern and
generating the regex engine's code, both in Python) takes about 180 ms: over half of a
cold check of one short article. Python caches compiled patterns within a process only.

``re_compile`` keeps what the compiler produced for each pattern (the engine's code and
the group names) in one file in the user's cache directory, keyed by the interpreter
and the engine's magic number, and later processes build their patterns from it
directly. The result is the same pattern object ``re.compile`` returns (``==`` compares
flags and code; the tests check it). Anything unexpected (no writable cache directory,
a damaged or foreign file, another Python implementation) falls back to ``re.compile``.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Any

try:  # CPython's engine and compiler; elsewhere every pattern goes through re.compile
    import _sre
    from re import _compiler, _parser

    #: the array type code whose items are the engine's code words
    _CODE_TYPE = {2: "H", 4: "I", 8: "Q"}[_sre.CODESIZE]
    ENGINE: str | None = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError, KeyError):  # pragma: no cover - not CPython
    ENGINE = None

#: Past this many stored patterns the file keeps only those this process used.
MAX_ENTRIES = 2000

_Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]
_stored: dict[tuple[str, int], _Entry] | None = None
_new: dict[tuple[str, int], _Entry] = {}
_used: set[tuple[str, int]] = set()
_write_registered = False


def cache_dir() -> Path:
    """Where consistency keeps what it builds once per machine (the gazetteer's index,
    compiled patterns): ``$XDG_CACHE_HOME/consistency`` or ``~/.cache/consistency``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "consistency"


def _cache_file() -> Path:
    return cache_dir() / f"patterns-{ENGINE}.marshal"


def _load() -> dict[tuple[str, int], _Entry]:
    global _stored
    if _stored is None:
        _stored = {}
        if os.environ.get("CONSISTENCY_NO_PATTERN_CACHE"):
            return _stored
        try:
            data = marshal.loads(_cache_file().read_bytes())
            if isinstance(data, dict):
                _stored = data
        except (OSError, EOFError, ValueError, TypeError):
            pass  # no file yet, or a damaged one: rebuilt on exit
    return _stored


def _compile_entry(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands the engine, in plain (marshallable) types;
    the code packed as bytes (a list of Python ints would hold 9 MiB for the pipeline's
    patterns for as long as the process runs)."""
    parsed = _parser.parse(pattern, flags)
    code = array(_CODE_TYPE, _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))  # fmt: skip


def _build(pattern: str, entry: _Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array(_CODE_TYPE, code).tolist(), groups, groupindex,
                        indexgroup)  # fmt: skip


def re_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile``, reading the compiled code from the cache file when it is there."""
    flags = int(flags)
    if ENGINE is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    entry = _load().get(key)
    if entry is not None:
        try:
            compiled = _build(pattern, entry)
            _used.add(key)
            return compiled
        except Exception:  # noqa: BLE001 - a stale or damaged entry: compile afresh
            pass
    try:
        entry = _compile_entry(pattern, flags)
        compiled = _build(pattern, entry)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - the private compiler changed: the public one works
        return re.compile(pattern, flags)
    _new[key] = entry
    _used.add(key)
    _schedule_write()
    return compiled


def _schedule_write() -> None:
    global _write_registered
    if not _write_registered and not os.environ.get("CONSISTENCY_NO_PATTERN_CACHE"):
        _write_registered = True
        atexit.register(write_cache)


def write_cache() -> None:
    """Store the patterns compiled in this process with those already stored (written to
    a temporary file and renamed, so concurrent runs never read half a file)."""
    if not _new:
        return
    entries = dict(_load())
    entries.update(_new)
    if len(entries) > MAX_ENTRIES:
        entries = {k: v for k, v in entries.items() if k in _used}
    path = _cache_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(entries))
        os.replace(tmp, path)
    except (OSError, ValueError):
        return  # a read-only home: compile every run, as re does
    if _stored is not None:
        _stored.update(_new)
    _new.clear()
