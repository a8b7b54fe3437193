"""Every test starts from the exact template state, whatever the tests before it did.

The inner conftest fingerprints the database each ``db`` test receives (tables, columns,
every row, every sequence's state) before the test runs; all fingerprints of a state must
be equal. Each writing test also checks that it did change the fingerprint, so a
fingerprint blind to its change cannot make the test pass.
"""

from __future__ import annotations

import json
from collections import defaultdict

from .conftest import DUMP, Inner

# The dump also moves a never-called sequence away from its start value, the way pg_dump
# writes one: a reset that merely RESTARTs it would land on 100, not 500.
ISOLATION_DUMP = DUMP + "SELECT pg_catalog.setval('public.invoice_no', 500, false);\n"

CONFTEST = '''
import json
import os
from pathlib import Path

import psycopg2
import pytest

RECORDS = Path(__file__).parent / "records.jsonl"

FINGERPRINT = """
SELECT jsonb_build_object(
  'relations', (
    SELECT jsonb_agg(jsonb_build_array(n.nspname, c.relname, c.relkind)
                    ORDER BY n.nspname, c.relname)
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg\\\\_toast%%'),
  'work_mem', (SELECT current_setting('work_mem')),
  'columns', (
    SELECT jsonb_agg(jsonb_build_array(a.attrelid::regclass::text, a.attname,
                                       a.atttypid::regtype::text)
                    ORDER BY c.relname, a.attnum)
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
      AND a.attnum > 0 AND NOT a.attisdropped)
)
"""


def fingerprint(url):
    conn = psycopg2.connect(url)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(FINGERPRINT)
            found = cur.fetchone()[0]
            cur.execute(
                "SELECT c.oid::regclass::text, c.relkind FROM pg_class c "
                "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'S') "
                "ORDER BY 1"
            )
            for name, kind in cur.fetchall():
                if kind == "S":
                    cur.execute(f"SELECT last_value, is_called FROM {name}")
                    found[name] = list(cur.fetchone())
                else:
                    cur.execute(
                        f"SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY to_jsonb(t)::text), "
                        f"'[]') FROM {name} t"
                    )
                    found[name] = cur.fetchone()[0]
            cur.execute("SELECT oid FROM pg_database WHERE datname = current_database()")
            oid = cur.fetchone()[0]
    finally:
        conn.close()
    return found, oid


@pytest.fixture(autouse=True)
def record_start_state(request):
    if "db" not in request.fixturenames:
        yield
        return
    db = request.getfixturevalue("db")
    found, oid = fingerprint(db)
    request.node.start_fingerprint = found
    with RECORDS.open("a") as f:
        f.write(json.dumps({
            "test": request.node.name,
            "state": db.state,
            "worker": os.environ.get("PYTEST_XDIST_WORKER", "main"),
            "oid": oid,
            "fingerprint": found,
        }) + "\\n")
    yield


@pytest.fixture
def changed(request, db):
    """Call at the end of a writing test: asserts the fingerprint saw the change."""
    def check():
        assert fingerprint(db)[0] != request.node.start_fingerprint
    return check
'''

