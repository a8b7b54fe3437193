"""sqlbag's database helpers on SQLAlchemy 2, so migra's snippets run as written.

migra's docs create their throwaway databases with ``sqlbag.temporary_database()``. sqlbag's
last release (0.1.1617247075, 2021) predates SQLAlchemy 2: its ``database_exists``,
``create_database`` and ``drop_database`` pass raw SQL strings and positional parameters,
which SQLAlchemy 2 refuses (``ArgumentError: List argument must consist only of
dictionaries``), and connect to the database named ``''`` for administration, which libpq
reads as "the database named like the user" (missing on most servers). And a database made
that way cannot be dropped while a ``sqlbag.S(url)`` on it is still pooled: ``S`` keeps one
engine per URL, whose pool holds the connection after the session closes.

``install()`` (called when ``Migration`` is imported) puts equivalents written for SQLAlchemy
1.4 and 2 in their place, in ``sqlbag.createdrop`` (where ``temporary_database`` looks them
up, so a ``from sqlbag import temporary_database`` made earlier uses them too) and in
``sqlbag``. It does so only under SQLAlchemy 2 and only over sqlbag's own functions (never
over a fixed sqlbag or someone else's replacement). ``drop_database`` first disposes of the
engines sqlbag keeps for that database, then drops it ``WITH (FORCE)`` (PostgreSQL 13 and
later) so no leftover connection of anyone else's can hold it either.

Only PostgreSQL URLs are handled here; anything else goes to sqlbag's own function.
"""

from __future__ import annotations

import contextlib
import getpass
import sys
from collections.abc import Iterator
from typing import Any

__all__ = ["install"]

_ORIGINALS = "_schemadiff_originals"


def install() -> None:
    """Replace sqlbag's create/drop helpers when they cannot work (SQLAlchemy 2)."""
    try:
        import sqlalchemy
        import sqlbag  # type: ignore[import-untyped]
        import sqlbag.createdrop as createdrop  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - sqlbag is a dependency
        return
    if int(sqlalchemy.__version__.split(".")[0]) < 2 or hasattr(createdrop, _ORIGINALS):
        return
    replacements = {
        "database_exists": database_exists,
        "create_database": create_database,
        "drop_database": drop_database,
    }
    # Only sqlbag's own versions: a fixed release (or a user's patch) is left alone.
    if any(
        getattr(getattr(createdrop, name, None), "__module__", None) != "sqlbag.createdrop"
        for name in replacements
    ):
        return
    originals = {name: getattr(createdrop, name) for name in replacements}
    setattr(createdrop, _ORIGINALS, originals)
    for name, function in replacements.items():
        setattr(createdrop, name, function)
        if getattr(sqlbag, name, None) is originals[name]:
            setattr(sqlbag, name, function)


def _original(name: str) -> Any:
    return getattr(sys.modules["sqlbag.createdrop"], _ORIGINALS)[name]


def _is_postgresql(url: Any) -> bool:
    from sqlalchemy.engine import make_url

    return bool(make_url(url).get_backend_name() == "postgresql")


@contextlib.contextmanager
def _admin_connection(db_url: Any) -> Iterator[Any]:
    """An autocommit connection to the server's ``postgres`` database, as the URL's user
    (sqlbag's default: the login name)."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    url = make_url(db_url).set(database="postgres")
    if not url.username:
        url = url.set(username=getpass.getuser())
    engine = create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def database_exists(db_url: Any, test_can_select: bool = False) -> bool:
    """sqlbag's ``database_exists``, for SQLAlchemy 2."""
    if test_can_select or not _is_postgresql(db_url):
        return bool(_original("database_exists")(db_url, test_can_select))
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    with _admin_connection(db_url) as conn:
        found = conn.execute(
            text("SELECT 1 FROM pg_catalog.pg_database WHERE datname = :name"),
            {"name": make_url(db_url).database},
        ).scalar()
    return bool(found)


def create_database(
    db_url: Any, template: str | None = None, wipe_if_existing: bool = False
) -> bool:
    """sqlbag's ``create_database``, for SQLAlchemy 2: False when it already exists."""
    if not _is_postgresql(db_url):
        return bool(_original("create_database")(db_url, template, wipe_if_existing))
    from sqlalchemy.engine import make_url

    if wipe_if_existing:
        drop_database(db_url)
    if database_exists(db_url):
        return False
    with _admin_connection(db_url) as conn:
        quote = conn.dialect.identifier_preparer.quote_identifier
        statement = f"CREATE DATABASE {quote(make_url(db_url).database)}"
        if template:
            statement += f" TEMPLATE {quote(template)}"
        conn.exec_driver_sql(statement)
    return True


def drop_database(db_url: Any) -> bool:
    """sqlbag's ``drop_database``, for SQLAlchemy 2: False when there was none.

    The engines ``sqlbag.S`` keeps for this database are disposed of first: their pools
    hold the connections of sessions that have long been closed.
    """
    if not _is_postgresql(db_url):
        return bool(_original("drop_database")(db_url))
    from sqlalchemy.engine import make_url

    name = make_url(db_url).database
    _dispose_sqlbag_engines(db_url)
    if not database_exists(db_url):
        return False
    with _admin_connection(db_url) as conn:
        quote = conn.dialect.identifier_preparer.quote_identifier
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {quote(name)} WITH (FORCE)")
    return True


def _dispose_sqlbag_engines(db_url: Any) -> None:
    """Close the pooled connections of the engines ``sqlbag.S`` made for ``db_url``'s
    database (on the same host and port), and forget them."""
    from sqlalchemy.engine import make_url

    sqla = sys.modules.get("sqlbag.sqla")
    makers: dict[Any, Any] = getattr(sqla, "SCOPED_SESSION_MAKERS", {})
    target = make_url(db_url)
    for key, maker in list(makers.items()):
        engine = getattr(getattr(maker, "session_factory", None), "kw", {}).get("bind")
        url = getattr(engine, "url", None)
        if engine is None or url is None or url.get_backend_name() != "postgresql":
            continue
        if (url.database, url.host, url.port) == (target.database, target.host, target.port):
            maker.remove()
            engine.dispose()
            del makers[key]
