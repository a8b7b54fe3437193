"""SQL files and dumps into a database, through PostgreSQL's own client tools.

A driver's ``execute(file.read())`` cannot load what ``pg_dump`` writes today (``\\restrict``
lines, ``COPY ... FROM stdin`` data) nor a custom-format archive, so plain SQL goes through
``psql`` and archives through ``pg_restore``, both taken from ``bin_dir`` so they match the
server.

Decisions, and why:

- Statement by statement unless asked (``single_transaction``: the plugin's default for
  ``pending.sql``, as deploy tools run migrations). The target is a scratch database that is
  thrown away when a load fails, so for dumps and targets atomicity buys nothing, while
  ``CREATE INDEX CONCURRENTLY`` and ``VACUUM`` refuse to run in a transaction block. A failed
  load stops at its first error (``ON_ERROR_STOP`` / ``--exit-on-error``), which is the one
  we report.
- Roles a file mentions but the server lacks are created as ``NOLOGIN`` roles before
  loading, rather than restoring with ``--no-owner --no-privileges``. Production dumps say
  ``OWNER TO app_user`` and ``GRANT ... TO app_user``; a migration usually grants to the same
  roles. Stripping owners and grants would make the pre-migration database differ from
  production exactly where a migration's privilege changes live, and the migration's own
  GRANTs would still fail. Roles are cluster-wide, so this is the one side effect a load has
  outside its database; NOLOGIN roles cannot be used to log in.
- Passwords travel in ``PGPASSWORD``, never on a command line, and every message is masked.
- An input changes only its own database. Before anything runs, every file (and every file
  it includes with ``\\i``/``\\ir``) is lexed by ``psql_script``: psql meta-commands other
  than pg_dump's are refused, and ``statement_rules`` refuses statements that reach the server
  or other databases; both with ``file:line``. Around the load, ``server_state`` reverts and
  reports what dynamic SQL changed in the shared catalogs anyway.
- ``single_transaction`` (the plugin's default for ``pending.sql``) runs a file in one
  transaction; a statement that cannot run in one fails with a line naming the option.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import psycopg2
import psycopg2.errors
import psycopg2.extensions
from psycopg2 import sql

from . import server_guard, statement_rules
from .connection import libpq_url, mask_password, open_connection
from .errors import LoadError, MissingExtensionError, SchemaDiffError
from .impact import probe, record
from .impact.build import MeasuredStatement, build_impact
from .impact.policy import Timeouts
from .impact.rows import row_counter
from .impact.script import GuardSetup, keeps_its_locks, probed_script
from .psql_script import Script, render, scan, scan_text

__all__ = ["Format", "detect_format", "files_read", "load_path"]

Format = Literal["sql", "custom", "directory", "tar", "sql-directory"]


@dataclass(frozen=True)
class ServerOptions:
    """How the caller's user picks another server, for the hints of load errors."""

    url: str = "--schemadiff-url (or SCHEMADIFF_URL)"
    major: str = "--schemadiff-pg"
    transaction: str = "--schemadiff-transaction none (ini schemadiff_transaction = none)"


PLUGIN_OPTIONS = ServerOptions()


def detect_format(path: Path) -> Format:
    """What kind of input ``path`` is: plain SQL, a ``pg_dump`` archive, or SQL files.

    Raises LoadError for a missing path, an empty file, a compressed plain dump and a
    directory that holds neither a ``pg_dump`` archive nor ``.sql`` files.
    """
    path = Path(path)
    if path.is_dir():
        if (path / "toc.dat").is_file():
            return "directory"
        if _sql_files(path):
            return "sql-directory"
        raise LoadError(f"{path}: directory holds no .sql files and no pg_dump archive")
    if not path.exists():
        raise LoadError(f"{path}: no such file or directory")
    with path.open("rb") as f:
        head = f.read(512)
    if not head.strip():
        raise LoadError(f"{path}: file is empty")
    if head.startswith(b"PGDMP"):
        return "custom"
    # pg_dump -Ft writes a ustar archive whose first member is toc.dat.
    if head[257:262] == b"ustar" and head.startswith(b"toc.dat\0"):
        return "tar"
    if head.startswith(b"\x1f\x8b"):
        raise LoadError(f"{path}: file is gzip-compressed; decompress it, or dump with -Fc")
    if b"\0" in head:
        raise LoadError(f"{path}: binary data, neither SQL nor a pg_dump archive")
    return "sql"


