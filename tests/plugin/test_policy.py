"""Policies on what the pending migration does, judged on what was measured:
``schemadiff_forbid`` (rewrite, access-exclusive, data-loss on tables with rows), the
``-- schemadiff: allow ...`` comments that accept one statement's effect, and the
``lock_timeout`` / ``statement_timeout`` every statement runs with.

The expected violations follow from PostgreSQL's documented behaviour (a type change to
bigint rewrites; ALTER TABLE ... TYPE, ADD COLUMN and DROP TABLE take AccessExclusiveLock; a
lock the transaction already holds is not taken again) and from the dump's row counts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pytest_schemadiff.errors import ConfigError
from pytest_schemadiff.impact.model import Impact, StatementImpact, TableRows
from pytest_schemadiff.impact.policy import (
    allowed_effects,
    parse_duration,
    summary_line,
    violations,
)
from pytest_schemadiff.psql_script import scan_text

from .conftest import INI, Inner
from .test_impact import DUMP

# customer 50 rows, orders 200 (note set on 100), legacy 7, empty_one 0 (test_impact.DUMP).
PENDING = """\
-- schemadiff: allow rewrite (reviewed: orders is small in production)
ALTER TABLE public.orders ALTER COLUMN total TYPE bigint;
ALTER TABLE public.customer ALTER COLUMN code TYPE bigint;
ALTER TABLE public.empty_one ALTER COLUMN id TYPE bigint;
ALTER TABLE public.customer ADD COLUMN email text;
DROP TABLE public.legacy;  -- schemadiff: allow data-loss
ALTER TABLE public.orders DROP COLUMN note;
"""


def test_forbidden_effects_fail_the_check_unless_the_statement_allows_them(
    inner: Inner,
) -> None:
    inner.migrations(DUMP, PENDING)
    inner.pytester.makeini(INI + "schemadiff_forbid = rewrite, data-loss\n")
    result = inner.run("-k", "schemadiff_pending_applies")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*the pending migration does what schemadiff_forbid (data-loss, rewrite) forbids "
            "on tables with rows, measured on the dump:",
            "MIGRATIONS/pending.sql:3: ALTER TABLE public.customer ALTER COLUMN code TYPE bigint;",
            "    rewrite: rewrote public.customer (50 rows) in * ms",
            "    allow it with a comment on the statement: -- schemadiff: allow rewrite",
            "MIGRATIONS/pending.sql:7: ALTER TABLE public.orders DROP COLUMN note;",
            "    data-loss: dropped column public.orders.note (100 non-null values)",
            "    allow it with a comment on the statement: -- schemadiff: allow data-loss",
        ]
    )
    result.stdout.fnmatch_lines(
        [
            "policy schemadiff_forbid = data-loss, rewrite: 2 violation(s), judged on 3 "
            "table(s) with rows; 2 accepted by a comment"
        ]
    )
    failure = _failure_text(result)
    # Allowed (orders' rewrite, legacy's drop), or on a table without rows (empty_one).
    for accepted in ("pending.sql:2:", "pending.sql:4:", "pending.sql:6:", "legacy (7 rows)"):
        assert accepted not in failure
    built = inner.templates()

    # The option wins over the ini key; the policy is judged on the stored measurement, so
    # another policy reuses the templates. A lock the transaction holds already (customer's
    # at line 5, orders' at line 7) is not taken again: the statement that took it is named.
    result = inner.run("-k", "schemadiff_pending_applies", "--schemadiff-forbid=access-exclusive")
    result.assert_outcomes(failed=1)
    assert inner.templates() == built
    result.stdout.fnmatch_lines(
        [
            "*schemadiff_forbid (access-exclusive) forbids*",
            "MIGRATIONS/pending.sql:2: ALTER TABLE public.orders ALTER COLUMN total TYPE bigint;",
            "    access-exclusive: took AccessExclusiveLock on public.orders (200 rows): its "
            "reads and writes wait until the statement's transaction ends",
            "MIGRATIONS/pending.sql:3: *",
            "    access-exclusive: took AccessExclusiveLock on public.customer (50 rows)*",
            "MIGRATIONS/pending.sql:6: DROP TABLE public.legacy;",
            "    access-exclusive: took AccessExclusiveLock on public.legacy (7 rows)*",
            "    allow it with a comment on the statement: -- schemadiff: allow access-exclusive",
        ]
    )
    failure = _failure_text(result)
    for not_new in ("pending.sql:4:", "pending.sql:5:", "pending.sql:7:"):
        assert not_new not in failure


def _failure_text(result: pytest.RunResult) -> str:
    """The check's failure, without the impact table of the terminal summary."""
    output = result.stdout.str()
    return output[output.index("= FAILURES =") : output.index("schemadiff: what the pending")]


TIMED = """\
DO $$ BEGIN
  IF current_setting('lock_timeout') <> '1s' OR current_setting('statement_timeout') <> '300ms'
  THEN RAISE EXCEPTION 'timeouts not applied: % %', current_setting('lock_timeout'),
    current_setting('statement_timeout');
  END IF;
END $$;
-- schemadiff: allow statement-timeout, lock-timeout
DO $$ BEGIN PERFORM pg_sleep(0.5); ASSERT current_setting('lock_timeout') = '0'; END $$;
CREATE TABLE public.after_sleep AS SELECT current_setting('statement_timeout') AS restored;
"""

