"""The ``schemadiff`` command: compare two schemas and print the SQL that turns A into B.

``schemadiff A B`` takes database URLs (``postgresql://`` or ``postgresql+psycopg2://``),
``EMPTY`` (a fresh database), or paths to ``.sql`` files, ``pg_dump`` output (plain,
custom, directory, tar) or directories of ``.sql`` files. Paths and ``EMPTY`` are loaded
into scratch databases named ``schemadiff_run_<run id>_cli<pid>_*`` on the private cluster
(started on demand, PostgreSQL 17 unless ``--pg MAJOR``) or on ``--server URL`` (default:
the ``SCHEMADIFF_URL`` environment variable, unless ``--pg`` is given); they are dropped
afterwards, also on errors, Ctrl-C and SIGTERM. A killed ``schemadiff`` (SIGKILL) cannot
clean up: it holds a run lease like a pytest run, and the next run of either drops them.

migra's flags work as in migra: ``--unsafe``, ``--schema``, ``--exclude_schema`` /
``--exclude-schema``, ``--with-privileges``, ``--ignore-extension-versions``,
``--create-extensions-only`` and ``--force-utf8`` (UTF-8 on stdout whatever the locale).
``--schema`` and ``--exclude-schema`` may be repeated; in migra the last one won.

Exit codes (migra's, with usage errors moved off 2):

- 0: no differences;
- 1: an error: bad input (unreachable server, failed login, missing database, a file that
  fails to load, a ``--schema`` that names nothing) or a usage error (unknown flag, missing
  argument). argparse exits 2 on usage errors, which a script would read as
  "differences", so ours exit 1;
- 2: differences (output written);
- 3: unsafe statements (by default those that delete data; ``--unsafe-hazards`` names
  the hazards that count, e.g. ``deletes-data,rewrites-table``) and no ``--unsafe``. As
  in migra, no SQL is written; the unsafe statements are listed on stderr with their
  hazards and reasons. ``--format summary`` and ``json`` describe rather than migrate, so
  they are still written, with exit code 3.

SQL output (``--format sql``, on stdout or ``-o/-f FILE``) starts with a comment line that
records A's fingerprint and the comparison options (``deploy/plan_header.py``): ``schemadiff
apply`` refuses the plan on a database whose schema is another one. It is taken of the
catalog already read (``SchemaDiff.a_fingerprint``); no SQL, no line (migra's empty output).

``--format script`` writes a script for a DBA to review and run with psql (header with the
origin fingerprint, ``--lock-timeout`` / ``--statement-timeout``, transactions, each
statement's hazards as comments: ``deploy/script.py``). Subcommands (``schemadiff check URL
TARGET``, ...) are modules of ``deploy/``, listed in ``SUBCOMMANDS``.

``--validate`` proves the SQL before writing it: it runs on a scratch copy of A in one
transaction (``engine/validate.py``) and the result must equal B; otherwise exit 1 with one
line (PostgreSQL's message, DETAIL and HINT) and the statement that failed.

Every error is one line on stderr, ``schemadiff: error: ...``; engine warnings are
``schemadiff: warning: ...`` lines. This module only parses, wires and renders: the work is
done by ``engine``, ``loading`` and ``server``.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib
import io
import os
import re
import signal
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import IO, TYPE_CHECKING, Any, Literal, NoReturn, cast

import psycopg2

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

from .connection import connect, mask_password
from .deploy.options import comparison_of
from .deploy.plan_header import PlanOrigin
from .engine import SchemaDiff, diff_schemas
from .engine.model import Kind
from .engine.plan import UNSAFE_BY_DEFAULT, Action, Hazard, parse_hazards
from .engine.render import (
    describe_hazards,
    render_hazards,
    render_json,
    render_sql,
    render_text,
)
from .errors import ConfigError, PlanValidationError, SchemaDiffError
from .plugin.runs import RUN_PREFIX, RunLease, new_run_id
from .server import DEFAULT_MAJOR, SchemaDiffServer, running_server

__all__ = [
    "EXIT_DIFFERENT",
    "EXIT_ERROR",
    "EXIT_SAME",
    "EXIT_UNSAFE",
    "main",
    "parse_args",
    "run",
]

EXIT_SAME = 0
EXIT_ERROR = 1
EXIT_DIFFERENT = 2
EXIT_UNSAFE = 3
EXIT_INTERRUPTED = 130

PROG = "schemadiff"
EMPTY = "EMPTY"
# Scratch databases are run databases (see plugin/runs.py): schemadiff_run_<id>_cli<pid>_...
SCRATCH_MARK = "_cli"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_POSTGRES_URL = re.compile(r"^postgres(?:ql)?(?:\+[A-Za-z0-9_]+)?://")


class UsageError(Exception):
    """A command line argparse rejected; main() reports it and exits 1."""


class _Exit(Exception):
    """argparse finished on its own (``--help``, ``--version``)."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


