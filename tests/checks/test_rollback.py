"""The built-in item ``schemadiff_rollback_restores``: dump + pending + rollback must have the
dump's schema and the rows of the tables the pending migration kept.

One inner project whose rollback file changes between runs (its pre and post templates are
built once): each run costs a second or two.
"""

from __future__ import annotations

import re

import pytest

from pytest_schemadiff.impact.model import TableRows
from pytest_schemadiff.impact.rows import Counts, tables_rows

from .conftest import Inner, no_plugin_frames

# item keeps its rows; note is renamed by pending (its rows are followed under its new
# name); legacy is dropped by pending (its rows are the pending migration's loss, which no
# rollback can undo: recreating it empty is right).
DUMP = """\
CREATE TABLE public.item (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO public.item VALUES (1, 'pen'), (2, 'ink'), (3, 'pen');
CREATE TABLE public.note (id integer PRIMARY KEY, body text);
INSERT INTO public.note VALUES (1, 'a'), (2, 'b');
CREATE TABLE public.legacy (id integer);
INSERT INTO public.legacy VALUES (1), (2);
"""
PENDING = """\
ALTER TABLE public.item ADD COLUMN price numeric;
CREATE INDEX item_name_idx ON public.item (name);
ALTER TABLE public.note RENAME TO memo;
DROP TABLE public.legacy;
"""
ROLLBACK = """\
ALTER TABLE public.memo RENAME TO note;
CREATE TABLE public.legacy (id integer);
DROP INDEX public.item_name_idx;
ALTER TABLE public.item DROP COLUMN price;
"""
# Forgets the index pending.sql created.
LEAVES_INDEX = ROLLBACK.replace("DROP INDEX public.item_name_idx;\n", "")
# Brings note back with its schema but none of its rows.
LOSES_ROWS = ROLLBACK.replace(
    "ALTER TABLE public.memo RENAME TO note;\n",
    "DROP TABLE public.memo;\nCREATE TABLE public.note (id integer PRIMARY KEY, body text);\n",
)
# Fails on its third line: item has 'pen' twice.
BROKEN = """\
ALTER TABLE public.memo RENAME TO note;
ALTER TABLE public.item
    ADD CONSTRAINT item_name_key UNIQUE (name);
"""
TESTS = """
def test_reads(db):
    pass
"""
ITEM = "*::schemadiff_rollback_restores*"


def _rollback_header(result: pytest.RunResult) -> list[str]:
    return [line for line in result.outlines if line.startswith("schemadiff: rollback:")]


def _built(result: pytest.RunResult) -> list[str]:
    """The templates this run built, from its progress lines."""
    return re.findall(r"^schemadiff: building the (\w+) template", result.stdout.str(), re.M)


def _failure(result: pytest.RunResult) -> str:
    """The rollback item's failure text: the lines under its section title."""
    lines = result.outlines
    start = next(i for i, line in enumerate(lines) if "_ .schemadiff_rollback_restores _" in line)
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith(("=", "_")))
    return "\n".join(lines[start + 1 : end])


