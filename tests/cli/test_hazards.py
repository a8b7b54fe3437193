"""Hazards on the command line: ``--unsafe-hazards``, reasons in every output, and
``Migration.set_unsafe_hazards``."""

from __future__ import annotations

import json

import pytest

from pytest_schemadiff import Migration, UnsafeMigrationException

from .conftest import NewDatabase, RunCli

A_SQL = "CREATE TABLE t (id int, name text);"
B_SQL = "CREATE TABLE t (id int, name text NOT NULL);"


def test_default_unsafe_set_is_deleting_data(cli: RunCli, new_db: NewDatabase) -> None:
    result = cli(new_db(A_SQL), new_db(B_SQL))
    assert result.code == 2
    assert 'ALTER TABLE "public"."t" ALTER COLUMN "name" SET NOT NULL;' in result.out


def test_unsafe_hazards_choose_what_counts(cli: RunCli, new_db: NewDatabase) -> None:
    result = cli("--unsafe-hazards", "scans-table,rewrites-table", new_db(A_SQL), new_db(B_SQL))
    assert result.code == 3
    assert result.out == ""
    assert result.err_lines == [
        "schemadiff: error: 1 unsafe statement (hazards: rewrites-table, scans-table) "
        "generated; review them, then use --unsafe to write them:",
        '  ALTER TABLE "public"."t" ALTER COLUMN "name" SET NOT NULL;  -- scans table: scans '
        "all of public.t for NULLs under AccessExclusiveLock (a validated CHECK (col IS NOT "
        "NULL) first avoids the scan); takes ACCESS EXCLUSIVE lock: blocks every read and "
        "write of public.t for as long as it works through the table",
    ]
    ok = cli("--unsafe", "--unsafe-hazards", "all", new_db(A_SQL), new_db(B_SQL))
    assert ok.code == 2


def test_unknown_hazard_is_a_usage_error(cli: RunCli) -> None:
    result = cli("--unsafe-hazards", "deletes-data,nope", "EMPTY", "EMPTY")
    assert result.code == 1
    assert "unknown hazard 'nope'" in result.err_lines[0]


def test_summary_and_json_carry_reasons_and_locks(cli: RunCli, new_db: NewDatabase) -> None:
    a, b = new_db(A_SQL), new_db(B_SQL)
    summary = cli("--format", "summary", a, b)
    assert summary.out.splitlines()[-5:] == [
        "hazards:",
        '  ALTER TABLE "public"."t" ALTER COLUMN "name" SET NOT NULL',
        "    scans table: scans all of public.t for NULLs under AccessExclusiveLock (a "
        "validated CHECK (col IS NOT NULL) first avoids the scan)",
        "    takes ACCESS EXCLUSIVE lock: blocks every read and write of public.t for as long "
        "as it works through the table",
        "    locks: AccessExclusiveLock on public.t",
    ]
    document = json.loads(cli("--format", "json", a, b).out)
    (statement,) = document["statements"]
    assert statement["hazards"] == ["scans table", "takes ACCESS EXCLUSIVE lock"]
    assert statement["locks"] == [{"relation": "public.t", "mode": "AccessExclusiveLock"}]
    assert [r["hazard"] for r in statement["hazard_reasons"]] == statement["hazards"]


def test_migration_unsafe_hazards(new_db: NewDatabase) -> None:
    m = Migration(new_db(A_SQL), new_db(B_SQL))
    m.add_all_changes()
    assert m.sql  # safe by default: nothing deletes data
    m.set_unsafe_hazards("scans-table")
    with pytest.raises(UnsafeMigrationException, match=r"hazards: scans table"):
        m.sql  # noqa: B018
    m.set_safety(False)
    assert "SET NOT NULL" in m.sql
