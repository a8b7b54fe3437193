"""SQL files and dumps into a database, through PostgreSQL's own client tools.

A driver's ``execute(file.read())`` cannot load what ``pg_dump`` writes today (``\\restrict``
lines, ``COPY ... FROM stdin`` data) nor a custom-format archive, so plain SQL goes through
``psql`` and archives through ``pg_restore``, both taken from ``bin_dir`` so they match the
server.

Decisions, and why:

- No single transaction. The target is a scratch database that is thrown away when a load
  fails, so atomicity buys nothing, while migrations legitimately contain statements that
  refuse to run in a transaction block (``CREATE INDEX CONCURRENTLY``, ``VACUUM``). A failed
  load still stops at its first error (``ON_ERROR_STOP`` / ``--exit-on-error``), which is
  the one we report.
- Roles a file mentions but the server lacks are created as ``NOLOGIN`` roles before
  loading, rather than restoring with ``--no-owner --no-privileges``. Production dumps say
  ``OWNER TO app_user`` and ``GRANT ... TO app_user``; a migration usually grants to the same
  roles. Stripping owners and grants would make the pre-migration database differ from
  production exactly where a migration's privilege changes live, and the migration's own
  GRANTs would still fail. Roles are cluster-wide, so this is the one side effect a load has
  outside its database; NOLOGIN roles cannot be used to log in.
- Passwords travel in ``PGPASSWORD``, never on a command line, and every message is masked.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import psycopg2
import psycopg2.errors
import psycopg2.extensions
from psycopg2 import sql

from .connect import libpq_url, mask_password, open_connection
from .errors import LoadError

__all__ = ["Format", "detect_format", "load_path"]

Format = Literal["sql", "custom", "directory", "tar", "sql-directory"]


@dataclass(frozen=True)
class ServerOptions:
    """How the caller's user picks another server, for the hints of load errors."""

    url: str = "--schemadiff-url (or SCHEMADIFF_URL)"
    major: str = "--schemadiff-pg"


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
    return "sql"


def load_path(
    path: Path, url: str, *, bin_dir: Path, options: ServerOptions = PLUGIN_OPTIONS
) -> None:
    """Load a SQL file, a ``pg_dump`` output (plain, custom, directory or tar format) or a
    directory of ``.sql`` files (applied in name order, one session each) into ``url``.

    Roles the input mentions that the server lacks are created first (NOLOGIN).
    Raises LoadError with one line: ``<file>:<line>: <PostgreSQL's message>``, where the line
    is psql's: the one on which the failing statement ends. For an archive the location is
    its TOC entry instead. A missing extension's error says how to pick another server
    with ``options`` (the plugin's by default).
    """
    path = Path(path)
    fmt = detect_format(path)
    files = _sql_files(path) if fmt == "sql-directory" else [path]
    conninfo, env = _conninfo_and_env(url)
    _create_missing_roles(path, url, _mentioned_roles(files, fmt, bin_dir, env))
    for file in files:
        if fmt in ("sql", "sql-directory"):
            _run_psql(file, conninfo, env, bin_dir, options)
        else:
            _run_pg_restore(file, conninfo, env, bin_dir, options)


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
    return psycopg2.extensions.make_dsn(**params), env


def _tool(bin_dir: Path, name: str) -> str:
    tool = Path(bin_dir) / name
    if not tool.is_file():
        raise LoadError(f"no {name} in {bin_dir}: the loader needs PostgreSQL's client tools")
    return str(tool)


