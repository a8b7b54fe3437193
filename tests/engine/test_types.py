"""Enums, domains, composite and range types, collations: in place where PostgreSQL allows
it, and rebuilt keeping the rows of the columns using them where it does not."""

from __future__ import annotations

from typing import Any

import psycopg2

from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.engine.plan import Hazard

from .conftest import MakeDb, apply


def _rows(url: str, query: str) -> list[tuple[Any, ...]]:
    conn = psycopg2.connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute(query)
            return list(cur.fetchall())
    finally:
        conn.close()


def _migrate(make_db: MakeDb, a_sql: str, b_sql: str, data: str = "") -> tuple[str, str]:
    """Build A (with ``data``) and B, apply the plan to A in one transaction, check that
    nothing remains; return A's URL and the SQL applied."""
    a, b = make_db(a_sql + data), make_db(b_sql)
    result = diff_schemas(a, b)
    apply(a, result.sql)
    assert diff_schemas(a, b).is_empty
    return a, result.sql


def test_new_enum_values_are_added_in_place(make_db: MakeDb) -> None:
    _, sql = _migrate(
        make_db,
        "CREATE TYPE size AS ENUM ('s', 'l'); CREATE TABLE t (v size);",
        "CREATE TYPE size AS ENUM ('xs', 's', 'm', 'l', 'xl'); CREATE TABLE t (v size);",
    )
    assert sql.count("ADD VALUE") == 3
    assert "'xs' BEFORE 's'" in sql and "'m' AFTER 's'" in sql and "'xl' AFTER 'l'" in sql


def test_enum_value_removed_keeps_rows_arrays_and_defaults(make_db: MakeDb) -> None:
    a_sql = (
        "CREATE TYPE st AS ENUM ('new', 'stale', 'done');"
        "CREATE TABLE t (id int, s st NOT NULL DEFAULT 'new', h st[]);"
        "CREATE VIEW v AS SELECT id FROM t WHERE s = 'done';"
    )
    b_sql = a_sql.replace("'stale', ", "")
    a, sql = _migrate(make_db, a_sql, b_sql, "INSERT INTO t VALUES (1, 'done', '{new,done}');")
    assert "DROP COLUMN" not in sql
    assert _rows(a, "SELECT id, s::text, h::text FROM t") == [(1, "done", "{new,done}")]


def test_enum_value_added_and_used_at_once_rebuilds(make_db: MakeDb) -> None:
    # An added value cannot be used in the transaction that added it.
    a, sql = _migrate(
        make_db,
        "CREATE TYPE st AS ENUM ('new'); CREATE TABLE t (s st DEFAULT 'new');",
        "CREATE TYPE st AS ENUM ('new', 'open'); CREATE TABLE t (s st DEFAULT 'open');",
        "INSERT INTO t VALUES ('new');",
    )
    assert "ADD VALUE" not in sql
    assert _rows(a, "SELECT s::text FROM t") == [("new",)]


def test_domain_changes_in_place(make_db: MakeDb) -> None:
    _, sql = _migrate(
        make_db,
        "CREATE DOMAIN d AS int DEFAULT 1 NOT NULL CONSTRAINT c1 CHECK (VALUE > 0);"
        "ALTER DOMAIN d ADD CONSTRAINT c2 CHECK (VALUE < 10) NOT VALID;",
        "CREATE DOMAIN d AS int DEFAULT 2 CONSTRAINT c2 CHECK (VALUE < 10)"
        " CONSTRAINT c3 CHECK (VALUE <> 5);",
    )
    assert "DROP DOMAIN" not in sql
    assert 'VALIDATE CONSTRAINT "c2"' in sql and 'DROP CONSTRAINT "c1"' in sql


def test_domain_check_added_under_an_array_column(make_db: MakeDb) -> None:
    # PostgreSQL cannot check a domain inside arrays in place.
    a, _ = _migrate(
        make_db,
        "CREATE DOMAIN d AS int; CREATE TABLE t (v d[]);",
        "CREATE DOMAIN d AS int CHECK (VALUE > 0); CREATE TABLE t (v d[]);",
        "INSERT INTO t VALUES ('{1,2}');",
    )
    assert _rows(a, "SELECT v::text FROM t") == [("{1,2}",)]


def test_domain_base_type_change_keeps_rows(make_db: MakeDb) -> None:
    a, _ = _migrate(
        make_db,
        "CREATE DOMAIN m AS numeric(10,2); CREATE TABLE t (v m);",
        "CREATE DOMAIN m AS numeric(14,4); CREATE TABLE t (v m);",
        "INSERT INTO t VALUES (1.5);",
    )
    assert _rows(a, "SELECT v::text FROM t") == [("1.5000",)]


def test_composite_attribute_retyped_under_a_column_keeps_rows(make_db: MakeDb) -> None:
    a_sql = "CREATE TYPE ad AS (street text, zip varchar(5), legacy text); CREATE TABLE t (a ad);"
    b_sql = "CREATE TYPE ad AS (street text, zip varchar(10)); CREATE TABLE t (a ad);"
    a, b = make_db(a_sql + "INSERT INTO t VALUES (ROW('Main', '12345', 'x'));"), make_db(b_sql)
    result = diff_schemas(a, b)
    # The dropped attribute's values are lost: the conversion says so.
    assert any(Hazard.DELETES_DATA in s.hazards for s in result.statements)
    apply(a, result.sql)
    assert _rows(a, "SELECT (a).street, (a).zip FROM t") == [("Main", "12345")]


def test_composite_attribute_added_in_place(make_db: MakeDb) -> None:
    _, sql = _migrate(
        make_db,
        "CREATE TYPE ad AS (street text); CREATE TABLE t (a ad);",
        "CREATE TYPE ad AS (street text, city text); CREATE TABLE t (a ad);",
    )
    assert 'ADD ATTRIBUTE "city" text' in sql


def test_range_and_collation_changes_keep_rows(make_db: MakeDb) -> None:
    a, _ = _migrate(
        make_db,
        "CREATE COLLATION co (provider = libc, locale = 'C');"
        "CREATE TYPE r AS RANGE (subtype = text); CREATE TABLE t (x r, w text COLLATE co);",
        "CREATE COLLATION co (provider = libc, locale = 'POSIX');"
        'CREATE TYPE r AS RANGE (subtype = text, collation = "C");'
        "CREATE TABLE t (x r, w text COLLATE co);",
        "INSERT INTO t VALUES ('[a,b)', 'w');",
    )
    assert _rows(a, "SELECT x::text, w FROM t") == [("[a,b)", "w")]
