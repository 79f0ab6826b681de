"""Run the pass/fail examples every rule carries (sqlfluff-style YAML fixtures).

Used by ``consistency test-rules`` and by the pytest suite, which turns each
example into its own test id (``breakdown-sum_fail_1``).
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.rules.model import Rule, RuleExample


@dataclass
class ExampleResult:
    case_id: str
    ok: bool
    detail: str


def findings_for_example(rule: Rule, example: RuleExample) -> list:
    from consistency.ingest import parse_document
    from consistency.pipeline import analyse, check

    docs = [parse_document(d["text"], d.get("name", "example.txt")) for d in example.docs]
    contexts = analyse(docs)
    contexts.sort(key=lambda c: (c.date is None, c.date or 0))
    findings, _ = check(contexts, [rule], _known_ids())
    return findings


def _known_ids() -> set[str]:
    from consistency.rules.loader import load_rules

    if not _KNOWN:
        _KNOWN.update(r.id for r in load_rules())
    return _KNOWN


_KNOWN: set[str] = set()


def run_example(rule: Rule, example: RuleExample) -> tuple[bool, str]:
    findings = findings_for_example(rule, example)
    text = " | ".join(d["text"].strip() for d in example.docs)
    if example.expect_finding:
        if findings:
            return True, findings[0].message
        return False, f"expected a finding, got none: {text}"
    if findings:
        return False, f"expected no finding, got: {findings[0].message} in: {text}"
    return True, "no finding"


def example_cases(rules: list[Rule]) -> list[tuple[str, Rule, RuleExample | None]]:
    cases: list[tuple[str, Rule, RuleExample | None]] = []
    for rule in rules:
        if not rule.fail_examples or not rule.pass_examples:
            cases.append((f"{rule.id}_examples", rule, None))
        for i, ex in enumerate(rule.fail_examples, 1):
            cases.append((f"{rule.id}_fail_{i}", rule, ex))
        for i, ex in enumerate(rule.pass_examples, 1):
            cases.append((f"{rule.id}_pass_{i}", rule, ex))
    return cases


def run_rule_examples(dirs: tuple[str, ...] = ()) -> list[ExampleResult]:
    from consistency.rules.loader import load_rules

    results = []
    for case_id, rule, ex in example_cases(load_rules(dirs)):
        if ex is None:
            results.append(
                ExampleResult(
                    case_id, False, "a rule needs at least one failing and one passing example"
                )
            )
            continue
        ok, detail = run_example(rule, ex)
        results.append(ExampleResult(case_id, ok, detail))
    return results
