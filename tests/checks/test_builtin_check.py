"""The built-in items: ``schemadiff_pending_applies`` and ``schemadiff_matches_target``."""

from __future__ import annotations

import pytest

from .conftest import INI, PENDING, TARGET, Inner, MakeDatabase, no_plugin_frames

USER_TESTS = """
def test_reads(db):
    with db.connect() as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM public.item")
        assert cur.fetchone()[0] == 1
    conn.close()


def test_plain():
    pass
"""


def _passes(result: pytest.RunResult, *, pending: bool = True) -> None:
    lines = ["*::schemadiff_matches_target PASSED*"]
    if pending:
        lines.insert(0, "*::schemadiff_pending_applies PASSED*")
    result.stdout.fnmatch_lines(lines, consecutive=True)
    result.assert_outcomes(passed=len(lines))


# -- a correct migration passes, whatever kind of target ---------------------------------


def test_target_sql_file(inner: Inner) -> None:
    inner.project()
    _passes(inner.run("-v"))


def test_target_directory_applied_in_name_order(inner: Inner) -> None:
    inner.project(target=None)
    folder = inner.path / "schema"
    folder.mkdir()
    # Each file needs the one before it in name order; written in the reverse order.
    (folder / "03_column.sql").write_text("ALTER TABLE public.item ADD COLUMN price numeric;\n")
    (folder / "02_index.sql").write_text("CREATE INDEX item_name_idx ON public.item (name);\n")
    (folder / "01_table.sql").write_text(
        "CREATE TABLE public.item (id integer PRIMARY KEY, name text NOT NULL);\n"
    )
    (folder / "README.txt").write_text("not SQL: ignored\n")
    _passes(inner.run("-v", "--schemadiff-target", str(folder)))


def test_target_database_url(inner: Inner, make_database: MakeDatabase) -> None:
    inner.project(target=None)
    url = make_database(TARGET)
    result = inner.run("-v", "--schemadiff-target", url)
    _passes(result)


def test_target_module_callable_loader(inner: Inner) -> None:
    inner.project(target=None)
    inner.pytester.makepyfile(
        myapp=f'''
import psycopg2

SCHEMA = {TARGET!r}


def load_schema(url):
    """What an application's create_all would do."""
    conn = psycopg2.connect(url)
    with conn, conn.cursor() as cur:
        cur.execute(SCHEMA)
    conn.close()
'''
    )
    inner.pytester.makeini(INI + "schemadiff_target = myapp:load_schema\n")
    _passes(inner.run("-v"))


def test_builtin_items_run_before_and_beside_the_users_tests(inner: Inner) -> None:
    inner.project()
    inner.pytester.makepyfile(test_app=USER_TESTS)
    result = inner.run("-v")
    result.stdout.fnmatch_lines(
        [
            "*::schemadiff_pending_applies PASSED*",
            "*::schemadiff_matches_target PASSED*",
            "*test_app.py::test_reads[[]pre[]] PASSED*",
            "*test_app.py::test_reads[[]post[]] PASSED*",
            "*test_app.py::test_plain PASSED*",
        ]
    )
    result.assert_outcomes(passed=5)


# -- the migration misses something ------------------------------------------------------


def test_failure_text_groups_differences_and_gives_the_sql(inner: Inner) -> None:
    # The migration changes a type the target keeps, adds an index the target lacks and
    # forgets a column and a table.
    inner.project(
        pending="""\
ALTER TABLE public.item ALTER COLUMN name TYPE varchar(50);
CREATE INDEX item_name_idx ON public.item (name);
""",
        target="""\
CREATE TABLE public.item (id integer PRIMARY KEY, name text NOT NULL, price numeric);
CREATE TABLE public.tag (label text PRIMARY KEY);
""",
    )
    result = inner.run("--tb=short")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*_ *schemadiff_matches_target _*",
            # A new table is one object: its columns and constraints are not listed apart.
            "schema mismatch: 4 objects differ between "
            "A = the migrated database (dump + pending) and B = the target target.sql",
            "",
            "only in A:",
            '  index "public"."item_name_idx"',
            "only in B:",
            '  column "public"."item"."price"',
            '  table "public"."tag"',
            "changed:",
            '  column "public"."item"."name"',
            "    data_type: 'character varying(50)' -> 'text'",
            "",
            "SQL that would turn the migrated database (dump + pending) into "
            "the target target.sql:",
            "",
            'DROP INDEX "public"."item_name_idx";',
        ],
        consecutive=True,
    )
    result.stdout.fnmatch_lines(
        [
            'ALTER TABLE "public"."item" ALTER COLUMN "name" TYPE text*;',
            'ALTER TABLE "public"."item" ADD COLUMN "price" numeric;',
        ]
    )
    result.stdout.fnmatch_lines(['CREATE TABLE "public"."tag" (*'])
    result.stdout.fnmatch_lines(
        ["FAILED *::schemadiff_matches_target - Failed: schema mismatch: 4 objects*"]
    )
    no_plugin_frames(result)


