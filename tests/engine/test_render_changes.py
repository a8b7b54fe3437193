"""Differences a person reads at a glance: grants added and revoked, unified diffs of long
definitions (real schemas, exact shape)."""

from __future__ import annotations

import json

from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.engine.render import render_json, render_text

from .conftest import MakeDb

ROLES = """
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation
THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation
THEN NULL; END $$;
"""


def test_a_changed_privilege_list_shows_grants_added_and_revoked(make_db: MakeDb) -> None:
    a = make_db(
        ROLES + "CREATE TABLE t (id int, secret text);"
        "GRANT SELECT, INSERT, UPDATE ON t TO schemadiff_writer;"
        "GRANT SELECT (id) ON t TO schemadiff_reader;"
    )
    b = make_db(
        ROLES + "CREATE TABLE t (id int, secret text);"
        "GRANT SELECT, UPDATE ON t TO schemadiff_writer;"
        "GRANT SELECT ON t TO schemadiff_reader WITH GRANT OPTION;"
    )
    result = diff_schemas(a, b)
    assert render_text(result.differences).splitlines() == [
        "changed:",
        '  column "public"."t"."id"',
        "    privileges:",
        "      - SELECT (id) from schemadiff_reader",
        '  table "public"."t"',
        "    privileges:",
        "      + SELECT to schemadiff_reader with grant option",
        "      - INSERT from schemadiff_writer",
    ]
    document = json.loads(render_json(result.differences, result.statements, ()))
    table = next(d for d in document["differences"] if d["key"]["kind"] == "table")
    assert table["grants_added"] == [
        {"grantee": "schemadiff_reader", "privilege": "SELECT", "column": "", "grantable": True}
    ]
    assert table["grants_revoked"] == [
        {"grantee": "schemadiff_writer", "privilege": "INSERT", "column": "", "grantable": False}
    ]
    assert "old" in table and "new" in table  # the whole lists stay, for programs


def test_a_dropped_grant_on_default_privileges_lists_only_that_grant(make_db: MakeDb) -> None:
    a = make_db(ROLES + "CREATE TABLE t (id int); GRANT SELECT ON t TO schemadiff_reader;")
    b = make_db(ROLES + "CREATE TABLE t (id int);")
    result = diff_schemas(a, b)
    assert render_text(result.differences).splitlines() == [
        "changed:",
        '  table "public"."t"',
        "    privileges:",
        "      - SELECT from schemadiff_reader",
    ]


def test_a_long_definition_shows_a_unified_diff_of_the_changed_lines(make_db: MakeDb) -> None:
    view = (
        "CREATE TABLE orders (id int, customer text, total numeric, paid boolean);"
        "CREATE VIEW unpaid AS SELECT id, customer, total FROM orders WHERE {};"
    )
    a = make_db(view.format("NOT paid"))
    b = make_db(view.format("NOT paid AND total > 0"))
    result = diff_schemas(a, b)
    assert render_text(result.differences).splitlines() == [
        "changed:",
        '  view "public"."unpaid"',
        "    definition:",
        "      @@ -4,2 +4,2 @@",
        "          FROM orders",
        "      -  WHERE (NOT paid);",
        "      +  WHERE ((NOT paid) AND (total > (0)::numeric));",
    ]


def test_a_function_body_change_shows_only_the_changed_lines(make_db: MakeDb) -> None:
    body = """
CREATE FUNCTION f(x int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
    IF x < 0 THEN
        RETURN 0;
    END IF;
    RETURN x * {};
END
$$;
"""
    a, b = make_db(body.format(2)), make_db(body.format(3))
    lines = render_text(diff_schemas(a, b).differences).splitlines()
    assert lines == [
        "changed:",
        '  function "public"."f"(x integer)',
        "    body:",
        "      @@ -4,3 +4,3 @@",
        "           END IF;",
        "      -    RETURN x * 2;",
        "      +    RETURN x * 3;",
        "       END",
    ]


def test_short_values_stay_on_one_line(make_db: MakeDb) -> None:
    a = make_db("CREATE TABLE t (id int DEFAULT 1)")
    b = make_db("CREATE TABLE t (id int DEFAULT 2)")
    assert render_text(diff_schemas(a, b).differences).splitlines() == [
        "changed:",
        '  column "public"."t"."id"',
        "    default: '1' -> '2'",
    ]