def test_rollback_restores(inner: Inner) -> None:
    inner.project(dump=DUMP, pending=PENDING, target=None)
    inner.pytester.makepyfile(test_app=TESTS)
    rollback = inner.path / "MIGRATIONS" / "rollback.sql"
    progress = ("-v", "-s", "-o", "schemadiff_progress_after=0")

    # The default MIGRATIONS/rollback.sql, correct: the renamed table's rows are followed,
    # the dropped one may come back empty.
    rollback.write_text(ROLLBACK)
    passed = inner.run(*progress)
    passed.assert_outcomes(passed=4)
    passed.stdout.fnmatch_lines(["*::schemadiff_pending_applies PASSED*", f"{ITEM} PASSED*"])
    assert _rollback_header(passed) == [
        f"schemadiff: rollback: MIGRATIONS/rollback.sql ({len(ROLLBACK)} B, single "
        "transaction); rollback template to build (no earlier run noted one here)"
    ]
    assert sorted(_built(passed)) == ["post", "pre", "rollback"]
    # Unchanged, the header knows it is cached (collecting only: no server is needed).
    cached = _rollback_header(inner.run("--co"))
    assert re.fullmatch(
        rf"schemadiff: rollback: MIGRATIONS/rollback.sql \({len(ROLLBACK)} B, single "
        r"transaction\); rollback template cached \(an earlier run used one of these files, "
        r"\d{4}-\d\d-\d\d \d\d:\d\d\)",
        cached[0],
    ), cached

    # Edited to leave the index behind: only the rolled-back template is built again, and
    # the check fails naming the index and the SQL that would complete the rollback.
    rollback.write_text(LEAVES_INDEX)
    left = inner.run(*progress)
    left.assert_outcomes(passed=3, failed=1)
    assert _built(left) == ["rollback"]
    assert _rollback_header(left)[0].endswith(
        "rollback template to build (inputs changed since the last build)"
    )
    assert _failure(left).splitlines()[:10] == [
        "MIGRATIONS/rollback.sql does not restore the dump's schema",
        "",
        "schema mismatch: 1 object differs between A = the rolled-back database (dump + "
        "pending + rollback) and B = the dump",
        "",
        "only in A:",
        '  index "public"."item_name_idx"',
        "",
        "SQL that would turn the rolled-back database (dump + pending + rollback) into the dump:",
        "",
        'DROP INDEX "public"."item_name_idx";',
    ]
    assert "rows" not in _failure(left)
    no_plugin_frames(left)

    # The same schema, but note's rows are gone: named with both counts.
    rollback.write_text(LOSES_ROWS)
    lost = inner.run("-v")
    lost.assert_outcomes(passed=3, failed=1)
    assert _failure(lost).strip().splitlines() == [
        "MIGRATIONS/rollback.sql does not restore the rows of 1 table the pending migration kept:",
        "  public.note: 2 rows before, 0 after the rollback",
    ]

    # A rollback that fails (here given by the ini key, relative to the ini file): the
    # file, the line its statement ends on, PostgreSQL's message and DETAIL, once.
    (inner.path / "broken.sql").write_text(BROKEN)
    inner.pytester.makeini(
        "[pytest]\naddopts = -p no:cacheprovider\nschemadiff_progress_after = 600\n"
        "schemadiff_rollback = broken.sql\n"
    )
    broken = inner.run("-v", "-rN")
    broken.assert_outcomes(passed=3, failed=1)
    assert _rollback_header(broken)[0].startswith("schemadiff: rollback: broken.sql (")
    assert _failure(broken).strip() == (
        "broken.sql does not apply: building the rolled-back database: "
        f'{inner.path / "broken.sql"}:3: could not create unique index "item_name_key" '
        "(DETAIL: Key (name)=(pen) is duplicated.)"
    )
    no_plugin_frames(broken)

    # Without a rollback: no item, and the header says where one was looked for. A path
    # given that does not exist is a usage error that names it.
    inner.pytester.makeini("[pytest]\naddopts = -p no:cacheprovider\n")
    rollback.unlink()
    none = inner.run("--co")
    assert ITEM[1:-1] not in none.stdout.str()
    assert _rollback_header(none) == [
        f"schemadiff: rollback: none (no MIGRATIONS/rollback.sql under {inner.path}; "
        "--schemadiff-rollback PATH): the pending migration is not checked to be reversible"
    ]
    missing = inner.run("--schemadiff-rollback=nowhere.sql")
    assert missing.ret == pytest.ExitCode.USAGE_ERROR
    missing.stderr.fnmatch_lines(
        [
            "ERROR: pytest-schemadiff: --schemadiff-rollback: "
            f"{inner.pytester.path / 'nowhere.sql'} does not exist"
        ]
    )


def test_rows_follow_a_table_renamed_to_the_name_of_one_dropped() -> None:
    # The rollback of a copy-and-swap: the copy (oid 2) is dropped, the original (oid 1),
    # kept aside as item_old, is renamed back. Whatever the order of the names, item is the
    # original with its rows, not the copy that was dropped.
    before = Counts(
        rows={1: 5, 2: 7},
        names={1: "public.item_old", 2: "public.item"},
        partitions=frozenset(),
        references={},
    )
    after = Counts(rows={1: 5}, names={1: "public.item"}, partitions=frozenset(), references={})
    assert tables_rows(before, after) == [TableRows("public.item", 5, 5, "public.item_old")]
    # A copy swapped in under the name of the table it replaces still reads as one table.
    swapped = Counts(rows={3: 4}, names={3: "public.item"}, partitions=frozenset(), references={})
    dropped = Counts(rows={2: 7}, names={2: "public.item"}, partitions=frozenset(), references={})
    assert tables_rows(dropped, swapped) == [TableRows("public.item", 7, 4)]
