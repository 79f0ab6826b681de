"""Configuration the way ruff does it: ``[tool.consistency]`` in ``pyproject.toml`` or a
``.consistency.toml``, found by walking up from each checked file.

Keys (all optional)::

    select = ["breakdown-sum", "percent-sum"]   # only these rules
    ignore = ["duplicate-part"]                  # never these
    severity = "warning"                         # the lowest severity shown
    fail-on = "error"                            # error | warning | never: what exits 1
    rules = ["newsroom-rules"]                   # directories of extra YAML rules
    nouns = ["beat-nouns.yaml"]                  # extra noun synonym files
    exclude = ["archive/**", "drafts/*.md"]      # files not checked
    max-size = "20MiB"                           # larger inputs are refused
    date-column = "date"                         # tracker sheets

    [tool.consistency.per-file-ignores]          # or [per-file-ignores] in .consistency.toml
    "sport/**" = ["percent-sum"]

Paths in ``rules`` and ``nouns`` and the globs are relative to the configuration
file's directory. Command-line options override the file. An unknown key or a value
of the wrong type is an error naming the file, the line and the key.
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from consistency.errors import InputError
from consistency.recache import re_compile

CONFIG_NAMES = (".consistency.toml", "pyproject.toml")
SEVERITIES = ("info", "warning", "error")
FAIL_ON = ("error", "warning", "never")
#: Input size limit unless configured (``--max-size``).
DEFAULT_MAX_SIZE = 20 * 1024 * 1024


@dataclass
class Config:
    """What one configuration file says (empty: no file)."""

    path: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: str | None = None
    fail_on: str | None = None
    rules: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    max_size: int | None = None
    date_column: str | None = None

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def relative(self, path: str) -> str:
        """``path`` relative to the configuration's directory, with forward slashes."""
        try:
            return Path(path).resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return Path(path).as_posix()

    def excludes(self, path: str) -> bool:
        if not self.exclude:
            return False
        rel = self.relative(path)
        return any(_match(rel, g) for g in self.exclude)

    def ignored_rules(self, path: str) -> set[str]:
        if not self.per_file_ignores:
            return set()
        rel = self.relative(path)
        out: set[str] = set()
        for glob, ids in self.per_file_ignores.items():
            if _match(rel, glob):
                out.update(ids)
        return out


def _match(rel: str, glob: str) -> bool:
    """A glob against a relative path; "**" spans directories, a bare name any level."""
    if fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(rel, glob.replace("**/", "")):
        return True
    return "/" not in glob and fnmatch.fnmatch(rel.rsplit("/", 1)[-1], glob)


_SIZE = re_compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$", re.I)
_SIZE_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1000, "kib": 1024, "m": 1024**2, "mb": 1000**2,
               "mib": 1024**2, "g": 1024**3, "gb": 1000**3, "gib": 1024**3}  # fmt: skip


