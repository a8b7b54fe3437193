"""Building the states: loader fixtures overridden in conftest.py, every input format through
``db``, and load errors reported as one line."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from pytest_schemadiff.connection import connect
from pytest_schemadiff.server import SchemaDiffServer

from .conftest import PENDING, Inner

# The seed recipe's load_pre_migration / load_post_migration, as fixtures.
SEED_CONFTEST = """
from pathlib import Path

import psycopg2
import pytest


def run_file(dburl, path):
    with psycopg2.connect(dburl) as conn, conn.cursor() as cur:
        cur.execute(Path(path).read_text())
    conn.close()


@pytest.fixture(scope="session")
def load_pre_migration():
    def load(dburl):
        run_file(dburl, "schema/v1.sql")
    return load


@pytest.fixture(scope="session")
def load_post_migration(load_pre_migration):
    def load(dburl):
        load_pre_migration(dburl)
        run_file(dburl, "schema/v2.sql")
    return load
"""

SEED_TESTS = """
def test_state(db):
    conn = db.connect()
    with conn.cursor() as cur:
        cur.execute("SELECT obj_description('item'::regclass)")
        assert cur.fetchone()[0] == "from conftest"
        cur.execute("SELECT count(*) FROM pg_attribute WHERE attrelid = 'item'::regclass "
                    "AND attname = 'price'")
        assert cur.fetchone()[0] == (1 if db.state == "post" else 0)
    conn.close()
"""


def test_loader_fixtures_overridden_in_conftest(inner: Inner) -> None:
    # pending.sql only says that there is a migration (so db[pre] exists); the conftest
    # loaders decide what each state holds.
    inner.migrations(dump=None, pending="-- see schema/v2.sql\nSELECT 1;\n")
    schema = inner.pytester.mkdir("schema")
    (schema / "v1.sql").write_text(
        "CREATE TABLE item (id int); COMMENT ON TABLE item IS 'from conftest';"
    )
    (schema / "v2.sql").write_text("ALTER TABLE item ADD COLUMN price numeric;")
    inner.pytester.makeconftest(SEED_CONFTEST)
    inner.pytester.makepyfile(test_seed=SEED_TESTS)
    result = inner.run("-v", "-k", "not schemadiff_")
    result.stdout.fnmatch_lines(["*test_state[[]pre[]] PASSED*", "*test_state[[]post[]] PASSED*"])
    result.assert_outcomes(passed=2)


# Rows with a tab, a NULL and a backslash: what COPY data escapes.
FILL = r"""
CREATE TABLE public.customer (id serial PRIMARY KEY, name text NOT NULL, note text);
INSERT INTO public.customer (name, note)
    VALUES ('ada', E'tab\there'), ('grace', NULL), ('linus', 'back\slash');
CREATE TABLE public.orders (id serial PRIMARY KEY, customer_id integer REFERENCES customer);
"""

FORMAT_TESTS = """
def test_loaded(db):
    conn = db.connect()
    with conn.cursor() as cur:
        cur.execute("SELECT name, note FROM public.customer ORDER BY id")
        rows = [("ada", "tab\\there"), ("grace", None), ("linus", "back\\\\slash")]
        assert cur.fetchall() == rows
        cur.execute("SELECT nextval('public.customer_id_seq')")
        assert cur.fetchone()[0] == 4
        cur.execute("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.orders'::regclass "
                    "AND attname = 'shipped'")
        assert cur.fetchone()[0] == (1 if db.state == "post" else 0)
    conn.close()
"""


@pytest.fixture(scope="module")
def source_db(schemadiff_server: SchemaDiffServer) -> Iterator[str]:
    """A database with a schema and rows, for pg_dump to dump."""
    # One per process: xdist workers each set this module fixture up, and a shared name made
    # them drop (or race to create) each other's database.
    name = f"schemadiff_plugin_dump_source_{uuid.uuid4().hex[:8]}"
    url = schemadiff_server.create_database(name)
    with connect(url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(FILL)
    yield url
    schemadiff_server.drop_database(name)


@pytest.mark.parametrize("dump_format", ["sql", "pg_dump", "custom"])
def test_every_dump_format(inner: Inner, source_db: str, dump_format: str) -> None:
    dump = inner.path / "MIGRATIONS" / "production.dump.sql"
    inner.migrations(pending="ALTER TABLE public.orders ADD COLUMN shipped date;\n")
    if dump_format == "sql":
        dump.write_text(FILL + "SELECT setval('public.customer_id_seq', 3);\n")
    elif dump_format == "pg_dump":
        dump.write_bytes(inner.pg_dump(source_db))
        text = dump.read_text()
        assert "COPY public.customer" in text
        if "\\restrict" not in text:  # written by releases from 17.6 / 16.10 / 15.14 on
            assert inner.server.version.major < 18
    else:
        dump.write_bytes(inner.pg_dump(source_db, "-Fc"))
        assert dump.read_bytes().startswith(b"PGDMP")
    inner.pytester.makepyfile(test_format=FORMAT_TESTS)
    result = inner.run("-k", "not schemadiff_")
    result.assert_outcomes(passed=2)


def test_broken_pending_fails_post_tests_with_one_line(inner: Inner) -> None:
    inner.migrations(pending=PENDING + "\nALTER TABLE public.nowhere\n    ADD COLUMN x int;\n")
    inner.pytester.makepyfile(
        test_broken="""
        def test_a(db):
            pass

        def test_b(db):
            pass
        """
    )
    result = inner.run("-v", "-k", "not schemadiff_")
    result.assert_outcomes(passed=2, errors=2)
    pending = inner.path / "MIGRATIONS" / "pending.sql"
    message = (
        f"building the post-migration database: {pending}:4: "
        'relation "public.nowhere" does not exist'
    )
    result.stdout.fnmatch_lines(
        [
            "*test_a[[]pre[]] PASSED*",
            "*test_a[[]post[]] ERROR*",
            "*test_b[[]pre[]] PASSED*",
            "*test_b[[]post[]] ERROR*",
            "*ERROR at setup of test_a[[]post[]]*",
            message,
            "*ERROR at setup of test_b[[]post[]]*",
            # Said in full once: the next test that needs it points there.
            "the post-migration database could not be built: see the first error, in "
            "test_broken.py::test_a[[]post[]]",
        ]
    )
    assert result.stdout.str().count("does not exist") == 1
    for noise in ("*Traceback*", "*During handling*", "*fixtures.py*", "*LoadError*"):
        result.stdout.no_fnmatch_line(noise)


def test_broken_dump_fails_both_states(inner: Inner) -> None:
    inner.migrations(dump="CREATE TABLE ok (id int);\nCREATE TABLE bad (id nosuchtype);\n")
    inner.pytester.makepyfile(test_broken="def test_a(db):\n    pass\n")
    result = inner.run("-k", "not schemadiff_")
    result.assert_outcomes(errors=2)
    dump = inner.path / "MIGRATIONS" / "production.dump.sql"
    result.stdout.fnmatch_lines(
        [f'building the pre-migration database: {dump}:2: type "nosuchtype" does not exist']
    )
    result.stdout.no_fnmatch_line("*Traceback*")
