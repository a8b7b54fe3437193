"""Operators, operator classes and families, access methods and casts: what changes in
place, what is re-created with its dependents, and which casts belong to selected schemas."""

from __future__ import annotations

import psycopg2

from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.engine.model import Kind

from .conftest import MakeDb, apply

_FUNCTIONS = (
    "CREATE FUNCTION eq(a int, b int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT a = b';"
    "CREATE FUNCTION ne(a int, b int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT a <> b';"
)


def _plan(make_db: MakeDb, a_sql: str, b_sql: str, **options: object) -> list[str]:
    """The plan's SQL from A to B, after checking it reaches B."""
    a, b = make_db(a_sql), make_db(b_sql)
    result = diff_schemas(a, b, **options)  # type: ignore[arg-type]
    apply(a, result.sql)
    assert diff_schemas(a, b, **options).is_empty  # type: ignore[arg-type]
    return [s.sql for s in result.statements]


def _server_version(make_db: MakeDb) -> int:
    conn = psycopg2.connect(make_db(""))
    try:
        return int(conn.server_version)
    finally:
        conn.close()


def test_estimators_change_in_place(make_db: MakeDb) -> None:
    a = _FUNCTIONS + "CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq);"
    b = _FUNCTIONS + (
        "CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq,"
        " RESTRICT = eqsel, JOIN = eqjoinsel);"
    )
    assert _plan(make_db, a, b) == [
        'ALTER OPERATOR "public".=== (integer, integer) SET '
        "(RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel)"
    ]
    assert _plan(make_db, b, a) == [
        'ALTER OPERATOR "public".=== (integer, integer) SET (RESTRICT = NONE, JOIN = NONE)'
    ]


def test_links_are_set_in_place_from_17_and_never_unset(make_db: MakeDb) -> None:
    a = _FUNCTIONS + (
        "CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq);"
        "CREATE OPERATOR !== (LEFTARG = int, RIGHTARG = int, FUNCTION = ne);"
    )
    # !== first: filling in the shell a NEGATOR made would unset the link on its side.
    b = _FUNCTIONS + (
        "CREATE OPERATOR !== (LEFTARG = int, RIGHTARG = int, FUNCTION = ne);"
        "CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq,"
        " NEGATOR = !==, HASHES);"
    )
    forward = _plan(make_db, a, b)
    if _server_version(make_db) >= 170000:
        assert not any(s.startswith("DROP") for s in forward), forward
        assert any("NEGATOR = OPERATOR" in s and s.startswith("ALTER") for s in forward)
    else:
        assert any(s.startswith("DROP OPERATOR") for s in forward), forward
    # A link once set cannot be unset: re-created on every version.
    assert any(s.startswith("DROP OPERATOR") for s in _plan(make_db, b, a))


def test_changed_class_is_recreated_around_its_index(make_db: MakeDb) -> None:
    base = (
        "CREATE FUNCTION c1(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE"
        " AS 'SELECT btint4cmp(b, a)';"
        "CREATE FUNCTION c2(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE"
        " AS 'SELECT -btint4cmp(a, b)';"
        "CREATE TABLE t (x int);"
    )
    a = base + (
        "CREATE OPERATOR CLASS rev FOR TYPE int USING btree AS"
        " OPERATOR 3 =, FUNCTION 1 c1(int, int);"
        "CREATE INDEX t_x ON t (x rev);"
    )
    b = a.replace("c1(int, int)", "c2(int, int)")
    plan = _plan(make_db, a, b)
    kinds = [s.split(" (")[0].split(' "')[0] for s in plan]
    assert kinds == ["DROP INDEX", "DROP OPERATOR CLASS", "CREATE OPERATOR CLASS", "CREATE INDEX"]


def test_casts_go_with_the_schemas_of_their_types_or_function(make_db: MakeDb) -> None:
    a = "CREATE SCHEMA app; CREATE TYPE app.mood AS ENUM ('ok');"
    b = a + (
        "CREATE CAST (app.mood AS text) WITH INOUT;CREATE CAST (xid AS integer) WITHOUT FUNCTION;"
    )
    selected = diff_schemas(make_db(a), make_db(b), schemas=["app"])
    assert [d.key.name for d in selected.differences if d.key.kind is Kind.CAST] == [
        "app.mood AS text"
    ]
    everything = diff_schemas(make_db(a), make_db(b))
    assert sorted(d.key.name for d in everything.differences if d.key.kind is Kind.CAST) == [
        "app.mood AS text",
        "xid AS integer",
    ]
    assert "operator" not in everything.not_compared
