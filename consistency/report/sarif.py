"""SARIF 2.1.0 (OASIS), the format code-scanning dashboards read.

One run: the tool with the rules that ran (id, title, what they check, what to write
instead, default level), one result per finding (rule, level, message, the location
and the figures involved), and the inputs that could not be checked as tool
execution notifications.
"""

from __future__ import annotations

import json
from typing import TextIO
from urllib.parse import quote

from consistency import __version__

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    return quote(path.replace("\\", "/"))


def _rule_descriptor(rule) -> dict:
    help_text = (rule.explain or rule.title).strip()
    if rule.instead:
        help_text += "\n\nWhat to do: " + rule.instead.strip()
    return {
        "id": rule.id,
        "name": "".join(w.capitalize() for w in rule.id.split("-")),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": (rule.explain or rule.title).strip()},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
    }


def _region(f, figure=None) -> dict:
    region = {"startLine": max(1, f.line), "startColumn": max(1, f.column)}
    if figure is not None:
        region["charOffset"] = figure.start
        region["charLength"] = max(0, figure.end - figure.start)
    return region


def sarif_log(result) -> dict:
    """The SARIF log of a ``RunResult``."""
    rules = sorted(result.rules, key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(rules)}
    results = []
    for f in result.findings:
        anchor = next((g for g in f.figures if g.start == f.offset), None)
        entry = {
            "ruleId": f.rule,
            "level": LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(f.path)},
                        "region": _region(f, anchor),
                    }
                }
            ],
        }
        if f.rule in index:
            entry["ruleIndex"] = index[f.rule]
        related = [
            {
                "id": i,
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(g.path)},
                    "region": {
                        "startLine": max(1, g.line),
                        "startColumn": max(1, g.column),
                        "charOffset": g.start,
                        "charLength": max(0, g.end - g.start),
                    },
                },
                "message": {"text": g.text},
            }
            for i, g in enumerate(f.figures)
        ]
        if related:
            entry["relatedLocations"] = related
        props = {k: v for k, v in (("arithmetic", f.arithmetic), ("hint", f.hint)) if v}
        if props:
            entry["properties"] = props
        results.append(entry)
    notifications = []
    for p in result.problems:
        location = {"physicalLocation": {"artifactLocation": {"uri": _uri(p.path)}}}
        if p.line:
            location["physicalLocation"]["region"] = {"startLine": p.line}
        notifications.append(
            {"level": "error", "message": {"text": p.message}, "locations": [location]}
        )
    invocation = {"executionSuccessful": not result.problems}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "consistency",
                        "version": __version__,
                        "rules": [_rule_descriptor(r) for r in rules],
                    }
                },
                "invocations": [invocation],
                "results": results,
            }
        ],
    }


def render_sarif(result, out: TextIO) -> None:
    json.dump(sarif_log(result), out, ensure_ascii=False, indent=2)
    out.write("\n")
