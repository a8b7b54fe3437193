"""``schemadiff --validate``: the SQL is proven on a scratch copy of A before it is written."""

from __future__ import annotations

import dataclasses
import os
import subprocess
from pathlib import Path

import pytest

from pytest_schemadiff.engine.model import Kind
from pytest_schemadiff.engine.sqlgen import GENERATORS
from pytest_schemadiff.engine.validate import SCRATCH_MARK
from pytest_schemadiff.server import SchemaDiffServer

from .conftest import NewDatabase, RunCli

A_SQL = "CREATE TABLE t (id int PRIMARY KEY, name text); CREATE VIEW v AS SELECT id FROM t;\n"
B_SQL = "CREATE TABLE u (id int PRIMARY KEY, note text NOT NULL);\n"


def _dump(server: SchemaDiffServer, url: str) -> list[str]:
    out = subprocess.run(
        [str(Path(server.bin_dir) / "pg_dump"), "--schema-only", "-d", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [line for line in out.splitlines() if not line.startswith("\\")]


@pytest.fixture
def view_drop_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bad plan, deterministically: the view's DROP goes missing, so DROP TABLE fails."""
    view = GENERATORS[Kind.VIEW]
    monkeypatch.setitem(GENERATORS, Kind.VIEW, dataclasses.replace(view, drop=lambda o, c: []))


def test_a_good_plan_is_written(cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "a.sql").write_text(A_SQL)
    (tmp_path / "b.sql").write_text(B_SQL)
    result = cli("--validate", "--unsafe", str(tmp_path / "a.sql"), str(tmp_path / "b.sql"))
    assert result.code == 2, result.err
    assert 'CREATE TABLE "public"."u"' in result.out


@pytest.mark.usefixtures("view_drop_lost")
def test_a_failing_plan_exits_1_with_the_message_and_the_statement(
    cli: RunCli, tmp_path: Path
) -> None:
    (tmp_path / "a.sql").write_text(A_SQL)
    (tmp_path / "b.sql").write_text(B_SQL)
    result = cli("--validate", "--unsafe", str(tmp_path / "a.sql"), str(tmp_path / "b.sql"))
    assert result.code == 1
    assert result.out == ""
    first, statement = result.err_lines
    assert first.startswith("schemadiff: error: the plan fails on a scratch copy of A at ")
    assert first.endswith(
        '(drop table "public"."t"): ERROR: cannot drop table t because other objects depend '
        "on it DETAIL: view v depends on table t HINT: Use DROP ... CASCADE to drop the "
        "dependent objects too."
    )
    assert statement == 'DROP TABLE "public"."t";'


@pytest.mark.usefixtures("view_drop_lost")
def test_a_database_is_left_untouched(
    cli: RunCli, new_db: NewDatabase, schemadiff_server: SchemaDiffServer
) -> None:
    a, b = new_db(A_SQL), new_db(B_SQL)
    before = _dump(schemadiff_server, a)
    assert cli("--validate", "--unsafe", a, b).code == 1
    assert _dump(schemadiff_server, a) == before
    mark = f"{SCRATCH_MARK}{os.getpid()}"
    assert not [n for n in schemadiff_server.list_databases() if mark in n]


def test_without_validate_the_bad_plan_is_written(
    cli: RunCli, new_db: NewDatabase, view_drop_lost: None
) -> None:
    result = cli("--unsafe", new_db(A_SQL), new_db(B_SQL))
    assert result.code == 2
    assert 'DROP TABLE "public"."t"' in result.out