TESTS = """
import psycopg2
import pytest

OPEN = []
# Writes that need a new clone run on one state only, to keep the run short; the cheap,
# in-place resets run on both.
POST_ONLY = pytest.mark.db_state("post")


def run(db, *statements):
    conn = psycopg2.connect(db)
    conn.autocommit = True
    with conn.cursor() as cur:
        for statement in statements:
            cur.execute(statement)
    conn.close()


def test_read_only(db):
    run(db, "SELECT * FROM customer", "SELECT * FROM orders")


def test_insert_into_empty_table(db, changed):
    run(db, "INSERT INTO orders (customer_id, total) VALUES (1, 9.5), (2, 1)")
    changed()


@POST_ONLY
def test_insert_into_filled_table(db, changed):
    run(db, "INSERT INTO customer (name) VALUES ('linus')")
    changed()


@POST_ONLY
def test_update_template_rows(db, changed):
    run(db, "UPDATE customer SET name = upper(name)")
    changed()


@POST_ONLY
def test_delete_template_rows(db, changed):
    run(db, "DELETE FROM customer WHERE name = 'ada'")
    changed()


@POST_ONLY
def test_truncate_filled_table(db, changed):
    run(db, "TRUNCATE customer CASCADE")
    changed()


@POST_ONLY
def test_ddl(db, changed):
    run(
        db,
        "CREATE TABLE extra (id int)",
        "INSERT INTO extra VALUES (1)",
        "ALTER TABLE customer ADD COLUMN nickname text",
        "DROP TABLE orders",
    )
    changed()


def test_nextval(db, changed):
    run(db, "SELECT nextval('invoice_no')", "SELECT nextval('orders_id_seq')")
    changed()


def test_setval_not_called(db, changed):
    run(db, "SELECT setval('invoice_no', 7, false)")
    changed()


def test_insert_and_rollback(db, changed):
    conn = psycopg2.connect(db)
    with conn.cursor() as cur:
        cur.execute("INSERT INTO orders (customer_id) VALUES (1)")
    conn.rollback()
    conn.close()
    changed()  # the serial moved even though the row is gone


@POST_ONLY
def test_database_setting(db, changed):
    run(db, f"ALTER DATABASE {db.name} SET work_mem = '7MB'")
    changed()


@POST_ONLY
def test_temp_table(db):
    conn = psycopg2.connect(db)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("CREATE TEMP TABLE scratch AS SELECT 1 AS one")
        cur.execute("CREATE TEMP SEQUENCE scratch_seq")
    conn.close()


def test_connections_left_open(db, changed):
    run(db, "INSERT INTO orders (customer_id) VALUES (2)")
    idle = psycopg2.connect(db)
    busy = psycopg2.connect(db)
    with busy.cursor() as cur:
        cur.execute("UPDATE customer SET name = 'held' WHERE id = 1")  # uncommitted
    OPEN.extend([idle, busy])
    changed()
"""

TESTS_PER_STATE = {
    "post": TESTS.count("\ndef test_"),
    "pre": TESTS.count("\ndef test_") - TESTS.count("\n@POST_ONLY\n"),
}


def check_records(inner: Inner, tests_per_state: dict[str, int]) -> list[dict]:
    lines = (inner.path / "records.jsonl").read_text().splitlines()
    records = [json.loads(line) for line in lines]
    by_state: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        by_state[record["state"]].append(record)
    assert set(by_state) == {"pre", "post"}
    for state, seen in by_state.items():
        assert len(seen) == tests_per_state[state]
        first = seen[0]["fingerprint"]
        # The template's own rows are there; the states differ only by the migration.
        assert [row["name"] for row in first["customer"]] == ["ada", "grace"]
        assert first["invoice_no"] == [500, False]
        assert first["orders"] == []
        differing = [r["test"] for r in seen if r["fingerprint"] != first]
        assert not differing, f"{state}: these tests did not start from the template state"
    pre, post = by_state["pre"][0]["fingerprint"], by_state["post"][0]["fingerprint"]
    assert ["customer", "email", "text"] in post["columns"]
    assert ["customer", "email", "text"] not in pre["columns"]
    return records


def test_each_test_starts_from_the_template_state(inner: Inner) -> None:
    inner.migrations(dump=ISOLATION_DUMP)
    inner.pytester.makeconftest(CONFTEST)
    inner.pytester.makepyfile(test_writes=TESTS)
    # Deselects the built-in check items: only the tests above.
    result = inner.run("-k", "not schemadiff_")
    result.assert_outcomes(passed=sum(TESTS_PER_STATE.values()))
    records = check_records(inner, TESTS_PER_STATE)
    # Reads and writes to tables the template leaves empty are undone in place: the
    # clone after them is the same database, not a new clone.
    for state in ("pre", "post"):
        oids = [r["oid"] for r in records if r["state"] == state]
        assert oids[0] == oids[1] == oids[2], "read_only or insert_into_empty re-cloned"


# Across workers: the cheap resets, one re-clone, and sessions left open.
XDIST_WRITERS = ["insert_into_empty_table", "update_template_rows", "nextval"]
XDIST_WRITERS += ["setval_not_called", "connections_left_open"]


def test_each_test_starts_from_the_template_state_under_xdist(inner: Inner) -> None:
    inner.migrations(dump=ISOLATION_DUMP)
    inner.pytester.makeconftest(CONFTEST)
    inner.pytester.makepyfile(test_writes=TESTS)
    selected = " or ".join(["read_only", *XDIST_WRITERS])
    result = inner.run("-n", "2", "-k", selected)
    per_state = {"pre": 5, "post": len(XDIST_WRITERS) + 1}  # update_template_rows: post only
    result.assert_outcomes(passed=sum(per_state.values()))
    records = check_records(inner, per_state)
    assert {r["worker"] for r in records} == {"gw0", "gw1"}
