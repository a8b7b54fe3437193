"""What the pending migration did, measured while the post template is built: per statement
its time, the locks it added, the tables it rewrote and the data it dropped; rows per table;
the terminal table, ``--schemadiff-report`` (JSON and Markdown), and rows lost without a
statement that removes them failing ``schemadiff_pending_applies``.

The figures asserted are PostgreSQL's documented behaviour (ALTER TABLE's lock levels,
``CREATE INDEX``'s SHARE lock) and facts of the dump below, counted by hand.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from pytest_schemadiff.impact import probe

from .conftest import INI, Inner

# customer: 50 rows; orders: 200 rows, customer_id 1 + g % 50 (so 4 orders per customer),
# note set on the 100 even rows; legacy: 7 rows; empty_one: none.
DUMP = """\
CREATE TABLE public.customer (id serial PRIMARY KEY, name varchar(100) NOT NULL, code integer);
CREATE TABLE public.orders (id serial PRIMARY KEY, customer_id integer, total integer, note text);
CREATE TABLE public.legacy (id integer);
CREATE TABLE public.empty_one (id integer);
INSERT INTO public.customer (name, code) SELECT 'c' || g, g FROM generate_series(1, 50) g;
INSERT INTO public.orders (customer_id, total, note)
    SELECT 1 + g % 50, g, CASE WHEN g % 2 = 0 THEN 'n' END FROM generate_series(1, 200) g;
INSERT INTO public.legacy SELECT generate_series(1, 7);
"""

PENDING = """\
-- the index and the foreign key first: a lock mode the transaction already holds is not
-- taken again, so after the type change orders' locks would all be held already
CREATE INDEX orders_customer ON public.orders (customer_id);
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk
    FOREIGN KEY (customer_id) REFERENCES public.customer (id);
ALTER TABLE public.customer ADD COLUMN email text;
ALTER TABLE public.orders ALTER COLUMN total TYPE bigint;
ALTER TABLE public.orders DROP COLUMN note;
DROP TABLE public.legacy;
DROP TABLE public.empty_one;
"""

# Inside the migrated database: the probe left nothing behind (its objects were temporary).
TEST_NO_TRACE = """\
def test_no_trace(db):
    if db.state != "post":
        return
    with db.connect() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT count(*) FROM pg_class WHERE relname LIKE 'schemadiff%%' "
            "UNION ALL SELECT count(*) FROM pg_proc WHERE proname LIKE 'schemadiff%%'"
        )
        assert [row[0] for row in cur.fetchall()] == [0, 0]
        cur.execute("SELECT count(*) FROM public.orders")
        assert cur.fetchone()[0] == 200