def test_failure_when_only_a_column_is_missing(inner: Inner) -> None:
    inner.project(pending="CREATE INDEX item_name_idx ON public.item (name);\n")
    result = inner.run("--tb=short")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "schema mismatch: 1 object differs between A = the migrated database*",
            "",
            "only in B:",
            '  column "public"."item"."price"',
            "",
            "SQL that would turn *:",
            "",
            'ALTER TABLE "public"."item" ADD COLUMN "price" numeric;',
        ],
        consecutive=True,
    )
    result.stdout.no_fnmatch_line("only in A:")
    result.stdout.no_fnmatch_line("changed:")
    no_plugin_frames(result)


def test_failure_when_a_function_is_missing(inner: Inner) -> None:
    inner.project(
        target=TARGET + "CREATE FUNCTION public.item_count() RETURNS bigint "
        "LANGUAGE sql AS 'SELECT count(*) FROM public.item';\n"
    )
    result = inner.run("--tb=short")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["only in B:", '  function "public"."item_count"()'])


# -- the dump already equals the target --------------------------------------------------


def test_dump_already_equals_target_and_pending_changes_it(inner: Inner) -> None:
    inner.project(dump=TARGET, pending="ALTER TABLE public.item ADD COLUMN extra text;\n")
    result = inner.run("--tb=short")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "the dump already equals the target target.sql: the pending migration was "
            "already applied, or is not needed",
            "",
            "schema mismatch: 1 object differ*",
            "",
            "only in A:",
            '  column "public"."item"."extra"',
        ],
        consecutive=True,
    )
    result.stdout.fnmatch_lines(['ALTER TABLE "public"."item" DROP COLUMN "extra";'])
    no_plugin_frames(result)


def test_pending_redoes_what_the_dump_has(inner: Inner) -> None:
    # The dump was taken after the migration ran in production: pending fails to apply,
    # and the check says why.
    inner.project(dump=TARGET, pending=PENDING)
    result = inner.run("--tb=short", "-p", "no:randomly")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        [
            "*_ *schemadiff_pending_applies _*",
            "the pending migration does not apply to the dump: building the post-migration "
            'database: *pending.sql:1: *column "price" of relation "item" already exists',
            "*_ *schemadiff_matches_target _*",
            "the dump already equals the target target.sql: the pending migration was "
            "already applied, or is not needed",
            "",
            # Said in full once, by the first item that needed it.
            "the post-migration database could not be built: see the first error, in "
            "::schemadiff_pending_applies",
        ],
        consecutive=True,
    )
    no_plugin_frames(result)


def test_idempotent_pending_on_a_dump_that_has_it_passes(inner: Inner) -> None:
    # The schema is already right and stays right: a data-only or idempotent migration is
    # legitimate, so nothing fails.
    inner.project(
        dump=TARGET,
        pending="ALTER TABLE public.item ADD COLUMN IF NOT EXISTS price numeric;\n"
        "UPDATE public.item SET price = 1;\n",
    )
    _passes(inner.run("-v"))


@pytest.mark.parametrize(
    "pending", [None, "", "-- nothing yet\n"], ids=["absent", "empty", "comments"]
)
def test_no_pending_and_dump_equals_target_passes(inner: Inner, pending: str | None) -> None:
    # The steady state after a release: production matches the application.
    inner.project(dump=TARGET, pending=pending)
    result = inner.run("-v")
    _passes(result, pending=False)
    result.stdout.no_fnmatch_line("*schemadiff_pending_applies*")


def test_no_pending_and_dump_differs_from_target_names_the_dump(inner: Inner) -> None:
    # A migration is needed and none is written yet: the SQL to write is shown.
    inner.project(pending=None)
    result = inner.run("--tb=short")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "schema mismatch: 2 objects differ between A = the dump and B = the target target.sql",
        ]
    )
    result.stdout.fnmatch_lines(['ALTER TABLE "public"."item" ADD COLUMN "price" numeric;'])
    result.stdout.no_fnmatch_line("*already equals*")


# -- pending.sql is broken ---------------------------------------------------------------


