"""An input cannot reach another database through a foreign table (issue 9, item 6).

``postgres_fdw`` connects wherever its server's options say: here, to another database of
the very server the load runs on, with the load's own credentials. Reading or writing a
foreign table during a load would change that database (an INSERT, a TRUNCATE, a remote
function a SELECT calls), and nothing in the load's transaction could undo it. The load's
session keeps foreign tables closed (``server_guard``), and statements that would open them
are refused. Defining servers, user mappings and foreign tables stays allowed.
"""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from psycopg2 import sql

from pytest_schemadiff.connection import open_connection
from pytest_schemadiff.errors import LoadError
from pytest_schemadiff.loading import load_path
from pytest_schemadiff.server import SchemaDiffServer
from pytest_schemadiff.statement_rules import refusal


def _run(url: str, statement: str | sql.Composable) -> list[tuple[object, ...]]:
    conn = open_connection(url, autocommit=True)
    try:
        with conn.cursor() as cur:
            cur.execute(statement)
            return cur.fetchall() if cur.description else []
    finally:
        conn.close()


@pytest.fixture(scope="module")
def victim(schemadiff_server: SchemaDiffServer) -> Iterator[str]:
    """A database of the same server (not the plugin's), with a table and a function that
    writes to it, behind a view: what a foreign table of an input would reach."""
    name = f"sdx_fdw_victim_{uuid.uuid4().hex[:8]}"
    _run(schemadiff_server.url, sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        _run(
            schemadiff_server.database_url(name),
            "CREATE TABLE target (x int);"
            "INSERT INTO target VALUES (7);"
            "CREATE FUNCTION bump() RETURNS int LANGUAGE sql "
            "AS 'INSERT INTO target VALUES (99) RETURNING 1';"
            "CREATE VIEW calls_bump AS SELECT bump() AS b;",
        )
        yield name
    finally:
        _run(
            schemadiff_server.url,
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)),
        )


@pytest.fixture
def db(schemadiff_server: SchemaDiffServer) -> Iterator[str]:
    name = f"schemadiff_fdw_{uuid.uuid4().hex[:10]}"
    url = schemadiff_server.create_database(name)
    yield url
    schemadiff_server.drop_database(name)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _loopback(schemadiff_server: SchemaDiffServer, victim: str) -> str:
    """SQL defining a postgres_fdw server on the victim database, with a user mapping that
    logs in as the load's own role, and foreign tables on its table and view."""
    conn = open_connection(schemadiff_server.url, autocommit=True)
    try:
        info = conn.info
        host, port, user, password = info.host, info.port, info.user, info.password or ""
    finally:
        conn.close()
    return (
        "CREATE EXTENSION postgres_fdw;\n"
        "CREATE SERVER loop FOREIGN DATA WRAPPER postgres_fdw OPTIONS "
        f"(host {_literal(host)}, port {_literal(str(port))}, dbname {_literal(victim)});\n"
        "CREATE USER MAPPING FOR CURRENT_USER SERVER loop OPTIONS "
        f"(user {_literal(user)}, password {_literal(password)});\n"
        "CREATE FOREIGN TABLE remote_target (x int) SERVER loop "
        "OPTIONS (table_name 'target');\n"
        "CREATE FOREIGN TABLE remote_calls (b int) SERVER loop "
        "OPTIONS (table_name 'calls_bump');\n"
    )


def _victim_rows(schemadiff_server: SchemaDiffServer, victim: str) -> list[tuple[object, ...]]:
    return _run(schemadiff_server.database_url(victim), "SELECT x FROM target ORDER BY x")


# What an input might do with a foreign table while it loads: each reaches the victim.
ACCESS = {
    "insert": "INSERT INTO remote_target VALUES (1);",
    "remote_function": "CREATE TABLE copied AS SELECT b FROM remote_calls;",
    "do_block": "DO $$ BEGIN TRUNCATE remote_target; END $$;",
}


@pytest.mark.parametrize("case", sorted(ACCESS))
def test_a_load_cannot_use_a_foreign_table_to_change_another_database(
    case: str, schemadiff_server: SchemaDiffServer, victim: str, db: str, tmp_path: Path
) -> None:
    path = tmp_path / "input.sql"
    path.write_text(_loopback(schemadiff_server, victim) + ACCESS[case] + "\n")
    with pytest.raises(LoadError) as info:
        load_path(path, db, bin_dir=schemadiff_server.bin_dir)
    message = str(info.value)
    assert message.startswith(f"{path}:6: ")
    assert "access to non-system foreign table is restricted" in message, message
    assert "\n" not in message
    assert _victim_rows(schemadiff_server, victim) == [(7,)]