"""


def _locks(statement: dict[str, object]) -> dict[str, str]:
    locks = statement["locks"]
    assert isinstance(locks, list)
    return {lock["relation"]: lock["mode"] for lock in locks}


def test_statements_measured_reported_and_kept_with_the_template(inner: Inner) -> None:
    inner.migrations(DUMP, PENDING)
    inner.pytester.makepyfile(test_trace=TEST_NO_TRACE)
    cold = inner.run("--schemadiff-report", "impact.json")
    cold.assert_outcomes(passed=3)
    cold.stdout.fnmatch_lines(
        [
            "*schemadiff: what the pending migration did*",
            "statement*sql*time*strongest new lock*rewritten",
            "MIGRATIONS/pending.sql:3 *CREATE INDEX orders_customer ON*ShareLock on public.orders*",
            "MIGRATIONS/pending.sql:4 *ShareRowExclusiveLock on public.customer, public.orders*",
            "MIGRATIONS/pending.sql:6 *ADD COLUMN email*AccessExclusiveLock on public.customer*-",
            "MIGRATIONS/pending.sql:7 *ALTER COLUMN total*AccessExclusiveLock on public.orders*"
            "public.orders",
            "data loss: MIGRATIONS/pending.sql:8 drops column public.orders.note "
            "(100 non-null values)",
            "data loss: MIGRATIONS/pending.sql:9 drops table public.legacy (7 rows)",
            "schemadiff: report written to *impact.json",
        ]
    )
    assert "empty_one (" not in cold.stdout.str()  # dropping an empty table loses nothing
    report = json.loads((inner.path / "impact.json").read_text())
    statements = report["statements"]
    assert [(s["file"], s["line"]) for s in statements] == [
        ("MIGRATIONS/pending.sql", line) for line in (3, 4, 6, 7, 8, 9, 10)
    ]
    index, fk, add_column, retype, drop_column, drop_legacy, drop_empty = statements
    assert statements[1]["sql"].startswith("ALTER TABLE public.orders ADD CONSTRAINT")
    assert _locks(index) == {"public.orders": "ShareLock"}
    assert _locks(fk)["public.orders"] == _locks(fk)["public.customer"] == "ShareRowExclusiveLock"
    assert _locks(add_column) == {"public.customer": "AccessExclusiveLock"}
    assert _locks(retype)["public.orders"] == "AccessExclusiveLock"
    assert _locks(drop_legacy) == {"public.legacy": "AccessExclusiveLock"}
    # Only the type change rewrites: ADD COLUMN without a default does not.
    assert [s["rewritten"] for s in statements] == [[], [], [], ["public.orders"], [], [], []]
    # WAL is the server's, other sessions' included (xdist workers build at the same time):
    # only that each statement wrote some can be asserted.
    assert all(s["wal_bytes"] > 0 for s in statements)
    assert all(s["duration_ms"] > 0 for s in statements)
    assert drop_column["data_loss"] == [
        {"relation": "public.orders", "column": "note", "rows": 100}
    ]
    assert drop_legacy["data_loss"] == [{"relation": "public.legacy", "column": None, "rows": 7}]
    assert drop_empty["data_loss"] == []
    assert report["tables"] == [
        {"name": "public.customer", "rows_before": 50, "rows_after": 50},
        {"name": "public.empty_one", "rows_before": 0, "rows_after": None},
        {"name": "public.legacy", "rows_before": 7, "rows_after": None},
        {"name": "public.orders", "rows_before": 200, "rows_after": 200},
    ]
    built = inner.templates()

    # Warm: the templates are reused, the migration is not run again, the figures are the
    # ones stored with the template (the durations too, to the digit).
    warm = inner.run("--schemadiff-report", "impact.md")
    warm.assert_outcomes(passed=3)
    assert inner.templates() == built
    markdown = (inner.path / "impact.md").read_text()
    assert "| `MIGRATIONS/pending.sql:7` | `ALTER TABLE public.orders ALTER COLUMN total TYPE " in (
        markdown
    )
    assert f"| {retype['duration_ms']:.1f} ms | AccessExclusiveLock on public.orders" in markdown
    assert "| public.orders | " in markdown  # rewritten column
    assert "| `public.legacy` | 7 | dropped |" in markdown
    assert "- **data loss: MIGRATIONS/pending.sql:9 drops table public.legacy (7 rows)**" in (
        markdown
    )


LOSSY = """\
CREATE INDEX CONCURRENTLY orders_customer ON public.orders (customer_id);
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk
    FOREIGN KEY (customer_id) REFERENCES public.customer (id) ON DELETE CASCADE;
DELETE FROM public.customer WHERE id = 1;
CREATE FUNCTION public.prune() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN DELETE FROM public.legacy WHERE id < 3; RETURN NULL; END $$;
CREATE TRIGGER prune AFTER UPDATE ON public.customer
    FOR EACH STATEMENT EXECUTE FUNCTION public.prune();