TEST_RESTORED = """\
def test_restored(db):
    if db.state == "post":
        with db.connect() as conn, conn.cursor() as cur:
            cur.execute("SELECT restored FROM public.after_sleep")
            assert cur.fetchone()[0] == "300ms"
"""


def test_timeouts_apply_to_each_statement_but_the_ones_that_allow_going_past(
    inner: Inner,
) -> None:
    inner.migrations(DUMP, TIMED)
    inner.pytester.makepyfile(test_restored=TEST_RESTORED)
    args = ("--schemadiff-lock-timeout=1s", "--schemadiff-statement-timeout", "300")
    inner.run(*args).assert_outcomes(passed=3)

    # Without the comment the sleep is cancelled, as production would cancel it.
    inner.migrations(DUMP, TIMED.replace("-- schemadiff: allow", "-- allowed:"))
    result = inner.run(*args, "-k", "schemadiff_pending_applies")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*MIGRATIONS/pending.sql:8: canceling statement due to statement timeout*"
            "(schemadiff_statement_timeout = 300ms applies to each statement of the pending "
            "migration; if the team accepts that one, annotate it with "
            "`-- schemadiff: allow statement-timeout`)*"
        ]
    )


@pytest.mark.parametrize(
    ("option", "value", "why"),
    [
        ("--schemadiff-forbid", "rewrite,locks", "'locks' is not an effect; expected some of"),
        ("--schemadiff-statement-timeout", "5 seconds", "'5 seconds' is not a duration"),
    ],
)
def test_a_bad_policy_is_a_usage_error_naming_the_option(
    inner: Inner, option: str, value: str, why: str
) -> None:
    result = inner.run(f"{option}={value}")
    assert result.ret == 4
    result.stderr.fnmatch_lines([f"ERROR: pytest-schemadiff: {option}: {why}*"])


def test_comments_above_inside_and_after_a_statement_are_its_own() -> None:
    script = scan_text(
        Path("m.sql"),
        "SELECT 1;  -- schemadiff: allow data-loss\n"
        "-- a note, then the annotation of the next statement\n"
        "/* schemadiff: ALLOW rewrite, access-exclusive */ ALTER TABLE t\n"
        "  ALTER a TYPE bigint;\n"
        "\n"
        "CREATE INDEX i ON t (\n"
        "  -- schemadiff: allow lock-timeout because the table is small\n"
        "  a);\n"
        "SELECT 2;\n",
    )
    assert allowed_effects(script) == {
        (Path("m.sql"), 1): {"data-loss"},
        (Path("m.sql"), 3): {"rewrite", "access-exclusive"},
        (Path("m.sql"), 6): {"lock-timeout"},
    }


def test_annotation_words_outside_comments_allow_nothing() -> None:
    """Only comments annotate: the words in a string, a quoted name or a function's body
    (its comments included: they are the function's) are data."""
    script = scan_text(
        Path("m.sql"),
        "UPDATE t SET note = '-- schemadiff: allow data-loss';\n"
        'ALTER TABLE t RENAME COLUMN a TO "/* schemadiff: allow rewrite */";\n'
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$\n"
        "  -- schemadiff: allow access-exclusive\n"
        "  SELECT 1 $$;\n"
        "UPDATE t SET note = 'é' -- é, then: schemadiff: allow lock-timeout\n"
        "  WHERE a = 1;\n",
    )
    assert allowed_effects(script) == {(Path("m.sql"), 6): {"lock-timeout"}}


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("SELECT 1;\n\n-- schemadiff: allow rewrit\nSELECT 2;", "m.sql:3: `schemadiff: allow`: "),
        ("SELECT 1; /* schemadiff: allow */", "m.sql:1: `schemadiff: allow`: it names no effect"),
        (
            "SELECT 'é',\n  /* note\n  schemadiff: allow everything */ 2;",
            "m.sql:3: `schemadiff: allow`: 'everything' is not an effect",
        ),
    ],
)
def test_an_annotation_naming_no_known_effect_is_refused_with_its_line(
    text: str, error: str
) -> None:
    with pytest.raises(ConfigError, match="^" + error.replace("`", ".")):
        allowed_effects(scan_text(Path("m.sql"), text))


def test_durations_are_written_as_postgresql_takes_them() -> None:
    assert [parse_duration(v, "x") for v in ("250", "1.5s", "2 min")] == ["250ms", "1.5s", "2min"]


def test_a_policy_on_a_dump_without_rows_says_it_was_not_enforced() -> None:
    empty = Impact((), (TableRows("public.t", 0, 0), TableRows("public.u", None, 0)))
    assert summary_line(empty, frozenset({"rewrite"})) == (
        "policy schemadiff_forbid = rewrite: not enforced, no table of the dump has rows "
        "(effects are judged on tables with rows: give the run a dump with data)"
    )


def test_a_table_rewritten_then_renamed_is_judged_by_its_rows() -> None:
    """The rewrite names the table as it was then; the rows are the table's under its new
    name (``renamed_from``): the rewrite of a table with rows is still a violation."""
    retype = StatementImpact(
        "m.sql", 1, "ALTER TABLE old ALTER a TYPE bigint;", 3.0, (), ("public.old",), 1
    )
    rename = StatementImpact("m.sql", 2, "ALTER TABLE old RENAME TO new;", 1.0, (), (), 1)
    impact = Impact((retype, rename), (TableRows("public.new", 10, 10, "public.old"),))
    found = violations(impact, frozenset({"rewrite"}))
    assert [(v.statement.line, v.measured) for v in found] == [
        (1, "rewrote public.old (10 rows) in 3 ms")
    ]
