"""The run says what it does: the header names the inputs and whether their templates will be
built or reused, a build reports its progress (quiet under ``-q``), a load failure is said
in full once, and the pre state has its materialized views populated, as production does.

Few inner runs, each asserting several things: every run costs a second or two.
"""

from __future__ import annotations

import re

import pytest

from .conftest import Inner

# A dump as ``pg_dump --schema-only`` writes materialized views (WITH NO DATA), with rows in
# the table they read. ``big`` reads ``totals`` through a plain view: refreshed after it,
# although its name comes first.
DUMP = """\
CREATE TABLE public.orders (id int PRIMARY KEY, order_id int, total numeric);
INSERT INTO public.orders VALUES (1, 1, 10), (2, 1, 20), (3, 2, 1);
CREATE MATERIALIZED VIEW public.totals AS
    SELECT order_id, sum(total) AS s FROM public.orders GROUP BY order_id WITH NO DATA;
CREATE UNIQUE INDEX totals_order ON public.totals (order_id);
CREATE VIEW public.large AS SELECT * FROM public.totals WHERE s > 5;
CREATE MATERIALIZED VIEW public.big AS SELECT * FROM public.large WITH NO DATA;
"""
# What a real migration does: REFRESH ... CONCURRENTLY, which needs a populated view.
PENDING = """\
ALTER TABLE public.orders ADD COLUMN note text;
REFRESH MATERIALIZED VIEW CONCURRENTLY public.totals;
"""

TESTS = """
def test_views(db):
    conn = db.connect()
    with conn.cursor() as cur:
        cur.execute("SELECT relname, relispopulated FROM pg_class WHERE relkind = 'm' "
                    "ORDER BY relname")
        print(f"\\nVIEWS {db.state} {cur.fetchall()}")
    conn.close()
"""


def _lines(result: pytest.RunResult) -> list[str]:
    return [line for line in result.outlines if line.startswith("schemadiff: ")]


def test_header_progress_matviews_and_one_load_error(inner: Inner) -> None:
    inner.migrations(dump=DUMP, pending=PENDING)
    inner.pytester.makepyfile(test_views=TESTS)
    dump_size = len(DUMP.encode())

    # A first run: everything to build, each build reported as it happens.
    first = inner.run("-s", "-o", "schemadiff_progress_after=0")
    first.assert_outcomes(passed=3)  # the built-in check, and the test on pre and post
    lines = _lines(first)
    assert lines[1:6] == [
        f"schemadiff: dump: MIGRATIONS/production.dump.sql ({dump_size} B); pre template to "
        "build (no earlier run noted one here)",
        f"schemadiff: pending: MIGRATIONS/pending.sql ({len(PENDING)} B, single "
        "transaction); post template to build (no earlier run noted one here)",
        f"schemadiff: rollback: none (no MIGRATIONS/rollback.sql under {inner.path}; "
        "--schemadiff-rollback PATH): the pending migration is not checked to be reversible",
        "schemadiff: target: none (--schemadiff-target SPEC or ini schemadiff_target): the "
        "migrated schema is not compared with an intended one",
        "schemadiff: materialized views a schema-only dump leaves unpopulated are refreshed after "
        "loading it, as production has them (--schemadiff-matviews empty keeps them empty)",
    ]
    # The post template (the first check needs it) is a copy of the pre template, built
    # first: it loads the dump and populates its views in dependency order; the post build
    # then applies pending.sql alone, and its REFRESH ... CONCURRENTLY works.
    build = lines[lines.index("schemadiff: building the pre template ...") :]
    assert build[1] == (f"schemadiff:   loading MIGRATIONS/production.dump.sql ({dump_size} B) ...")
    assert re.fullmatch(
        r"schemadiff:   loading MIGRATIONS/production.dump.sql: done in \d+\.\d s", build[2]
    )
    assert build[3] == (
        "schemadiff:   populated 2 materialized view(s) the dump left empty: "
        "public.totals, public.big"
    )
    assert re.fullmatch(r"schemadiff: built the pre template in \d+\.\d s", build[4])
    assert build[5] == "schemadiff: building the post template ..."
    assert build[6] == f"schemadiff:   applying MIGRATIONS/pending.sql ({len(PENDING)} B) ..."
    assert re.fullmatch(r"schemadiff: built the post template in \d+\.\d s", build[8])
    assert sum("  loading MIGRATIONS/production.dump.sql (" in line for line in lines) == 1
    first.stdout.fnmatch_lines(
        ["VIEWS pre [[]('big', True), ('totals', True)[]]", "VIEWS post [[]*('totals', True)*"]
    )

    # Again, unchanged: the header says the templates are cached, and nothing is built.
    again = inner.run()
    again.assert_outcomes(passed=3)
    lines = _lines(again)
    for state in ("pre", "post"):
        assert sum(f"; {state} template cached (an earlier run used" in x for x in lines) == 1
    assert not [line for line in lines if "building the" in line or "  loading" in line]

    # Views kept empty: another pre state (part of the template key, so built anew, in
    # silence under -q), where the migration's REFRESH ... CONCURRENTLY fails as in a test
    # without this. Said in full once; the tests that need it point there.
    empty = inner.run("-q", "--schemadiff-matviews", "empty", "-o", "schemadiff_progress_after=0")
    empty.assert_outcomes(passed=1, failed=1, errors=1)
    assert not [line for line in empty.outlines if "schemadiff: " in line and "build" in line]
    text = empty.stdout.str()
    full = (
        "the pending migration does not apply to the dump: building the post-migration "
        f"database: {inner.path / 'MIGRATIONS' / 'pending.sql'}:2: CONCURRENTLY cannot be "
        "used when the materialized view is not populated"
    )
    assert text.count(full) == 1
    reference = (
        "the post-migration database could not be built: see the first error, in "
        "::schemadiff_pending_applies"
    )
    assert text.count(reference) == 1  # the setup of test_views[post]
    assert text.count("CONCURRENTLY cannot be used") == 1


