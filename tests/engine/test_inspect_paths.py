"""How the inspector reads a database: streamed through server-side cursors inside a
transaction, plain cursors in autocommit, and either way the same catalog; a caller's
transaction and settings are left as they were."""

from __future__ import annotations

from typing import Any

import psycopg2
import psycopg2.extensions
import pytest

from pytest_schemadiff.engine import inspect as inspect_module
from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.engine.inspect import inspect_catalog
from pytest_schemadiff.engine.model import Catalog, Kind
from pytest_schemadiff.errors import InspectError

from .conftest import MakeDb

# A bit of every layer the inspector maps: members, defaults using a sequence, a view on a
# table (its rewrite rule), a domain with a constraint, an array of a row type, an index
# behind a constraint, comments and grants.
SCHEMA = """
CREATE SEQUENCE counter;
CREATE DOMAIN positive AS integer CONSTRAINT positive_check CHECK (VALUE > 0);
CREATE TABLE item (
    id integer PRIMARY KEY,
    n positive NOT NULL DEFAULT nextval('counter'),
    label text UNIQUE,
    created timestamptz DEFAULT now()
);
CREATE INDEX item_label_lower ON item (lower(label));
CREATE TABLE bag (id integer PRIMARY KEY, items item[], item_id integer REFERENCES item);
CREATE VIEW big_items AS SELECT id, n FROM item WHERE n > 10;
COMMENT ON TABLE item IS 'things';
GRANT SELECT ON item TO PUBLIC;
"""


def _inspect(url: str, *, autocommit: bool) -> Catalog:
    conn = psycopg2.connect(url)
    conn.autocommit = autocommit
    try:
        return inspect_catalog(conn)
    finally:
        conn.close()


def test_streamed_and_plain_reads_give_the_same_catalog(
    make_db: MakeDb, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = make_db(SCHEMA)
    plain = _inspect(url, autocommit=True)
    # Two rows a round trip: every query of the inspection takes several FETCHes.
    monkeypatch.setattr(inspect_module, "_CHUNK", 2)
    streamed = _inspect(url, autocommit=False)
    assert streamed.objects == plain.objects
    assert streamed.dependencies == plain.dependencies
    assert streamed.addresses == plain.addresses
    view = next(k for k in streamed.objects if k.kind is Kind.VIEW)
    # The view's rewrite rule is read as the view using the table's columns.
    assert {r.kind for r in streamed.dependencies[view]} >= {Kind.COLUMN}


def test_caller_transaction_and_settings_are_left_as_they_were(make_db: MakeDb) -> None:
    url = make_db(SCHEMA)
    target = make_db(SCHEMA + "ALTER TABLE item ADD COLUMN extra text;")
    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute("SET LOCAL cursor_tuple_fraction = 0.25")
            cur.execute("CREATE TABLE uncommitted (id integer)")
        result = diff_schemas(conn, target)
        # The caller's uncommitted table is seen, and the transaction is still theirs.
        assert any("uncommitted" in s.sql for s in result.statements)
        assert conn.info.transaction_status == psycopg2.extensions.TRANSACTION_STATUS_INTRANS
        with conn.cursor() as cur:
            cur.execute("SELECT current_setting('cursor_tuple_fraction')")
            assert cur.fetchone()[0] == "0.25"
            # No cursor of ours is left open in their transaction.
            cur.execute("SELECT count(*) FROM pg_cursors")
            assert cur.fetchone()[0] == 0
    finally:
        conn.rollback()
        conn.close()


def test_ignored_fields_are_not_read(make_db: MakeDb) -> None:
    url = make_db(SCHEMA)
    conn = psycopg2.connect(url)
    try:
        full = inspect_catalog(conn)
        lean = inspect_catalog(conn, ignored_fields={"owner", "comment"})
    finally:
        conn.close()
    table = next(k for k in full.objects if k.kind is Kind.TABLE and k.name == "item")
    assert full.objects[table].owner is not None
    assert full.objects[table].comment == "things"
    assert lean.objects[table].owner is None
    assert lean.objects[table].comment is None
    # What is not ignored is still read.
    assert lean.objects[table].privileges == full.objects[table].privileges


def test_a_failing_query_names_the_kind(make_db: MakeDb, monkeypatch: pytest.MonkeyPatch) -> None:
    url = make_db(SCHEMA)
    original = inspect_module.query_text

    def broken(name: str) -> str:
        # Fails at the first FETCH, not at DECLARE: the error comes from the rows.
        return "SELECT 1 / 0 AS x" if name == "index" else original(name)

    monkeypatch.setattr(inspect_module, "query_text", broken)
    conn = psycopg2.connect(url)
    try:
        with pytest.raises(InspectError, match="inspecting index objects: division"):
            inspect_catalog(conn)
    finally:
        conn.close()


def test_one_connection_for_both_sides(make_db: MakeDb) -> None:
    # Both sides on one connection are read one after the other: read at the same time,
    # their server-side cursors would collide on it.
    conn = psycopg2.connect(make_db(SCHEMA))
    try:
        result = diff_schemas(conn, conn)
        assert result.is_empty
        assert not result.statements
    finally:
        conn.close()


def test_one_snapshot_for_a_whole_inspection(
    make_db: MakeDb, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A table created (and committed) while A is being read, between the table and the
    # column query: all of the inspection sees the database as it was when it began.
    a, b = make_db(SCHEMA), make_db(SCHEMA)
    a_name = psycopg2.extensions.parse_dsn(a)["dbname"]
    original = inspect_module._query

    def query_then_ddl(conn: Any, name: str, params: Any) -> Any:
        result = original(conn, name, params)
        if name == "table" and conn.info.dbname == a_name:
            other = psycopg2.connect(a)
            with other, other.cursor() as cur:
                cur.execute("CREATE TABLE late (id integer PRIMARY KEY)")
            other.close()
        return result

    monkeypatch.setattr(inspect_module, "_query", query_then_ddl)
    result = diff_schemas(a, b)
    assert result.is_empty, [str(d) for d in result.differences]
