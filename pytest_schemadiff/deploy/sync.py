"""``schemadiff sync URL TARGET``: make a development database's schema equal to a target,
after showing what will run and asking.

1. TARGET is loaded and inspected (``targets.py``), URL inspected, and the plan from URL to
   TARGET computed as ``schemadiff A B`` would; nothing differs: "already in sync", exit 0.
2. The statements are printed with their hazards. Statements that delete data need
   ``--unsafe`` (exit 3 otherwise, as ``schemadiff A B``).
3. Unless ``--yes``, ``Apply N statements to URL? [y/N]`` is asked on the terminal; with no
   terminal to ask (stdin not a tty) the command refuses (exit 1) rather than guess.
4. In one transaction (``session.py``): URL's fingerprint is checked against the one the
   plan was made from (the database may have changed while the question was open), the
   statements run, URL is inspected and compared with TARGET inside the transaction; commit
   only if equal (exit 0), else roll back and exit 2. Statements that cannot run in a
   transaction run after the commit, each on its own, and the listing says so.

The transaction is opened only after the answer: no transaction stays open while a person
reads the plan.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from ..cli import EXIT_UNSAFE, PROG, CommandParser
from ..connection import mask_password
from ..engine.compare import SchemaDiff, compare_catalogs, inspect_schema, schema_fingerprint
from ..engine.model import Catalog, Key
from ..engine.plan import Statement
from ..engine.render import describe_hazards, render_text
from ..errors import ConfigError
from .options import (
    TARGET_ON_URLS_SERVER,
    Comparison,
    add_compare_options,
    add_server_options,
    comparison_of,
)
from .session import Interrupted, StatementFailed, open_session
from .statements import FileStatement, StatementClass
from .targets import target_catalog

__all__ = ["parse_args", "run"]

EXIT_SYNCED = 0
EXIT_FAILED = 1
EXIT_DIFFERS = 2
EXIT_INTERRUPTED = 130


def parse_args(argv: Sequence[str], stdout: IO[str] = sys.stdout) -> argparse.Namespace:
    parser = CommandParser(
        prog=f"{PROG} sync",
        stdout=stdout,
        description=(
            "Make the schema of the database at URL equal to TARGET (a database URL, SQL "
            "file, dump or directory): show the statements with their hazards, ask, apply "
            "them in one transaction and commit only if the result equals TARGET."
        ),
        epilog=(
            "Exit codes: 0 synced or already in sync, 1 error or not confirmed (nothing "
            "applied), 2 the result differs from TARGET (rolled back), 3 statements that "
            "delete data without --unsafe (nothing applied), 130 interrupted (rolled back)."
        ),
    )
    parser.add_argument("url", metavar="URL", help="the database to change (development)")
    parser.add_argument("target", metavar="TARGET", help="the schema it should have")
    parser.add_argument("--yes", "-y", action="store_true", help="apply without asking")
    parser.add_argument(
        "--unsafe", action="store_true", help="also run statements that delete data"
    )
    add_compare_options(parser)
    add_server_options(parser, default=TARGET_ON_URLS_SERVER)
    return parser.parse_args(list(argv))


def run(
    args: argparse.Namespace, stdout: IO[str], stderr: IO[str], stdin: IO[str] | None = None
) -> int:
    stdin = stdin if stdin is not None else sys.stdin
    comparison = comparison_of(args)
    where = mask_password(args.url)
    target = target_catalog(args.target, args.url, args, comparison)
    current = inspect_schema(
        args.url,
        comparison.options,
        schemas=comparison.schemas,
        exclude_schemas=comparison.exclude_schemas,
    )
    shown = compare_catalogs(current, target, comparison.options)
    for line in shown.unmatched:
        stderr.write(f"{PROG}: warning: {line}\n")
    if not shown.statements:
        stdout.write(f"{PROG}: {where} is already in sync with {args.target}\n")
        return EXIT_SYNCED
    _list(shown, stdout)
    unsafe = shown.unsafe_statements
    if unsafe and not args.unsafe:
        stderr.write(
            f"{PROG}: error: {_count(len(unsafe))} "
            f"{'deletes' if len(unsafe) == 1 else 'delete'} data; review "
            f"{'it' if len(unsafe) == 1 else 'them'}, then use --unsafe to run "
            f"{'it' if len(unsafe) == 1 else 'them'}\n"
        )
        return EXIT_UNSAFE
    if not args.yes:
        answer = _ask(f"Apply {_count(len(shown.statements))} to {where}? [y/N] ", stdin, stderr)
        if answer is None:
            raise ConfigError(
                "standard input is not a terminal, so nobody can answer: pass --yes to apply "
                "without asking"
            )
        if answer.strip().lower() not in ("y", "yes"):
            stderr.write(f"{PROG}: not applied\n")
            return EXIT_FAILED
    fingerprint = schema_fingerprint(current, comparison.options)
    return _apply(shown, fingerprint, target, comparison, args, where, stdout, stderr)


def _count(n: int) -> str:
    return f"{n} statement{'' if n == 1 else 's'}"


def _list(result: SchemaDiff, out: IO[str]) -> None:
    out.write(render_text(result.differences))
    out.write("\n")
    for statement in result.statements:
        hazards = describe_hazards(statement)
        if hazards:
            out.write(f"-- {hazards}\n")
        if not statement.transactional:
            out.write("-- runs after the commit, on its own\n")
        out.write(f"{statement.sql};\n\n")


def _ask(prompt: str, stdin: IO[str], stderr: IO[str]) -> str | None:
    if not stdin.isatty():
        return None
    stderr.write(prompt)
    stderr.flush()
    return stdin.readline()


def _as_file_statements(statements: Sequence[Statement]) -> list[FileStatement]:
    out = []
    for number, s in enumerate(statements, start=1):
        first = s.sql.strip().splitlines()[0] if s.sql.strip() else ""
        kind = StatementClass.RUN if s.transactional else StatementClass.OUTSIDE
        # Run with the real secret values (user mappings' passwords); shown masked.
        out.append(
            FileStatement(
                Path("-"), number, s.runnable_sql, kind, label=f"statement {number} ({first[:60]})"
            )
        )
    return out


def _apply(
    plan: SchemaDiff,
    fingerprint: str,
    target: Catalog,
    comparison: Comparison,
    args: argparse.Namespace,
    where: str,
    stdout: IO[str],
    stderr: IO[str],
) -> int:
    statements = _as_file_statements(plan.statements)
    inside = [s for s in statements if s.kind is StatementClass.RUN]
    after = [s for s in statements if s.kind is StatementClass.OUTSIDE]
    # Checked before they run: what they are about may still differ inside the transaction.
    later: set[Key] = {s.key for s in plan.statements if not s.transactional}
    scope = (comparison.options, comparison.schemas, comparison.exclude_schemas)
    with open_session(args.url) as session:
        try:
            now = schema_fingerprint(session.inspect(*scope), comparison.options)
            if now != fingerprint:
                raise ConfigError(
                    f"{where} changed while the plan was shown (fingerprint {now}, plan made "
                    f"from {fingerprint}): nothing applied; run sync again"
                )
            for statement in inside:
                session.run(statement)
            result = compare_catalogs(session.inspect(*scope), target, comparison.options)
            left = [
                d for d in result.differences if d.key not in later and d.key.parent() not in later
            ]
            if left:
                session.rollback()
                stdout.write(render_text(result.differences))
                stderr.write(
                    f"{PROG}: after the statements {where} still differs from {args.target}: "
                    "rolled back, nothing was applied\n"
                )
                return EXIT_DIFFERS
            session.commit("sync")
        except StatementFailed as exc:
            session.rollback()
            stderr.write(f"{PROG}: error: {exc}\n{PROG}: rolled back: nothing was applied\n")
            return EXIT_FAILED
        except (Interrupted, KeyboardInterrupt):
            session.rollback()
            stderr.write(f"{PROG}: interrupted: rolled back, nothing was applied\n")
            return EXIT_INTERRUPTED
        for statement in after:
            try:
                session.run_autocommit(statement)
            except StatementFailed as exc:
                stderr.write(f"{PROG}: error: {exc} (after the commit of the others)\n")
                return EXIT_FAILED
        if after:
            final = compare_catalogs(session.inspect(*scope), target, comparison.options)
            if final.differences:
                stdout.write(render_text(final.differences))
                stderr.write(
                    f"{PROG}: {where} still differs from {args.target} after the statements "
                    "run after the commit (committed: nothing could be rolled back)\n"
                )
                return EXIT_DIFFERS
    stdout.write(
        f"{PROG}: synced {where} with {args.target}: {_count(len(statements))} applied; verified\n"
    )
    return EXIT_SYNCED