def test_broken_pending_names_file_line_and_postgres_message(inner: Inner) -> None:
    inner.project(
        pending="-- add the price\n"
        "ALTER TABLE public.item ADD COLUMN price numeric;\n"
        "ALTER TABLE public.nope ADD COLUMN x int;\n"
    )
    inner.pytester.makepyfile(test_app=USER_TESTS)
    result = inner.run("--tb=short", "-rfE")
    # test_reads[pre] and test_plain pass; db[post] cannot be set up: an error, one line.
    result.assert_outcomes(passed=2, failed=2, errors=1)
    result.stdout.fnmatch_lines(
        [
            "*_ ERROR at setup of test_reads[[]post[]] _*",
            # Said in full once, by the first item that needed it.
            "the post-migration database could not be built: see the first error, in "
            "::schemadiff_pending_applies",
            "*= FAILURES =*",
            "*_ *schemadiff_pending_applies _*",
            "the pending migration does not apply to the dump: building the post-migration "
            'database: *MIGRATIONS/pending.sql:3: relation "public.nope" does not exist',
            "*_ *schemadiff_matches_target _*",
            "the post-migration database could not be built: see the first error, in "
            "::schemadiff_pending_applies",
            "*= short test summary info =*",
        ],
        consecutive=True,
    )
    result.stdout.fnmatch_lines(
        [
            "FAILED *::schemadiff_pending_applies - Failed: the pending migration*",
            "FAILED *::schemadiff_matches_target - Failed: the post-migration database*",
            "ERROR test_app.py::test_reads[[]post[]] - Failed: the post-migration database*",
        ]
    )
    result.stdout.no_fnmatch_line("*already equals*")
    no_plugin_frames(result)


# -- selection ---------------------------------------------------------------------------


def test_k_selects_only_the_builtin_items(inner: Inner) -> None:
    inner.project()
    inner.pytester.makepyfile(test_app=USER_TESTS)
    result = inner.run("-v", "-k", "schemadiff")
    _passes(result)
    result.stdout.fnmatch_lines(["*3 deselected*"])
    result.stdout.no_fnmatch_line("*test_app.py*PASSED*")

    result = inner.run("-v", "-k", "not schemadiff")
    result.assert_outcomes(passed=3)
    result.stdout.no_fnmatch_line("*::schemadiff_*")


def test_k_selects_one_builtin_item(inner: Inner) -> None:
    inner.project()
    result = inner.run("-v", "-k", "matches_target")
    _passes(result, pending=False)
    result.stdout.fnmatch_lines(["*1 deselected*"])


@pytest.mark.parametrize(
    ("pending", "passed"),
    [(PENDING, 4), (None, 2)],
    ids=["pending-without-target", "neither"],
)
def test_no_matches_target_item_without_a_target(
    inner: Inner, pending: str | None, passed: int
) -> None:
    inner.project(pending=pending, target=None)
    inner.pytester.makepyfile(test_app=USER_TESTS)
    result = inner.run("-v")
    # test_reads on each state and test_plain; a pending migration alone still gets its
    # "applies cleanly" item.
    result.assert_outcomes(passed=passed)
    result.stdout.no_fnmatch_line("*schemadiff_matches_target*")
    if pending:
        result.stdout.fnmatch_lines(["*::schemadiff_pending_applies PASSED*"])
    else:
        result.stdout.no_fnmatch_line("*::schemadiff_*")


# -- xdist -------------------------------------------------------------------------------


def test_builtin_items_under_xdist(inner: Inner) -> None:
    inner.project(pending="CREATE INDEX item_name_idx ON public.item (name);\n")
    inner.pytester.makepyfile(test_app=USER_TESTS)
    result = inner.run("-n", "2", "--tb=short", "-rA")
    result.assert_outcomes(passed=4, failed=1)
    result.stdout.fnmatch_lines(["PASSED *::schemadiff_pending_applies"])
    result.stdout.fnmatch_lines(
        [
            "schema mismatch: 1 object differs between A = the migrated database*",
            "",
            "only in B:",
            '  column "public"."item"."price"',
        ],
        consecutive=True,
    )
    no_plugin_frames(result)


# -- the fixing SQL is proven before it is shown -----------------------------------------


def test_fixing_sql_that_fails_is_named_not_shown(
    inner: Inner, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bad plan, deterministically (in-process): the view's DROP goes missing, so the
    # table's DROP fails on the scratch copy the check tries it on.
    import dataclasses

    from pytest_schemadiff.engine.model import Kind
    from pytest_schemadiff.engine.sqlgen import GENERATORS

    view = GENERATORS[Kind.VIEW]
    monkeypatch.setitem(GENERATORS, Kind.VIEW, dataclasses.replace(view, drop=lambda o, c: []))
    inner.project(
        dump="CREATE TABLE public.item (id integer PRIMARY KEY);\n"
        "CREATE VIEW public.item_ids AS SELECT id FROM public.item;\n",
        pending="CREATE TABLE public.tag (label text);\n",
        target="CREATE TABLE public.tag (label text);\n",
    )
    result = inner.run("--tb=short", "-k", "schemadiff")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "no SQL to turn the migrated database (dump + pending) into the target target.sql "
            "is shown: the generated SQL failed when tried on a scratch copy*",
            "",
            "  the plan fails on a scratch copy of A at statement * (drop table "
            '"public"."item"): ERROR: cannot drop table item because other objects depend on '
            "it DETAIL: view item_ids depends on table item HINT: *",
            "",
            "failing statement:",
            "",
            'DROP TABLE "public"."item";',
        ],
        consecutive=True,
    )
    result.stdout.no_fnmatch_line("SQL that would turn*")
