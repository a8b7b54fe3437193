"""Tables and indexes in a tablespace other than the database's default.

A tablespace belongs to the whole server, so the acceptance corpus cannot hold one: the
guarded loader refuses CREATE TABLESPACE (by design). These tests create one themselves, in
a directory owned by the server's OS user, and remove both afterwards. They need the server
on this machine and the right to give it a directory (root, or the server's own user).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from collections.abc import Iterator

import psycopg2
import pytest

from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.engine.compare import compare_catalogs
from pytest_schemadiff.engine.inspect import inspect_catalog
from pytest_schemadiff.engine.plan import Hazard
from pytest_schemadiff.server import SchemaDiffServer

from .conftest import MakeDb, apply


@pytest.fixture
def tablespace(schemadiff_server: SchemaDiffServer) -> Iterator[str]:
    """The name of a new tablespace; dropped (with its directory) after the test's
    databases (request it before ``make_db``)."""
    conn = psycopg2.connect(schemadiff_server.url)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT current_setting('data_directory')")
            data_dir = cur.fetchone()[0]
        try:
            owner = os.stat(data_dir)
        except OSError:
            pytest.skip("the server's data directory is not on this machine")
        if os.geteuid() not in (0, owner.st_uid):
            pytest.skip("cannot give the server's OS user a directory")
        location = tempfile.mkdtemp(prefix="schemadiff-ts-")
        os.chown(location, owner.st_uid, owner.st_gid)
        name = f"schemadiff_ts_{os.getpid()}"
        with conn.cursor() as cur:
            cur.execute(f"CREATE TABLESPACE {name} LOCATION %s", (location,))
        try:
            yield name
        finally:
            with conn.cursor() as cur:
                cur.execute(f"DROP TABLESPACE IF EXISTS {name}")
            shutil.rmtree(location, ignore_errors=True)
    finally:
        conn.close()


def _schema(space: str | None) -> str:
    """A table, its primary key's index, an index and a new table; in ``space`` if given."""
    if space is None:
        return (
            "CREATE TABLE t (id int PRIMARY KEY, v text);"
            "CREATE INDEX t_v ON t (v);"
            "ALTER TABLE t CLUSTER ON t_v;"
        )
    return (
        f"CREATE TABLE t (id int, v text) TABLESPACE {space};"
        f"ALTER TABLE t ADD PRIMARY KEY (id) USING INDEX TABLESPACE {space};"
        f"CREATE INDEX t_v ON t (v) TABLESPACE {space};"
        "ALTER TABLE t CLUSTER ON t_v;"
        f"CREATE TABLE n (id int) TABLESPACE {space};"
    )


def test_objects_move_into_a_tablespace_in_place(tablespace: str, make_db: MakeDb) -> None:
    a = make_db(_schema(None) + "INSERT INTO t VALUES (1, 'kept');")
    b = make_db(_schema(tablespace))
    result = diff_schemas(a, b)
    moves = [s for s in result.statements if "SET TABLESPACE" in s.sql]
    # The table, its primary key's index and the other index move; nothing is re-created.
    assert len(moves) == 3, result.sql
    # Moving copies the files under an ACCESS EXCLUSIVE lock: the table's rewrites it.
    assert all(Hazard.ACCESS_EXCLUSIVE_LOCK in s.hazards for s in moves)
    assert [s.sql.split()[1] for s in moves if Hazard.REWRITES_TABLE in s.hazards] == ["TABLE"]
    assert "DROP" not in result.sql
    assert (
        f'CREATE TABLE "public"."n" (\n    "id" integer\n) TABLESPACE "{tablespace}"' in result.sql
    )
    apply(a, result.sql)
    assert diff_schemas(a, b).is_empty
    conn = psycopg2.connect(a)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("SELECT v FROM t")
            assert cur.fetchall() == [("kept",)]
    finally:
        conn.close()


def test_objects_move_back_to_the_default_tablespace(tablespace: str, make_db: MakeDb) -> None:
    a, b = make_db(_schema(tablespace)), make_db(_schema(None))
    result = diff_schemas(a, b)
    assert result.sql.count('SET TABLESPACE "pg_default"') == 3, result.sql
    apply(a, result.sql)
    assert diff_schemas(a, b).is_empty


def test_a_tablespace_a_server_lacks_is_named(tablespace: str, make_db: MakeDb) -> None:
    a, b = make_db(_schema(None)), make_db(_schema(tablespace))
    with psycopg2.connect(a) as conn_a, psycopg2.connect(b) as conn_b:
        catalog_a, catalog_b = inspect_catalog(conn_a), inspect_catalog(conn_b)
        conn_a.rollback()
        conn_b.rollback()
    conn_a.close()
    conn_b.close()
    assert catalog_a.tablespaces is not None and tablespace in catalog_a.tablespaces
    # A on a server without the tablespace (as if B came from another server).
    elsewhere = dataclasses.replace(catalog_a, tablespaces=frozenset({"pg_default", "pg_global"}))
    warnings = compare_catalogs(elsewhere, catalog_b).warnings
    named = [w for w in warnings if repr(tablespace) in w]
    assert len(named) == 4, warnings  # t, its primary key, t_v, n
    assert all("A's server does not have" in w for w in named)
    assert not [w for w in compare_catalogs(catalog_a, catalog_b).warnings if "tablespace" in w]


def _matview(space: str | None) -> str:
    where = f" TABLESPACE {space}" if space else ""
    return (
        "CREATE TABLE s (id int PRIMARY KEY, v text);"
        "INSERT INTO s VALUES (1, 'kept');"
        f"CREATE MATERIALIZED VIEW m{where} AS SELECT id, v FROM s;"
        "CREATE VIEW on_m AS SELECT v FROM m;"
    )


def test_a_materialized_view_moves_between_tablespaces_in_place(
    tablespace: str, make_db: MakeDb
) -> None:
    a, b = make_db(_matview(None)), make_db(_matview(tablespace))
    result = diff_schemas(a, b)
    # Moved, not re-created: its rows and the view on it stay.
    assert [s.sql for s in result.statements] == [
        f'ALTER MATERIALIZED VIEW "public"."m" SET TABLESPACE "{tablespace}"'
    ]
    assert Hazard.REWRITES_TABLE in result.statements[0].hazards
    apply(a, result.sql)
    assert diff_schemas(a, b).is_empty
    plain = make_db(_matview(None))
    back = diff_schemas(b, plain)
    assert [s.sql for s in back.statements] == [
        'ALTER MATERIALIZED VIEW "public"."m" SET TABLESPACE "pg_default"'
    ]
    apply(b, back.sql)
    assert diff_schemas(b, plain).is_empty
    conn = psycopg2.connect(b)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("SELECT v FROM m")
            assert cur.fetchall() == [("kept",)]
    finally:
        conn.close()


def test_a_new_materialized_view_is_made_in_its_tablespace(
    tablespace: str, make_db: MakeDb
) -> None:
    a = make_db("CREATE TABLE s (id int PRIMARY KEY, v text);")
    b = make_db(_matview(tablespace))
    result = diff_schemas(a, b)
    assert f'CREATE MATERIALIZED VIEW "public"."m" TABLESPACE "{tablespace}" AS' in result.sql
    apply(a, result.sql)
    assert diff_schemas(a, b).is_empty
