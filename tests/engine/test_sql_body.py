"""What LANGUAGE sql string bodies use, as dependency edges (engine/inspect/sql_body.py)."""

from __future__ import annotations

from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.engine.inspect.sql_body import body_references

from .conftest import MakeDb, apply


def test_references_leave_out_ctes_and_catalog_types() -> None:
    refs = body_references(
        "WITH c AS (SELECT 1) SELECT x::app.mood, y::int, f(1), s.g() FROM c, app.t, u"
    )
    assert ("relation", "app", "t") in refs
    assert ("relation", None, "u") in refs
    assert ("relation", None, "c") not in refs
    assert ("routine", None, "f") in refs
    assert ("routine", "s", "g") in refs
    assert ("type", "app", "mood") in refs
    assert not [r for r in refs if r[0] == "type" and r[1] == "pg_catalog"]


def test_a_body_that_does_not_parse_has_no_references() -> None:
    assert body_references("SELEC 1 FROM") == []


def test_self_reference_and_cycle_through_a_default_plan(make_db: MakeDb) -> None:
    # The table's default calls the function whose body reads the table: the body edge
    # would close a cycle, so it is left out and the plan still orders and applies.
    b_sql = """
        CREATE TABLE public.codes (n integer);
        CREATE FUNCTION public.next_code_base() RETURNS integer LANGUAGE sql
            AS $$ SELECT 1 $$;
        CREATE FUNCTION public.next_code() RETURNS integer LANGUAGE sql
            AS $$ SELECT count(*)::integer + public.next_code_base() FROM public.codes $$;
        ALTER TABLE public.codes ADD COLUMN code integer DEFAULT public.next_code();
    """
    a, b = make_db(""), make_db(b_sql)
    result = diff_schemas(a, b)
    apply(a, result.sql)
    assert diff_schemas(a, b).is_empty
