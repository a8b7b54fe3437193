"""``schemadiff sync``: show, ask, apply in one transaction, verify; unchanged otherwise."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable

import pytest

from .conftest import Dump, NewDatabase, RunCli, WriteFile, execute, query, tables

DEV = "CREATE TABLE person (id int PRIMARY KEY, name text, nickname text);"
TARGET = """\
CREATE TABLE person (id int PRIMARY KEY, name text, nickname text, born date);
CREATE TABLE pet (id int PRIMARY KEY, owner int REFERENCES person (id));
"""


class Terminal(io.StringIO):
    """Standard input that is a terminal, answering with ``answer`` (after ``meanwhile``)."""

    def __init__(self, answer: str, meanwhile: Callable[[], None] | None = None) -> None:
        super().__init__(answer)
        self.meanwhile = meanwhile

    def isatty(self) -> bool:
        return True

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        if self.meanwhile is not None:
            self.meanwhile()
        return super().readline()


def test_sync_with_yes_applies_verifies_and_is_then_in_sync(
    cli: RunCli, new_db: NewDatabase, write: WriteFile
) -> None:
    url, target = new_db(DEV), write("target.sql", TARGET)
    result = cli("sync", url, str(target), "--yes")
    assert result.code == 0, result.err
    out = result.out
    assert 'ALTER TABLE "public"."person" ADD COLUMN "born" date;' in out
    assert 'CREATE TABLE "public"."pet"' in out
    # Hazards are shown above their statement (the foreign key locks person too).
    lines = out.splitlines()
    fk = next(i for i, line in enumerate(lines) if '"pet_owner_fkey" FOREIGN KEY' in line)
    assert lines[fk - 1].startswith("-- ")
    assert "blocks writes (not reads) to public.pet" in lines[fk - 1]
    assert "public.person (ShareRowExclusiveLock)" in lines[fk - 1]
    # ADD COLUMN, CREATE TABLE, its primary key and foreign key.
    assert out.endswith(
        f"schemadiff: synced {url} with {target}: 4 statements applied; verified\n"
    ), out
    assert tables(url) == ["person", "pet"]
    again = cli("sync", url, str(target))
    assert (again.code, again.out) == (
        0,
        f"schemadiff: {url} is already in sync with {target}\n",
    )


def test_asks_on_a_terminal_and_refuses_without_one(
    cli: RunCli,
    new_db: NewDatabase,
    write: WriteFile,
    dump: Dump,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, target = new_db(DEV), new_db(TARGET)
    before = dump(url)
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))  # a pipe: nobody to ask
    piped = cli("sync", url, str(target))
    assert piped.code == 1
    assert piped.err_lines == [
        "schemadiff: error: standard input is not a terminal, so nobody can answer: pass "
        "--yes to apply without asking"
    ]
    monkeypatch.setattr(sys, "stdin", Terminal("n\n"))
    declined = cli("sync", url, str(target))
    assert declined.code == 1
    assert declined.err == f"Apply 4 statements to {url}? [y/N] schemadiff: not applied\n"
    assert dump(url) == before
    monkeypatch.setattr(sys, "stdin", Terminal("y\n"))
    accepted = cli("sync", url, str(target))
    assert accepted.code == 0, accepted.err
    assert tables(url) == ["person", "pet"]


def test_a_database_changed_while_asking_is_not_touched(
    cli: RunCli,
    new_db: NewDatabase,
    write: WriteFile,
    dump: Dump,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, target = new_db(DEV), new_db(TARGET)
    monkeypatch.setattr(
        sys, "stdin", Terminal("y\n", lambda: execute(url, "CREATE TABLE other (id int)"))
    )
    result = cli("sync", url, str(target))
    assert result.code == 1
    # After the question (no newline: a terminal echoes the answer's).
    prompt, error = result.err.split("? [y/N] ")
    assert prompt == f"Apply 4 statements to {url}"
    assert error.startswith(f"schemadiff: error: {url} changed while the plan was shown")
    assert error.endswith("nothing applied; run sync again\n")
    assert tables(url) == ["other", "person"]


def test_statements_that_delete_data_need_unsafe(
    cli: RunCli, new_db: NewDatabase, write: WriteFile, dump: Dump
) -> None:
    url = new_db(DEV + "INSERT INTO person VALUES (1, 'a', 'b');")
    target = new_db("CREATE TABLE person (id int PRIMARY KEY, name text);")
    before = dump(url)
    refused = cli("sync", url, str(target), "--yes")
    assert refused.code == 3
    assert refused.err_lines == [
        "schemadiff: error: 1 statement deletes data; review it, then use --unsafe to run it"
    ]
    assert 'DROP COLUMN "nickname"' in refused.out
    assert "deletes data" in refused.out
    assert dump(url) == before
    done = cli("sync", url, str(target), "--yes", "--unsafe")
    assert done.code == 0, done.err
    assert dump(url) != before


def test_unreachable_database_and_missing_target(
    cli: RunCli, new_db: NewDatabase, write: WriteFile, tmp_path: object
) -> None:
    target = write("target.sql", TARGET)
    down = cli("sync", "postgresql://me:pw-9x@127.0.0.1:9/db", str(target), "--yes")
    assert down.code == 1
    assert len(down.err_lines) == 1
    assert "server unreachable" in down.err and "pw-9x" not in down.err
    missing = cli("sync", new_db(DEV), "/nonexistent/target.sql", "--yes")
    assert missing.err_lines == [
        "schemadiff: error: target '/nonexistent/target.sql': no such file or directory, and "
        "not a database URL"
    ]


def test_secrets_are_applied_as_they_are_and_shown_masked(cli: RunCli, new_db: NewDatabase) -> None:
    """A user mapping's password reaches the database; the listing shows a placeholder."""
    server = (
        "CREATE EXTENSION postgres_fdw;"
        "CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'nowhere');"
    )
    secret = "s3cr3t-in-target"
    url = new_db(server)
    target = new_db(
        server + "CREATE USER MAPPING FOR PUBLIC SERVER remote "
        f"OPTIONS (user 'app', password '{secret}');"
    )
    result = cli("sync", url, target, "--yes")
    assert result.code == 0, result.err
    assert secret not in result.out + result.err
    assert "CREATE USER MAPPING" in result.out
    assert query(url, "SELECT umoptions FROM pg_user_mappings WHERE srvname = 'remote'") == [
        (["user=app", f"password={secret}"],)
    ]