# Statements that would open foreign tables again: refused before anything runs.
REOPEN = {
    "set": ("SET restrict_nonsystem_relation_kind = '';", "SET restrict_nonsystem_relation_kind"),
    "function_set_clause": (
        "CREATE FUNCTION opened() RETURNS bigint LANGUAGE sql "
        "SET restrict_nonsystem_relation_kind = '' AS 'SELECT count(*) FROM remote_target';",
        "SET restrict_nonsystem_relation_kind",
    ),
}


@pytest.mark.parametrize("case", sorted(REOPEN))
def test_turning_the_restriction_off_is_refused_with_file_and_line(
    case: str, schemadiff_server: SchemaDiffServer, victim: str, db: str, tmp_path: Path
) -> None:
    statement, what = REOPEN[case]
    path = tmp_path / "input.sql"
    path.write_text(
        _loopback(schemadiff_server, victim)
        + statement
        + "\nINSERT INTO remote_target VALUES (2);\n"
    )
    with pytest.raises(LoadError) as info:
        load_path(path, db, bin_dir=schemadiff_server.bin_dir)
    assert str(info.value).startswith(
        f"{path}:6: {what} would let the load read and write foreign tables"
    ), str(info.value)
    assert _victim_rows(schemadiff_server, victim) == [(7,)]


@pytest.mark.parametrize(
    ("statement", "what"),
    [
        (
            "SELECT pg_catalog.set_config('RESTRICT_nonsystem_relation_kind', '', false)",
            "set_config",
        ),
        ("RESET restrict_nonsystem_relation_kind", "SET restrict_nonsystem_relation_kind"),
        ("RESET ALL", "RESET ALL"),
        ("DISCARD ALL", "DISCARD ALL"),
    ],
)
def test_every_way_to_turn_it_off_by_name_is_refused(statement: str, what: str) -> None:
    why = refusal(statement)
    assert why is not None and why.startswith(what), why
    assert refusal("SELECT pg_catalog.set_config('search_path', '', false)") is None
    assert refusal("DISCARD PLANS") is None


def test_dynamic_sql_that_turns_it_off_fails_the_check_before_the_next_statement(
    schemadiff_server: SchemaDiffServer, victim: str, db: str, tmp_path: Path
) -> None:
    path = tmp_path / "input.sql"
    path.write_text(
        _loopback(schemadiff_server, victim)
        + "SELECT pg_catalog.set_config(pg_catalog.concat('restrict_nonsystem', "
        "'_relation_kind'), '', false);\n" + "INSERT INTO remote_target VALUES (3);\n"
    )
    with pytest.raises(LoadError) as info:
        load_path(path, db, bin_dir=schemadiff_server.bin_dir)
    message = str(info.value)
    assert message.startswith(f"{path}:6: "), message
    assert "foreign tables opened (restrict_nonsystem_relation_kind changed)" in message
    assert _victim_rows(schemadiff_server, victim) == [(7,)]


def test_defining_foreign_tables_still_loads(
    schemadiff_server: SchemaDiffServer, victim: str, db: str, tmp_path: Path
) -> None:
    path = tmp_path / "input.sql"
    path.write_text(
        _loopback(schemadiff_server, victim)
        + "COMMENT ON FOREIGN TABLE remote_target IS 'kept';\n"
        + "CREATE VIEW local_view AS SELECT x FROM remote_target;\n"
    )
    load_path(path, db, bin_dir=schemadiff_server.bin_dir, single_transaction=True)
    assert _run(db, "SELECT count(*) FROM pg_foreign_table") == [(2,)]
    # Only the load's session was restricted: the database's later users are not.
    assert _run(db, "SELECT x FROM remote_target") == [(7,)]


def test_an_archive_cannot_use_a_foreign_table_either(
    schemadiff_server: SchemaDiffServer, victim: str, db: str, tmp_path: Path
) -> None:
    """A custom-format dump restores through pg_restore, not psql: its REFRESH of a
    materialized view over a foreign table would read the victim (or call a function
    there, as a SELECT can): without the restriction the restore succeeds."""
    source = schemadiff_server.create_database(f"schemadiff_fdw_src_{uuid.uuid4().hex[:8]}")
    try:
        _run(source, _loopback(schemadiff_server, victim))
        # Populated here, on purpose: the dump then refreshes it on restore.
        _run(source, "CREATE MATERIALIZED VIEW copied AS SELECT x FROM remote_target")
        before = _victim_rows(schemadiff_server, victim)
        archive = tmp_path / "dump.custom"
        subprocess.run(
            [str(schemadiff_server.bin_dir / "pg_dump"), "-Fc", "-f", str(archive), source],
            check=True,
            capture_output=True,
        )
    finally:
        schemadiff_server.drop_database(source.rsplit("/", 1)[1].split("?", 1)[0])
    with pytest.raises(LoadError) as info:
        load_path(archive, db, bin_dir=schemadiff_server.bin_dir)
    assert "access to non-system foreign table is restricted" in str(info.value)
    assert _victim_rows(schemadiff_server, victim) == before
