"""``schemadiff check URL TARGET``: drift checks for cron and CI, on the server under test."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pytest_schemadiff.cli import main
from pytest_schemadiff.connection import connect, mask_password
from pytest_schemadiff.server import SchemaDiffServer

LIVE = """
CREATE TABLE author (id int PRIMARY KEY, name text);
CREATE TABLE legacy (id int);
COMMENT ON TABLE author IS 'writers';
"""
TARGET = """
CREATE TABLE author (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE book (id int PRIMARY KEY, author_id int REFERENCES author);
COMMENT ON TABLE author IS 'writers';
"""


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def execute(url: str, sql: str) -> None:
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute(sql)
        conn.commit()


@dataclass
class Setup:
    server: SchemaDiffServer
    live: str  # the database's URL
    live_name: str
    target: str  # a database holding TARGET: a TARGET given as a URL costs no load
    files: Path
    made: list[str]

    def database(self, sql: str, template: str | None = None) -> str:
        name = f"schemadiff_checktest_{uuid.uuid4().hex[:10]}"
        url = self.server.create_database(name, template=template)
        self.made.append(name)
        if sql:
            execute(url, sql)
        return url

    def file(self, name: str, sql: str) -> str:
        path = self.files / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(sql)
        return str(path)

    def check(self, *argv: str) -> Result:
        stdout, stderr = io.StringIO(), io.StringIO()
        code = main(["check", *argv, "--server", self.server.url], stdout, stderr)
        assert "Traceback" not in stderr.getvalue()
        return Result(code, stdout.getvalue(), stderr.getvalue())


@pytest.fixture(scope="module")
def setup(
    schemadiff_server: SchemaDiffServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Setup]:
    """Databases holding LIVE and TARGET (only read by the tests), files, and the databases
    made. Most tests give TARGET as a URL: a file costs a scratch database and a load, which
    the tests of files pay once."""
    made: list[str] = []
    setup = Setup(schemadiff_server, "", "", "", tmp_path_factory.mktemp("check"), made)
    setup.live = setup.database(LIVE)
    setup.live_name = made[0]
    setup.target = setup.database(TARGET)
    yield setup
    for name in made:
        schemadiff_server.drop_database(name)


@pytest.fixture(autouse=True)
def _no_scratch_left(setup: Setup) -> Iterator[None]:
    """Every check drops the scratch database it loaded TARGET into, also after errors."""
    yield
    mine = f"_cli{os.getpid()}_"
    assert [n for n in setup.server.list_databases() if mine in n] == []


def test_in_sync_exits_0_and_writes_nothing(setup: Setup) -> None:
    result = setup.check(setup.live, setup.file("live.sql", LIVE))
    assert result == Result(0, "", "")


def test_drift_exits_2_with_the_differences_grouped(setup: Setup) -> None:
    target = setup.file("target.sql", TARGET)
    result = setup.check(setup.live, target)
    assert result.code == 2
    assert result.err == ""
    # The database is A, the target B: legacy goes, book comes (its columns and
    # constraints shown through it), author.name becomes NOT NULL; the same comment on
    # both sides is no difference.
    assert result.out.splitlines() == [
        f"drift: the database (A) {mask_password(setup.live)} differs from the target (B) {target}",
        "only in A:",
        '  table "public"."legacy"',
        "only in B:",
        '  table "public"."book"',
        "changed:",
        '  column "public"."author"."name"',
        "    not_null: False -> True",
        # PostgreSQL 18 names NOT NULL constraints (pg_constraint rows of their own).
        *(
            ["    not_null_name: None -> 'author_name_not_null'"]
            if setup.server.version.major >= 18
            else []
        ),
    ]
    # Stable: the same databases give the same bytes (cron can diff or hash them).
    first = setup.check(setup.live, setup.target)
    assert first.code == 2
    assert first.out.splitlines()[1:] == result.out.splitlines()[1:]
    assert setup.check(setup.live, setup.target) == first


def test_the_pytest_assertion_answers_the_same(setup: Setup) -> None:
    """README's equivalent: check's defaults are assert_schema_matches(ignore=["privileges"])."""
    from pytest_schemadiff import assert_schema_matches

    assert_schema_matches(setup.live, setup.live, ignore=["privileges"])
    with pytest.raises(AssertionError, match="legacy"):
        assert_schema_matches(setup.live, setup.target, ignore=["privileges"])


def test_json_always_writes_its_document(setup: Setup) -> None:
    drift = setup.check(setup.live, setup.target, "--format", "json")
    assert drift.code == 2
    document = json.loads(drift.out)
    assert document["in_sync"] is False
    changes = {(d["change"], d["key"]["kind"], d["key"]["name"]) for d in document["differences"]}
    assert ("only in A", "table", "legacy") in changes
    assert ("only in B", "table", "book") in changes
    assert ("changed", "column", "author") in changes
    drops = [s for s in document["statements"] if s["action"] == "drop"]
    assert [s["sql"] for s in drops] == ['DROP TABLE "public"."legacy"']
    assert "deletes data" in drops[0]["hazards"]

    same = setup.check(setup.live, setup.live, "--format", "json")
    assert same.code == 0
    assert json.loads(same.out) == {
        "differences": [],
        "in_sync": True,
        "statements": [],
        "unmatched": [],
        "warnings": [],
    }


def test_sql_brings_the_database_to_the_target(setup: Setup) -> None:
    copy = setup.database("", template=setup.live_name)
    result = setup.check(copy, setup.target, "--format", "sql")
    assert result.code == 2
    assert 'DROP TABLE "public"."legacy";' in result.out
    execute(copy, result.out)
    assert setup.check(copy, setup.target) == Result(0, "", "")


def test_a_read_only_database_is_checked(setup: Setup) -> None:
    """check only reads: a database where writes are refused (a replica's role) is fine."""
    url = setup.database(LIVE)
    name = setup.made[-1]
    execute(setup.server.url, f"ALTER DATABASE {name} SET default_transaction_read_only = on")
    assert setup.check(url, setup.live) == Result(0, "", "")
    assert setup.check(url, setup.target).code == 2


def test_target_as_url_and_as_directory(setup: Setup) -> None:
    assert setup.check(setup.live, setup.live) == Result(0, "", "")
    folder = Path(setup.file("schema/01_author.sql", LIVE.split("CREATE TABLE legacy")[0]))
    setup.file("schema/02_legacy.sql", "CREATE TABLE legacy (id int);")
    setup.file("schema/03_comment.sql", "COMMENT ON TABLE author IS 'writers';")
    assert setup.check(setup.live, str(folder.parent)) == Result(0, "", "")


def test_comparison_flags_as_for_schemadiff_a_b(setup: Setup) -> None:
    live = setup.database(
        "CREATE TABLE t (id int); COMMENT ON TABLE t IS 'old';"
        "CREATE SCHEMA scratch; CREATE TABLE scratch.tmp (id int);"
    )
    target = setup.database("CREATE TABLE t (id int); COMMENT ON TABLE t IS 'new';")
    both = setup.check(live, target)
    assert both.code == 2
    assert "comment: 'old' -> 'new'" in both.out
    assert '"scratch"."tmp"' in both.out
    assert setup.check(live, target, "--ignore-comments", "--exclude-schema", "scratch").code == 0
    only_comment = setup.check(live, target, "--schema", "public")
    assert only_comment.code == 2
    assert "scratch" not in only_comment.out


BASE_TYPE = """
CREATE TYPE mytext;
CREATE FUNCTION mytext_in(cstring) RETURNS mytext AS 'textin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION mytext_out(mytext) RETURNS cstring AS 'textout' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE mytext (INPUT = mytext_in, OUTPUT = mytext_out, LIKE = text);
"""


def test_drift_no_sql_can_fix_is_still_drift(setup: Setup) -> None:
    """A base type is a kind the engine does not compare: on one side only, it is drift
    in every format, though no SQL is generated for it."""
    live, empty = setup.database(BASE_TYPE), setup.database("")
    unmatched = (
        "base type public.mytext is only in A (this kind is not compared: no SQL is "
        "generated for it)"
    )
    warning = "schemadiff: warning: object kind 'base type' is not compared (1 in A, 0 in B)\n"
    summary = setup.check(live, empty)
    assert (summary.code, summary.err) == (2, warning)
    assert summary.out.endswith(f"not compared, on one side only:\n  {unmatched}\n")
    sql = setup.check(live, empty, "--format", "sql")
    assert sql.code == 2
    assert sql.out.endswith(f"-- not compared, on one side only: {unmatched}\n")
    document = json.loads(setup.check(live, empty, "--format", "json").out)
    assert (document["in_sync"], document["unmatched"]) == (False, [unmatched])


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["{target}", "{target}"],
            "schemadiff: error: URL: '{target}' is not a database URL (check reads a live "
            "database; to compare two files use schemadiff A B)",
        ),
        (
            ["{live}", "{missing}"],
            "schemadiff: error: TARGET: '{missing}' is neither a database URL, EMPTY, nor an "
            "existing file or directory",
        ),
        (
            ["{live}", "{broken}"],
            'schemadiff: error: {broken}:2: relation "nowhere" does not exist',
        ),
        (
            ["{live}", "{target}", "--schema", "nosuch"],
            "schemadiff: error: --schema 'nosuch': no such schema in the database or in "
            "TARGET (nothing to compare)",
        ),
    ],
    ids=["url-is-a-file", "no-target", "target-fails-to-load", "no-such-schema"],
)
def test_errors_are_one_line_and_exit_1(setup: Setup, argv: list[str], message: str) -> None:
    names: dict[str, Any] = {
        "live": setup.live,
        "target": str(setup.files / "target.sql"),
        "missing": str(setup.files / "missing.sql"),
        "broken": setup.file("broken.sql", "CREATE TABLE a (id int);\nSELECT * FROM nowhere;\n"),
    }
    setup.file("target.sql", TARGET)
    result = setup.check(*(a.format(**names) for a in argv))
    assert (result.code, result.out) == (1, "")
    assert result.err.splitlines() == [message.format(**names)]


def test_unreachable_database_names_it_without_the_password(setup: Setup) -> None:
    url = "postgresql://deployer:Hunter2-secret@127.0.0.1:1/app"
    result = setup.check(url, setup.target)
    assert (result.code, result.out) == (1, "")
    assert len(result.err.splitlines()) == 1
    assert result.err.startswith("schemadiff: error: cannot connect to database 'app' on ")
    assert "Hunter2-secret" not in result.err


def test_usage_errors_exit_1(setup: Setup) -> None:
    result = setup.check(setup.live, setup.live, "--format", "yaml")
    assert result.code == 1
    assert result.err.splitlines()[0].startswith("schemadiff: error: argument --format")


def test_the_installed_command(setup: Setup) -> None:
    """As cron runs it: a process, its exit code, nothing on stdin."""
    command = [sys.executable, "-m", "pytest_schemadiff", "check"]
    done = subprocess.run(
        [*command, setup.live, setup.target, "--server", setup.server.url],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert done.stdout.startswith("drift: the database (A) ")
    assert done.stderr == ""
