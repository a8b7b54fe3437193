"""An existing database as the pre state: checked to be on the run's server, then copied.

``--schemadiff-dump postgresql://...`` names a database (a disposable branch or clone of
production) instead of a file. The pre and post templates start as copies of it made with
``CREATE DATABASE ... TEMPLATE`` on the run's server: a copy of its files by the server, never
a dump and restore. PostgreSQL copies only a database of its own server that nobody else is
connected to, for a role with CREATEDB that owns it (or is superuser, or the database is a
template): each of these is checked first, or read from PostgreSQL's refusal, and said in one
line.

The source is not ours: it is only read by the copy (which holds a lock on it for the
copy's length), never changed, renamed or dropped, and one named like our own databases is
refused, since our cleanup drops those. Its password is never shown.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import psycopg2
import psycopg2.errorcodes
import psycopg2.extensions
from psycopg2 import sql

from ..connection import connect, fetch_row
from ..errors import ConfigError, ConnectError, ServerError
from ..server import SchemaDiffServer
from ..server.handle import DATABASE_PREFIX, prefixed
from ..urls import libpq_url, mask_password

__all__ = ["SourceDatabase", "copy_source"]

# FILE_COPY (PostgreSQL 15 and later; the only way before): the server copies the files after
# a checkpoint, where the default WAL_LOG writes every block of the copy to the WAL, twice
# the writes for a production-size database.
_FILE_COPY_FROM = 15
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


@dataclass(frozen=True)
class SourceDatabase:
    """The database a ``--schemadiff-dump`` URL names."""

    url: str  # as given, password included: never shown

    @property
    def name(self) -> str:
        try:
            name = psycopg2.extensions.parse_dsn(libpq_url(self.url)).get("dbname")
        except psycopg2.ProgrammingError as exc:
            message = f"--schemadiff-dump {self.shown}: not a database URL: {exc}"
            raise ConfigError(mask_password(message)) from None
        if not name:
            raise ConfigError(f"--schemadiff-dump {self.shown}: the URL names no database")
        return str(name)

    @property
    def shown(self) -> str:
        """The URL as it may be shown: its password masked."""
        return mask_password(self.url)


def copy_source(server: SchemaDiffServer, source: SourceDatabase, name: str) -> str:
    """Create database ``name`` (our prefix added) on ``server`` as a copy of ``source`` and
    return its URL; ConfigError or ServerError with one line when it cannot be."""
    name = prefixed(name)
    source_name = source.name
    what = f"the dump database {source_name!r}"
    if source_name.startswith(DATABASE_PREFIX):
        raise ConfigError(
            f"{what}: names starting with {DATABASE_PREFIX} are the plugin's own databases, "
            "which it drops; copy it under another name"
        )
    _check_same_server(server, source, what)
    statement = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
        sql.Identifier(name), sql.Identifier(source_name)
    )
    if server.version.major >= _FILE_COPY_FROM:
        statement += sql.SQL(" STRATEGY FILE_COPY")
    with connect(server.url, autocommit=True) as conn, conn.cursor() as cur:
        _check_rights(cur, source_name, what)
        try:
            cur.execute(statement)
        except psycopg2.Error as exc:
            raise ServerError(f"copying {what}: {_refusal(exc)}") from None
    return server.database_url(name)


def _check_same_server(server: SchemaDiffServer, source: SourceDatabase, what: str) -> None:
    """ConfigError unless ``source`` is on ``server``: the same server instance when the
    source can be connected to, else the same host and port."""
    run_address, run_identity = _identity(server.url)
    try:
        source_address, source_identity = _identity(source.url)
    except ConnectError:
        # Unreachable (or a template that refuses connections): its URL has to tell.
        source_address, source_identity = _address_of(source.url), None
    if source_identity is not None:
        same = _same_instance(run_identity, source_identity)
    else:
        same = _normal(run_address) == _normal(source_address)
    if not same:
        raise ConfigError(
            f"{what} is on {_shown_address(source_address)}, not on the run's server "
            f"({_shown_address(run_address)}): the copy is made by the server that holds it; "
            "give --schemadiff-url for that server"
        )


# What tells server instances apart, whatever the address used to reach them: the start
# time of the postmaster and its port (readable by any role), and the system identifier
# where the role may read it (the same on a physical replica or a restored snapshot, hence
# not alone).
_Instance = tuple[str, str, str | None]


def _identity(url: str) -> tuple[tuple[str, str], _Instance]:
    """((host, port), instance) of the server at ``url``; ConnectError when it cannot be
    reached."""
    with connect(url, autocommit=True) as conn:
        info = conn.info
        address = (info.host or "", str(info.port))
        with conn.cursor() as cur:
            cur.execute("SELECT pg_postmaster_start_time()::text, current_setting('port')")
            started, port = fetch_row(cur)
            try:
                cur.execute("SELECT system_identifier::text FROM pg_control_system()")
                system: str | None = str(fetch_row(cur)[0])
            except psycopg2.Error:
                system = None  # EXECUTE is revoked from PUBLIC
    return address, (str(started), str(port), system)


def _same_instance(run: _Instance, source: _Instance) -> bool:
    same_system = run[2] is None or source[2] is None or run[2] == source[2]
    return run[:2] == source[:2] and same_system


def _address_of(url: str) -> tuple[str, str]:
    """(host, port) a URL names, with libpq's defaults."""
    try:
        params = psycopg2.extensions.parse_dsn(libpq_url(url))
    except psycopg2.ProgrammingError:
        params = {}
    host = params.get("host") or os.environ.get("PGHOST") or ""
    port = params.get("port") or os.environ.get("PGPORT") or "5432"
    return host, port


