"""``schemadiff apply URL FILE``: run a migration or a plan on a database in one
transaction, verify the result against a target before committing, and leave the database
exactly as it was on anything but success.

The order of work, and why:

1. FILE is read and split (``statements.py``) and every statement classed before anything
   connects: a file ``apply`` cannot run as asked (a psql meta-command, a ``ROLLBACK``, a
   statement that cannot run in a transaction without ``--after-commit``) is refused with
   ``file:line`` and the database is never touched.
2. ``--target`` is loaded and inspected before the transaction opens (``targets.py``), so no
   lock on the database is held while a dump loads.
3. In one transaction (``session.py``): a plan's origin line (``plan_header.py``) is checked
   first, by inspecting the database under the options the plan was made with (no window
   between check and change); then the statements run in file order; then, with
   ``--target``, the database is inspected inside the same transaction and compared with
   the target. Commit only if everything held; ``--dry-run`` always rolls back.
4. With ``--after-commit``, the statements that cannot run in a transaction run after the
   commit, in file order, each on its own; the verification inside the transaction then
   tolerates differences on the relations they name, and the database is compared with
   the target once more at the end (exit 2 if it still differs; nothing can be rolled back
   by then, and the message says so).

Exit codes: 0 applied (or would be, with ``--dry-run``); 1 an error (bad input, a
statement failed, the plan is for another schema); 2 the result differs from the target
(rolled back); 130 interrupted (rolled back).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from ..cli import PROG, CommandParser
from ..connection import mask_password
from ..engine.compare import SchemaDiff, compare_catalogs, schema_fingerprint
from ..engine.diff import Difference
from ..engine.model import Catalog
from ..engine.render import render_sql, render_text
from ..errors import ConfigError
from .options import (
    TARGET_ON_URLS_SERVER,
    Comparison,
    add_compare_options,
    add_server_options,
    comparison_of,
)
from .plan_header import PlanOrigin, find_origin
from .session import ApplySession, Interrupted, StatementFailed, open_session
from .statements import FileStatement, StatementClass, read_statements
from .targets import target_catalog

__all__ = ["EXIT_APPLIED", "EXIT_DIFFERS", "EXIT_FAILED", "parse_args", "run"]

EXIT_APPLIED = 0
EXIT_FAILED = 1
EXIT_DIFFERS = 2
EXIT_INTERRUPTED = 130


def parse_args(argv: Sequence[str], stdout: IO[str] = sys.stdout) -> argparse.Namespace:
    parser = CommandParser(
        prog=f"{PROG} apply",
        stdout=stdout,
        description=(
            "Run a migration or a plan (schemadiff A B -o plan.sql) on the database at URL in "
            "one transaction. With --target, the result is compared with the target inside "
            "the transaction and committed only when equal. A plan's fingerprint line must "
            "match the database's schema. On any failure the transaction is rolled back."
        ),
        epilog=(
            "Statements that cannot run in a transaction (CREATE/DROP INDEX CONCURRENTLY, "
            "REINDEX CONCURRENTLY, VACUUM, ALTER SYSTEM, CREATE DATABASE, ...) are refused "
            "unless --after-commit, which runs them after the commit, in file order, each on "
            "its own (a failure there cannot roll back what was committed). "
            "Exit codes: 0 applied (or would be, with --dry-run), 1 error (nothing applied), "
            "2 the result differs from --target (rolled back), 130 interrupted (rolled back)."
        ),
    )
    parser.add_argument("url", metavar="URL", help="the database to change")
    parser.add_argument("file", metavar="FILE", type=Path, help="migration or plan (SQL)")
    parser.add_argument(
        "--target",
        metavar="SPEC",
        help="what the schema must be afterwards: a database URL, SQL file, dump or directory",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="do everything, then roll back: reports what would have happened",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="apply a plan even if the database's schema is not the one it was made from",
    )
    parser.add_argument(
        "--after-commit",
        action="store_true",
        help=(
            "run the statements that cannot run in a transaction after the commit, in file "
            "order, each on its own (default: refuse the file)"
        ),
    )
    add_compare_options(parser)
    add_server_options(parser, default=TARGET_ON_URLS_SERVER)
    return parser.parse_args(list(argv))


def run(args: argparse.Namespace, stdout: IO[str], stderr: IO[str]) -> int:
    """Apply ``args.file`` to ``args.url``; the exit code (bad input raises SchemaDiffError,
    which main() reports as one line)."""
    path: Path = args.file
    statements = read_statements(path)
    origin = find_origin(_text(path), str(path))
    for statement in statements:
        if statement.kind is StatementClass.REFUSED:
            raise ConfigError(f"{statement.where}: {statement.reason}; nothing was run")
    in_transaction = [s for s in statements if s.kind is StatementClass.RUN]
    after = [s for s in statements if s.kind is StatementClass.OUTSIDE]
    if after and not args.after_commit:
        first = after[0]
        raise ConfigError(
            f"{first.where}: {first.reason}: refused, nothing was run (run it separately, "
            "or pass --after-commit to run such statements after the commit, each on its own)"
        )
    if any(s.kind is StatementClass.FRAMING for s in statements):
        stderr.write(
            f"{PROG}: note: {path}'s BEGIN/COMMIT are skipped: the whole file runs in one "
            "transaction\n"
        )
    comparison = comparison_of(args)
    target = target_catalog(args.target, args.url, args, comparison) if args.target else None
    where = mask_password(args.url)
    with open_session(args.url) as session:
        try:
            if origin is not None:
                refusal = _origin_refusal(session, origin, args, where, stderr)
                if refusal is not None:
                    raise ConfigError(refusal)
            for statement in in_transaction:
                session.run(statement)
            if target is not None:
                result = _compare(session, target, comparison)
                tolerated = {name for s in after for name in s.names}
                left = [d for d in result.differences if not _touches(d, tolerated)]
                if left or result.unmatched:
                    session.rollback()
                    _report_differences(result, path, args.target, stdout)
                    stderr.write(
                        f"{PROG}: {path} leaves {where} different from {args.target}: "
                        "rolled back, nothing was applied\n"
                    )
                    return EXIT_DIFFERS
            if args.dry_run:
                session.rollback()
                stdout.write(_dry_run_line(len(in_transaction), after, path, where, args.target))
                return EXIT_APPLIED
            session.commit(str(path))
        except StatementFailed as exc:
            session.rollback()
            stderr.write(f"{PROG}: error: {exc}\n")
            stderr.write(f"{PROG}: rolled back: nothing was applied\n")
            return EXIT_FAILED
        except (Interrupted, KeyboardInterrupt):
            session.rollback()
            stderr.write(f"{PROG}: interrupted: rolled back, nothing was applied\n")
            return EXIT_INTERRUPTED
        done = f"applied {_count(len(in_transaction))} from {path} to {where} in one transaction"
        if after:
            code = _after_commit(session, after, done, stderr)
            if code != EXIT_APPLIED:
                return code
            done += f", then {_count(len(after))} after the commit, each on its own"
        if target is not None and after:
            final = _compare(session, target, comparison)
            if not final.is_empty:
                _report_differences(final, path, args.target, stdout)
                stderr.write(
                    f"{PROG}: {done}, but {where} still differs from {args.target} (committed: "
                    "nothing could be rolled back)\n"
                )
                return EXIT_DIFFERS
    verified = (
        f"verified: the schema equals {args.target}"
        if target is not None
        else "not verified (no --target)"
    )
    stdout.write(f"{PROG}: {done}; {verified}\n")
    return EXIT_APPLIED


def _text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8", "replace")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _count(n: int) -> str:
    return f"{n} statement{'' if n == 1 else 's'}"


def _origin_refusal(
    session: ApplySession,
    origin: PlanOrigin,
    args: argparse.Namespace,
    where: str,
    stderr: IO[str],
) -> str | None:
    """Why the plan may not run on this database (None: it may)."""
    if args.force:
        stderr.write(f"{PROG}: note: --force: the plan's starting schema is not checked\n")
        return None
    catalog = session.inspect(origin.options, origin.schemas, origin.exclude_schemas)
    found = schema_fingerprint(catalog, origin.options)
    if found == origin.fingerprint:
        return None
    return (
        f"{where}'s schema is not the one this plan was made from (fingerprint {found}, plan "
        f"expects {origin.fingerprint}); --force to apply anyway"
    )


def _compare(session: ApplySession, target: Catalog, comparison: Comparison) -> SchemaDiff:
    actual = session.inspect(comparison.options, comparison.schemas, comparison.exclude_schemas)
    return compare_catalogs(actual, target, comparison.options)


def _touches(difference: Difference, names: set[str]) -> bool:
    key = difference.key
    return key.name in names or (bool(key.member) and key.member in names)


def _report_differences(result: SchemaDiff, path: Path, target: str, out: IO[str]) -> None:
    out.write(f"-- A: the database after {path}; B: {target}\n")
    for line in render_text(result.differences, result.unmatched).splitlines():
        out.write(f"-- {line}\n")
    sql = render_sql(result.statements)
    if sql:
        out.write("-- SQL that would turn A into B:\n\n")
        out.write(sql)


def _dry_run_line(
    count: int, after: list[FileStatement], path: Path, where: str, target: str | None
) -> str:
    text = f"{PROG}: dry run: {_count(count)} from {path} ran on {where}"
    if target is not None:
        text += f" and the result equals {target}"
    if after:
        text += f"; {_count(len(after))} would run after the commit (not tried)"
    return text + "; rolled back, nothing was applied\n"


def _after_commit(
    session: ApplySession, after: list[FileStatement], done: str, stderr: IO[str]
) -> int:
    for i, statement in enumerate(after):
        try:
            session.run_autocommit(statement)
        except StatementFailed as exc:
            stderr.write(
                f"{PROG}: error: {exc} (after the commit: {done}; this statement and the "
                f"{len(after) - i - 1} after it did not run)\n"
            )
            return EXIT_FAILED
        except (Interrupted, KeyboardInterrupt):
            stderr.write(
                f"{PROG}: interrupted at {statement.where}, after the commit ({done}; this "
                "statement and the ones after it did not run)\n"
            )
            return EXIT_INTERRUPTED
    return EXIT_APPLIED
