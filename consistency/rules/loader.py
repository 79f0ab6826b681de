"""Load and validate YAML rule files without ever executing code.

Files are parsed with ``yaml.compose`` so every key keeps its line number:
an unknown key, a wrong type or a malformed message template is reported as
``file:line: key 'x': problem`` and the run stops with exit code 2.
"""

from __future__ import annotations

import string
from importlib import resources
from pathlib import Path
from typing import Any

from consistency.errors import InputError
from consistency.recache import re_compile
from consistency.rules.model import SEVERITIES, Rule, RuleExample

_ID = re_compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_FIELD = re_compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

REQUIRED = ("id", "title", "severity", "table", "check", "message")
OPTIONAL = ("where", "explain", "instead", "params", "tests", "description", "overrides")


def _err(path: str, node: Any, key: str, problem: str) -> InputError:
    line = node.start_mark.line + 1 if node is not None else 1
    return InputError(f"{path}:{line}: key '{key}': {problem}")


def _scalar(path: str, node: Any, key: str) -> str:
    import yaml

    if not isinstance(node, yaml.ScalarNode):
        raise _err(path, node, key, "expected a string")
    return str(node.value)


def _to_python(node: Any, path: str = "?", key: str = "?") -> Any:
    """Plain data from a composed node (safe constructor: scalars, lists, maps only)."""
    import yaml

    try:
        return yaml.constructor.SafeConstructor().construct_document(node)
    except yaml.constructor.ConstructorError as exc:
        raise _err(path, node, key, f"not plain data: {exc.problem}") from None


def _check_template(path: str, node: Any, key: str, template: str) -> None:
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise _err(path, node, key, f"bad message template: {exc}") from None
    for _literal, field_name, _spec, _conv in parsed:
        if field_name is not None and not _FIELD.match(field_name):
            raise _err(
                path, node, key,
                f"template field {{{field_name}}} must be a plain name (no dots, brackets or calls)",
            )  # fmt: skip


def _examples(path: str, node: Any, expect: bool) -> list[RuleExample]:
    import yaml

    key = "tests." + ("fail" if expect else "pass")
    if not isinstance(node, yaml.SequenceNode):
        raise _err(path, node, key, "expected a list of example texts")
    out = []
    for item in node.value:
        if isinstance(item, yaml.ScalarNode):
            out.append(RuleExample(expect, [{"text": item.value, "name": "example.txt"}],
                                   item.start_mark.line + 1))  # fmt: skip
        elif isinstance(item, yaml.MappingNode):
            data = _to_python(item, path, key)
            docs = data.get("docs")
            if not isinstance(docs, list) or not all(
                isinstance(d, dict) and isinstance(d.get("text"), str) for d in docs
            ):
                raise _err(path, item, key, "an example map needs 'docs': a list of {name, text}")
            out.append(RuleExample(expect, [{"name": str(d.get("name", f"doc{i}.txt")),
                                              "text": d["text"]} for i, d in enumerate(docs)],
                                   item.start_mark.line + 1))  # fmt: skip
        else:
            raise _err(path, item, key, "each example is a text or a map with 'docs'")
    return out


