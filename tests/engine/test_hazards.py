"""Hazards as data: each statement form's locks, hazards and reasons, checked against what
PostgreSQL really does where it can be observed (a rewrite changes the table's relfilenode;
a lock shows in pg_locks)."""

from __future__ import annotations

import psycopg2
import pytest

from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.engine.hazards import type_change_rewrites
from pytest_schemadiff.engine.model import Key, Kind
from pytest_schemadiff.engine.plan import (
    UNSAFE_BY_DEFAULT,
    Action,
    Hazard,
    Statement,
    parse_hazards,
)
from pytest_schemadiff.engine.render import render_hazards

from .conftest import MakeDb

T = Key(Kind.TABLE, "public", "t")


def _statement(sql: str, *hazards: Hazard, transactional: bool = True) -> Statement:
    return Statement(sql, T, Action.ALTER, frozenset(hazards), transactional)


@pytest.mark.parametrize(
    ("sql", "hazards", "locks"),
    [
        (
            'ALTER TABLE "public"."t" ADD CONSTRAINT "f" FOREIGN KEY (u_id) REFERENCES u(id)',
            {Hazard.SCANS_TABLE, Hazard.SHARE_LOCK},
            ["ShareRowExclusiveLock on public.t", "ShareRowExclusiveLock on public.u"],
        ),
        (
            'ALTER TABLE "public"."t" ADD CONSTRAINT "f" FOREIGN KEY (u_id) REFERENCES '
            '"s"."u"(id) NOT VALID',
            {Hazard.SHARE_LOCK},
            ["ShareRowExclusiveLock on public.t", "ShareRowExclusiveLock on s.u"],
        ),
        (
            'ALTER TABLE "public"."t" VALIDATE CONSTRAINT "f"',
            {Hazard.SCANS_TABLE},
            ["ShareUpdateExclusiveLock on public.t"],
        ),
        (
            'ALTER TABLE "public"."t" ALTER COLUMN "a" SET NOT NULL',
            {Hazard.SCANS_TABLE, Hazard.ACCESS_EXCLUSIVE_LOCK},
            ["AccessExclusiveLock on public.t"],
        ),
        (
            'ALTER TABLE "public"."t" ALTER COLUMN "a" SET STATISTICS 500',
            set(),
            ["ShareUpdateExclusiveLock on public.t"],
        ),
        (
            'CREATE INDEX "i" ON "public"."t" USING btree (a)',
            {Hazard.BUILDS_INDEX, Hazard.SHARE_LOCK},
            ["ShareLock on public.t"],
        ),
        (
            'CREATE INDEX CONCURRENTLY "i" ON "public"."t" USING btree (a)',
            {Hazard.BUILDS_INDEX},
            ["ShareUpdateExclusiveLock on public.t"],
        ),
        (
            'CREATE POLICY "p" ON "public"."t" AS PERMISSIVE FOR ALL TO "r" USING (true)',
            {Hazard.CHANGES_AUTHORIZATION, Hazard.ACCESS_EXCLUSIVE_LOCK},
            ["AccessExclusiveLock on public.t"],
        ),
        (
            'CREATE RULE "r" AS ON INSERT TO "public"."t" DO INSTEAD NOTHING',
            {Hazard.ACCESS_EXCLUSIVE_LOCK},
            ["AccessExclusiveLock on public.t"],
        ),
        (
            "CREATE TRIGGER tr BEFORE UPDATE OF a ON public.t FOR EACH ROW EXECUTE FUNCTION f()",
            {Hazard.SHARE_LOCK},
            ["ShareRowExclusiveLock on public.t"],
        ),
        ('GRANT SELECT ON TABLE "public"."t" TO "r"', {Hazard.CHANGES_AUTHORIZATION}, []),
        (
            'ALTER TABLE "public"."t" OWNER TO "r"',
            {Hazard.CHANGES_AUTHORIZATION, Hazard.ACCESS_EXCLUSIVE_LOCK},
            ["AccessExclusiveLock on public.t"],
        ),
        (
            'ALTER TABLE "public"."T x" ADD COLUMN "a" integer',
            {Hazard.ACCESS_EXCLUSIVE_LOCK},
            ['AccessExclusiveLock on public."T x"'],
        ),
    ],
)
def test_forms(sql: str, hazards: set[Hazard], locks: list[str]) -> None:
    s = _statement(sql)
    assert set(s.hazards) == hazards
    assert [str(lock) for lock in s.locks] == locks
    # Every hazard says why.
    assert {r.hazard for r in s.reasons} == hazards
    assert all(r.reason for r in s.reasons)


