"""Anything a user holds that names a database, turned into a psycopg2 connection.

Accepted: a libpq URL or keyword DSN, a SQLAlchemy-style URL (``postgresql+psycopg2://``,
``postgresql+psycopg://``, ...), a psycopg2 or psycopg 3 connection, a SQLAlchemy / sqlbag
session, connection or engine on either driver, and any object with a ``url`` attribute
holding one of those (such as the plugin's ``db`` handle).

The engine reads catalogs through psycopg2. A psycopg 3 connection (or a SQLAlchemy object on
one, which a bare ``postgresql://`` URL gives under SQLAlchemy 2) is read through a psycopg2
connection of ours to the same database, as the same user: it sees what is committed, so a
psycopg 3 transaction that has written something is refused (commit it first) rather than
silently not seen.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg2
import psycopg2.extensions

from .errors import ConnectError
from .urls import libpq_url, mask_password, remember_password, sqlalchemy_url

__all__ = [
    "connect",
    "fetch_row",
    "libpq_url",
    "mask_password",
    "open_connection",
    "psycopg3_connection",
    "remember_password",
    "sqlalchemy_url",
]

Connection = psycopg2.extensions.connection

# Seconds to wait for a server to answer. libpq's default is to wait forever, so a host that
# accepts the TCP connection but never answers (a stuck proxy, a paused VM) hung the run.
CONNECT_TIMEOUT = 10


def _dsn_of(source: Any) -> str | None:
    """The libpq DSN behind ``source``, or None when it holds a live connection instead."""
    if isinstance(source, str):
        return libpq_url(source)
    url = getattr(source, "url", None)
    if url is not None and not callable(url):
        # A SQLAlchemy engine (its URL object) or our own db handle (a string).
        render = getattr(url, "render_as_string", None)
        return libpq_url(render(hide_password=False) if render else str(url))
    return None


def _dbapi_connection_of(source: Any) -> Any | None:
    """The DB-API connection under a SQLAlchemy session or connection, if any."""
    if hasattr(source, "connection") and hasattr(source, "execute") and hasattr(source, "bind"):
        # A Session: its connection carries the session's open transaction.
        source = source.connection()
    raw = getattr(source, "connection", None)
    dbapi = getattr(raw, "dbapi_connection", None) or getattr(raw, "driver_connection", None)
    return dbapi


def psycopg3_connection(source: Any) -> Any | None:
    """The psycopg 3 connection ``source`` is, or that a SQLAlchemy session or connection
    ``source`` runs on; None for anything else."""
    psycopg = sys.modules.get("psycopg")
    if psycopg is None or isinstance(source, str):
        return None  # nobody made a psycopg 3 connection without importing psycopg
    if isinstance(source, psycopg.Connection):
        return source
    dbapi = _dbapi_connection_of(source)
    return dbapi if isinstance(dbapi, psycopg.Connection) else None


def _psycopg3_dsn(conn: Any) -> str:
    """A DSN for a psycopg2 connection to where psycopg 3 ``conn`` is connected, with its
    password; ConnectError when ``conn``'s open transaction has written something, which a
    connection of ours would not see."""
    from psycopg.pq import TransactionStatus

    if conn.closed:
        raise ConnectError("cannot read through a closed psycopg 3 connection")
    if conn.info.transaction_status == TransactionStatus.INTRANS:
        with conn.cursor() as cur:
            # Not NULL once the transaction has written anything (DDL included).
            cur.execute("SELECT txid_current_if_assigned() IS NOT NULL")
            row = cur.fetchone()
        if row is not None and row[0]:
            raise ConnectError(
                "the psycopg 3 connection has uncommitted changes, which schemadiff cannot "
                "see (it reads through psycopg2 on a connection of its own): commit them "
                "first, or pass a psycopg2 connection"
            )
    params = {k: v for k, v in conn.info.get_parameters().items() if v}
    if conn.info.password:
        params["password"] = conn.info.password
    return str(psycopg2.extensions.make_dsn(**params))


def open_connection(source: Any, *, autocommit: bool = False) -> Connection:
    """Open a new psycopg2 connection to the database named by ``source``.

    Raises ConnectError with one line that names the server and never the password.
    """
    live = psycopg3_connection(source)
    if live is not None:
        source = _psycopg3_dsn(live)
    if isinstance(source, Connection):
        # .dsn masks the password; rebuild the parameters with it.
        params = source.get_dsn_parameters()
        if source.info.password:
            params["password"] = source.info.password
        source = psycopg2.extensions.make_dsn(**params)
    dsn = _dsn_of(source)
    if dsn is None:
        engine = getattr(source, "engine", None) or getattr(source, "bind", None)
        if engine is None:
            raise ConnectError(
                f"cannot connect to a {type(source).__name__}: pass a URL, a DSN, a psycopg2 "
                "connection or a SQLAlchemy/sqlbag session, connection or engine"
            )
        dsn = _dsn_of(engine)
        assert dsn is not None
    _remember_password_of(dsn)
    try:
        conn: psycopg2.extensions.connection = psycopg2.connect(dsn, **_timeout_unless_set(dsn))
    except psycopg2.Error as exc:
        raise ConnectError(describe_connect_failure(dsn, exc)) from None
    conn.autocommit = autocommit
    return conn


def _remember_password_of(dsn: str) -> None:
    mask_password(dsn)  # remembers a URL's password even when libpq cannot parse the URL
    # A malformed DSN is psycopg2.connect's to report.
    with contextlib.suppress(psycopg2.ProgrammingError):
        remember_password(psycopg2.extensions.parse_dsn(dsn).get("password"))


def _timeout_unless_set(dsn: str) -> dict[str, Any]:
    """``connect_timeout`` for psycopg2.connect, unless the DSN or PGCONNECT_TIMEOUT sets one."""
    if os.environ.get("PGCONNECT_TIMEOUT"):
        return {}
    try:
        if "connect_timeout" in psycopg2.extensions.parse_dsn(dsn):
            return {}
    except psycopg2.ProgrammingError:
        pass  # psycopg2.connect reports the malformed DSN
    return {"connect_timeout": CONNECT_TIMEOUT}


@contextmanager
def connect(source: Any, *, autocommit: bool = False) -> Iterator[Connection]:
    """Yield a psycopg2 connection for ``source``; close it afterwards only if we opened it.

    A psycopg2 connection, or a SQLAlchemy/sqlbag object that runs on psycopg2, is used as it
    is, so its open transaction stays visible; anything else is connected to afresh (a
    psycopg 3 one as its own user and database, see the module docstring).
    """
    if isinstance(source, Connection):
        yield source
        return
    if not isinstance(source, str):
        dbapi = _dbapi_connection_of(source)
        if isinstance(dbapi, Connection):
            yield dbapi
            return
    conn = open_connection(source, autocommit=autocommit)
    try:
        yield conn
    finally:
        conn.close()


def describe_target(dsn: str) -> str:
    """Host, port, user and database of a DSN, for messages (never the password)."""
    try:
        params = psycopg2.extensions.parse_dsn(dsn)
    except psycopg2.ProgrammingError:
        return mask_password(dsn)
    host = params.get("host") or "local socket"
    port = params.get("port") or "5432"
    user = params.get("user") or "(default user)"
    dbname = params.get("dbname") or "(default database)"
    return f"database {dbname!r} on {host}:{port} as {user!r}"


def describe_connect_failure(dsn: str, exc: BaseException) -> str:
    """One line saying which server refused us and why, password masked."""
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    reason = detail
    lowered = detail.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        reason = "login failed (wrong user or password)"
    elif "does not exist" in lowered and "database" in lowered:
        reason = "the database does not exist"
    elif (
        "connection refused" in lowered
        or "could not translate host" in lowered
        or ("timeout" in lowered)
    ):
        reason = f"server unreachable ({detail})"
    return mask_password(f"cannot connect to {describe_target(dsn)}: {reason}")


def with_database(url: str, dbname: str) -> str:
    """The same server URL pointing at another database."""
    url = libpq_url(url)
    if "://" not in url:
        # Keyword DSN: replace or append dbname.
        params = psycopg2.extensions.parse_dsn(url)
        params["dbname"] = dbname
        return str(psycopg2.extensions.make_dsn(**params))
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + dbname))


def fetch_row(cur: psycopg2.extensions.cursor) -> tuple[Any, ...]:
    """The one row a query that always returns a row returned (an aggregate, a function)."""
    row = cur.fetchone()
    if row is None:
        raise ConnectError("the server returned no row where one was expected")
    return row
