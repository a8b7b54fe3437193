"""migra's documented snippets, as written, on the server under test (issue 10 item 1).

The snippets are copied from migra's docs ("Auto-syncing dev database to application code"
and "Setting up tests") with only ``from migra import Migration`` replaced by ours and the
database names changed; the URLs stay bare ``postgresql://`` (psycopg 3 under SQLAlchemy 2).
They reach the server the way a developer's machine does: through libpq's environment
(PGHOST, PGPORT, the login name, a password or password file), set from the server's URL.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import psycopg2
import psycopg2.extensions
import pytest
import sqlalchemy

from pytest_schemadiff import Migration, assert_schema_matches, diff_schemas
from pytest_schemadiff.connection import connect, open_connection
from pytest_schemadiff.errors import ConnectError
from pytest_schemadiff.server import SchemaDiffServer

CURRENT = """
CREATE TABLE author (id int PRIMARY KEY, name text);
CREATE TABLE obsolete (id int);
"""
APP_SCHEMA = """
CREATE TABLE author (id int PRIMARY KEY, name text NOT NULL, born date);
CREATE TABLE book (id int PRIMARY KEY, author_id int NOT NULL REFERENCES author, title text);
CREATE VIEW book_titles AS SELECT title FROM book;
"""


def _tables(url: str) -> list[str]:
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v') ORDER BY 1"
        )
        return [str(r[0]) for r in cur.fetchall()]


def _temporary_databases(server: SchemaDiffServer) -> list[str]:
    return [n for n in server.list_databases() if n.startswith("sqlbag_tmp_")]


@pytest.fixture
def libpq_env(schemadiff_server: SchemaDiffServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """libpq's environment pointing at the server under test, so that ``postgresql:///name``
    and ``sqlbag.temporary_database()`` (which spells its URLs from the login name) reach
    it, as they reach a developer's local server."""
    params = psycopg2.extensions.parse_dsn(schemadiff_server.url)
    monkeypatch.setenv("PGHOST", params.get("host", ""))
    monkeypatch.setenv("PGPORT", params.get("port", "5432"))
    for name in ("PGUSER", "LOGNAME", "USER"):
        monkeypatch.setenv(name, params["user"])
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("PGPASSFILE", raising=False)
    if params.get("password"):
        monkeypatch.setenv("PGPASSWORD", params["password"])
    if params.get("passfile"):
        monkeypatch.setenv("PGPASSFILE", params["passfile"])


@pytest.fixture
def make_db(schemadiff_server: SchemaDiffServer) -> Iterator[Any]:
    """``make_db(sql) -> name``: a database of ours holding ``sql``."""
    made: list[str] = []

    def make(sql: str) -> str:
        name = f"schemadiff_snippet_{uuid.uuid4().hex[:10]}"
        url = schemadiff_server.create_database(name)
        made.append(name)
        with connect(url) as conn, conn.cursor() as cur:
            cur.execute(sql)
            conn.commit()
        return name

    yield make
    _dispose_sqlbag_engines()
    for name in made:
        schemadiff_server.drop_database(name)


def _dispose_sqlbag_engines() -> None:
    """Close what sqlbag.S pooled for the test's databases (a process would at exit)."""
    from sqlbag.sqla import SCOPED_SESSION_MAKERS

    for key, maker in list(SCOPED_SESSION_MAKERS.items()):
        maker.remove()
        maker.session_factory.kw["bind"].dispose()
        del SCOPED_SESSION_MAKERS[key]


# -- "Auto-syncing dev database to application code", as written ------------------------

DEV_DATABASE = ""  # set by the test: the docs say name_of_local_dev_database


def load_from_app(url: str) -> None:
    # The application's schema; a real one would run its models' create_all().
    from sqlbag import S, raw_execute

    with S(url) as s:
        raw_execute(s, APP_SCHEMA)


def sync():  # type: ignore[no-untyped-def]  # verbatim from migra's docs, as are its names
    from sqlbag import S, temporary_database as temporary_db  # noqa: I001

    DB_URL = f"postgresql:///{DEV_DATABASE}"

    with temporary_db() as TEMP_DB_URL:
        load_from_app(TEMP_DB_URL)

        with S(DB_URL) as s_current, S(TEMP_DB_URL) as s_target:
            m = Migration(s_current, s_target)
            m.set_safety(False)
            m.add_all_changes()

            if m.statements:
                print("THE FOLLOWING CHANGES ARE PENDING:", end="\n\n")
                print(m.sql)
                print()
                if input("Apply these changes?") == "yes":
                    print("Applying...")
                    m.apply()
                else:
                    print("Not applying.")
            else:
                print("Already synced.")