def files_read(path: Path) -> list[Path]:
    """Every file loading ``path`` reads: the file itself (or a directory's ``.sql`` files,
    or an archive's files) and, for SQL, each file pulled in by ``\\i`` / ``\\ir``,
    recursively. For a template cache key: never raises for bad content (the load does)."""
    path = Path(path)
    try:
        fmt = detect_format(path)
    except LoadError:
        return [path]
    if fmt == "directory" or fmt in ("custom", "tar"):
        return sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    files = _sql_files(path) if fmt == "sql-directory" else [path]
    read: list[Path] = []
    for file in files:
        read += [f for f in scan(file).files if f not in read]
    return read


def load_path(
    path: Path,
    url: str,
    *,
    bin_dir: Path,
    options: ServerOptions = PLUGIN_OPTIONS,
    single_transaction: bool = False,
    measure: bool = False,
    timeouts: Timeouts | None = None,
) -> None:
    """Load a SQL file, a ``pg_dump`` output (plain, custom, directory or tar format) or a
    directory of ``.sql`` files (applied in name order, one session each) into ``url``.

    Refused before anything runs, with ``file:line``: psql meta-commands other than
    pg_dump's (``\\i``/``\\ir`` are followed and checked the same way), and statements
    that change the server or other databases. What code the input runs changes in the
    shared catalogs anyway fails the load and is rolled back (``server_guard``). Roles the
    input mentions that the server lacks are created first (NOLOGIN). ``single_transaction``
    runs each file in one transaction.

    Raises LoadError with one line: ``<file>:<line>: <PostgreSQL's message>``, where the line
    is psql's: the one on which the failing statement ends. For an archive the location is
    its TOC entry instead. A missing extension's error says how to pick another server
    with ``options`` (the plugin's by default).

    ``measure`` (plain SQL only: the plugin's ``pending.sql``) measures what each statement
    does (see ``impact``) and hands the measurement to the template build in progress
    (``impact.record``); there ``timeouts`` (``lock_timeout``, ``statement_timeout``) apply
    to each statement but those whose ``-- schemadiff: allow`` comment lifts them.
    """
    path = Path(path)
    fmt = detect_format(path)
    files = _sql_files(path) if fmt == "sql-directory" else [path]
    conninfo, env = _conninfo_and_env(url)
    scripts = [_checked_script(file, fmt, bin_dir, env) for file in files]
    roles = _roles_in(scripts)
    _create_missing_roles(path, url, roles)
    measuring = measure and fmt in ("sql", "sql-directory")
    probed: list[MeasuredStatement] | None = [] if measuring else None
    steps: list[dict[str, Any]] = []
    # The tables to count again after the migration (None: all): see ``_count_again``.
    touched: set[int] | None = set()
    with contextlib.ExitStack() as stack:
        # Both counts in one session of their own, idle while psql runs; the rows before
        # are known already when the database is a fresh copy of a template that kept them.
        count = stack.enter_context(row_counter(url)) if measuring else None
        before = None
        if count is not None:
            before = record.known_before(url) or count()
        for file, script in zip(files, scripts, strict=True):
            if fmt in ("sql", "sql-directory"):
                out = _run_psql(
                    file,
                    script,
                    url,
                    conninfo,
                    env,
                    bin_dir,
                    options,
                    single_transaction,
                    probed,
                    timeouts if measuring else None,
                )
                if probed is not None:
                    steps += probe.parse_output(out)
                    touched = _count_again(touched, out, script, single_transaction)
            else:
                _run_pg_restore(file, url, conninfo, env, bin_dir, options, single_transaction)
        if probed is not None and count is not None and before is not None:
            after = count(only=touched, known=before)
            record.deposit(build_impact(probed, steps, before, after), after)