UPDATE public.customer SET code = code;
"""


def test_rows_lost_without_a_statement_that_removes_them_fail_the_check(
    inner: Inner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """legacy loses rows through a trigger: no statement of the file deletes from it.
    orders loses the rows of customer 1 by the cascade of a DELETE on customer: explained.
    Outside a transaction (mode none) each statement gets its own, so its locks are still
    measured; CREATE INDEX CONCURRENTLY cannot, and its locks are said not measured. Past
    the probe's limit (3 here) statements run unmeasured; rows are still counted."""
    monkeypatch.setattr(probe, "MAX_PROBED", 3)
    inner.migrations(DUMP, LOSSY)
    # The ini key, relative to the ini file; its folder is made.
    inner.pytester.makeini(INI + "schemadiff_report = reports/r.json\n")
    result = inner.run("--schemadiff-transaction", "none")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*the pending migration loses rows that no statement drops, deletes or truncates*"
            ": public.legacy: 7 rows before, 5 after",
            "MIGRATIONS/pending.sql:1 *CONCURRENTLY*not measured (outside a transaction)*",
            "3 more statements ran unmeasured (the probe stops after the first 3 of a file)",
            "rows lost without a DROP, DELETE or TRUNCATE: public.legacy had 7 rows, has 5",
        ]
    )
    assert "public.orders: 200" not in result.stdout.str()
    report = json.loads((inner.path / "reports" / "r.json").read_text())
    assert report["statements_not_measured"] == 3
    concurrently, fk, delete = report["statements"]
    assert concurrently["locks"] is None
    assert _locks(fk)["public.orders"] == "ShareRowExclusiveLock"
    assert _locks(delete)["public.customer"] == "RowExclusiveLock"
    rows = {t["name"]: (t["rows_before"], t["rows_after"]) for t in report["tables"]}
    assert rows["public.orders"] == (200, 196)
    assert rows["public.customer"] == (50, 49)
    assert report["unexplained_row_loss"] == ["public.legacy"]


def test_a_report_name_without_json_or_md_is_a_usage_error(inner: Inner) -> None:
    result = inner.run("--schemadiff-report", "impact.txt")
    assert result.ret == 4
    result.stderr.fnmatch_lines(
        [
            "ERROR: pytest-schemadiff: --schemadiff-report: impact.txt: the report is JSON "
            "(.json) or Markdown (.md)*"
        ]
    )


def test_rows_before_the_migration_are_the_ones_kept_with_the_template_below(
    inner: Inner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pre template keeps its rows per table; the migration, measured on a copy of it,
    starts from them instead of counting every table again, and after it counts only the
    tables it wrote to. The rollback starts from the rows after the migration. A dump that
    changes is counted anew with its new template (never a stale count)."""
    from pytest_schemadiff.impact import rows

    scans: list[set[str]] = []
    real_count = rows._count

    def recorded(cur: Any, tables: list[tuple[int, bool, int]]) -> list[tuple[int, int]]:
        cur.execute(
            "SELECT format('%%I.%%I', relnamespace::regnamespace, relname) FROM pg_class "
            "WHERE oid = ANY(%s::oid[])",
            ([t[0] for t in tables],),
        )
        scans.append({name for (name,) in cur.fetchall()})
        return real_count(cur, tables)

    monkeypatch.setattr(rows, "_count", recorded)
    inner.migrations(DUMP, "DELETE FROM public.legacy WHERE id <= 2;\n")
    rollback = inner.path / "MIGRATIONS" / "rollback.sql"
    rollback.write_text("INSERT INTO public.legacy VALUES (1), (2);\n")

    def run() -> dict[str, tuple[int | None, int | None]]:
        scans.clear()
        inner.run("--schemadiff-report", "impact.json").assert_outcomes(passed=2)
        report = json.loads((inner.path / "impact.json").read_text())
        return {t["name"]: (t["rows_before"], t["rows_after"]) for t in report["tables"]}

    every = {"public.customer", "public.orders", "public.legacy"}  # empty_one: no page to scan
    assert run() == {
        "public.customer": (50, 50),
        "public.empty_one": (0, 0),
        "public.legacy": (7, 5),
        "public.orders": (200, 200),
    }
    # Counted once in full (the pre template), then what the migration and the rollback
    # deleted from and inserted into.
    assert scans == [every, {"public.legacy"}, {"public.legacy"}]

    # Another migration: the pre template and its rows are reused, nothing counted in full.
    inner.migrations(DUMP, "DELETE FROM public.orders WHERE id <= 10;\n")
    rollback.write_text(
        "INSERT INTO public.orders (id, customer_id, total) "
        "SELECT g, 1, g FROM generate_series(1, 10) g;\n"
    )
    assert run()["public.orders"] == (200, 190)
    assert scans == [{"public.orders"}, {"public.orders"}]

    # Another dump: counted anew with its template.
    inner.migrations(
        DUMP + "INSERT INTO public.legacy VALUES (8);\n",
        "DELETE FROM public.orders WHERE id <= 10;\n",
    )
    result = run()
    assert result["public.legacy"] == (8, 8)
    assert result["public.orders"] == (200, 190)
    assert scans == [every, {"public.orders"}, {"public.orders"}]