def parse_size(value: str | int) -> int:
    """ "20MiB", "500k", "1048576" -> bytes."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    m = _SIZE.match(str(value))
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"not a size: {value!r} (write e.g. 20MiB, 500KiB or a number of bytes)")
    return int(float(m.group(1)) * _SIZE_UNITS[(m.group(2) or "").lower()])


def _toml():
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return tomllib


def _line_of(text: str, key: str, section: str | None) -> int:
    """The line a key is written on (1 when it cannot be found)."""
    start = 0
    if section:
        m = re.search(rf"^[ \t]*\[[ \t]*{re.escape(section)}[ \t]*\]", text, re.M)
        if m:
            start = m.end()
    m = re.search(rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*=", text[start:], re.M)
    if m is None:
        return 1
    return text.count("\n", 0, start + m.start()) + 1


_LISTS = {"select", "ignore", "rules", "nouns", "exclude"}
_STRINGS = {"severity", "fail-on", "date-column"}
KNOWN_KEYS = _LISTS | _STRINGS | {"per-file-ignores", "max-size"}


def load_config(path: Path) -> Config:
    """Read one configuration file; problems are ``path:line: key 'x': problem``."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read configuration: {exc}") from None
    toml = _toml()
    try:
        data = toml.loads(text)
    except toml.TOMLDecodeError as exc:
        m = re.search(r"at line (\d+)", str(exc))
        line = m.group(1) if m else "1"
        raise InputError(f"{path}:{line}: malformed TOML: {exc}") from None
    section = None
    tool = data.get("tool")
    if path.name == "pyproject.toml" or (isinstance(tool, dict) and "consistency" in tool):
        data = tool.get("consistency") if isinstance(tool, dict) else None
        section = "tool.consistency"
        if data is None:
            return Config(path=None)
    if not isinstance(data, dict):
        raise InputError(f"{path}:1: [tool.consistency] must be a table")

    def bad(key: str, problem: str) -> InputError:
        return InputError(f"{path}:{_line_of(text, key, section)}: key '{key}': {problem}")

    cfg = Config(path=path)
    for key, value in data.items():
        if key not in KNOWN_KEYS:
            known = ", ".join(sorted(KNOWN_KEYS))
            raise bad(key, f"unknown key (known: {known})")
        if key in _LISTS:
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise bad(key, "expected a list of strings")
            if key in ("rules", "nouns"):
                value = [str((path.parent / v).resolve()) if not Path(v).is_absolute() else v
                         for v in value]  # fmt: skip
            setattr(cfg, key, tuple(value))
        elif key in _STRINGS:
            if not isinstance(value, str):
                raise bad(key, "expected a string")
            if key == "severity" and value not in SEVERITIES:
                raise bad(key, f"expected one of {', '.join(SEVERITIES)}")
            if key == "fail-on" and value not in FAIL_ON:
                raise bad(key, f"expected one of {', '.join(FAIL_ON)}")
            setattr(cfg, key.replace("-", "_"), value)
        elif key == "max-size":
            try:
                cfg.max_size = parse_size(value)
            except ValueError as exc:
                raise bad(key, str(exc)) from None
        elif key == "per-file-ignores":
            if not isinstance(value, dict) or not all(
                isinstance(ids, list) and all(isinstance(i, str) for i in ids)
                for ids in value.values()
            ):
                raise bad(key, 'expected a table of glob = ["rule-id", ...]')
            cfg.per_file_ignores = {g: tuple(ids) for g, ids in value.items()}
    return cfg


def find_config(start: Path) -> Path | None:
    """The nearest configuration file at or above ``start`` (a directory)."""
    here = start.resolve()
    for d in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = d / name
            if candidate.is_file():
                if name == "pyproject.toml" and "[tool.consistency" not in _head(candidate):
                    continue
                return candidate
    return None


def _head(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


class ConfigFinder:
    """The configuration for each checked path, found once per directory."""

    def __init__(self, explicit: str | None = None, isolated: bool = False) -> None:
        self.isolated = isolated
        self._explicit = load_config(Path(explicit)) if explicit else None
        if explicit and self._explicit is not None and self._explicit.path is None:
            raise InputError(f"{explicit}: holds no [tool.consistency] table")
        self._by_dir: dict[Path, Config] = {}
        self._real_dirs: dict[str, str] = {}
        self._loaded: dict[Path, Config] = {}
        #: One default for every file without a configuration, so they are checked
        #: together (running totals across folders) in one pass.
        self._default = Config()

    def _directory(self, path: str) -> Path:
        """The resolved directory of ``path`` (of its target, for a symbolic link)."""
        from consistency.ingest.documents import real_path

        return Path(os.path.dirname(real_path(path, self._real_dirs)))

    def for_path(self, path: str) -> Config:
        if self._explicit is not None:
            return self._explicit
        if self.isolated:
            return self._default
        directory = Path.cwd() if path == "-" else self._directory(path)
        if directory not in self._by_dir:
            found = find_config(directory)
            if found is None:
                cfg = self._default
            else:
                if found not in self._loaded:
                    self._loaded[found] = load_config(found)
                cfg = self._loaded[found]
            self._by_dir[directory] = cfg
        return self._by_dir[directory]