def _count_again(
    touched: set[int] | None, out: str, script: Script, single_transaction: bool
) -> set[int] | None:
    """``touched`` and the tables whose rows the file's run may have changed, or None when
    every table must be counted again.

    In one transaction the probe's epilogue tells them (``probe._MAY_HAVE_CHANGED``: locked,
    and inserted into, deleted from, truncated or rewritten): a table not among them has the
    rows it had. Not so when the file ends or rolls back transactions itself, runs statement
    by statement, or names ``track_counts`` (the statistics the epilogue reads could be off
    for a part of it).
    """
    if touched is None or not single_transaction or not keeps_its_locks(script):
        return None
    if any("track_counts" in statement.text.lower() for statement in script.statements):
        return None
    changed = probe.parse_touched(out)
    return None if changed is None else touched | changed


@dataclass(frozen=True)
class _GuardContext:
    """What ``server_guard``'s check needs to know about the server before a load."""

    role_oids: list[int]
    can_read_authid: bool
    runs_code: bool  # the database already holds functions (from a dump, an extension)
    event_triggers: bool


def _guard_context(url: str) -> _GuardContext | None:
    """None when we cannot connect: then psql cannot either, and says so itself."""
    try:
        conn = open_connection(url, autocommit=True)
    except SchemaDiffError:
        return None
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT array(SELECT oid::int FROM pg_catalog.pg_roles), "
                "has_table_privilege('pg_catalog.pg_authid', 'SELECT'), "
                "EXISTS (SELECT FROM pg_catalog.pg_proc WHERE pronamespace NOT IN "
                "('pg_catalog'::regnamespace, 'information_schema'::regnamespace)), "
                "EXISTS (SELECT FROM pg_catalog.pg_event_trigger)"
            )
            row = cur.fetchone()
    finally:
        conn.close()
    assert row is not None
    return _GuardContext(list(row[0]), bool(row[1]), bool(row[2] or row[3]), bool(row[3]))


def _checked_script(file: Path, fmt: Format, bin_dir: Path, env: dict[str, str]) -> Script:
    """``file`` lexed, its includes followed; LoadError for the first thing refused."""
    if fmt in ("sql", "sql-directory"):
        script = scan(file)
    else:
        # An archive runs through pg_restore, not psql, but its SQL is checked the same way.
        schema = Path(f"{file} (schema)")
        script = Script(files=[file])
        lexed = scan_text(schema, _archive_schema(file, bin_dir, env))
        script.statements, script.refusal = lexed.statements, lexed.refusal
    if script.refusal is not None:
        raise LoadError(mask_password(script.refusal))
    refused = statement_rules.check(script.statements)
    if refused is not None:
        raise LoadError(mask_password(refused))
    return script


def _sql_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix == ".sql" and p.is_file())


def _conninfo_and_env(url: str) -> tuple[str, dict[str, str]]:
    """A password-free conninfo for ``-d`` and the environment carrying the password."""
    try:
        params = psycopg2.extensions.parse_dsn(libpq_url(url))
    except psycopg2.ProgrammingError as exc:
        raise LoadError(mask_password(f"invalid database URL {url!r}: {exc}")) from None
    env = dict(os.environ)
    password = params.pop("password", None)
    if password is not None:
        env["PGPASSWORD"] = password
    # We parse the tools' messages, so keep them untranslated; the character type stays.
    env.pop("LANGUAGE", None)
    if "LC_ALL" in env:
        env["LC_CTYPE"] = env.pop("LC_ALL")  # it was overriding LC_CTYPE anyway
    env["LC_MESSAGES"] = "C"
    # psql_script lexes the way psql does with standard_conforming_strings on.
    pgoptions = env.get("PGOPTIONS", "")
    env["PGOPTIONS"] = f"{pgoptions} -c standard_conforming_strings=on".strip()
    return psycopg2.extensions.make_dsn(**params), env


def _tool(bin_dir: Path, name: str) -> str:
    tool = Path(bin_dir) / name
    if not tool.is_file():
        raise LoadError(f"no {name} in {bin_dir}: the loader needs PostgreSQL's client tools")
    return str(tool)