def test_sync_script_from_migras_docs(
    libpq_env: None,
    make_db: Any,
    schemadiff_server: SchemaDiffServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    global DEV_DATABASE
    DEV_DATABASE = make_db(CURRENT)
    dev_url = schemadiff_server.database_url(DEV_DATABASE)

    monkeypatch.setattr(builtins, "input", lambda prompt: "no")
    sync()
    out = capsys.readouterr().out
    assert out.startswith("THE FOLLOWING CHANGES ARE PENDING:\n\n")
    assert 'DROP TABLE "public"."obsolete";' in out
    assert 'CREATE TABLE "public"."book"' in out
    assert out.endswith("Not applying.\n")
    assert _tables(dev_url) == ["author", "obsolete"]
    # The temporary database is gone: nothing of ours (nor sqlbag's pool) held it.
    assert _temporary_databases(schemadiff_server) == []

    monkeypatch.setattr(builtins, "input", lambda prompt: "yes")
    sync()
    assert capsys.readouterr().out.endswith("Applying...\n")
    assert _tables(dev_url) == ["author", "book", "book_titles"]

    sync()
    assert capsys.readouterr().out == "Already synced.\n"
    assert _temporary_databases(schemadiff_server) == []


def test_sync_dev_database_of_conftest_example(
    libpq_env: None,
    make_db: Any,
    schemadiff_server: SchemaDiffServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import importlib.util

    path = Path(__file__).parents[2] / "conftest_example.py"
    spec = importlib.util.spec_from_file_location("conftest_example_under_test", path)
    assert spec is not None and spec.loader is not None
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)

    dev = make_db(CURRENT)
    monkeypatch.setenv("DEV_DATABASE_URL", f"postgresql:///{dev}")
    monkeypatch.setattr(builtins, "input", lambda prompt: "yes")
    example.sync_dev_database(load_from_app)
    assert "THE FOLLOWING CHANGES ARE PENDING:" in capsys.readouterr().out
    assert _tables(schemadiff_server.database_url(dev)) == ["author", "book", "book_titles"]
    example.sync_dev_database(load_from_app)
    assert capsys.readouterr().out == "Already synced.\n"
    assert _temporary_databases(schemadiff_server) == []


# -- "Setting up tests": the conftest.py of migra's docs, run by pytest -------------------

DOCS_CONFTEST = """
import pytest
from sqlbag import load_sql_from_file

import os.path
from sqlbag import S, temporary_database as temporary_db

def load_pre_migration(dburl):
    with S(dburl) as s:
        load_sql_from_file(s, 'MIGRATIONS/production.dump.sql')


def load_post_migration(dburl):
    with S(dburl) as s:
        load_sql_from_file(s, 'MIGRATIONS/production.dump.sql')

    with S(dburl) as s:
        load_sql_from_file(s, 'MIGRATIONS/pending.sql')

pending = os.path.exists('MIGRATIONS/pending.sql')

if pending:
    DATABASE_SETUPS_TO_TEST = [
        load_pre_migration,
        load_post_migration
    ]
else:
    DATABASE_SETUPS_TO_TEST = [
        load_post_migration
    ]

@pytest.fixture(params=DATABASE_SETUPS_TO_TEST)
def db(request):
    with temporary_db() as test_db_url:
        setup_method = request.param
        setup_method(test_db_url)
        yield test_db_url
"""

DOCS_TEST = """
import sqlalchemy
from sqlbag import S

from pytest_schemadiff import Migration, assert_schema_matches


def test_works_before_and_after(db, request):
    with S(db) as s:
        names = s.execute(sqlalchemy.text(
            "SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class "
            "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'"
        )).scalar()
    state = request.node.callspec.id
    assert names == ("author" if state == "load_pre_migration" else "author,book")


def test_migration_is_complete(db, request):
    if request.node.callspec.id == "load_post_migration":
        # The migrated database, against the schema it should have: migra's Migration and
        # our assertion on bare postgresql:// URLs (psycopg 3).
        with S(db) as s_current, S(db) as s_target:
            assert not Migration(s_current, s_target).statements
        assert_schema_matches(db, db)
"""


def test_conftest_of_migras_docs(
    libpq_env: None, pytester: pytest.Pytester, schemadiff_server: SchemaDiffServer
) -> None:
    pytester.makeconftest(DOCS_CONFTEST)
    pytester.makepyfile(test_docs=DOCS_TEST)
    migrations = pytester.path / "MIGRATIONS"
    migrations.mkdir()
    (migrations / "production.dump.sql").write_text("CREATE TABLE author (id int);\n")
    (migrations / "pending.sql").write_text("CREATE TABLE book (id int, author int);\n")
    result = pytester.runpytest_inprocess(
        "-p",
        "no:cacheprovider",
        "-v",
        f"--schemadiff-url={schemadiff_server.url}",
        # The plugin's own check of MIGRATIONS/pending.sql is tested elsewhere.
        "-k",
        "not schemadiff_pending_applies",
    )
    _dispose_sqlbag_engines()
    # The docs' own db fixture drives the tests: no duplicate parametrization with ours.
    result.stdout.fnmatch_lines(
        [
            "*test_works_before_and_after?load_pre_migration? PASSED*",
            "*test_works_before_and_after?load_post_migration? PASSED*",
            "*test_migration_is_complete?load_pre_migration? PASSED*",
            "*test_migration_is_complete?load_post_migration? PASSED*",
        ]
    )
    result.assert_outcomes(passed=4, deselected=1)
    assert _temporary_databases(schemadiff_server) == []


# -- psycopg 3 connections wherever a schema is taken --------------------------------------


def test_psycopg3_connections_engines_and_sessions(
    make_db: Any, schemadiff_server: SchemaDiffServer
) -> None:
    current = schemadiff_server.database_url(make_db(CURRENT))
    target = schemadiff_server.database_url(make_db(APP_SCHEMA))
    with psycopg.connect(current) as conn:
        with connect(conn) as ours:
            assert isinstance(ours, psycopg2.extensions.connection)
            with ours.cursor() as cur:
                cur.execute("SELECT current_database(), current_user")
                assert cur.fetchone() == tuple(
                    conn.execute("SELECT current_database(), current_user").fetchone() or ()
                )
        result = diff_schemas(conn, target)
        assert "book" in {d.key.name for d in result.differences}
        assert_schema_matches(conn, current)
        assert not conn.closed  # ours to use, not closed by us

    engine = sqlalchemy.create_engine(current)  # a bare URL: psycopg 3
    try:
        assert engine.dialect.driver == "psycopg"
        assert diff_schemas(engine, target).differences == result.differences
        with sqlalchemy.orm.Session(engine) as session:
            assert diff_schemas(session, target).differences == result.differences
    finally:
        engine.dispose()


def test_psycopg3_uncommitted_changes_are_refused_not_missed(
    make_db: Any, schemadiff_server: SchemaDiffServer
) -> None:
    url = schemadiff_server.database_url(make_db(CURRENT))
    with psycopg.connect(url) as conn:
        conn.execute("SELECT 1")  # a transaction that only read: fine
        assert_schema_matches(conn, url)
        conn.execute("CREATE TABLE uncommitted (id int)")
        with pytest.raises(ConnectError, match="uncommitted changes") as info:
            diff_schemas(conn, url)
        assert "\n" not in str(info.value)
        conn.rollback()


def test_migration_applies_in_the_psycopg3_transaction(
    make_db: Any, schemadiff_server: SchemaDiffServer
) -> None:
    current = schemadiff_server.database_url(make_db(CURRENT))
    target = schemadiff_server.database_url(make_db(APP_SCHEMA))
    with psycopg.connect(current) as conn:
        m = Migration(conn, target)
        m.set_safety(False)
        m.add_all_changes()
        m.apply()
        assert _tables(current) == ["author", "obsolete"]  # not committed yet: the caller's
        conn.commit()
    assert _tables(current) == ["author", "book", "book_titles"]
    assert_schema_matches(current, target)


def test_psycopg3_connection_is_reopened_as_its_user_with_its_password(
    schemadiff_server: SchemaDiffServer,
) -> None:
    # The private cluster's URL names a password file, Debian's in CI holds the password:
    # either way the connection of ours gets in as the same user.
    with psycopg.connect(schemadiff_server.url) as conn:
        ours = open_connection(conn)
        try:
            params = ours.get_dsn_parameters()
            assert (params["dbname"], params["user"]) == (conn.info.dbname, conn.info.user)
            assert ours.get_backend_pid() != conn.info.backend_pid
        finally:
            ours.close()
