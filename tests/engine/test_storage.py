"""Physical attributes of tables, columns and indexes: what their statements do to a live
table (hazards, kept rows), and where PostgreSQL has no in-place form."""

from __future__ import annotations

import dataclasses

import psycopg2

from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.engine.compare import compare_catalogs
from pytest_schemadiff.engine.inspect import inspect_catalog
from pytest_schemadiff.engine.plan import Hazard, Statement

from .conftest import MakeDb, apply

_AM = "CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;"


def _only(statements: tuple[Statement, ...], text: str) -> Statement:
    found = [s for s in statements if text in s.sql]
    assert len(found) == 1, [s.sql for s in statements]
    return found[0]


def test_settings_are_in_place_with_their_locks(make_db: MakeDb) -> None:
    a = make_db(
        _AM + "CREATE TABLE t (id int PRIMARY KEY, body text);"
        "CREATE INDEX t_e ON t ((lower(body)));"
        "INSERT INTO t VALUES (1, 'kept');"
    )
    b = make_db(
        _AM + "CREATE TABLE t (id int PRIMARY KEY, body text COMPRESSION pglz) USING heap2;"
        "ALTER TABLE t ALTER body SET STORAGE EXTERNAL, ALTER body SET STATISTICS 300;"
        "CREATE INDEX t_e ON t ((lower(body)));"
        "ALTER INDEX t_e ALTER COLUMN 1 SET STATISTICS 40;"
        "ALTER TABLE t CLUSTER ON t_e, REPLICA IDENTITY FULL;"
    )
    result = diff_schemas(a, b)
    statements = result.statements
    # SHARE UPDATE EXCLUSIVE: no hazard.
    assert _only(statements, "SET STATISTICS 300").hazards == frozenset()
    assert _only(statements, "SET STATISTICS 40").hazards == frozenset()
    assert _only(statements, "CLUSTER ON").hazards == frozenset()
    exclusive = frozenset({Hazard.ACCESS_EXCLUSIVE_LOCK})
    assert _only(statements, "SET STORAGE EXTERNAL").hazards == exclusive
    assert _only(statements, "SET COMPRESSION pglz").hazards == exclusive
    assert _only(statements, "REPLICA IDENTITY FULL").hazards == exclusive
    assert _only(statements, "SET ACCESS METHOD").hazards == exclusive | {Hazard.REWRITES_TABLE}
    assert not result.unsafe_statements
    apply(a, result.sql)
    assert diff_schemas(a, b).is_empty
    conn = psycopg2.connect(a)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("SELECT id, body FROM t")
            assert cur.fetchall() == [(1, "kept")]
    finally:
        conn.close()


def test_type_change_sets_storage_and_compression_again(make_db: MakeDb) -> None:
    # ALTER COLUMN TYPE resets both to the defaults: unchanged settings are written again.
    settings = "ALTER TABLE t ALTER v SET STORAGE MAIN, ALTER v SET COMPRESSION pglz;"
    a = make_db("CREATE TABLE t (v varchar(10));" + settings)
    b = make_db("CREATE TABLE t (v text);" + settings)
    sql = diff_schemas(a, b).sql
    assert sql.index("TYPE text") < sql.index("SET STORAGE MAIN") < sql.index("pglz")
    apply(a, sql)
    assert diff_schemas(a, b).is_empty


def test_access_method_before_postgresql_15_recreates_the_table(make_db: MakeDb) -> None:
    a = make_db(_AM + "CREATE TABLE t (id int);")
    b = make_db(_AM + "CREATE TABLE t (id int) USING heap2;")
    with psycopg2.connect(a) as conn_a, psycopg2.connect(b) as conn_b:
        catalog_a, catalog_b = inspect_catalog(conn_a), inspect_catalog(conn_b)
    conn_a.close()
    conn_b.close()
    # As read from PostgreSQL 14, which has no ALTER TABLE ... SET ACCESS METHOD.
    old_server = dataclasses.replace(catalog_a, server_version=140000)
    result = compare_catalogs(old_server, catalog_b)
    assert "SET ACCESS METHOD" not in result.sql
    drop = _only(result.statements, "DROP TABLE")
    assert Hazard.DELETES_DATA in drop.hazards
    assert 'CREATE TABLE "public"."t" (\n    "id" integer\n) USING "heap2"' in result.sql