def _run_psql(
    file: Path,
    script: Script,
    url: str,
    conninfo: str,
    env: dict[str, str],
    bin_dir: Path,
    options: ServerOptions,
    single_transaction: bool,
    probed: list[MeasuredStatement] | None = None,
    timeouts: Timeouts | None = None,
) -> str:
    """Run ``script`` with psql; with ``probed``, measure its statements (appended to it).
    Returns psql's standard output (the probe's figures)."""
    argv = [_tool(bin_dir, "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", conninfo]
    if single_transaction:
        argv.append("--single-transaction")
    flat, origins = _guarded_script(script, url, single_transaction, probed, timeouts)
    # On standard input, not in a temporary file: a template's record of what its build read
    # (reads.py) must name the input files, not a file that is gone after the load.
    result = subprocess.run(
        [*argv, "-f", "-"], input=flat, env=env, capture_output=True, check=False
    )
    if result.returncode != 0:
        stderr = result.stderr.decode(errors="replace")
        failure = _psql_failure(file, stderr, options, _PSQL_STDIN, origins)
        failure = _with_hints(failure, url, file, options, single_transaction)
        hint = timeouts.hint(failure.message) if timeouts is not None else None
        raise (failure.reworded(f"{failure.message} ({hint})") if hint else failure).error()
    return result.stdout.decode(errors="replace")


# What psql calls the script it reads from standard input, in its messages.
_PSQL_STDIN = "<stdin>"


def _guarded_script(
    script: Script,
    url: str,
    single_transaction: bool,
    probed: list[MeasuredStatement] | None = None,
    timeouts: Timeouts | None = None,
) -> tuple[bytes, list[tuple[Path, int]]]:
    """The script psql runs: the input with ``server_guard``'s check where code can run,
    and with ``probed`` the measuring probe around each statement."""
    context = _guard_context(url)
    if probed is not None:
        guard = None
        if context is not None:
            roles = server_guard.prologue_sql(
                context.role_oids, can_read_authid=context.can_read_authid
            )
            guard = GuardSetup(roles, context.runs_code, context.event_triggers)
        return probed_script(script, single_transaction, guard, probed, timeouts)
    if context is None:
        return render(script, lambda _text: None, epilogue=server_guard.NO_LOGIN_TRIGGER)
    state = server_guard.TransactionState(
        inside=single_transaction,
        runs_code=context.runs_code,
        event_triggers=context.event_triggers,
    )
    check = server_guard.CHECK

    def wrap(text: str) -> tuple[str, str] | None:
        around = state.wrap(text)
        return None if around is None else (around[0], f" {check}{around[1]}")

    return render(
        script,
        wrap,
        prologue=server_guard.prologue_sql(
            context.role_oids, can_read_authid=context.can_read_authid
        ),
        epilogue=(f"{check} " if single_transaction else "") + server_guard.NO_LOGIN_TRIGGER,
    )


def _run_pg_restore(
    archive: Path,
    url: str,
    conninfo: str,
    env: dict[str, str],
    bin_dir: Path,
    options: ServerOptions,
    single_transaction: bool,
) -> None:
    # --verbose is what makes pg_restore name the TOC entry that failed.
    argv = [_tool(bin_dir, "pg_restore"), "--exit-on-error", "--verbose", "-d", conninfo]
    if single_transaction:
        argv.append("--single-transaction")
    result = subprocess.run(
        [*argv, str(archive)],
        env=_foreign_tables_closed(url, env),
        capture_output=True,
        text=True,
        errors="replace",
    )
    if result.returncode != 0:
        failure = _pg_restore_failure(archive, result.stderr, options)
        raise _with_hints(failure, url, archive, options, single_transaction).error()


def _foreign_tables_closed(url: str, env: dict[str, str]) -> dict[str, str]:
    """pg_restore's environment with foreign tables closed for its session, as psql's
    prologue closes them (``server_guard``): an archive's ``REFRESH MATERIALIZED VIEW`` or
    data over a foreign table would otherwise run its wrapper. Only where the server has the
    setting (14.13, 15.8, 16.4, 17 and later): an unknown one in PGOPTIONS fails the login."""
    setting = statement_rules.FOREIGN_TABLES_SETTING
    conn = open_connection(url, autocommit=True)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_catalog.pg_settings WHERE name = %s", (setting,))
            known = cur.fetchone() is not None
    finally:
        conn.close()
    if not known:
        return env
    options = f"{env.get('PGOPTIONS', '')} -c {setting}=foreign-table".strip()
    return {**env, "PGOPTIONS": options}


_NOT_IN_TRANSACTION = re.compile(
    r"cannot (?:run|be executed) inside a transaction block|unsafe use of new value"
)
_DISK_FULL = re.compile(r'"([^"]+)": No space left on device')


def _with_hints(
    failure: _Failure, url: str, file: Path, options: ServerOptions, single_transaction: bool
) -> _Failure:
    """Our own wording for two failures a user can act on: a statement that cannot run in
    the one transaction, and a full disk (which path, and how much room there is)."""
    message = failure.message
    if single_transaction and _NOT_IN_TRANSACTION.search(message):
        return failure.reworded(
            f"{message} (the file runs in one transaction; {options.transaction} runs it "
            "statement by statement)"
        )
    full = _DISK_FULL.search(message)
    if full:
        end = message.rfind(": could not", 0, full.start())
        where = message[:end] if end > 0 else str(file)
        return failure.reworded(f"{where}: {_disk_full(url, full.group(1), file)}")
    return failure


def _disk_full(url: str, relative: str, file: Path) -> str:
    """Which filesystem is full, as a path on the server, and the room it has."""
    path = Path(relative)
    if not path.is_absolute():
        try:
            with open_connection(url, autocommit=True) as conn, conn.cursor() as cur:
                cur.execute("SELECT current_setting('data_directory')")
                row = cur.fetchone()
            path = Path(str(row[0])) / relative if row else path
        except (psycopg2.Error, SchemaDiffError, OSError):
            pass  # the path relative to the data directory still says which one
    size = file.stat().st_size if file.is_file() else 0
    room = ""
    directory = path.parent
    if directory.is_dir():
        # Through pg_tblspc's links to where the files really are.
        directory = directory.resolve()
        path = directory / path.name
        free = shutil.disk_usage(directory).free
        room = f" ({free // 2**20} MB free there"
        room += f", the input is {size // 2**20} MB)" if size else ")"
    return (
        f"the server's disk is full: no space left on the filesystem holding {path}{room}; "
        "free space there or use a server with more room"
    )


def _psql_failure(
    file: Path,
    stderr: str,
    options: ServerOptions,
    script_name: str | None = None,
    origins: list[tuple[Path, int]] | None = None,
) -> _Failure:
    """One line from psql's ``psql:FILE:LINE: ERROR:  message`` (plus DETAIL/HINT lines);
    FILE:LINE of the script psql ran is mapped back to the input file and line."""
    lines = stderr.splitlines()
    located = re.compile(r"^psql:(.+?):(\d+): (?:ERROR|FATAL|PANIC|error):\s+(.*)")
    for i, line in enumerate(lines):
        match = located.match(line)
        if match:
            named, number = match.group(1), int(match.group(2))
            where = f"{named}:{number}"
            if origins and named == script_name and 0 < number <= len(origins):
                origin_file, origin_line = origins[number - 1]
                where = f"{origin_file}:{origin_line}"
            elif named == script_name:
                where = str(file)
            return _describe(where, match.group(3), lines[i + 1 :], options)
    # No location: psql could not connect or start.
    first = next((line for line in lines if line.strip()), "psql failed without a message")
    return _Failure(f"{file}: {first.removeprefix('psql: ').removeprefix('error: ')}")


_TOC_ENTRY = re.compile(r"^pg_restore: from TOC entry (\d+); \d+ \d+ (.*?)\s*$")
_RESTORE_ERROR = re.compile(r"^pg_restore: error: (?:could not execute query: )?(?:ERROR:\s+)?(.*)")


def _pg_restore_failure(archive: Path, stderr: str, options: ServerOptions) -> _Failure:
    """One line naming the archive, the TOC entry that failed and PostgreSQL's message."""
    lines = stderr.splitlines()
    where = str(archive)
    for i, line in enumerate(lines):
        entry = _TOC_ENTRY.match(line)
        if entry:
            where = f"{archive}: TOC entry {entry.group(1)} ({entry.group(2)})"
        error = _RESTORE_ERROR.match(line)
        if error:
            return _describe(where, error.group(1), lines[i + 1 :], options)
    first = next((ln for ln in lines if ln.strip() and "pg_restore: " in ln), "pg_restore failed")
    return _Failure(f"{archive}: {first.removeprefix('pg_restore: ')}")


_MISSING_EXTENSION = re.compile(
    r'extension "([^"]+)" is not available|could not open extension control file "[^"]*?'
    r'([^/"]+)\.control"'
)


@dataclass(frozen=True)
class _Failure:
    """A failed load as described: its one line (passwords masked) and whose fault it is,
    as the error type to raise (a missing extension is the server's, not the file's)."""

    message: str
    kind: type[LoadError] = LoadError

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", mask_password(self.message))

    def reworded(self, message: str) -> _Failure:
        """The same failure said another way: its kind stays."""
        return _Failure(message, self.kind)

    def error(self) -> LoadError:
        return self.kind(self.message)


def _describe(where: str, message: str, following: list[str], options: ServerOptions) -> _Failure:
    """``where: message``, with our own wording for failures a user can act on."""
    if message.startswith(server_guard.GUARD_MARK):
        return _Failure(
            f"{where}: changed the server beyond its own database (rolled back): "
            f"{message.removeprefix(server_guard.GUARD_MARK)}"
        )
    extension = _MISSING_EXTENSION.search(" ".join([message, *following[:2]]))
    if extension:
        name = extension.group(1) or extension.group(2)
        return _Failure(
            f"{where}: extension {name!r} is not available on this server; point "
            f"{options.url} at a server that has it, or choose another major with "
            f"{options.major}",
            MissingExtensionError,
        )
    if message.startswith("unrecognized configuration parameter"):
        return _Failure(
            f"{where}: {message} (the file was written for a newer PostgreSQL than the "
            f"server; choose another major with {options.major})"
        )
    return _Failure(f"{where}: {message}{_diagnostics(following)}")


_DIAGNOSTIC = re.compile(r"^(DETAIL|HINT):\s+(.*?)\s*$")


def _diagnostics(following: list[str]) -> str:
    """`` (DETAIL: ...; HINT: ...)`` from the lines psql or pg_restore print after the error
    (up to the tool's next message): a data-dependent failure is unreadable without them
    (``could not create unique index`` needs ``Key (order_id)=(1) is duplicated``)."""
    parts = []
    for line in following:
        if line.startswith(("psql:", "pg_restore:")):
            break
        found = _DIAGNOSTIC.match(line)
        if found:
            parts.append(f"{found.group(1)}: {found.group(2)}")
    return f" ({'; '.join(parts)})" if parts else ""


# Where pg_dump output (and hand-written SQL) names roles. Only statement starts count, so a
# role-like word inside a function body or a COPY row does not create a role.
_IDENT = r'(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)'
_IDENT_LIST = rf"((?:GROUP\s+)?{_IDENT}(?:\s*,\s*(?:GROUP\s+)?{_IDENT})*)"
_DEFAULT_PRIVILEGES = r"(?:ALTER\s+DEFAULT\s+PRIVILEGES\s+.*?)?"
_ROLE_CLAUSES = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"^\s*ALTER\b.*\bOWNER\s+TO\s+{_IDENT_LIST}",
        rf"^\s*{_DEFAULT_PRIVILEGES}GRANT\b.*\bTO\s+{_IDENT_LIST}",
        rf"^\s*{_DEFAULT_PRIVILEGES}REVOKE\b.*\bFROM\s+{_IDENT_LIST}",
        rf"^\s*ALTER\s+DEFAULT\s+PRIVILEGES\s+FOR\s+(?:ROLE|USER)\s+{_IDENT_LIST}",
        rf"^\s*(?:GRANT|REVOKE)\b.*\bGRANTED\s+BY\s+{_IDENT_LIST}",
        rf"^\s*CREATE\s+POLICY\b.*?\bTO\s+{_IDENT_LIST}",
        rf"^\s*CREATE\s+SCHEMA\b.*\bAUTHORIZATION\s+{_IDENT_LIST}",
        rf"^\s*SET\s+(?:SESSION\s+AUTHORIZATION|ROLE)\s+{_IDENT_LIST}",
    )
]
_NOT_ROLES = {"public", "current_user", "session_user", "current_role", "none", "default"}
_COPY_START = re.compile(r"^COPY\b.*\bFROM\s+stdin;\s*$", re.IGNORECASE)


