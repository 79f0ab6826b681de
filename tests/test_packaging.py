"""The wheel ships every subpackage and the rule pack (a fresh install must work)."""

from __future__ import annotations

import sys

from tests.conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = None


def test_every_subpackage_is_listed_in_pyproject():
    if tomllib is None:
        return
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "consistency").rglob("__init__.py")
    }
    assert found <= listed, f"missing from pyproject packages: {sorted(found - listed)}"
    assert "consistency.builtin_rules" in listed


def test_rule_pack_is_package_data():
    from importlib import resources

    names = {p.name for p in resources.files("consistency.builtin_rules").iterdir()}
    assert {"breakdown-sum.yaml", "cumulative-decrease.yaml", "unit-conversion.yaml"} <= names


def test_review_page_assets_are_package_data():
    """The review page works offline from a wheel: its template, script and stylesheet
    are files of the package, matched by the package-data globs."""
    import fnmatch

    assets = ROOT / "consistency" / "report" / "assets"
    files = {p.name for p in assets.iterdir() if p.suffix in (".j2", ".js", ".css")}
    assert {"review.html.j2", "review.js", "review.css"} <= files
    if tomllib is None:
        return
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    globs = config["tool"]["setuptools"]["package-data"]["consistency.report.assets"]
    assert all(any(fnmatch.fnmatch(f, g) for g in globs) for f in files)