def parse_rule(text: str, path: str, tables: set[str], checks: set[str]) -> Rule:
    """Validate one rule file's text and build the ``Rule``."""
    import yaml

    try:
        # the C loader when PyYAML has it: same nodes and line marks, ~10x faster
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(f"{path}:{line}: malformed YAML: {problem}") from None
    if root is None:
        raise InputError(f"{path}:1: rule file is empty")
    if not isinstance(root, yaml.MappingNode):
        raise InputError(f"{path}:{root.start_mark.line + 1}: a rule file must be a mapping")
    fields: dict[str, tuple[Any, Any]] = {}
    for knode, vnode in root.value:
        key = _scalar(path, knode, "?")
        if key in fields:
            raise _err(path, knode, key, "appears twice")
        if key not in REQUIRED and key not in OPTIONAL:
            allowed = ", ".join(REQUIRED + OPTIONAL)
            raise _err(path, knode, key, f"unknown key (allowed: {allowed})")
        fields[key] = (knode, vnode)
    for key in REQUIRED:
        if key not in fields:
            raise InputError(
                f"{path}:1: key '{key}': missing (every rule needs {', '.join(REQUIRED)})"
            )

    def s(key: str) -> str:
        return _scalar(path, fields[key][1], key)

    rid = s("id")
    if not _ID.match(rid):
        raise _err(path, fields["id"][1], "id", f"{rid!r} is not a kebab-case rule id")
    severity = s("severity")
    if severity not in SEVERITIES:
        raise _err(
            path, fields["severity"][1], "severity", f"must be one of {', '.join(SEVERITIES)}"
        )
    table = s("table")
    if table not in tables:
        raise _err(
            path,
            fields["table"][1],
            "table",
            f"unknown table {table!r} (known: {', '.join(sorted(tables))})",
        )
    check = s("check")
    if check not in checks:
        raise _err(
            path,
            fields["check"][1],
            "check",
            f"unknown check {check!r} (known: {', '.join(sorted(checks))})",
        )
    message = s("message")
    _check_template(path, fields["message"][1], "message", message)
    rule = Rule(
        id=rid, title=s("title"), severity=severity, table=table, check=check,
        message=message, source=path,
    )  # fmt: skip
    if "where" in fields:
        rule.where = s("where")
    if "explain" in fields:
        rule.explain = s("explain")
    elif "description" in fields:
        rule.explain = s("description")
    if "instead" in fields:
        rule.instead = s("instead")
    if "overrides" in fields:
        value = s("overrides").lower()
        if value not in ("true", "false", "yes", "no"):
            raise _err(path, fields["overrides"][1], "overrides", "expected true or false")
        rule.overrides = value in ("true", "yes")
        rule.overrides_line = fields["overrides"][0].start_mark.line + 1
    rule.id_line = fields["id"][0].start_mark.line + 1
    if "params" in fields:
        pnode = fields["params"][1]
        if not isinstance(pnode, yaml.MappingNode):
            raise _err(path, pnode, "params", "expected a mapping")
        rule.params = _to_python(pnode, path, "params")
    if "tests" in fields:
        tnode = fields["tests"][1]
        if not isinstance(tnode, yaml.MappingNode):
            raise _err(path, tnode, "tests", "expected a mapping with 'fail' and 'pass' lists")
        for knode, vnode in tnode.value:
            k = _scalar(path, knode, "tests")
            if k == "fail":
                rule.fail_examples = _examples(path, vnode, True)
            elif k == "pass":
                rule.pass_examples = _examples(path, vnode, False)
            else:
                raise _err(path, knode, f"tests.{k}", "unknown key (allowed: fail, pass)")
    return rule


def builtin_rule_files() -> list[tuple[str, str]]:
    """(name, text) of the shipped rule pack."""
    pack = resources.files("consistency.builtin_rules")
    out = []
    for entry in sorted(pack.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".yaml") and entry.name != "nouns.yaml":
            out.append((f"rules/{entry.name}", entry.read_text("utf-8")))
    return out


def user_rule_files(directory: str) -> list[tuple[str, str]]:
    p = Path(directory)
    if not p.exists():
        raise InputError(f"{directory}: no such rules directory")
    files = [p] if p.is_file() else sorted(p.glob("*.yaml")) + sorted(p.glob("*.yml"))
    out = []
    for f in files:
        if f.name in ("nouns.yaml", "nouns.yml"):
            continue
        try:
            out.append((str(f), f.read_text("utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{f}: cannot read rule file: {exc}") from None
    if not out:
        raise InputError(f"{directory}: holds no *.yaml rule files")
    return out


def load_rules(extra_dirs: tuple[str, ...] = (), builtin: bool = True) -> list[Rule]:
    from consistency.rules.primitives import CHECKS, TABLES

    files = builtin_rule_files() if builtin else []
    for d in extra_dirs:
        files.extend(user_rule_files(d))
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for name, text in files:
        rule = parse_rule(text, name, set(TABLES), set(CHECKS))
        if rule.id in seen:
            # a rule with the id of one loaded before replaces it only when it says so
            if not rule.overrides:
                raise InputError(
                    f"{name}:{rule.id_line}: key 'id': '{rule.id}' is already defined in "
                    f"{seen[rule.id]}; add 'overrides: true' to replace it, or rename it"
                )
            rules = [r for r in rules if r.id != rule.id]
        seen[rule.id] = name
        rules.append(rule)
    return rules