_CREATE_ROLE = re.compile(rf"^\s*CREATE\s+(?:ROLE|USER|GROUP)\s+({_IDENT})", re.IGNORECASE)


def _roles_in(scripts: list[Script]) -> set[str]:
    """Roles named by the statements of already lexed scripts (includes followed), less
    those the input creates itself."""
    roles: set[str] = set()
    created: set[str] = set()
    for script in scripts:
        for statement in script.statements:
            creates = _CREATE_ROLE.match(statement.text)
            if creates:
                created.update(_role_names(creates.group(1)))
            for line in statement.text.splitlines():
                roles.update(_roles_on_line(line))
    return roles - created


def _roles_on_line(line: str) -> Iterator[str]:
    for clause in _ROLE_CLAUSES:
        match = clause.search(line)
        if match:
            yield from _role_names(match.group(1))


def _mentioned_roles(
    files: list[Path], fmt: Format, bin_dir: Path, env: dict[str, str]
) -> set[str]:
    roles: set[str] = set()
    for file in files:
        for line in _schema_lines(file, fmt, bin_dir, env):
            roles.update(_roles_on_line(line))
    return roles


def _schema_lines(file: Path, fmt: Format, bin_dir: Path, env: dict[str, str]) -> Iterator[str]:
    """The statement lines of ``file`` as SQL text, COPY data skipped."""
    if fmt in ("sql", "sql-directory"):
        with file.open(encoding="utf-8", errors="replace") as f:
            for _number, line in _outside_copy(enumerate(f, 1)):
                yield line
        return
    yield from _archive_schema(file, bin_dir, env).splitlines()