def _run_psql(
    file: Path, conninfo: str, env: dict[str, str], bin_dir: Path, options: ServerOptions
) -> None:
    argv = [_tool(bin_dir, "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", conninfo]
    result = subprocess.run(
        [*argv, "-f", str(file)], env=env, capture_output=True, text=True, errors="replace"
    )
    if result.returncode != 0:
        raise LoadError(_psql_failure(file, result.stderr, options))


def _run_pg_restore(
    archive: Path, conninfo: str, env: dict[str, str], bin_dir: Path, options: ServerOptions
) -> None:
    # --verbose is what makes pg_restore name the TOC entry that failed.
    argv = [_tool(bin_dir, "pg_restore"), "--exit-on-error", "--verbose", "-d", conninfo]
    result = subprocess.run(
        [*argv, str(archive)], env=env, capture_output=True, text=True, errors="replace"
    )
    if result.returncode != 0:
        raise LoadError(_pg_restore_failure(archive, result.stderr, options))


def _psql_failure(file: Path, stderr: str, options: ServerOptions) -> str:
    """One line from psql's ``psql:FILE:LINE: ERROR:  message`` (plus DETAIL/HINT lines)."""
    lines = stderr.splitlines()
    located = re.compile(rf"^psql:{re.escape(str(file))}:(\d+): (?:ERROR|FATAL|error):\s+(.*)")
    for i, line in enumerate(lines):
        match = located.match(line)
        if match:
            where = f"{file}:{match.group(1)}"
            return mask_password(_describe(where, match.group(2), lines[i + 1 :], options))
    # No location: psql could not connect or start.
    first = next((line for line in lines if line.strip()), "psql failed without a message")
    return mask_password(f"{file}: {first.removeprefix('psql: ').removeprefix('error: ')}")


_TOC_ENTRY = re.compile(r"^pg_restore: from TOC entry (\d+); \d+ \d+ (.*?)\s*$")
_RESTORE_ERROR = re.compile(r"^pg_restore: error: (?:could not execute query: )?(?:ERROR:\s+)?(.*)")


def _pg_restore_failure(archive: Path, stderr: str, options: ServerOptions) -> str:
    """One line naming the archive, the TOC entry that failed and PostgreSQL's message."""
    lines = stderr.splitlines()
    where = str(archive)
    for i, line in enumerate(lines):
        entry = _TOC_ENTRY.match(line)
        if entry:
            where = f"{archive}: TOC entry {entry.group(1)} ({entry.group(2)})"
        error = _RESTORE_ERROR.match(line)
        if error:
            return mask_password(_describe(where, error.group(1), lines[i + 1 :], options))
    first = next((ln for ln in lines if ln.strip() and "pg_restore: " in ln), "pg_restore failed")
    return mask_password(f"{archive}: {first.removeprefix('pg_restore: ')}")


_MISSING_EXTENSION = re.compile(
    r'extension "([^"]+)" is not available|could not open extension control file "[^"]*?'
    r'([^/"]+)\.control"'
)


def _describe(where: str, message: str, following: list[str], options: ServerOptions) -> str:
    """``where: message``, with our own wording for failures a user can act on."""
    extension = _MISSING_EXTENSION.search(" ".join([message, *following[:2]]))
    if extension:
        name = extension.group(1) or extension.group(2)
        return (
            f"{where}: extension {name!r} is not available on this server; point "
            f"{options.url} at a server that has it, or choose another major with "
            f"{options.major}"
        )
    if message.startswith("unrecognized configuration parameter"):
        return (
            f"{where}: {message} (the file was written for a newer PostgreSQL than the "
            f"server; choose another major with {options.major})"
        )
    return f"{where}: {message}"


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
_SWITCH_DATABASE = re.compile(r"^\\(?:connect|c)\b")
_COPY_START = re.compile(r"^COPY\b.*\bFROM\s+stdin;\s*$", re.IGNORECASE)


def _mentioned_roles(
    files: list[Path], fmt: Format, bin_dir: Path, env: dict[str, str]
) -> set[str]:
    roles: set[str] = set()
    for file in files:
        for line in _schema_lines(file, fmt, bin_dir, env):
            for clause in _ROLE_CLAUSES:
                match = clause.search(line)
                if match:
                    roles.update(_role_names(match.group(1)))
    return roles


def _schema_lines(file: Path, fmt: Format, bin_dir: Path, env: dict[str, str]) -> Iterator[str]:
    """The statement lines of ``file`` as SQL text, COPY data skipped."""
    if fmt in ("sql", "sql-directory"):
        with file.open(encoding="utf-8", errors="replace") as f:
            for number, line in _outside_copy(enumerate(f, 1)):
                # pg_dump --create and pg_dumpall output would load into (and create) the
                # databases it names, not the one we were given.
                if _SWITCH_DATABASE.match(line):
                    raise LoadError(
                        f"{file}:{number}: the file switches to another database (\\connect); "
                        "load a pg_dump output made without --create"
                    )
                yield line
        return
    # An archive's schema as SQL text, without its data: fast even for large dumps.
    result = subprocess.run(
        [_tool(bin_dir, "pg_restore"), "--schema-only", "-f", "-", str(file)],
        env=env,
        capture_output=True,
        text=True,
        errors="replace",
    )
    if result.returncode != 0:
        raise LoadError(_pg_restore_failure(file, result.stderr, PLUGIN_OPTIONS))
    yield from result.stdout.splitlines()


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