# ``schemadiff WORD ...``: a subcommand, when WORD is one of these (a file of that name is
# still ``./WORD``). Each module has ``parse_args(argv, stdout)`` (a ``CommandParser``) and
# ``run(args, stdout, stderr) -> exit code``; errors are reported by main() as for A B.
SUBCOMMANDS: dict[str, str] = {
    # -- deploy subcommands (one line each) --
    "apply": ".deploy.apply",
    "check": ".deploy.check",
    "sync": ".deploy.sync",
    # (end of deploy subcommands)
}


class _Parser(argparse.ArgumentParser):
    """argparse writing to our streams, raising instead of calling ``sys.exit``."""

    def __init__(self, *args: Any, stdout: IO[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._stdout = stdout

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message:
            (self._stdout if file is None or file is sys.stdout else file).write(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            raise UsageError(message.strip())
        raise _Exit(status)

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


# Subcommands' parsers behave as the main one (one line and exit 1 on a usage error).
CommandParser = _Parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pytest-schemadiff")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "unknown"


def build_parser(stdout: IO[str] = sys.stdout) -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        stdout=stdout,
        description=(
            "Print the SQL that turns schema A into schema B. A and B are database URLs, "
            "EMPTY, or paths to .sql files, pg_dump output or directories of .sql files."
        ),
        epilog=(
            "exit codes: 0 no differences, 2 differences, 3 unsafe statements without "
            "--unsafe (listed on stderr, no SQL written), 1 errors, including usage errors"
        ),
    )
    parser.add_argument("dburl_from", metavar="A", help="the schema you have (to migrate)")
    parser.add_argument("dburl_target", metavar="B", help="the schema you want (the target)")
    migra = parser.add_argument_group("migra's options")
    migra.add_argument(
        "--unsafe",
        action="store_true",
        help="write statements that delete data (DROP TABLE, DROP COLUMN, ...) too",
    )
    ours_unsafe = parser.add_argument_group("hazards")
    ours_unsafe.add_argument(
        "--unsafe-hazards",
        metavar="NAMES",
        type=_hazard_names,
        default=UNSAFE_BY_DEFAULT,
        help=(
            "comma-separated hazards that make a statement unsafe (default: deletes-data; "
            f"known: {', '.join(h.option_name for h in Hazard)}, all)"
        ),
    )
    migra.add_argument(
        "--schema",
        action="append",
        metavar="NAME",
        help="compare only this schema (repeatable)",
    )
    migra.add_argument(
        "--exclude_schema",
        "--exclude-schema",
        dest="exclude_schema",
        action="append",
        metavar="NAME",
        help="leave this schema out (repeatable)",
    )
    migra.add_argument(
        "--create-extensions-only",
        action="store_true",
        help='only write "create extension" statements',
    )
    migra.add_argument(
        "--ignore-extension-versions",
        action="store_true",
        help="do not compare extension versions",
    )
    migra.add_argument(
        "--with-privileges",
        action="store_true",
        help="also compare privileges (GRANT / REVOKE); without it they are ignored",
    )
    migra.add_argument(
        "--force-utf8",
        action="store_true",
        help="write UTF-8 to stdout whatever the locale says",
    )
    ours = parser.add_argument_group("schemadiff's options")
    ours.add_argument(
        "--format",
        choices=("sql", "summary", "json", "script"),
        default="sql",
        help="sql (default, migra's output), summary (differences by object), json, or script "
        "(for a DBA: header, timeouts, transactions, each statement's hazards)",
    )
    ours.add_argument(
        "-f",
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        help="write the output to FILE instead of stdout",
    )
    ours.add_argument(
        "--validate",
        action="store_true",
        help=(
            "prove the SQL first: run it on a scratch copy of A in one transaction and "
            "check the result equals B; exit 1 naming the statement that fails"
        ),
    )
    ours.add_argument("--with-owners", action="store_true", help="also compare owners")
    ours.add_argument("--ignore-comments", action="store_true", help="do not compare comments")
    ours.add_argument(
        "--column-order",
        action="store_true",
        help="report tables whose column order differs (ignored by default)",
    )
    ours.add_argument(
        "--show-secrets",
        action="store_true",
        help=(
            "show secret option values (a user mapping's password, ...) in the output and "
            "the SQL; by default they are masked, and the SQL holds a placeholder for them"
        ),
    )
    ours.add_argument(
        "--server",
        metavar="URL",
        help=(
            "PostgreSQL server for the scratch databases that files and EMPTY are loaded "
            "into (default: $SCHEMADIFF_URL, else a private cluster)"
        ),
    )
    ours.add_argument(
        "--pg",
        metavar="MAJOR",
        type=int,
        help=f"PostgreSQL major of the private cluster (default {DEFAULT_MAJOR})",
    )
    ours.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    from .deploy.script import add_script_options

    add_script_options(parser)
    return parser


def _hazard_names(text: str) -> frozenset[Hazard]:
    try:
        return parse_hazards(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def parse_args(argv: Sequence[str], stdout: IO[str] = sys.stdout) -> argparse.Namespace:
    """The parsed command line; raises UsageError (or _Exit for --help / --version)."""
    return build_parser(stdout).parse_args(list(argv))


# -- where A and B come from ------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """One of the two arguments: a database URL, EMPTY, or a path to load."""

    label: Literal["A", "B"]
    text: str
    kind: Literal["url", "empty", "path"]

    @property
    def path(self) -> Path:
        return Path(self.text)


def classify(label: Literal["A", "B"], text: str) -> Source:
    if text == EMPTY:
        return Source(label, text, "empty")
    if _URL.match(text):
        if not _POSTGRES_URL.match(text):
            raise ConfigError(
                f"{label}: {mask_password(text)!r} is not a PostgreSQL URL "
                "(postgresql://... or postgresql+psycopg2://...)"
            )
        return Source(label, text, "url")
    if not Path(text).exists() and "=" in text:
        return Source(label, text, "url")  # a keyword DSN: "host=... dbname=..."
    if not Path(text).exists():
        raise ConfigError(
            f"{label}: {text!r} is neither a database URL, EMPTY, nor an existing file or directory"
        )
    return Source(label, text, "path")


class ScratchDatabases:
    """The server for scratch databases (started on first need) and the databases made on it.

    ``close`` drops every database made here and stops a cluster started here.
    """

    def __init__(self, server_url: str | None, server_source: str, major: int | None) -> None:
        self.server_url = server_url
        self.server_source = server_source
        self.major = major
        self._server: SchemaDiffServer | None = None
        # Stops a cluster started here and releases the run lease.
        self._stack = contextlib.ExitStack()
        self._made: list[str] = []
        self._run_id = new_run_id()
        self.skipped_leftovers: list[str] = []

    @property
    def server(self) -> SchemaDiffServer:
        if self._server is None:
            server = self._stack.enter_context(
                running_server(self.server_url, self.server_source, self.major)
            )
            # Named and leased like a pytest run's databases: if this process is killed,
            # the next run (of the plugin or the command) drops them.
            lease = RunLease(server, self._run_id)
            lease.acquire()
            self.skipped_leftovers = lease.skipped
            self._stack.callback(lease.release)
            self._server = server
        return self._server

    def database_for(self, source: Source) -> str:
        """The URL holding ``source``: as given, or a scratch database filled from it."""
        if source.kind == "url":
            return source.text
        server = self.server
        name = f"{RUN_PREFIX}{self._run_id}{SCRATCH_MARK}{os.getpid()}_{source.label.lower()}"
        # template0: EMPTY means a fresh database, not a copy of whatever template1 holds.
        url = server.create_database(name, template="template0")
        self._made.append(name)
        if source.kind == "path":
            # Here, not at the top: loading brings pglast, a fifth of the command's start,
            # which a diff of two URLs never needs.
            from .loading import ServerOptions, load_path

            # How a user of the command picks another server, for load errors (a missing
            # extension).
            options = ServerOptions(url="--server (or SCHEMADIFF_URL)", major="--pg")
            load_path(source.path, url, bin_dir=server.bin_dir, options=options)
        return url

    def close(self) -> None:
        try:
            if self._server is not None:
                while self._made:
                    self._server.drop_database(self._made.pop())
        finally:
            self._stack.close()


@contextlib.contextmanager
def scratch_databases(
    server_url: str | None, server_source: str, major: int | None
) -> Iterator[ScratchDatabases]:
    scratch = ScratchDatabases(server_url, server_source, major)
    try:
        yield scratch
    finally:
        scratch.close()


def missing_schemas(urls: Sequence[str], names: Sequence[str]) -> list[str]:
    """The names among ``names`` that are a schema in none of ``urls``."""
    found: set[str] = set()
    for url in urls:
        with connect(url) as conn, conn.cursor() as cur:
            cur.execute("SELECT nspname FROM pg_namespace WHERE nspname = ANY(%s)", (list(names),))
            found.update(row[0] for row in cur.fetchall())
    return [n for n in dict.fromkeys(names) if n not in found]


# -- running ----------------------------------------------------------------------------


def _only_extension_creations(result: SchemaDiff) -> SchemaDiff:
    statements = tuple(
        s for s in result.statements if s.key.kind is Kind.EXTENSION and s.action is Action.CREATE
    )
    return dataclasses.replace(result, statements=statements)


def _render(result: SchemaDiff, fmt: str, origin: PlanOrigin | None = None) -> str:
    if fmt == "json":
        return render_json(result.differences, result.statements, result.warnings) + "\n"
    if fmt == "summary":
        hazards = render_hazards(result.statements)
        return render_text(result.differences) + (f"hazards:\n{hazards}" if hazards else "")
    sql = render_sql(result.statements)
    # A plan names the schema it starts from, so `schemadiff apply` can refuse another one;
    # no SQL stays no output, as in migra.
    return f"{origin.line()}\n\n{sql}" if sql and origin is not None else sql


def plan_origin(result: SchemaDiff, args: argparse.Namespace) -> PlanOrigin | None:
    """Where a plan from ``result`` starts: A's fingerprint and the options it is taken
    under (those ``schemadiff apply`` inspects the database with to check it)."""
    if result.a_fingerprint is None:
        return None
    comparison = comparison_of(args)
    return PlanOrigin(
        result.a_fingerprint,
        schemas=comparison.schemas,
        exclude_schemas=comparison.exclude_schemas,
        options=comparison.options,
    )


def _script(result: SchemaDiff, args: argparse.Namespace) -> str:
    """``--format script``: the statements as a script for a DBA (``deploy/script.py``)."""
    from datetime import datetime, timezone

    from .deploy import script

    origin = plan_origin(result, args)
    if origin is None:
        raise SchemaDiffError("a script needs A's catalog: the comparison did not keep it")
    header = script.ScriptHeader(
        source=mask_password(args.dburl_from),
        target=mask_password(args.dburl_target),
        origin=origin,
        version=_version(),
        generated_at=datetime.now(timezone.utc),
    )
    return script.render_script(
        result.statements,
        header,
        lock_timeout=args.lock_timeout or script.DEFAULT_LOCK_TIMEOUT,
        statement_timeout=args.statement_timeout or script.DEFAULT_STATEMENT_TIMEOUT,
    )


def _write_output(text: str, output: Path | None, stdout: IO[str]) -> None:
    if output is None:
        try:
            stdout.write(text)
        except UnicodeEncodeError as exc:
            raise ConfigError(
                f"stdout's encoding ({exc.encoding}) cannot write the output: use --force-utf8 "
                "or --output FILE"
            ) from None
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise ConfigError(f"cannot write to standard output: {exc.strerror}") from None
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"--output: cannot write {output}: {exc.strerror}") from None


def server_choice(args: argparse.Namespace) -> tuple[str | None, str, int | None]:
    """(server URL, where it came from, major) for ``scratch_databases`` from ``--server``
    and ``--pg`` (this command's and the subcommands'): ``$SCHEMADIFF_URL`` stands in for
    ``--server``, unless ``--pg`` asks for the private cluster."""
    if args.pg is not None and args.server is not None:
        raise UsageError("--pg chooses the private cluster; it cannot be combined with --server")
    if args.server is None and args.pg is None and os.environ.get("SCHEMADIFF_URL"):
        return os.environ["SCHEMADIFF_URL"], "$SCHEMADIFF_URL", None
    return args.server, "--server", args.pg


def run(args: argparse.Namespace, stdout: IO[str], stderr: IO[str]) -> int:
    """Compare ``args.dburl_from`` with ``args.dburl_target``; return the exit code.

    Raises SchemaDiffError for bad input (main() turns it into one line).
    """
    server = server_choice(args)
    for flag, value in (
        ("--lock-timeout", args.lock_timeout),
        ("--statement-timeout", args.statement_timeout),
    ):
        if value is not None and args.format != "script":
            raise UsageError(f"{flag} applies to --format script only")
    sources = (classify("A", args.dburl_from), classify("B", args.dburl_target))
    with scratch_databases(*server) as scratch:
        urls = [scratch.database_for(s) for s in sources]
        if args.schema:
            missing = missing_schemas(urls, args.schema)
            if missing:
                names = ", ".join(repr(n) for n in missing)
                raise ConfigError(
                    f"--schema {names}: no such schema in A or in B (nothing to compare)"
                )
        result = diff_schemas(
            urls[0],
            urls[1],
            schemas=args.schema,
            exclude_schemas=args.exclude_schema,
            ignore_privileges=not args.with_privileges,
            ignore_owners=not args.with_owners,
            ignore_comments=args.ignore_comments,
            ignore_extension_versions=args.ignore_extension_versions,
            column_order=args.column_order,
            show_secrets=args.show_secrets,
            validate=args.validate,
        )
        for line in scratch.skipped_leftovers:
            stderr.write(f"{PROG}: warning: {line}\n")
    if args.create_extensions_only:
        result = _only_extension_creations(result)
        differs = bool(result.statements)
    else:
        differs = not result.is_empty
    if args.force_utf8 and args.output is None:
        reconfigure = getattr(stdout, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    for warning in (*result.warnings, *result.unmatched):
        stderr.write(f"{PROG}: warning: {warning}\n")
    unsafe = result.unsafe_under(args.unsafe_hazards)
    if unsafe and not args.unsafe:
        what = (
            "they delete data"
            if args.unsafe_hazards == UNSAFE_BY_DEFAULT
            else "hazards: " + ", ".join(sorted(h.option_name for h in args.unsafe_hazards))
        )
        stderr.write(
            f"{PROG}: error: {len(unsafe)} unsafe statement{'s' if len(unsafe) != 1 else ''} "
            f"({what}) generated; review them, then use --unsafe to write them:\n"
        )
        for statement in unsafe:
            stderr.write(f"  {statement.sql};  -- {describe_hazards(statement)}\n")
        if args.format not in ("sql", "script"):
            _write_output(_render(result, args.format), args.output, stdout)
        return EXIT_UNSAFE
    if args.format == "script":
        text = _script(result, args)
    else:
        origin = plan_origin(result, args) if args.format == "sql" else None
        text = _render(result, args.format, origin)
    _write_output(text, args.output, stdout)
    return EXIT_DIFFERENT if differs else EXIT_SAME


def _one_line(text: str) -> str:
    lines = [line.strip() for line in str(text).strip().splitlines() if line.strip()]
    return mask_password(" ".join(lines)) if lines else "unknown error"


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


class _ClosedStdout(io.TextIOBase):
    """Stands for a closed standard output (``schemadiff A B >&-``: Python's sys.stdout is
    None): writing the result there is an error the user can act on, not a traceback."""

    def write(self, text: str) -> int:
        if not text:
            return 0
        raise ConfigError("standard output is closed: write the result with --output FILE")


def main(
    argv: Sequence[str] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Entry point of the ``schemadiff`` console script; returns the exit code."""
    out: IO[str] = stdout or sys.stdout or cast(IO[str], _ClosedStdout())
    # With standard error closed too there is nobody to tell: only the exit code speaks.
    err: IO[str] = stderr or sys.stderr or io.StringIO()
    as_command = argv is None
    if as_command:
        # A terminated run cleans up its scratch databases like an interrupted one.
        signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        words = list(sys.argv[1:] if argv is None else argv)
        subcommand = SUBCOMMANDS.get(words[0]) if words else None
        if subcommand is not None:
            module = importlib.import_module(subcommand, __package__)
            code = int(module.run(module.parse_args(words[1:], out), out, err))
        else:
            code = run(parse_args(words, out), out, err)
        if as_command:
            out.flush()  # here, so that a closed pipe is caught below
        return code
    except _Exit as done:
        return done.status
    except UsageError as exc:
        err.write(f"{PROG}: error: {_one_line(str(exc))}\n")
        err.write(f"usage: {PROG} [options] A B (try '{PROG} --help')\n")
        return EXIT_ERROR
    except PlanValidationError as exc:
        # One line, then the statement that failed as it was generated (it may span lines).
        err.write(f"{PROG}: error: {_one_line(str(exc))}\n")
        if exc.statement is not None:
            err.write(f"{mask_password(exc.statement.rstrip())};\n")
        return EXIT_ERROR
    except SchemaDiffError as exc:
        err.write(f"{PROG}: error: {_one_line(str(exc))}\n")
        return EXIT_ERROR
    except psycopg2.Error as exc:
        # A server error the lower layers did not wrap (e.g. a connection dropped mid-run).
        err.write(f"{PROG}: error: PostgreSQL: {_one_line(str(exc))}\n")
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (``schemadiff A B | head``): nothing left to tell anyone.
        if as_command:
            # Python flushes stdout again at exit; point it at /dev/null so that stays quiet.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except OSError as exc:
        # Standard output failed at the last flush (``> /dev/full``: the disk is full).
        err.write(f"{PROG}: error: cannot write to standard output: {exc.strerror}\n")
        if as_command:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.write(f"{PROG}: interrupted\n")
        return EXIT_INTERRUPTED