def test_a_generator_hazard_is_kept_with_a_reason_and_lock_hazards_follow_the_locks() -> None:
    # The generator said ACCESS EXCLUSIVE for a foreign key; the form knows better.
    s = _statement(
        'ALTER TABLE "public"."t" ADD CONSTRAINT "f" FOREIGN KEY (a) REFERENCES "public"."u"(id)',
        Hazard.ACCESS_EXCLUSIVE_LOCK,
    )
    assert Hazard.ACCESS_EXCLUSIVE_LOCK not in s.hazards
    dropped = _statement('ALTER TABLE "public"."t" DROP COLUMN "a"', Hazard.DELETES_DATA)
    assert (
        dropped.reason(Hazard.DELETES_DATA) == "drops the column's values in every row of public.t"
    )
    assert dropped.is_unsafe
    # DROP COLUMN deletes data only where the generator says so.
    assert not _statement('ALTER TABLE "public"."t" DROP COLUMN "a"').is_unsafe
    nontx = _statement('CREATE INDEX CONCURRENTLY "i" ON "t" (a)', transactional=False)
    assert Hazard.NOT_TRANSACTIONAL in nontx.hazards


def test_configurable_unsafe_set() -> None:
    s = _statement('ALTER TABLE "public"."t" ALTER COLUMN "a" SET NOT NULL')
    assert not s.is_unsafe
    assert s.is_unsafe_under(parse_hazards("scans-table"))
    assert s.is_unsafe_under(parse_hazards("all"))
    assert parse_hazards(["deletes data"]) == UNSAFE_BY_DEFAULT
    with pytest.raises(ValueError, match="unknown hazard 'nope'"):
        parse_hazards("deletes-data,nope")


def test_render_hazards_lists_reasons_and_locks() -> None:
    s = _statement('ALTER TABLE "public"."t" ALTER COLUMN "a" SET NOT NULL')
    assert render_hazards([s]).splitlines() == [
        '  ALTER TABLE "public"."t" ALTER COLUMN "a" SET NOT NULL',
        "    scans table: scans all of public.t for NULLs under AccessExclusiveLock (a "
        "validated CHECK (col IS NOT NULL) first avoids the scan)",
        "    takes ACCESS EXCLUSIVE lock: blocks every read and write of public.t for as long "
        "as it works through the table",
        "    locks: AccessExclusiveLock on public.t",
    ]


TYPE_CHANGES = [
    ("character varying(50)", "character varying(200)"),
    ("character varying(200)", "character varying(50)"),
    ("character varying(50)", "text"),
    ("text", "character varying"),
    ("text", "character varying(10)"),
    ("numeric(10,2)", "numeric(12,2)"),
    ("numeric(10,2)", "numeric(12,4)"),
    ("numeric(10,2)", "numeric"),
    ("timestamp(0) with time zone", "timestamp(6) with time zone"),
    ("timestamp(6) with time zone", "timestamp(0) with time zone"),
    ("timestamp without time zone", "timestamp with time zone"),
    ("integer", "bigint"),
    ("character(4)", "character(6)"),
    ("bit varying(8)", "bit varying(16)"),
    ("interval day to second(3)", "interval"),
    ("interval", "interval day to second(3)"),
    ("interval hour", "interval minute"),
    ("interval second(3)", "interval second(2)"),
]


@pytest.mark.parametrize(("old", "new"), TYPE_CHANGES)
def test_type_change_rewrites_as_postgres_does(make_db: MakeDb, old: str, new: str) -> None:
    # PostgreSQL gives a rewritten table a new relfilenode: the prediction must match.
    url = make_db(f"CREATE TABLE t (c {old}); SET TimeZone = 'Europe/Paris';")
    conn = psycopg2.connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("SET TimeZone = 'Europe/Paris'")
            cur.execute("SELECT pg_relation_filenode('t')")
            before = cur.fetchone()
            cur.execute(f"ALTER TABLE t ALTER COLUMN c TYPE {new} USING c::{new}")
            cur.execute("SELECT pg_relation_filenode('t')")
            rewritten = cur.fetchone() != before
    finally:
        conn.close()
    assert type_change_rewrites(old, new) == rewritten


def test_plan_statements_carry_locks(make_db: MakeDb) -> None:
    a = make_db("CREATE TABLE t (id int PRIMARY KEY, name varchar(10)); CREATE INDEX i ON t (name)")
    b = make_db("CREATE TABLE t (id int PRIMARY KEY, name varchar(20) NOT NULL)")
    result = diff_schemas(a, b)
    seen = {
        s.sql: ([str(lk) for lk in s.locks], sorted(h.value for h in s.hazards))
        for s in result.statements
    }
    assert seen['DROP INDEX "public"."i"'] == (
        ["AccessExclusiveLock on public.t", "AccessExclusiveLock on public.i"],
        ["takes ACCESS EXCLUSIVE lock"],
    )
    widen = 'ALTER TABLE "public"."t" ALTER COLUMN "name" TYPE character varying(20)'
    assert [v for k, v in seen.items() if k.startswith(widen)] == [
        (["AccessExclusiveLock on public.t"], ["takes ACCESS EXCLUSIVE lock"])
    ]
