"""Proven plans: ``diff_schemas(a, b, validate=True)`` runs the plan on a scratch copy of A.

Bad plans are made deterministically by swapping a generator of ``sqlgen.GENERATORS`` for
one that writes a wrong statement (in-process; PostgreSQL itself is real).
"""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
from pathlib import Path

import psycopg2
import pytest

from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.engine.model import Kind
from pytest_schemadiff.engine.sqlgen import GENERATORS
from pytest_schemadiff.engine.validate import SCRATCH_MARK
from pytest_schemadiff.errors import PlanError, PlanValidationError
from pytest_schemadiff.server import SchemaDiffServer

from .conftest import MakeDb

A_SQL = "CREATE TABLE t (id int PRIMARY KEY, name text); CREATE VIEW v AS SELECT id FROM t;"
B_SQL = "CREATE TABLE u (id int PRIMARY KEY, note text NOT NULL);"


def _dump(server: SchemaDiffServer, url: str) -> str:
    out = subprocess.run(
        [str(Path(server.bin_dir) / "pg_dump"), "--schema-only", "-d", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return "\n".join(line for line in out.splitlines() if not line.startswith("\\"))


def _scratch_left(server: SchemaDiffServer) -> list[str]:
    return [n for n in server.list_databases() if f"{SCRATCH_MARK}{os.getpid()}" in n]


def test_a_good_plan_passes_and_leaves_a_untouched(
    make_db: MakeDb, schemadiff_server: SchemaDiffServer
) -> None:
    a, b = make_db(A_SQL), make_db(B_SQL)
    before = _dump(schemadiff_server, a)
    result = diff_schemas(a, b, validate=True)
    assert result.statements
    assert _dump(schemadiff_server, a) == before
    assert _scratch_left(schemadiff_server) == []


def test_a_failing_statement_names_it_with_postgres_detail_and_hint(
    make_db: MakeDb, schemadiff_server: SchemaDiffServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The view's DROP goes missing: DROP TABLE t then fails, as the view still uses it.
    view = GENERATORS[Kind.VIEW]
    monkeypatch.setitem(GENERATORS, Kind.VIEW, dataclasses.replace(view, drop=lambda o, c: []))
    a, b = make_db(A_SQL), make_db(B_SQL)
    before = _dump(schemadiff_server, a)
    with pytest.raises(PlanValidationError) as caught:
        diff_schemas(a, b, validate=True)
    error = caught.value
    assert isinstance(error, PlanError)
    assert error.statement == 'DROP TABLE "public"."t"'
    assert error.message == (
        "ERROR: cannot drop table t because other objects depend on it "
        "DETAIL: view v depends on table t "
        "HINT: Use DROP ... CASCADE to drop the dependent objects too."
    )
    assert re.match(
        r"the plan fails on a scratch copy of A at statement \d+ of \d+ \(drop table "
        r'"public"\."t"\): ERROR: cannot drop table t',
        str(error),
    )
    assert _dump(schemadiff_server, a) == before
    assert _scratch_left(schemadiff_server) == []


def test_a_plan_that_does_not_converge_names_what_remains(
    make_db: MakeDb, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = GENERATORS[Kind.TABLE]

    def wrong_create(new: object, ctx: object) -> list[object]:
        return [
            dataclasses.replace(s, sql=s.sql.replace("NOT NULL", ""))
            for s in table.create(new, ctx)  # type: ignore[arg-type]
        ]

    monkeypatch.setitem(GENERATORS, Kind.TABLE, dataclasses.replace(table, create=wrong_create))
    a, b = make_db(A_SQL), make_db(B_SQL)
    with pytest.raises(PlanValidationError) as caught:
        diff_schemas(a, b, validate=True)
    assert caught.value.statement is None
    assert str(caught.value) == (
        "the plan does not converge: after it ran on a scratch copy of A, 1 difference(s) "
        'from B remain: column "public"."u"."note" not_null'
    )


def test_a_in_use_is_copied_from_its_schema(
    make_db: MakeDb, schemadiff_server: SchemaDiffServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A session on A makes CREATE DATABASE ... TEMPLATE fail: the copy comes from pg_dump.
    a, b = make_db(A_SQL), make_db(B_SQL)
    held = psycopg2.connect(a)
    try:
        diff_schemas(a, b, validate=True)
        view = GENERATORS[Kind.VIEW]
        monkeypatch.setitem(GENERATORS, Kind.VIEW, dataclasses.replace(view, drop=lambda o, c: []))
        with pytest.raises(PlanValidationError, match="view v depends on table t"):
            diff_schemas(a, b, validate=True)
    finally:
        held.close()
    assert _scratch_left(schemadiff_server) == []


def test_a_live_connection_is_proven_in_its_own_transaction_and_rolled_back(
    make_db: MakeDb, schemadiff_server: SchemaDiffServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What the caller's session sees, uncommitted work included, is what the plan must fix.
    a, b = make_db(A_SQL), make_db(B_SQL)
    conn = psycopg2.connect(a)
    try:
        with conn.cursor() as cur:
            cur.execute("CREATE TABLE uncommitted (id int)")
        result = diff_schemas(conn, b, validate=True)
        assert 'DROP TABLE "public"."uncommitted"' in result.sql
        with conn.cursor() as cur:
            cur.execute("SELECT to_regclass('public.uncommitted'), to_regclass('public.u')")
            assert cur.fetchone() == ("uncommitted", None)
        view = GENERATORS[Kind.VIEW]
        monkeypatch.setitem(GENERATORS, Kind.VIEW, dataclasses.replace(view, drop=lambda o, c: []))
        with pytest.raises(PlanValidationError, match="view v depends on table t"):
            diff_schemas(conn, b, validate=True)
        with conn.cursor() as cur:  # the transaction is usable again
            cur.execute("SELECT to_regclass('public.uncommitted')")
            assert cur.fetchone() == ("uncommitted",)
    finally:
        conn.close()
    assert _scratch_left(schemadiff_server) == []


def test_no_statements_need_no_copy(make_db: MakeDb, schemadiff_server: SchemaDiffServer) -> None:
    a, b = make_db(A_SQL), make_db(A_SQL)
    assert diff_schemas(a, b, validate=True).is_empty