def _archive_schema(file: Path, bin_dir: Path, env: dict[str, str]) -> str:
    """An archive's schema as SQL text, without its data: fast even for large dumps."""
    result = subprocess.run(
        [_tool(bin_dir, "pg_restore"), "--schema-only", "-f", "-", str(file)],
        env=env,
        capture_output=True,
        text=True,
        errors="replace",
    )
    if result.returncode != 0:
        raise _pg_restore_failure(file, result.stderr, PLUGIN_OPTIONS).error()
    return result.stdout


def _outside_copy(lines: Iterable[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    in_copy = False
    for number, line in lines:
        if in_copy:
            in_copy = line.rstrip("\r\n") != "\\."
        elif _COPY_START.match(line):
            in_copy = True
        else:
            yield number, line


def _role_names(ident_list: str) -> Iterator[str]:
    for raw in re.findall(rf"(?:GROUP\s+)?({_IDENT})", ident_list, re.IGNORECASE):
        name = raw[1:-1].replace('""', '"') if raw.startswith('"') else raw.lower()
        # Unquoted keywords are not roles; pg_* names are reserved and cannot be created.
        if (raw.startswith('"') or name not in _NOT_ROLES) and not name.startswith("pg_"):
            yield name


def _create_missing_roles(path: Path, url: str, roles: set[str]) -> None:
    if not roles:
        return
    conn = open_connection(url, autocommit=True)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", (sorted(roles),))
            missing = sorted(roles - {row[0] for row in cur.fetchall()})
            for role in missing:
                try:
                    cur.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
                except (psycopg2.errors.DuplicateObject, psycopg2.errors.UniqueViolation):
                    pass  # another worker created it between our check and now
                except psycopg2.Error as exc:
                    raise LoadError(
                        f"{path}: needs roles the server lacks ({', '.join(missing)}) and "
                        f"creating them failed ({exc.diag.message_primary or exc}); create "
                        "them, or connect as a role that may"
                    ) from None
    finally:
        conn.close()