def _normal(address: tuple[str, str]) -> tuple[str, str]:
    """One spelling for the loopback addresses (the same server by any of them)."""
    host, port = address
    return ("localhost" if host in _LOCAL_HOSTS else host), port


def _shown_address(address: tuple[str, str]) -> str:
    host, port = address
    return f"{host or 'the local socket'}:{port}"


def _check_rights(cur: psycopg2.extensions.cursor, source_name: str, what: str) -> None:
    """ConfigError naming what the run's role lacks to copy ``source_name``, or that it is
    not on the server."""
    cur.execute(
        """
        SELECT r.rolname, r.rolsuper, r.rolcreatedb, d.oid IS NOT NULL,
               coalesce(d.datistemplate, false),
               coalesce(pg_has_role(r.oid, d.datdba, 'USAGE'), false),
               pg_get_userbyid(d.datdba)
        FROM pg_roles r LEFT JOIN pg_database d ON d.datname = %s
        WHERE r.rolname = current_user
        """,
        (source_name,),
    )
    role, superuser, createdb, exists, is_template, owns, owner = fetch_row(cur)
    if not exists:
        raise ConfigError(f"{what} does not exist on the run's server")
    if superuser:
        return
    if not createdb:
        raise ConfigError(
            f"copying {what}: role {role!r} lacks CREATEDB (ALTER ROLE {role} CREATEDB, or "
            "run as a role that has it)"
        )
    if not owns and not is_template:
        raise ConfigError(
            f"copying {what}: role {role!r} may copy only a database it owns (this one is "
            f"{owner!r}'s), unless it is superuser or the database is a template (ALTER "
            f"DATABASE {source_name} IS_TEMPLATE true, by its owner)"
        )


def _refusal(exc: psycopg2.Error) -> str:
    """PostgreSQL's refusal in one line, its DETAIL and HINT kept, and what to do."""
    diag = exc.diag
    parts = [(diag.message_primary or str(exc).strip().splitlines()[0]).strip()]
    if diag.message_detail:
        parts.append(f"DETAIL: {diag.message_detail}")
    if diag.message_hint:
        parts.append(f"HINT: {diag.message_hint}")
    if exc.pgcode == psycopg2.errorcodes.OBJECT_IN_USE:
        parts.append(
            "PostgreSQL copies only a database nobody is connected to: close those sessions, "
            "or point --schemadiff-dump at a disposable copy nobody uses"
        )
    return mask_password("; ".join(" ".join(p.split()) for p in parts))
