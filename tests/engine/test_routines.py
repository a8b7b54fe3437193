"""Functions, triggers and what depends on them: in place where PostgreSQL allows it, data
kept when a function under a column default is re-created, drops of routines unsafe."""

from __future__ import annotations

import psycopg2

from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.engine.model import Key, Kind
from pytest_schemadiff.engine.plan import Action, Hazard, Statement, order_statements

from .conftest import MakeDb, apply


def _migrate(make_db: MakeDb, a_sql: str, b_sql: str) -> tuple[str, list[Statement]]:
    a, b = make_db(a_sql), make_db(b_sql)
    result = diff_schemas(a, b)
    apply(a, result.sql)
    assert diff_schemas(a, b).is_empty
    return a, list(result.statements)


def test_deferred_statement_goes_last_among_ready_ones() -> None:
    f, s = Key(Kind.FUNCTION, "p", "f"), Key(Kind.SEQUENCE, "p", "s")
    statements = [
        Statement("CREATE FUNCTION f", f, Action.CREATE, deferred=True),
        Statement("CREATE SEQUENCE s", s, Action.CREATE),
    ]
    ordered = order_statements(statements, {}, {})
    assert [x.sql for x in ordered] == ["CREATE SEQUENCE s", "CREATE FUNCTION f"]


def test_body_change_is_create_or_replace(make_db: MakeDb) -> None:
    _, statements = _migrate(
        make_db,
        "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT x $$;",
        "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql STABLE AS $$ SELECT x + 1 $$;",
    )
    assert [s.action for s in statements if "FUNCTION" in s.sql] == [Action.ALTER]
    assert "CREATE OR REPLACE FUNCTION" in statements[-1].sql
    assert not any(s.is_unsafe for s in statements)


def test_dropped_function_is_unsafe(make_db: MakeDb) -> None:
    a = make_db("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;")
    result = diff_schemas(a, make_db(""))
    assert [s.sql for s in result.unsafe_statements] == ['DROP FUNCTION "public"."f"()']
    assert Hazard.DELETES_DATA in result.statements[0].hazards


def test_default_is_released_around_a_recreated_function(make_db: MakeDb) -> None:
    a_sql = (
        "CREATE FUNCTION code() RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$;"
        "CREATE TABLE t (id int, code text DEFAULT code());"
        "INSERT INTO t VALUES (1, 'kept');"
    )
    b_sql = (
        "CREATE FUNCTION code() RETURNS varchar LANGUAGE sql AS $$ SELECT 'y'::varchar $$;"
        "CREATE TABLE t (id int, code text DEFAULT code());"
    )
    a, statements = _migrate(make_db, a_sql, b_sql)
    sql = [s.sql for s in statements]
    assert not any("DROP COLUMN" in s for s in sql)
    assert sql.index('ALTER TABLE "public"."t" ALTER COLUMN "code" DROP DEFAULT') < next(
        i for i, s in enumerate(sql) if s.startswith("DROP FUNCTION")
    )
    assert sql[-1] == 'ALTER TABLE "public"."t" ALTER COLUMN "code" SET DEFAULT code()'
    conn = psycopg2.connect(a)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("SELECT code FROM t")
            assert cur.fetchall() == [("kept",)]
    finally:
        conn.close()


def test_trigger_state_change_is_one_alter(make_db: MakeDb) -> None:
    base = (
        "CREATE TABLE t (id int);"
        "CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;"
        "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tg();"
    )
    _, statements = _migrate(make_db, base, base + "ALTER TABLE t ENABLE REPLICA TRIGGER tr;")
    assert [s.sql for s in statements] == ['ALTER TABLE "public"."t" ENABLE REPLICA TRIGGER "tr"']