def test_a_dump_outside_the_project(inner: Inner, tmp_path_factory: pytest.TempPathFactory) -> None:
    """``--schemadiff-dump PATH`` with a dump elsewhere: pytest takes PATH for a test path
    and picks another rootdir, losing the project's ini file; that is a usage error that
    says to write ``=``. With it, the header says what was not found; an empty dump is an
    empty database. Under xdist, the one worker that builds reports, in whole lines, and a
    build that fails is said in full once in the whole run."""
    backups = tmp_path_factory.mktemp("backups")
    dump = backups / "prod.sql"
    dump.write_text("")
    inner.pytester.makepyfile(
        test_empty="""
def test_empty(db):
    conn = db.connect()
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace")
        assert cur.fetchone()[0] == 0
    conn.close()

def test_also(db):
    pass
"""
    )
    refused = inner.run("--schemadiff-dump", str(dump))
    assert refused.ret == pytest.ExitCode.USAGE_ERROR
    refused.stderr.fnmatch_lines(
        [
            f"ERROR: pytest-schemadiff: --schemadiff-dump {dump}: pytest took the value for a "
            f"test path and chose the rootdir * instead of {inner.path} and its tox.ini; "
            f"write --schemadiff-dump={dump}"
        ]
    )
    used = inner.run(f"--schemadiff-dump={dump}")
    used.assert_outcomes(passed=2)
    assert _lines(used)[1:4] == [
        f"schemadiff: dump: {dump} is empty: the pre state is an empty database (no "
        "production yet)",
        f"schemadiff: pending: none (no MIGRATIONS/pending.sql under {inner.path}; "
        "--schemadiff-pending PATH): tests run on the post state only, which is the dump",
        "schemadiff: target: none (--schemadiff-target SPEC or ini schemadiff_target): the "
        "migrated schema is not compared with an intended one",
    ]
    # A pending migration that fails; three items need its state, on two workers.
    inner.migrations(
        dump=None, pending="CREATE TABLE a (id int);\nALTER TABLE nowhere ADD x int;\n"
    )
    broken = inner.run_subprocess(
        f"--schemadiff-dump={dump}", "-n", "2", "-rN", "-o", "schemadiff_progress_after=0"
    )
    broken.assert_outcomes(passed=2, failed=1, errors=2)  # the [pre] tests pass
    text = broken.stdout.str()
    assert text.count('relation "nowhere" does not exist') == 1, text
    assert text.count("the post-migration database could not be built: see the first error") == 2
    # Progress: whole lines on the standard error, from the worker that builds each state.
    building = [line for line in broken.errlines if "schemadiff: buil" in line]
    pattern = (
        r"\[gw[01]\] schemadiff: (building the (pre|post) template \.\.\.|built the pre "
        r"template in \d+\.\d s|building the post template failed after \d+\.\d s)"
    )
    assert all(re.fullmatch(pattern, line) for line in building), building
    assert sum(line.endswith("building the post template ...") for line in building) == 1
