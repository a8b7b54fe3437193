"""Every input kind of the connection function, against the server under test."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg2
import psycopg2.extensions
import pytest
import sqlalchemy
import sqlbag

from pytest_schemadiff.connection import (
    connect,
    libpq_url,
    mask_password,
    open_connection,
    sqlalchemy_url,
    with_database,
)
from pytest_schemadiff.errors import ConnectError

from .conftest import PASSWORD, PASSWORD_ROLE, PasswordRole


@pytest.fixture(autouse=True)
def _no_password_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """Passwords must come from what we pass, not from a ~/.pgpass."""
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    monkeypatch.delenv("PGPASSWORD", raising=False)


def _database(conn: psycopg2.extensions.connection) -> str:
    with conn.cursor() as cur:
        cur.execute("SELECT current_database()")
        return str(cur.fetchone()[0])


def _name(url: str) -> str:
    return url.rsplit("/", 1)[1].split("?")[0]


def test_libpq_url(scratch_db: str) -> None:
    with connect(scratch_db) as conn:
        assert _database(conn) == _name(scratch_db)
    assert conn.closed


def test_keyword_dsn(scratch_db: str) -> None:
    params = psycopg2.extensions.parse_dsn(scratch_db)
    dsn = psycopg2.extensions.make_dsn(**params)
    assert "://" not in dsn
    with connect(dsn) as conn:
        assert _database(conn) == _name(scratch_db)


def test_sqlalchemy_style_url(scratch_db: str) -> None:
    url = sqlalchemy_url(scratch_db)
    assert url.startswith("postgresql+psycopg2://")
    with connect(url) as conn:
        assert _database(conn) == _name(scratch_db)


def test_sqlbag_takes_both_spellings(scratch_db: str) -> None:
    # SQLAlchemy 2.1 maps a bare postgresql:// to psycopg 3 (a dependency of ours, so migra's
    # snippets run as written); sqlalchemy_url names psycopg2.
    for url, driver in ((sqlalchemy_url(scratch_db), "psycopg2"), (scratch_db, "psycopg")):
        with sqlbag.S(url) as session:
            name = session.execute(sqlalchemy.text("SELECT current_database()")).scalar()
            assert session.get_bind().dialect.driver == driver
        assert name == _name(scratch_db)
    from sqlbag.sqla import SCOPED_SESSION_MAKERS

    for key, maker in list(SCOPED_SESSION_MAKERS.items()):  # S pools: close what it kept
        maker.remove()
        maker.session_factory.kw["bind"].dispose()
        del SCOPED_SESSION_MAKERS[key]


def test_psycopg2_connection_is_used_as_is(scratch_db: str) -> None:
    conn = psycopg2.connect(scratch_db)
    try:
        with conn.cursor() as cur:
            cur.execute("CREATE TEMP TABLE only_in_this_session ()")
        with connect(conn) as same:
            assert same is conn
            with same.cursor() as cur:
                cur.execute("SELECT to_regclass('only_in_this_session') IS NOT NULL")
                assert cur.fetchone()[0]
        assert not conn.closed
    finally:
        conn.close()


def test_open_connection_reopens_a_psycopg2_connection_with_its_password(
    password_role: PasswordRole,
) -> None:
    if not password_role.enforced:
        pytest.skip("this server does not check passwords")
    conn = psycopg2.connect(password_role.url)
    try:
        assert PASSWORD not in conn.dsn  # psycopg2 masks it: open_connection must recover it
        again = open_connection(conn)
        try:
            assert again is not conn
            assert again.get_backend_pid() != conn.get_backend_pid()
            with again.cursor() as cur:
                cur.execute("SELECT current_user")
                assert cur.fetchone()[0] == PASSWORD_ROLE
        finally:
            again.close()
    finally:
        conn.close()


def test_sqlbag_session_sees_its_open_transaction(scratch_db: str) -> None:
    with sqlbag.S(sqlalchemy_url(scratch_db)) as session:
        session.execute(sqlalchemy.text("CREATE TABLE uncommitted ()"))
        with connect(session) as conn, conn.cursor() as cur:
            cur.execute("SELECT to_regclass('uncommitted') IS NOT NULL")
            assert cur.fetchone()[0]
        with connect(scratch_db) as other, other.cursor() as cur:
            cur.execute("SELECT to_regclass('uncommitted') IS NOT NULL")
            assert not cur.fetchone()[0]  # really uncommitted: only the session sees it
        session.rollback()


def test_sqlalchemy_connection(scratch_db: str) -> None:
    engine = sqlalchemy.create_engine(sqlalchemy_url(scratch_db))
    try:
        with engine.connect() as sa_conn:
            sa_conn.execute(sqlalchemy.text("CREATE TEMP TABLE only_here ()"))
            with connect(sa_conn) as conn, conn.cursor() as cur:
                cur.execute("SELECT to_regclass('only_here') IS NOT NULL")
                assert cur.fetchone()[0]
    finally:
        engine.dispose()


def test_sqlalchemy_engine_keeps_the_password(password_role: PasswordRole) -> None:
    engine = sqlalchemy.create_engine(sqlalchemy_url(password_role.url))
    try:
        assert PASSWORD not in str(engine.url)  # str() hides it: connect must not rely on it
        with connect(engine) as conn, conn.cursor() as cur:
            cur.execute("SELECT current_user")
            assert cur.fetchone()[0] == PASSWORD_ROLE
    finally:
        engine.dispose()


def test_object_with_url(scratch_db: str) -> None:
    @dataclass
    class Handle:
        url: str

    with connect(Handle(sqlalchemy_url(scratch_db))) as conn:
        assert _database(conn) == _name(scratch_db)


@pytest.mark.parametrize("source", [42, object(), None])
def test_unsupported_object(source: object) -> None:
    with (
        pytest.raises(ConnectError, match=r"^cannot connect to a \w+: pass a URL") as info,
        connect(source),
    ):
        pass
    assert "\n" not in str(info.value)


def test_autocommit(scratch_db: str) -> None:
    with connect(scratch_db, autocommit=True) as conn:
        assert conn.autocommit
    with connect(scratch_db) as conn:
        assert not conn.autocommit


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("postgresql://u:secret@h:5/db", "postgresql://u:***@h:5/db"),
        ("postgresql+psycopg2://u:secret@h/db", "postgresql+psycopg2://u:***@h/db"),
        ("postgresql://u@h/db", "postgresql://u@h/db"),
        ("host=h user=u password=secret dbname=d", "host=h user=u password=*** dbname=d"),
        ("host=h password = 'se cret' dbname=d", "host=h password = *** dbname=d"),
        (
            "cannot reach postgresql://u:secret@h/db: refused",
            "cannot reach postgresql://u:***@h/db: refused",
        ),
    ],
)
def test_mask_password(text: str, masked: str) -> None:
    assert mask_password(text) == masked


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql+psycopg2://u@h/db", "postgresql://u@h/db"),
        ("postgres+psycopg://u@h/db", "postgresql://u@h/db"),
        ("postgresql://u@h/db", "postgresql://u@h/db"),
        ("host=h dbname=db", "host=h dbname=db"),
    ],
)
def test_libpq_url_conversion(url: str, expected: str) -> None:
    assert libpq_url(url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://u@h/db", "postgresql+psycopg2://u@h/db"),
        ("postgres://u@h/db", "postgresql+psycopg2://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg2://u@h/db"),
        ("postgresql+psycopg2://u@h/db", "postgresql+psycopg2://u@h/db"),
    ],
)
def test_sqlalchemy_url_conversion(url: str, expected: str) -> None:
    assert sqlalchemy_url(url) == expected


def test_with_database() -> None:
    assert with_database("postgresql://u:p@h:1/a?sslmode=disable", "b") == (
        "postgresql://u:p@h:1/b?sslmode=disable"
    )
    assert psycopg2.extensions.parse_dsn(with_database("host=h dbname=a", "b")) == {
        "host": "h",
        "dbname": "b",
    }
