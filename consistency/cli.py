"""Command line: ``consistency check|figures|rules|explain|test-rules``.

argparse keeps start-up fast; every heavy import (pandas, pint, rich, yaml)
happens inside the command that needs it. Exit codes follow ruff and Vale:
0 no error findings, 1 error findings, 2 usage or input error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from consistency import __version__
from consistency.errors import InputError

EPILOG = """\
exit codes: 0 no error findings, 1 error findings (see --fail-on), 2 usage or input error
(every other input is still checked and reported).
configuration: [tool.consistency] in pyproject.toml or .consistency.toml, found by walking
up from each checked file (see README).
Examples:
  consistency check article.txt
  consistency check reports/ --format json
  consistency figures article.txt --format csv
  consistency explain breakdown-sum
  consistency check article.docx --format html > review.html
  consistency serve            (a review page at http://127.0.0.1:8765/)
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2 (argparse's own convention)
        self.print_usage(sys.stderr)
        sys.stderr.write(f"consistency: error: {message}\n")
        raise SystemExit(2)


def _ids(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _add_rule_choice(parser: argparse.ArgumentParser) -> None:
    """--rules, --select and --ignore: which rules run (``check`` and ``serve`` alike)."""
    parser.add_argument("--rules", action="append", default=[], metavar="DIR",
                        help="add the YAML rules in DIR (repeatable)")  # fmt: skip
    parser.add_argument("--select", type=_ids, action="append", default=None, metavar="IDS",
                        help="only run these rule ids (comma-separated)")  # fmt: skip
    parser.add_argument("--ignore", type=_ids, action="append", default=None, metavar="IDS",
                        help="skip these rule ids (comma-separated)")  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="consistency",
        description="A linter for numbers in prose: finds figures in an article that "
        "contradict each other (breakdowns that do not add up, totals that go backwards, "
        "wrong conversions, impossible shares, changes that do not match, wrong weekdays).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"consistency {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p_check = sub.add_parser(
        "check",
        help="check articles and report figures that contradict each other",
        description="Check articles (.txt, .md, Word .docx, web pages .html/.htm, PDF with a "
        "text layer; directories are searched; '-' reads stdin) and tracker sheets (.csv, "
        ".json) and report every finding. In Word, web and PDF articles a finding's line is "
        "the paragraph number of the extracted text. Several documents are "
        "checked together in date order (front matter, dateline or file name), so running "
        "totals are compared across reports. Settings come from [tool.consistency] in "
        "pyproject.toml or a .consistency.toml found by walking up from each file. "
        "Exit 0: no findings at the --fail-on level; 1: findings; 2: a usage error or an input "
        "that could not be checked (each reported as 'path: problem'; the others are checked).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="The default output is a rich report in a terminal and --format line when piped.",
    )
    p_check.add_argument("paths", nargs="+", metavar="PATH", help="file, directory or '-'")
    p_check.add_argument(
        "--format", choices=("rich", "line", "json", "sarif", "github", "html"), default=None,
        help="rich: quoted sentences with the arithmetic; line: path:line:col: severity "
        "rule: message; json: the machine-readable contract; sarif: SARIF 2.1.0 for "
        "code-scanning tools; github: GitHub Actions annotations; html: one self-contained "
        "review page (the article with its figures highlighted and the findings beside it), "
        "e.g. --format html > review.html",
    )  # fmt: skip
    _add_rule_choice(p_check)
    p_check.add_argument(
        "--severity", choices=("info", "warning", "error"), default=None,
        help="minimum severity to show (default: info, i.e. everything)",
    )  # fmt: skip
    p_check.add_argument(
        "--fail-on", choices=("error", "warning", "never"), default=None,
        help="the lowest severity that makes the exit code 1 (default: error)",
    )  # fmt: skip
    p_check.add_argument("--exit-zero", action="store_true",
                         help="exit 0 even when there are findings (2 still means bad input)")  # fmt: skip
    p_check.add_argument("--nouns", action="append", default=[], metavar="FILE",
                         help="extra counted-noun synonyms (YAML, see README)")  # fmt: skip
    p_check.add_argument("--date-column", default=None, metavar="NAME",
                         help="for tracker sheets (.csv/.json): the column holding dates")  # fmt: skip
    p_check.add_argument(
        "--max-size", default=None, metavar="SIZE",
        help="refuse inputs larger than SIZE, e.g. 50MiB (default: 20MiB)",
    )  # fmt: skip
    p_check.add_argument(
        "--config", default=None, metavar="FILE",
        help="use this configuration file (pyproject.toml with [tool.consistency], or "
        ".consistency.toml) instead of the one found by walking up from each file",
    )  # fmt: skip
    p_check.add_argument("--isolated", action="store_true",
                         help="ignore every configuration file")  # fmt: skip
    p_check.add_argument(
        "--dask", default=None, metavar="SCHEDULER",
        help="run on a Dask cluster: a scheduler address (tcp://host:8786), 'local' (one "
        "worker per core) or 'local:N'; same findings, for archives too big for one "
        "machine (needs pip install 'consistency[dask]')",
    )  # fmt: skip
    p_check.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    p_check.add_argument(
        "--jobs", type=int, default=0, metavar="N",
        help="worker processes that read, extract and relate documents and build their "
        "table rows (default: one per core when there are many "
        "documents, else 1)",
    )  # fmt: skip

    p_fig = sub.add_parser(
        "figures",
        help="print the normalised table of every figure in the articles",
        description="Extract every figure (value, interval, qualifier, unit, kind, counted noun, "
        "places) and print the table. Offsets are character offsets into the file's text (for "
        ".docx, .html and .pdf, into the extracted text, whose paragraphs are separated by a "
        "blank line; 'line' is then the paragraph number).",
    )
    p_fig.add_argument("paths", nargs="+", metavar="PATH", help="file, directory or '-'")
    p_fig.add_argument("--format", choices=("rich", "json", "csv"), default=None,
                       help="rich table (default in a terminal), json (the contract), csv")  # fmt: skip
    p_fig.add_argument("--nouns", action="append", default=[], metavar="FILE",
                       help="extra counted-noun synonyms (YAML)")  # fmt: skip

    p_serve = sub.add_parser(
        "serve",
        help="open a local review page: paste an article or drop a file, see its findings",
        description="Start a local web page for editors: paste an article or drop a file "
        "(.txt, .md, .docx, .html, .pdf); the page shows the article with every figure "
        "highlighted (hover or focus one for its value, interval, unit, noun and kind) and "
        "the findings beside it; choosing a finding marks its figures. The report downloads "
        "as JSON, CSV or SARIF. Everything runs on this computer; uploads are kept in memory "
        "only. Stop with Ctrl+C.",
    )
    p_serve.add_argument(
        "--host", default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0 "
        "shares the page with your network)",
    )  # fmt: skip
    p_serve.add_argument("--port", type=int, default=8765,
                         help="port to listen on (default: 8765; 0 picks a free one)")  # fmt: skip
    p_serve.add_argument("--max-upload", default="10MiB", metavar="SIZE",
                         help="largest article accepted, e.g. 20MiB (default: 10MiB)")  # fmt: skip
    p_serve.add_argument("--open", action="store_true", help="open the page in a web browser")
    _add_rule_choice(p_serve)
    p_serve.add_argument("--nouns", action="append", default=[], metavar="FILE",
                         help="extra counted-noun synonyms (YAML)")  # fmt: skip

    p_rules = sub.add_parser("rules", help="list the rules", description="List every rule.")
    p_rules.add_argument("--rules", action="append", default=[], metavar="DIR",
                         help="also list the rules in DIR")  # fmt: skip

    p_explain = sub.add_parser(
        "explain", help="explain one rule", description="What a rule checks, why, and examples."
    )
    p_explain.add_argument("rule", metavar="RULE", help="rule id, e.g. breakdown-sum")
    p_explain.add_argument("--rules", action="append", default=[], metavar="DIR")

    p_test = sub.add_parser(
        "test-rules",
        help="run every rule's own pass/fail examples",
        description="Run the examples each rule carries; a rule without both a failing and a "
        "passing example fails too. With DIR, test the rules in DIR (plus the shipped ones).",
    )
    p_test.add_argument("dirs", nargs="*", metavar="DIR")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # usage goes to stderr with exit 2, as for any usage error
        parser.print_help(sys.stderr)
        return 2
    try:
        return _dispatch(args)
    except InputError as exc:
        sys.stderr.write(f"consistency: error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        try:
            sys.stdout.close()
        except Exception:
            pass
        return 0
    except Exception as exc:  # a bug: one line unless asked for the traceback
        if os.environ.get("CONSISTENCY_DEBUG"):
            raise
        sys.stderr.write(
            f"consistency: internal error: {type(exc).__name__}: {exc} "
            "(set CONSISTENCY_DEBUG=1 for a traceback)\n"
        )
        return 2


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "figures":
        return cmd_figures(args)
    if args.command == "check":
        return cmd_check(args)
    if args.command == "rules":
        return cmd_rules(args)
    if args.command == "serve":
        return cmd_serve(args)
    if args.command == "explain":
        return cmd_explain(args)
    if args.command == "test-rules":
        return cmd_test_rules(args)
    raise AssertionError(args.command)


def _default_format(fmt: str | None, piped: str) -> str:
    if fmt:
        return fmt
    return "rich" if sys.stdout.isatty() else piped


def cmd_figures(args: argparse.Namespace) -> int:
    from consistency.ingest import collect_paths
    from consistency.pipeline import Options, analyse_paths

    problems: list = []
    paths = collect_paths(args.paths, problems=problems)
    contexts = analyse_paths(paths, Options(noun_files=tuple(args.nouns)), problems=problems)
    for problem in problems:  # "path: problem"; the other files are still printed
        sys.stderr.write(f"consistency: error: {problem}\n")
    fmt = _default_format(args.format, "json")
    from consistency.report import figures as rep

    if fmt == "json":
        rep.render_json(contexts, sys.stdout)
    elif fmt == "csv":
        rep.render_csv(contexts, sys.stdout)
    else:
        rep.render_rich(contexts)
    return 2 if problems else 0


def cmd_check(args: argparse.Namespace) -> int:
    from consistency.config import parse_size
    from consistency.runner import RunOptions, run_check

    if args.config and args.isolated:
        raise InputError("--config and --isolated cannot be used together")
    max_size = None
    if args.max_size is not None:
        try:
            max_size = parse_size(args.max_size)
        except ValueError as exc:
            raise InputError(f"--max-size: {exc}") from None
    opts = RunOptions(
        paths=args.paths, rule_dirs=tuple(args.rules), noun_files=tuple(args.nouns),
        select=tuple(i for ids in args.select for i in ids) if args.select is not None else None,
        ignore=tuple(i for ids in args.ignore for i in ids) if args.ignore is not None else None,
        severity=args.severity, fail_on=args.fail_on, max_size=max_size,
        date_column=args.date_column, config=args.config, isolated=args.isolated, jobs=args.jobs,
        dask=args.dask,
    )  # fmt: skip
    if args.dask is not None and args.format == "html":
        raise InputError("--format html needs the documents' text, which --dask keeps on the "
                         "workers; use --format json, sarif or line")  # fmt: skip
    show_progress = not args.no_progress and sys.stderr.isatty() and args.dask is None
    if show_progress:
        from rich.console import Console
        from rich.progress import Progress

        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("checking", total=None)
            result = run_check(opts, on_document=lambda: progress.advance(task))
    else:
        result = run_check(opts)

    for problem in result.problems:  # "path: problem", one line each, the run went on
        sys.stderr.write(f"consistency: error: {problem}\n")
    fmt = _default_format(args.format, "line")
    from consistency.report import findings as rep

    if fmt == "json":
        rep.render_json(result.contexts, result.findings, sys.stdout, result.problems)
    elif fmt == "sarif":
        from consistency.report.sarif import render_sarif

        render_sarif(result, sys.stdout)
    elif fmt == "github":
        from consistency.report.github import render_github

        render_github(result, sys.stdout)
    elif fmt == "html":
        from consistency.report.review import render_html

        render_html(result, sys.stdout)
    elif fmt == "line":
        rep.render_line(result.findings, sys.stdout)
        sys.stdout.flush()
        if sys.stderr.isatty():
            sys.stderr.write(rep.summary_line(result.contexts, result.findings) + "\n")
    else:
        rep.render_rich(result.contexts, result.findings, problems=result.problems)
    return result.exit_code(args.exit_zero)


def cmd_serve(args: argparse.Namespace) -> int:
    from consistency.config import parse_size
    from consistency.web.app import ServeOptions, serve

    try:
        max_upload = parse_size(args.max_upload)
    except ValueError as exc:
        raise InputError(f"--max-upload: {exc}") from None
    if not 0 <= args.port <= 65535:
        raise InputError(f"--port: {args.port} is not a port number (0-65535)")
    select = tuple(i for ids in args.select or [] for i in ids)
    ignore = tuple(i for ids in args.ignore or [] for i in ids)
    options = ServeOptions(
        host=args.host, port=args.port, max_upload=max_upload, rule_dirs=tuple(args.rules),
        noun_files=tuple(args.nouns), select=select, ignore=ignore,
    )  # fmt: skip

    def ready(url: str) -> None:
        sys.stdout.write(f"consistency review page: {url}  (Ctrl+C to stop)\n")
        if args.host not in ("127.0.0.1", "localhost", "::1"):
            sys.stdout.write(
                f"note: listening on {args.host}, so other computers can reach this page\n"
            )
        sys.stdout.flush()
        if args.open:
            import webbrowser

            webbrowser.open(url)

    serve(options, ready)
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    from consistency.rules.loader import load_rules

    rules = load_rules(tuple(args.rules))
    width = max(len(r.id) for r in rules)
    for r in rules:
        sys.stdout.write(f"{r.id:<{width}}  {r.severity:<7}  {r.title}\n")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from consistency.rules.loader import load_rules

    rules = {r.id: r for r in load_rules(tuple(args.rules))}
    rule = rules.get(args.rule)
    if rule is None:
        raise InputError(f"unknown rule {args.rule!r} (known: {', '.join(sorted(rules))})")
    w = sys.stdout.write
    w(f"{rule.id} ({rule.severity}): {rule.title}\n\n")
    if rule.explain:
        w(rule.explain.strip() + "\n\n")
    if rule.fail_examples:
        w("Flagged:\n")
        for ex in rule.fail_examples[:2]:
            w("  " + " | ".join(d["text"].strip() for d in ex.docs) + "\n")
        w("\n")
    if rule.pass_examples:
        w("Not flagged:\n")
        for ex in rule.pass_examples[:2]:
            w("  " + " | ".join(d["text"].strip() for d in ex.docs) + "\n")
        w("\n")
    if rule.instead:
        w("What to do: " + rule.instead.strip() + "\n")
    w(f"\nDefined in {rule.source}; checks the '{rule.table}' table with '{rule.check}'.\n")
    return 0


def cmd_test_rules(args: argparse.Namespace) -> int:
    from consistency.rules.selftest import run_rule_examples

    results = run_rule_examples(tuple(args.dirs))
    failed = 0
    for res in results:
        mark = "ok  " if res.ok else "FAIL"
        sys.stdout.write(f"{mark} {res.case_id}: {res.detail}\n")
        failed += not res.ok
    passed = len(results) - failed
    sys.stdout.write(f"{passed} passed, {failed} failed\n")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
