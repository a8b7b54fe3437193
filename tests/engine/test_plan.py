"""Statement ordering: the catalog's dependencies, not hand-written phases."""

from __future__ import annotations

import pytest

from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.engine.model import Key, Kind
from pytest_schemadiff.engine.plan import Action, Statement, order_statements
from pytest_schemadiff.errors import PlanError

from .conftest import MakeDb, apply


def _roundtrip(make_db: MakeDb, a_sql: str, b_sql: str) -> list[str]:
    a, b = make_db(a_sql), make_db(b_sql)
    result = diff_schemas(a, b)
    apply(a, result.sql)
    assert diff_schemas(a, b).is_empty
    return [s.sql for s in result.statements]


def test_cycle_names_the_objects() -> None:
    t1, t2 = Key(Kind.TABLE, "s", "t1"), Key(Kind.TABLE, "s", "t2")
    statements = [
        Statement("CREATE TABLE t1 ()", t1, Action.CREATE),
        Statement("CREATE TABLE t2 ()", t2, Action.CREATE),
    ]
    deps = {t1: frozenset({t2}), t2: frozenset({t1})}
    with pytest.raises(PlanError, match=r'create table "s"\."t1".*create table "s"\."t2"'):
        order_statements(statements, {}, deps)


def test_foreign_key_after_both_tables_and_mutual_keys(make_db: MakeDb) -> None:
    sql = _roundtrip(
        make_db,
        "",
        "CREATE TABLE a (id int PRIMARY KEY, b_id int);"
        "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);"
        "ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;",
    )
    assert sum("FOREIGN KEY" in s for s in sql) == 2
    assert all(
        not s.startswith("CREATE TABLE")
        for s in sql[sql.index(next(s for s in sql if "FOREIGN KEY" in s)) :]
    )


def test_mutual_foreign_keys_drop(make_db: MakeDb) -> None:
    _roundtrip(
        make_db,
        "CREATE TABLE a (id int PRIMARY KEY, b_id int);"
        "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);"
        "ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;",
        "",
    )


def test_views_on_views_both_ways(make_db: MakeDb) -> None:
    chain = (
        "CREATE TABLE t (id int, v text);"
        "CREATE VIEW v1 AS SELECT id, v FROM t;"
        "CREATE VIEW v2 AS SELECT id FROM v1;"
        "CREATE VIEW v3 AS SELECT count(*) AS n FROM v2;"
    )
    created = _roundtrip(make_db, "", chain)
    assert [s.split()[1] for s in created] == ["TABLE", "VIEW", "VIEW", "VIEW"]
    dropped = _roundtrip(make_db, chain, "")
    assert [s.split()[2] for s in dropped] == [
        '"public"."v3"',
        '"public"."v2"',
        '"public"."v1"',
        '"public"."t"',
    ]


def test_column_type_change_recreates_dependent_views(make_db: MakeDb) -> None:
    a = (
        "CREATE TABLE t (id int, v varchar(10));"
        "CREATE VIEW v1 AS SELECT id, v FROM t;"
        "CREATE VIEW v2 AS SELECT v FROM v1;"
    )
    sql = _roundtrip(make_db, a, a.replace("varchar(10)", "text"))
    kinds = [s.split("\n")[0] for s in sql]
    assert kinds[0].startswith('DROP VIEW "public"."v2"')
    assert kinds[1].startswith('DROP VIEW "public"."v1"')
    assert "TYPE text" in kinds[2]
    assert kinds[3].startswith('CREATE VIEW "public"."v1"')
    assert kinds[4].startswith('CREATE VIEW "public"."v2"')


def test_compatible_view_change_is_in_place(make_db: MakeDb) -> None:
    sql = _roundtrip(
        make_db,
        "CREATE TABLE t (id int, v int); CREATE VIEW v AS SELECT id FROM t;",
        "CREATE TABLE t (id int, v int); CREATE VIEW v AS SELECT id, v FROM t;",
    )
    assert len(sql) == 1 and sql[0].startswith("CREATE OR REPLACE VIEW")


def test_serial_sequence_before_table_owned_by_after(make_db: MakeDb) -> None:
    sql = _roundtrip(make_db, "", "CREATE SCHEMA s; CREATE TABLE s.t (id serial PRIMARY KEY)")
    assert sql[0] == 'CREATE SCHEMA "s"'
    assert sql[1].startswith('CREATE SEQUENCE "s"."t_id_seq"')
    assert sql[2].startswith('CREATE TABLE "s"."t"')
    assert sql.index('ALTER SEQUENCE "s"."t_id_seq" OWNED BY "s"."t"."id"') > 2


def test_serial_table_with_owners_compared(make_db: MakeDb) -> None:
    # The sequence's OWNER TO follows its OWNED BY in generation order; the table waits for
    # the OWNER TO, so a chain through OWNED BY (which waits for the table) was a cycle.
    a = make_db("")
    b = make_db("CREATE SCHEMA s; CREATE TABLE s.t (id serial PRIMARY KEY)")
    result = diff_schemas(a, b, ignore_owners=False)
    sql = [s.sql for s in result.statements]
    owned_by = sql.index('ALTER SEQUENCE "s"."t_id_seq" OWNED BY "s"."t"."id"')
    assert owned_by > sql.index(next(s for s in sql if s.startswith('CREATE TABLE "s"."t"')))
    assert any(s.startswith('ALTER SEQUENCE "s"."t_id_seq" OWNER TO') for s in sql)
    apply(a, result.sql)
    assert diff_schemas(a, b, ignore_owners=False).is_empty


def test_partitions_attach_and_detach(make_db: MakeDb) -> None:
    parent = "CREATE TABLE p (id int, at date) PARTITION BY RANGE (at);"
    child = "CREATE TABLE c (id int, at date);"
    attached = "ALTER TABLE p ATTACH PARTITION c FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');"
    sql = _roundtrip(make_db, parent + child, parent + child + attached)
    assert sql == [
        'ALTER TABLE public.p ATTACH PARTITION "public"."c" '
        "FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')"
    ]
    assert _roundtrip(make_db, parent + child + attached, parent + child) == [
        'ALTER TABLE public.p DETACH PARTITION "public"."c"'
    ]


def test_odd_identifiers_round_trip(make_db: MakeDb) -> None:
    _roundtrip(
        make_db,
        "",
        'CREATE SCHEMA "My Schema"; CREATE TABLE "My Schema"."select" ('
        '"a ""quoted"" col" int PRIMARY KEY, "ünï" text CHECK ("ünï" <> \'\'));'
        'CREATE INDEX "idx; drop" ON "My Schema"."select" ("ünï");'
        'CREATE VIEW "My Schema"."View" AS SELECT "a ""quoted"" col" FROM "My Schema"."select";',
    )
