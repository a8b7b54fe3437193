"""``schemadiff check URL TARGET``: is the database at URL what it should be?

Made for cron jobs and CI steps after a deployment: no prompts, nothing written anywhere but
stdout and stderr, output that only changes when the schemas do (sorted, no timestamps).
TARGET is what ``schemadiff A B`` accepts as B: a ``.sql`` file, ``pg_dump`` output, a
directory of ``.sql`` files (loaded into a scratch database, dropped afterwards), or a
database URL. URL must be a database: it is only read (one snapshot), never changed.

Exit codes:

- 0: in sync. Nothing is written (like ``diff``: no news is good news, and cron mails
  nothing), except with ``--format json``, which always writes its document
  (``"in_sync": true``);
- 2: drift. ``--format summary`` (default) writes one line naming both sides, then the
  differences grouped (only in the database, only in the target, changed attributes
  old -> new), then objects of kinds that are not compared but exist on one side only;
  ``json`` writes ``render_json``'s document plus ``in_sync`` and ``unmatched``; ``sql`` writes
  the SQL that would bring the database to TARGET (every statement, unsafe ones included:
  it is a report to review, ``schemadiff apply`` runs migrations), and objects no SQL is
  generated for as ``--`` comments;
- 1: an error (unreachable database, failed login, a TARGET that fails to load, a bad flag):
  one line on stderr, ``schemadiff: error: ...``.

Warnings (object kinds the engine does not compare) are ``schemadiff: warning:`` lines on
stderr, whatever the exit code. The same question inside a test suite is
``assert_schema_matches(url, target)``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import IO

from ..cli import (
    EXIT_DIFFERENT,
    EXIT_SAME,
    PROG,
    CommandParser,
    classify,
    missing_schemas,
    scratch_databases,
    server_choice,
)
from ..connection import mask_password
from ..engine import SchemaDiff, diff_schemas
from ..engine.render import render_json, render_sql, render_text
from ..errors import ConfigError
from .options import add_compare_options, add_server_options, compare_kwargs

__all__ = ["build_parser", "parse_args", "run"]


def build_parser(stdout: IO[str]) -> argparse.ArgumentParser:
    parser = CommandParser(
        prog=f"{PROG} check",
        stdout=stdout,
        description=(
            "Check that the database at URL has the schema TARGET describes (for cron and "
            "CI). TARGET is a .sql file, pg_dump output, a directory of .sql files or a "
            "database URL."
        ),
        epilog=(
            "exit codes: 0 in sync (nothing written, except the --format json document), "
            "2 drift (the differences on stdout), 1 error (one line on stderr)"
        ),
    )
    parser.add_argument("url", metavar="URL", help="the database to check (only read)")
    parser.add_argument("target", metavar="TARGET", help="the schema it should have")
    parser.add_argument(
        "--format",
        choices=("summary", "json", "sql"),
        default="summary",
        help="summary (default: differences grouped by object), json, or sql (the SQL that "
        "would bring URL to TARGET)",
    )
    add_compare_options(parser, display=True)
    add_server_options(parser, default="$SCHEMADIFF_URL, else a private cluster")
    return parser


def parse_args(argv: Sequence[str], stdout: IO[str]) -> argparse.Namespace:
    return build_parser(stdout).parse_args(list(argv))


def run(args: argparse.Namespace, stdout: IO[str], stderr: IO[str]) -> int:
    """Compare the database with the target; write the report; return the exit code."""
    database = classify("A", args.url)
    if database.kind != "url":
        raise ConfigError(
            f"URL: {args.url!r} is not a database URL (check reads a live database; to "
            "compare two files use schemadiff A B)"
        )
    try:
        target = classify("B", args.target)
    except ConfigError as exc:
        # Named as this command's usage names it.
        raise ConfigError(f"TARGET{str(exc).removeprefix('B')}") from None
    with scratch_databases(*server_choice(args)) as scratch:
        target_url = scratch.database_for(target)
        if args.schema:
            missing = missing_schemas([database.text, target_url], args.schema)
            if missing:
                names = ", ".join(repr(n) for n in missing)
                raise ConfigError(
                    f"--schema {names}: no such schema in the database or in TARGET "
                    "(nothing to compare)"
                )
        result = diff_schemas(database.text, target_url, **compare_kwargs(args))
        for line in scratch.skipped_leftovers:
            stderr.write(f"{PROG}: warning: {line}\n")
    for warning in result.warnings:
        stderr.write(f"{PROG}: warning: {warning}\n")
    in_sync = result.is_empty
    if args.format == "json":
        stdout.write(_json(result, in_sync) + "\n")
    elif not in_sync:
        stdout.write(
            _sql(result)
            if args.format == "sql"
            else _summary(result, mask_password(args.url), mask_password(args.target))
        )
    return EXIT_SAME if in_sync else EXIT_DIFFERENT


def _summary(result: SchemaDiff, url: str, target: str) -> str:
    """The drift for a person: which side is which, then the grouped differences."""
    lines = [f"drift: the database (A) {url} differs from the target (B) {target}"]
    text = render_text(result.differences).rstrip("\n")
    if text:
        lines.append(text)
    if result.unmatched:
        lines.append("not compared, on one side only:")
        lines += [f"  {line}" for line in result.unmatched]
    return "\n".join(lines) + "\n"


def _sql(result: SchemaDiff) -> str:
    """The SQL to reach the target; drift no SQL can fix (objects of kinds that are not
    compared, on one side only) as comments, so the output never looks like "in sync"."""
    notes = "".join(f"-- not compared, on one side only: {line}\n" for line in result.unmatched)
    return render_sql(result.statements) + notes


def _json(result: SchemaDiff, in_sync: bool) -> str:
    document = json.loads(render_json(result.differences, result.statements, result.warnings))
    document["in_sync"] = in_sync
    document["unmatched"] = list(result.unmatched)
    return json.dumps(document, indent=2, sort_keys=True)
