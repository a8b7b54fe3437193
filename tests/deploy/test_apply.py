"""``schemadiff apply``: one transaction, verified against a target, the database unchanged
on anything but success (``pg_dump --schema-only`` before and after)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from password_role import PASSWORD, PASSWORD_ROLE, PasswordRole

from pytest_schemadiff.connection import with_database
from pytest_schemadiff.server import SchemaDiffServer

from .conftest import Dump, NewDatabase, RunCli, WriteFile, backend_gone, execute, query, tables

START = "CREATE TABLE person (id int PRIMARY KEY, name text);"
MIGRATION = """\
-- add pets
CREATE TABLE pet (id int PRIMARY KEY, owner int REFERENCES person (id));

ALTER TABLE person ADD COLUMN born date;
"""
TARGET = """\
CREATE TABLE person (id int PRIMARY KEY, name text, born date);
CREATE TABLE pet (id int PRIMARY KEY, owner int REFERENCES person (id));
"""


def test_applies_and_verifies(cli: RunCli, new_db: NewDatabase, write: WriteFile) -> None:
    url = new_db(START)
    migration, target = write("pending.sql", MIGRATION), write("target.sql", TARGET)
    result = cli("apply", url, str(migration), "--target", str(target))
    assert result.code == 0, result.err
    assert result.out == (
        f"schemadiff: applied 2 statements from {migration} to {url} in one transaction; "
        f"verified: the schema equals {target}\n"
    )
    assert tables(url) == ["person", "pet"]
    # Without a target: applied, and said not to be verified.
    again = cli("apply", url, str(write("more.sql", "CREATE TABLE toy (id int);")))
    assert again.code == 0, again.err
    assert again.out.endswith(
        "applied 1 statement from "
        + str(Path(again.out.split(" from ")[1].split(" to ")[0]))
        + f" to {url} in one transaction; not verified (no --target)\n"
    )
    assert tables(url) == ["person", "pet", "toy"]


def test_failing_statement_rolls_back_with_file_and_line(
    cli: RunCli, new_db: NewDatabase, write: WriteFile, dump: Dump
) -> None:
    url = new_db(START)
    before = dump(url)
    migration = write(
        "pending.sql", MIGRATION + "\nCREATE VIEW adults AS\n  SELECT nosuch FROM person;\n"
    )
    result = cli("apply", url, str(migration))
    assert result.code == 1
    # PostgreSQL's error position is on the statement's second line: line 7 of the file.
    assert result.err_lines == [
        f'schemadiff: error: {migration}:7: column "nosuch" does not exist',
        "schemadiff: rolled back: nothing was applied",
    ]
    assert dump(url) == before


def test_failure_keeps_detail_and_hint(
    cli: RunCli, new_db: NewDatabase, write: WriteFile, dump: Dump
) -> None:
    url = new_db(START + "CREATE TABLE pet (id int, owner int REFERENCES person (id));")
    before = dump(url)
    migration = write("pending.sql", "CREATE TABLE toy (id int);\n\nDROP TABLE person;\n")
    result = cli("apply", url, str(migration))
    assert result.code == 1
    assert result.err_lines[0] == (
        f"schemadiff: error: {migration}:3: cannot drop table person because other objects "
        "depend on it; DETAIL: constraint pet_owner_fkey on table pet depends on table person; "
        "HINT: Use DROP ... CASCADE to drop the dependent objects too."
    )
    assert dump(url) == before


def test_difference_from_target_rolls_back_and_shows_the_fix(
    cli: RunCli, new_db: NewDatabase, write: WriteFile, dump: Dump
) -> None:
    url = new_db(START)
    before = dump(url)
    migration = write("pending.sql", "CREATE TABLE pet (id int PRIMARY KEY, owner int);\n")
    target = new_db(TARGET)  # a URL: no file to load
    for dry in ((), ("--dry-run",)):
        result = cli("apply", url, str(migration), "--target", str(target), *dry)
        assert result.code == 2, result.err
        lines = result.out.splitlines()
        assert lines[0] == f"-- A: the database after {migration}; B: {target}"
        assert '--   column "public"."person"."born"' in lines  # only in B
        assert 'ALTER TABLE "public"."person" ADD COLUMN "born" date;' in lines
        assert any("FOREIGN KEY" in line for line in lines)
        assert result.err_lines == [
            f"schemadiff: {migration} leaves {url} different from {target}: rolled back, "
            "nothing was applied"
        ]
        assert dump(url) == before


def test_dry_run_rolls_back_a_success(
    cli: RunCli, new_db: NewDatabase, write: WriteFile, dump: Dump
) -> None:
    url = new_db(START)
    before = dump(url)
    migration, target = write("pending.sql", MIGRATION), new_db(TARGET)
    result = cli("apply", url, str(migration), "--target", str(target), "--dry-run")
    assert result.code == 0, result.err
    assert result.out == (
        f"schemadiff: dry run: 2 statements from {migration} ran on {url} and the result "
        f"equals {target}; rolled back, nothing was applied\n"
    )
    assert dump(url) == before


CONCURRENTLY = """\
CREATE TABLE pet (id int PRIMARY KEY, owner int);
CREATE INDEX CONCURRENTLY pet_owner ON pet (owner);
ALTER TABLE person ADD COLUMN born date;
"""


def test_statements_outside_a_transaction_are_refused_or_run_after_commit(
    cli: RunCli, new_db: NewDatabase, write: WriteFile, dump: Dump
) -> None:
    url = new_db(START)
    before = dump(url)
    migration = write("pending.sql", CONCURRENTLY)
    refused = cli("apply", url, str(migration))
    assert refused.code == 1
    assert refused.err_lines[0] == (
        f"schemadiff: error: {migration}:2: CREATE INDEX CONCURRENTLY cannot run inside a "
        "transaction block: refused, nothing was run (run it separately, or pass "
        "--after-commit to run such statements after the commit, each on its own)"
    )
    assert dump(url) == before
    target = write(
        "target.sql",
        "CREATE TABLE person (id int PRIMARY KEY, name text, born date);"
        "CREATE TABLE pet (id int PRIMARY KEY, owner int);"
        "CREATE INDEX pet_owner ON pet (owner);",
    )
    done = cli("apply", url, str(migration), "--after-commit", "--target", str(target))
    assert done.code == 0, done.out + done.err
    assert done.out == (
        f"schemadiff: applied 2 statements from {migration} to {url} in one transaction, then "
        f"1 statement after the commit, each on its own; verified: the schema equals {target}\n"
    )
    assert query(
        url, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'pet_owner'::regclass"
    ) == [(True,)]


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        ("VACUUM person", "VACUUM cannot run inside a transaction block"),
        ("REINDEX TABLE CONCURRENTLY person", "REINDEX CONCURRENTLY cannot run"),
        ("DROP INDEX CONCURRENTLY person_pkey", "DROP INDEX CONCURRENTLY cannot run"),
        ("ALTER SYSTEM SET work_mem = '8MB'", "ALTER SYSTEM cannot run"),
        ("CREATE DATABASE schemadiff_never", "CREATE DATABASE cannot run"),
        ("ROLLBACK", "ends the transaction apply runs the file in"),
        ("COMMIT AND CHAIN", "ends the transaction apply runs the file in"),
    ],
)
def test_refusals_come_from_the_parse_tree(
    cli: RunCli, new_db: NewDatabase, write: WriteFile, statement: str, reason: str
) -> None:
    url = new_db(START)
    # A comment and a string that look like the statement change nothing.
    migration = write(
        "pending.sql",
        f"-- {statement}\nCREATE TABLE note (body text DEFAULT '{statement}');\n{statement};\n",
    )
    result = cli("apply", url, str(migration))
    assert result.code == 1
    assert result.err_lines[0].startswith(f"schemadiff: error: {migration}:3: {reason}")
    assert tables(url) == ["person"]


def test_framing_is_skipped_and_meta_commands_refused(
    cli: RunCli, new_db: NewDatabase, write: WriteFile
) -> None:
    url = new_db(START)
    framed = write("framed.sql", "BEGIN;\nCREATE TABLE pet (id int);\nCOMMIT;\n")
    result = cli("apply", url, str(framed))
    assert result.code == 0, result.err
    assert result.err_lines == [
        f"schemadiff: note: {framed}'s BEGIN/COMMIT are skipped: the whole file runs in one "
        "transaction"
    ]
    assert "applied 1 statement " in result.out
    meta = write("meta.sql", "CREATE TABLE toy (id int);\n\\set ON_ERROR_STOP off\n")
    refused = cli("apply", url, str(meta))
    assert refused.code == 1
    assert refused.err_lines[0].startswith(
        f"schemadiff: error: {meta}:2: psql meta-command \\set is not allowed"
    )
    assert tables(url) == ["person", "pet"]


def test_new_enum_value_used_in_the_same_file(
    cli: RunCli, new_db: NewDatabase, write: WriteFile, dump: Dump
) -> None:
    url = new_db("CREATE TYPE mood AS ENUM ('sad'); CREATE TABLE day (m mood);")
    before = dump(url)
    migration = write(
        "pending.sql",
        "ALTER TYPE mood ADD VALUE 'glad';\nINSERT INTO day VALUES ('glad');\n",
    )
    result = cli("apply", url, str(migration))
    assert result.code == 1
    line = result.err_lines[0]
    assert line.startswith(f'schemadiff: error: {migration}:2: unsafe use of new value "glad"')
    assert "HINT: New enum values must be committed before they can be used." in line
    assert "split the file, the ADD VALUE in one apply, its uses in a later one" in line
    assert dump(url) == before


def test_plan_refuses_another_schema_unless_forced(
    cli: RunCli, new_db: NewDatabase, write: WriteFile, dump: Dump, tmp_path: Path
) -> None:
    a, b = new_db(START), new_db(TARGET)
    plan = tmp_path / "plan.sql"
    made = cli(a, b, "-o", str(plan))
    assert made.code == 2, made.err
    assert plan.read_text().startswith("-- schemadiff-from: sha256:v1:")
    # A copy of A changed afterwards is not what the plan was made from.
    drifted = new_db(START + "CREATE TABLE extra (id int);")
    before = dump(drifted)
    refused = cli("apply", drifted, str(plan))
    assert refused.code == 1
    assert len(refused.err_lines) == 1
    line = refused.err_lines[0]
    assert line.startswith(
        f"schemadiff: error: {drifted}'s schema is not the one this plan was made from "
        "(fingerprint sha256:v1:"
    )
    assert line.endswith("); --force to apply anyway")
    assert dump(drifted) == before
    forced = cli("apply", drifted, str(plan), "--force")
    assert forced.code == 0, forced.err
    assert "--force: the plan's starting schema is not checked" in forced.err
    # The schema it was made from: applied, and then equal to B.
    applied = cli("apply", a, str(plan), "--target", b)
    assert applied.code == 0, applied.err
    assert f"verified: the schema equals {b}" in applied.out


def test_plan_is_checked_under_the_options_it_was_made_with(
    cli: RunCli, new_db: NewDatabase, tmp_path: Path
) -> None:
    schema = "CREATE SCHEMA app; CREATE TABLE app.t (id int);"
    a = new_db(schema + "CREATE TABLE public.other (id int);")
    b = new_db(schema + "ALTER TABLE app.t ADD COLUMN note text;")
    plan = tmp_path / "plan.sql"
    assert cli(a, b, "--schema", "app", "-o", str(plan)).code == 2
    # Only schema app was compared: what else the database holds does not matter.
    execute(a, "CREATE TABLE public.more (id int);")
    result = cli("apply", a, str(plan))
    assert result.code == 0, result.err


def test_bad_input_is_one_line_and_changes_nothing(
    cli: RunCli, new_db: NewDatabase, write: WriteFile, dump: Dump, tmp_path: Path
) -> None:
    url = new_db(START)
    before = dump(url)
    migration = write("pending.sql", MIGRATION)
    cases = {
        "missing file": (
            ("apply", url, str(tmp_path / "nope.sql")),
            f"schemadiff: error: {tmp_path / 'nope.sql'}: no such file",
        ),
        "unreachable": (
            ("apply", "postgresql://me:s3cret@127.0.0.1:9/db", str(migration)),
            "schemadiff: error: cannot connect to database 'db' on 127.0.0.1:9 as 'me': "
            "server unreachable",
        ),
        "target fails to load": (
            (
                "apply",
                url,
                str(migration),
                "--target",
                str(write("bad.sql", "CREATE TABLE x (id int);\nCREATE TABLE y (v nosuch);\n")),
            ),
            f'schemadiff: error: {tmp_path / "bad.sql"}:2: type "nosuch" does not exist',
        ),
        "missing target": (
            ("apply", url, str(migration), "--target", str(tmp_path / "none.sql")),
            f"schemadiff: error: target '{tmp_path / 'none.sql'}': no such file or directory",
        ),
    }
    for name, (argv, start) in cases.items():
        result = cli(*argv)
        assert result.code == 1, name
        assert len(result.err_lines) == 1, (name, result.err)
        assert result.err_lines[0].startswith(start), (name, result.err)
        assert "s3cret" not in result.err
    assert dump(url) == before


def test_read_only_database(
    cli: RunCli,
    new_db: NewDatabase,
    write: WriteFile,
    dump: Dump,
    schemadiff_server: SchemaDiffServer,
) -> None:
    url = new_db(START)
    name = url.rsplit("/", 1)[1].split("?")[0]
    execute(
        schemadiff_server.url, f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'
    )
    before = dump(url)
    result = cli("apply", url, str(write("pending.sql", MIGRATION)))
    assert result.code == 1
    assert result.err_lines[0].endswith(
        "pending.sql:2: cannot execute CREATE TABLE in a read-only transaction"
    )
    assert dump(url) == before


SLOW = "CREATE TABLE slow_made (id int);\nSELECT pg_sleep(30);\n"


def _start_apply(url: str, file: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pytest_schemadiff", "apply", url, str(file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_until(condition: object, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.mark.parametrize("how", ["SIGINT", "SIGKILL"])
def test_interrupted_client_leaves_nothing(
    new_db: NewDatabase, write: WriteFile, dump: Dump, how: str
) -> None:
    url = new_db(START)
    before = dump(url)
    process = _start_apply(url, write("pending.sql", SLOW))
    try:
        # The CREATE TABLE ran; the second statement is running.
        _wait_until(lambda: not backend_gone(url, "SELECT pg_sleep(30)%"))
        os.kill(process.pid, getattr(signal, how))
        _, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    if how == "SIGINT":
        assert process.returncode == 130, err
        assert err.splitlines() == ["schemadiff: interrupted: rolled back, nothing was applied"]
    else:
        assert process.returncode == -signal.SIGKILL
    # The server notices the client is gone (client_connection_check_interval), rolls back.
    _wait_until(lambda: backend_gone(url, "SELECT pg_sleep(30)%"))
    assert "slow_made" not in tables(url)
    assert dump(url) == before


def test_password_urls_and_targets_loaded_on_urls_own_server(
    cli: RunCli, new_db: NewDatabase, write: WriteFile, password_role: PasswordRole
) -> None:
    url = new_db(START)
    execute(
        url,
        f'GRANT CREATE ON SCHEMA public TO "{PASSWORD_ROLE}";'
        f'ALTER TABLE person OWNER TO "{PASSWORD_ROLE}"',
    )
    secret_url = with_database(password_role.url, url.rsplit("/", 1)[1].split("?")[0])
    migration, target = write("pending.sql", MIGRATION), write("target.sql", TARGET)
    # No --server: the role may create databases, so the target loads on URL's server.
    result = cli("apply", secret_url, str(migration), "--target", str(target), server=False)
    assert result.code == 0, result.err
    assert PASSWORD not in result.out + result.err
    assert ":***@" in result.out
    assert "verified: the schema equals" in result.out
    if password_role.enforced:
        wrong = secret_url.replace(PASSWORD, "not-the-password")
        refused = cli("apply", wrong, str(migration), server=False)
        assert refused.code == 1
        assert refused.err_lines[0].endswith("login failed (wrong user or password)")
        assert "not-the-password" not in refused.err


def test_plan_made_in_one_process_applies_from_another(
    cli: RunCli, new_db: NewDatabase, tmp_path: Path
) -> None:
    a = new_db(START + "CREATE TYPE mood AS ENUM ('sad', 'ok'); COMMENT ON TABLE person IS 'p';")
    b = new_db(TARGET)
    plan = tmp_path / "plan.sql"
    assert cli(a, b, "-o", str(plan), "--with-privileges", "--unsafe").code == 2
    # Another interpreter (another hash seed): the fingerprint is the same.
    done = subprocess.run(
        [sys.executable, "-m", "pytest_schemadiff", "apply", a, str(plan)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "applied" in done.stdout


def test_a_commit_that_fails_is_reported_and_rolled_back(
    cli: RunCli, new_db: NewDatabase, write: WriteFile, dump: Dump
) -> None:
    url = new_db(START)
    before = dump(url)
    migration = write(
        "pending.sql",
        "CREATE TABLE pet (id int, owner int REFERENCES person DEFERRABLE INITIALLY DEFERRED);\n"
        "INSERT INTO pet VALUES (1, 42);\n",
    )
    result = cli("apply", url, str(migration))
    assert result.code == 1
    assert result.err_lines[0] == (
        f"schemadiff: error: {migration}: at COMMIT (a deferred constraint): insert or update "
        'on table "pet" violates foreign key constraint "pet_owner_fkey"; DETAIL: Key '
        '(owner)=(42) is not present in table "person".'
    )
    assert dump(url) == before


def test_included_files_run_and_errors_name_them(
    cli: RunCli, new_db: NewDatabase, write: WriteFile, dump: Dump
) -> None:
    url = new_db(START)
    before = dump(url)
    part = write("part.sql", "CREATE TABLE toy (id int);\nCREATE TABLE toy (id int);\n")
    main_file = write("pending.sql", "CREATE TABLE pet (id int);\n\\ir part.sql\n")
    result = cli("apply", url, str(main_file))
    assert result.code == 1
    assert result.err_lines[0] == f'schemadiff: error: {part}:2: relation "toy" already exists'
    assert dump(url) == before
