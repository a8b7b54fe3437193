"""An input changes only its own database (issue 8, item 3; corrupt inputs of item 7).

Every escaping input is refused with ``file:line`` before it runs, or its shared changes are
reverted, and the server is left as it was: the roles, the databases, ``work_mem`` and the
pending ``ALTER SYSTEM`` settings are compared before and after, and a normal load follows.
Run against the run's server: the private cluster, or ``--schemadiff-url`` in CI.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg2
import pytest
from plugin.conftest import INI, Inner
from psycopg2 import sql

from pytest_schemadiff.cli import main as cli_main
from pytest_schemadiff.connection import open_connection
from pytest_schemadiff.errors import LoadError
from pytest_schemadiff.loading import files_read, load_path
from pytest_schemadiff.server import SchemaDiffServer

NewDatabase = Callable[[], str]
PREFIX = "sdx_"  # roles and databases these tests make


def query(url: str, statement: str | sql.Composable, params: Any = None) -> list[tuple[Any, ...]]:
    conn = open_connection(url, autocommit=True)
    try:
        with conn.cursor() as cur:
            cur.execute(statement, params)
            return cur.fetchall() if cur.description else []
    finally:
        conn.close()


def server_state(url: str) -> dict[str, Any]:
    """What an input must not change: roles, memberships, role settings, databases other
    than the plugin's scratch ones, pending ALTER SYSTEM settings, work_mem of a new session.
    Keyed by name, so that ``assert_unchanged`` can ignore what other tests running at the
    same time create and drop."""
    return {
        "roles": {
            row[0]: row
            for row in query(
                url,
                "SELECT rolname, rolsuper, rolcanlogin, rolcreatedb, rolcreaterole, "
                "rolreplication, rolbypassrls, rolconnlimit, rolvaliduntil::text, "
                "array(SELECT r.rolname FROM pg_auth_members a JOIN pg_roles r "
                "ON r.oid = a.roleid WHERE a.member = m.oid ORDER BY 1)::text, "
                "array(SELECT setconfig::text FROM pg_db_role_setting WHERE setrole = m.oid)::text "
                "FROM pg_roles m WHERE rolname NOT LIKE 'schemadiff%%'",
            )
        },
        "databases": {
            row[0]: row
            for row in query(
                url,
                "SELECT datname, datdba, datallowconn, datconnlimit, datacl::text, "
                "array(SELECT setconfig::text FROM pg_db_role_setting WHERE setdatabase = d.oid)"
                "::text FROM pg_database d WHERE datname NOT LIKE 'schemadiff%%'",
            )
        },
        "auto_conf": set(
            query(
                url,
                "SELECT name, setting FROM pg_file_settings "
                "WHERE sourcefile LIKE '%%postgresql.auto.conf'",
            )
        ),
        "work_mem": query(url, "SHOW work_mem"),
    }


def assert_unchanged(before: dict[str, Any], after: dict[str, Any], victim: str | None) -> None:
    """Every role and database that existed before is as it was, none of ours appeared
    (other tests' roles and databases may come and go meanwhile), settings are the same."""
    for kind in ("roles", "databases"):
        # Other tests' victims come and go while this one runs.
        # A database another test is dropping meanwhile (datconnlimit -2 marks it invalid
        # from PostgreSQL 16: sqlbag's temporary databases of the migra snippet tests) is
        # not a change an input made: the guard refuses DROP DATABASE.
        dropping = {k for k, row in after[kind].items() if kind == "databases" and row[3] == -2}
        kept = {
            k
            for k in (before[kind].keys() & after[kind].keys()) - dropping
            if not k.startswith(f"{PREFIX}victim") or k == victim
        }
        assert {k: after[kind][k] for k in kept} == {k: before[kind][k] for k in kept}
        new = after[kind].keys() - before[kind].keys()
        # What the refused inputs would have made.
        assert not new & {f"{PREFIX}power", f"{PREFIX}user", f"{PREFIX}space"}
        if victim is not None:
            assert victim in after[kind]
    assert after["auto_conf"] == before["auto_conf"]
    assert after["work_mem"] == before["work_mem"]


@pytest.fixture
def new_database(schemadiff_server: SchemaDiffServer) -> Iterator[NewDatabase]:
    names: list[str] = []

    def create() -> str:
        names.append(f"schemadiff_confine_{uuid.uuid4().hex[:10]}")
        return schemadiff_server.create_database(names[-1])

    yield create
    for name in names:
        schemadiff_server.drop_database(name)


@pytest.fixture
def db(new_database: NewDatabase) -> str:
    return new_database()


@pytest.fixture
def victim(schemadiff_server: SchemaDiffServer) -> Iterator[str]:
    """A database that is not the input's, with a role that can log in: what an escaping
    input would change. Named outside ``schemadiff_*`` on purpose."""
    name = f"{PREFIX}victim_{uuid.uuid4().hex[:8]}"
    url = schemadiff_server.url
    query(url, sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    query(url, sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name)))
    yield name
    # Whatever a failing (old) loader did, leave the server as it was.
    query(url, "ALTER SYSTEM RESET work_mem")
    query(url, "ALTER ROLE CURRENT_USER RESET work_mem")
    query(url, "SELECT pg_reload_conf()")
    for database in (name, f"{name}_renamed", f"{name}_new"):
        query(
            url,
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database)),
        )
    for role in (name, f"{PREFIX}power", f"{PREFIX}user"):
        with contextlib.suppress(psycopg2.Error):  # another test's may be gone meanwhile
            query(url, sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
            query(url, sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def load(server: SchemaDiffServer, path: Path, url: str, **kwargs: Any) -> None:
    load_path(path, url, bin_dir=server.bin_dir, **kwargs)


def assert_refused_and_unchanged(
    server: SchemaDiffServer,
    db: str,
    path: Path,
    expected: str,
    victim: str | None = None,
    **kwargs: Any,
) -> str:
    """Loading ``path`` fails with one line starting ``expected``; the server is unchanged,
    nothing of the file ran, and a normal load into the same database then passes."""
    before = server_state(server.url)
    with pytest.raises(LoadError) as info:
        load(server, path, db, **kwargs)
    message = str(info.value)
    assert message.startswith(expected), message
    assert "\n" not in message
    assert_unchanged(before, server_state(server.url), victim)
    ok = path.parent / "ok.sql"
    ok.write_text("CREATE TABLE after_refusal (x int);\n")
    load(server, ok, db)
    return message


# -- psql meta-commands ----------------------------------------------------------------------

ESCAPES = {
    "indented_connect": "CREATE TABLE marker (x int);\n   \\connect {victim}\nSELECT 1;\n",
    "connect_after_statement": "CREATE TABLE marker (x int);\nSELECT 1; \\c {victim}\n",
    "shell": "CREATE TABLE marker (x int);\n\\! touch {pwned}\n",
    "on_error_stop_off": "CREATE TABLE marker (x int);\n\\set ON_ERROR_STOP off\nSELECT nope;\n",
    "output_file": "CREATE TABLE marker (x int);\n\\o {pwned}\nSELECT 1;\n",
    "copy_to_client_file": "CREATE TABLE marker (x int);\n\\copy marker to '{pwned}'\n",
    "gexec": "CREATE TABLE marker (x int);\nSELECT 'DROP DATABASE {victim}' \\gexec\n",
    "setenv": "CREATE TABLE marker (x int);\n\\setenv PGDATABASE {victim}\n",
    "if": "CREATE TABLE marker (x int);\n\\if true\n\\endif\n",
    "variable": "CREATE TABLE marker (x int);\nALTER ROLE :USER SET work_mem = '77MB';\n",
}


@pytest.mark.parametrize("case", sorted(ESCAPES))
def test_meta_commands_are_refused_before_anything_runs(
    case: str, schemadiff_server: SchemaDiffServer, db: str, victim: str, tmp_path: Path
) -> None:
    pwned = tmp_path / "pwned"
    path = tmp_path / "pending.sql"
    path.write_text(ESCAPES[case].format(victim=victim, pwned=pwned))
    assert_refused_and_unchanged(schemadiff_server, db, path, f"{path}:2: ", victim)
    assert not pwned.exists()
    # Refused before anything ran: not even the statement before the meta-command.
    assert query(db, "SELECT to_regclass('marker')") == [(None,)]
    assert query(schemadiff_server.url, "SELECT 1 FROM pg_database WHERE datname = %s", (victim,))


def test_backslashes_inside_sql_are_not_meta_commands_but_the_one_outside_is(
    schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path
) -> None:
    body = (
        "-- a comment: \\connect postgres\n"
        "/* nested /* \\! ls */ still a comment \\c x */\n"
        "CREATE TABLE t (a text DEFAULT 'it''s \\connect', \"we\\ird\" text);\n"
        "INSERT INTO t (a) VALUES (E'esc \\' \\\\connect'), ($$ \\! ls $$), ($f$ \\o x $f$);\n"
        "COPY t (a) FROM stdin;\n"
        "\\N\n"
        "\\connect lookalike in COPY data\n"
        "\\.\n"
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;\n"
    )
    clean = tmp_path / "clean.sql"
    clean.write_text(body)
    load(schemadiff_server, clean, db)
    assert query(db, "SELECT count(*) FROM t") == [(5,)]
    # The same constructs, then one real meta-command: found, on its own line.
    pwned = tmp_path / "pwned"
    escaping = tmp_path / "escaping.sql"
    escaping.write_text(body.replace("CREATE TABLE t", "CREATE TABLE t2") + f"\\! touch {pwned}\n")
    with pytest.raises(LoadError) as info:
        load(schemadiff_server, escaping, db)
    assert str(info.value).startswith(f"{escaping}:10: psql meta-command \\! is not allowed")
    assert not pwned.exists()


def test_included_files_are_followed_checked_and_listed(
    schemadiff_server: SchemaDiffServer,
    db: str,
    new_database: NewDatabase,
    victim: str,
    tmp_path: Path,
) -> None:
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "table.sql").write_text("CREATE TABLE t (x int);\n\\ir more.sql\n")
    (tmp_path / "parts" / "more.sql").write_text("INSERT INTO t VALUES (1);\n")
    top = tmp_path / "pending.sql"
    top.write_text("\\i parts/table.sql\nINSERT INTO t VALUES (2);\n")
    assert files_read(top) == [
        top,
        tmp_path / "parts" / "table.sql",
        tmp_path / "parts" / "more.sql",
    ]
    load(schemadiff_server, top, db)
    assert query(db, "SELECT x FROM t ORDER BY x") == [(1,), (2,)]
    # An error inside an included file names that file and its line.
    (tmp_path / "parts" / "more.sql").write_text("SELECT 1;\nSELECT * FROM\n  nowhere;\n")
    with pytest.raises(LoadError) as info:
        load(schemadiff_server, top, new_database())
    assert str(info.value) == (
        f'{tmp_path / "parts" / "more.sql"}:3: relation "nowhere" does not exist'
    )
    # A \connect inside an included file is refused, naming that file and line.
    (tmp_path / "parts" / "more.sql").write_text(f"SELECT 1;\n  \\connect {victim}\n")
    other = new_database()
    message = assert_refused_and_unchanged(
        schemadiff_server, other, top, f"{tmp_path / 'parts' / 'more.sql'}:2: ", victim
    )
    assert "\\connect" in message
    assert query(other, "SELECT to_regclass('t')") == [(None,)]


# -- statements that reach the server ------------------------------------------------------

STATEMENTS = {
    "alter_system": "ALTER SYSTEM SET work_mem = '77MB'",
    "create_database": "CREATE DATABASE {victim}_new",
    "drop_database": "DROP DATABASE {victim} WITH (FORCE)",
    "alter_database": "ALTER DATABASE {victim} RENAME TO {victim}_renamed",
    "alter_role_set": "ALTER ROLE {victim} SET work_mem = '77MB'",
    "alter_user": "ALTER USER {victim} SUPERUSER",
    "drop_role": "DROP ROLE {victim}",
    "create_role_superuser": "CREATE ROLE sdx_power SUPERUSER",
    "create_role_login": "CREATE ROLE sdx_power LOGIN PASSWORD 'x'",
    "create_user": "CREATE USER sdx_user",
    "grant_predefined": "GRANT pg_execute_server_program TO {victim}",
    "grant_on_database": "GRANT CONNECT ON DATABASE {victim} TO PUBLIC",
    "create_tablespace": "CREATE TABLESPACE sdx_space LOCATION '/tmp'",
    "set_tablespace": "ALTER TABLE t SET TABLESPACE sdx_space",
    "copy_to_program": "COPY t TO PROGRAM 'true'",
    "import_foreign_schema": "IMPORT FOREIGN SCHEMA public FROM SERVER sdx_server INTO public",
}


@pytest.mark.parametrize("case", sorted(STATEMENTS))
def test_statements_reaching_the_server_are_refused_with_file_line_and_statement(
    case: str, schemadiff_server: SchemaDiffServer, db: str, victim: str, tmp_path: Path
) -> None:
    statement = STATEMENTS[case].format(victim=victim)
    path = tmp_path / "pending.sql"
    path.write_text(f"CREATE TABLE t (x int);\n\n{statement};\n")
    message = assert_refused_and_unchanged(schemadiff_server, db, path, f"{path}:3: ", victim)
    assert message.endswith(f"refused: {statement};")
    assert query(db, "SELECT to_regclass('t')") == [(None,)]


def test_plain_nologin_roles_for_the_inputs_objects_stay_allowed(
    schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path
) -> None:
    path = tmp_path / "pending.sql"
    path.write_text(
        "CREATE ROLE sdx_plain NOLOGIN;\nCREATE TABLE t (x int);\n"
        "ALTER TABLE t OWNER TO sdx_plain;\nGRANT SELECT ON t TO sdx_plain;\n"
    )
    try:
        load(schemadiff_server, path, db)
        owner = query(db, "SELECT tableowner FROM pg_tables WHERE tablename = 't'")
        assert owner == [("sdx_plain",)]
    finally:
        query(db, "DROP TABLE IF EXISTS t")
        query(schemadiff_server.url, "DROP ROLE IF EXISTS sdx_plain")


DYNAMIC = {
    "create_role_superuser": "EXECUTE 'CREATE ROLE sdx_power SUPERUSER LOGIN'",
    "alter_role_set": "EXECUTE 'ALTER ROLE {victim} SET work_mem = ''77MB'''",
    "alter_role_attributes": "EXECUTE 'ALTER ROLE {victim} CREATEDB CONNECTION LIMIT 3'",
    "rename_database": "EXECUTE 'ALTER DATABASE {victim} RENAME TO {victim}_renamed'",
    "database_owner": "EXECUTE 'ALTER DATABASE {victim} OWNER TO {victim}'",
    "grant_predefined": "EXECUTE 'GRANT pg_read_server_files TO {victim}'",
}


@pytest.mark.parametrize("single", [True, False], ids=["single", "none"])
@pytest.mark.parametrize("case", sorted(DYNAMIC))
def test_dynamic_sql_changing_the_server_fails_the_load_and_is_rolled_back(
    case: str,
    single: bool,
    schemadiff_server: SchemaDiffServer,
    db: str,
    victim: str,
    tmp_path: Path,
) -> None:
    path = tmp_path / "pending.sql"
    action = DYNAMIC[case].format(victim=victim)
    path.write_text(f"CREATE TABLE t (x int);\nDO $$ BEGIN {action}; END $$;\n")
    message = assert_refused_and_unchanged(
        schemadiff_server,
        db,
        path,
        f"{path}:2: changed the server beyond its own database (rolled back): ",
        victim,
        single_transaction=single,
    )
    assert "77MB" not in message


def test_a_function_the_input_defines_is_checked_wherever_it_runs(
    schemadiff_server: SchemaDiffServer, db: str, victim: str, tmp_path: Path
) -> None:
    path = tmp_path / "pending.sql"
    path.write_text(
        "CREATE FUNCTION sneaky() RETURNS int LANGUAGE plpgsql AS $$\n"
        "BEGIN EXECUTE 'CREATE ROLE sdx_power SUPERUSER'; RETURN 1; END $$;\n"
        "CREATE TABLE t (x int DEFAULT 0);\n"
        "INSERT INTO t\n  SELECT sneaky();\n"
    )
    assert_refused_and_unchanged(
        schemadiff_server,
        db,
        path,
        f"{path}:5: changed the server beyond its own database (rolled back): "
        "role sdx_power created with LOGIN or powers",
        victim,
    )


@pytest.mark.parametrize("single", [True, False], ids=["single", "none"])
def test_roles_other_sessions_create_during_a_load_are_not_blamed(
    single: bool, schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path
) -> None:
    """The check sees only the load's own transaction: a login role another client creates
    meanwhile neither fails the load nor is touched."""
    role = f"{PREFIX}neighbour_{uuid.uuid4().hex[:6]}"
    path = tmp_path / "pending.sql"
    path.write_text(
        "CREATE FUNCTION slow() RETURNS int LANGUAGE plpgsql AS $$\n"
        "BEGIN PERFORM pg_sleep(1.5); RETURN 1; END $$;\nSELECT slow();\n"
    )
    neighbour = threading.Timer(
        0.5,
        query,
        (schemadiff_server.url, sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role))),
    )
    neighbour.start()
    try:
        load(schemadiff_server, path, db, single_transaction=single)
        neighbour.join()
        assert query(schemadiff_server.url, "SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
    finally:
        neighbour.join()
        query(schemadiff_server.url, sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def test_alter_system_and_reload_leave_work_mem_unchanged(
    schemadiff_server: SchemaDiffServer, db: str, victim: str, tmp_path: Path
) -> None:
    path = tmp_path / "pending.sql"
    path.write_text("ALTER SYSTEM SET work_mem = '77MB';\nSELECT pg_reload_conf();\n")
    assert_refused_and_unchanged(schemadiff_server, db, path, f"{path}:1: ALTER SYSTEM", victim)
    assert query(schemadiff_server.url, "SHOW work_mem") != [("77MB",)]


# -- through the plugin: refused, and the next run on the same server is clean ---------------


@pytest.fixture
def inner(pytester: pytest.Pytester, schemadiff_server: SchemaDiffServer) -> Iterator[Inner]:
    pytester.makeini(INI)
    project = Inner(pytester, schemadiff_server)
    yield project
    for name in project.templates():
        schemadiff_server.drop_database(name)


def test_escaping_pending_fails_its_check_and_the_next_run_is_clean(
    inner: Inner, victim: str
) -> None:
    before = server_state(inner.server.url)
    inner.migrations(
        pending=f"ALTER TABLE public.customer ADD COLUMN email text;\n    \\connect {victim}\n"
        "ALTER SYSTEM SET work_mem = '77MB';\n"
    )
    inner.pytester.makepyfile(test_it="def test_a(db):\n    pass\n")
    result = inner.run("-v")
    pending = inner.path / "MIGRATIONS" / "pending.sql"
    result.stdout.fnmatch_lines(
        [
            "*schemadiff_pending_applies FAILED*",
            f"*the pending migration does not apply to the dump: building the post-migration "
            f"database: {pending}:2: the file switches to another database (\\connect)*",
        ]
    )
    result.stdout.no_fnmatch_line("*Traceback*")
    assert_unchanged(before, server_state(inner.server.url), victim)
    inner.migrations(pending="ALTER TABLE public.customer ADD COLUMN email text;\n")
    inner.run("-v").assert_outcomes(passed=3)
    assert_unchanged(before, server_state(inner.server.url), victim)


# -- how pending.sql runs ---------------------------------------------------------------------

CONCURRENT = (
    "ALTER TABLE public.customer ADD COLUMN email text;\n"
    "CREATE INDEX CONCURRENTLY customer_email ON public.customer (email);\n"
)


def test_pending_runs_in_one_transaction_by_default_and_says_how_to_switch(
    inner: Inner,
) -> None:
    inner.migrations(pending=CONCURRENT)
    result = inner.run("-k", "schemadiff_pending_applies")
    pending = inner.path / "MIGRATIONS" / "pending.sql"
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            f"*{pending}:2: CREATE INDEX CONCURRENTLY cannot run inside a transaction block "
            "(the file runs in one transaction; --schemadiff-transaction none (ini "
            "schemadiff_transaction = none) runs it statement by statement)"
        ]
    )
    inner.run(
        "-k", "schemadiff_pending_applies", "--schemadiff-transaction", "none"
    ).assert_outcomes(passed=1)


def test_transaction_ini_key_and_cli_option_mean_the_same_and_cli_wins(inner: Inner) -> None:
    inner.migrations(pending=CONCURRENT)
    inner.pytester.makeini(INI + "schemadiff_transaction = none\n")
    inner.run("-k", "schemadiff_pending_applies").assert_outcomes(passed=1)
    inner.run(
        "-k",
        "schemadiff_pending_applies",
        "--schemadiff-transaction",
        "single",
        "--schemadiff-rebuild",
    ).assert_outcomes(failed=1)
    inner.pytester.makeini(INI + "schemadiff_transaction = sometimes\n")
    result = inner.run("-k", "schemadiff_pending_applies")
    result.stderr.fnmatch_lines(
        ["*ini schemadiff_transaction: 'sometimes': expected one of single, none*"]
    )


def test_single_transaction_leaves_nothing_of_a_failed_migration(
    schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path
) -> None:
    path = tmp_path / "pending.sql"
    path.write_text("CREATE TABLE first (x int);\nSELECT nope;\n")
    with pytest.raises(LoadError, match=r":2: column \"nope\" does not exist"):
        load(schemadiff_server, path, db, single_transaction=True)
    assert query(db, "SELECT to_regclass('first')") == [(None,)]


# -- corrupt inputs and a full disk: one line naming the file -----------------------------


@pytest.fixture
def dumped(schemadiff_server: SchemaDiffServer, new_database: NewDatabase) -> str:
    url = new_database()
    query(
        url,
        "CREATE TABLE person (id int PRIMARY KEY, name text);"
        "INSERT INTO person SELECT g, repeat('x', 50) || g FROM generate_series(1, 5000) g",
    )
    return url


def pg_dump(server: SchemaDiffServer, url: str, target: Path, fmt: str) -> Path:
    subprocess.run(
        [str(server.bin_dir / "pg_dump"), f"--format={fmt}", "-f", str(target), "-d", url],
        check=True,
        capture_output=True,
    )
    return target


def truncated(path: Path, size: int) -> Path:
    cut = path.with_name("truncated_" + path.name)
    cut.write_bytes(path.read_bytes()[:size])
    return cut


def test_truncated_custom_dump_is_one_line_in_load_and_cli(
    schemadiff_server: SchemaDiffServer, dumped: str, db: str, tmp_path: Path
) -> None:
    dump = truncated(pg_dump(schemadiff_server, dumped, tmp_path / "prod.Fc", "custom"), 2000)
    with pytest.raises(LoadError) as info:
        load(schemadiff_server, dump, db)
    assert str(info.value).startswith(f"{dump}: ")
    assert "\n" not in str(info.value)
    out, err = io.StringIO(), io.StringIO()
    code = cli_main([str(dump), "EMPTY", "--server", schemadiff_server.url], out, err)
    assert code != 0 and code != 2
    lines = err.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"schemadiff: error: {dump}: "), lines


def test_cli_loads_sql_files_with_the_same_rules(
    schemadiff_server: SchemaDiffServer, tmp_path: Path
) -> None:
    pwned = tmp_path / "pwned"
    path = tmp_path / "a.sql"
    path.write_text(f"CREATE TABLE t (x int);\n  \\! touch {pwned}\n")
    out, err = io.StringIO(), io.StringIO()
    code = cli_main([str(path), "EMPTY", "--server", schemadiff_server.url], out, err)
    assert code not in (0, 2)
    assert err.getvalue().splitlines() == [
        f"schemadiff: error: {path}:2: psql meta-command \\! is not allowed: an input may only "
        "hold SQL and what pg_dump writes (\\restrict, \\unrestrict, COPY data, and \\i / \\ir)"
    ]
    assert not pwned.exists()


def test_plain_dump_truncated_inside_copy_data_is_refused(
    schemadiff_server: SchemaDiffServer, dumped: str, db: str, tmp_path: Path
) -> None:
    whole = pg_dump(schemadiff_server, dumped, tmp_path / "prod.sql", "plain")
    text = whole.read_text()
    cut_at = text.index("\n2500\t") + 3  # inside a row, inside the COPY block
    dump = truncated(whole, len(text[:cut_at].encode()))
    copy_line = text[:cut_at].count("\n", 0, text.index("COPY public.person")) + 1
    with pytest.raises(LoadError) as info:
        load(schemadiff_server, dump, db)
    assert str(info.value) == (
        f"{dump}:{copy_line}: the COPY data starting here never ends with a line \\. : the "
        "file is truncated"
    )
    assert query(db, "SELECT to_regclass('public.person')") == [(None,)]


def test_garbage_is_one_line(schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path) -> None:
    garbage = tmp_path / "prod.dump"
    garbage.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(LoadError) as info:
        load(schemadiff_server, garbage, db)
    assert str(info.value) == f"{garbage}: binary data, neither SQL nor a pg_dump archive"


def test_truncated_dump_fails_the_builtin_check_with_one_line(
    inner: Inner, schemadiff_server: SchemaDiffServer, dumped: str
) -> None:
    inner.migrations(dump=None, pending="ALTER TABLE public.person ADD COLUMN email text;\n")
    dump = inner.path / "MIGRATIONS" / "production.dump.sql"
    full = inner.pg_dump(dumped, "--format=custom")
    dump.write_bytes(full[:2000])
    result = inner.run("-k", "schemadiff_pending_applies")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([f"*does not apply to the dump: *{dump}: *"])
    result.stdout.no_fnmatch_line("*Traceback*")


@pytest.fixture
def tiny_temp_space(schemadiff_server: SchemaDiffServer) -> Iterator[tuple[str, str]]:
    """(URL of a database whose temporary files go to an 8 MB filesystem, its mount point).

    Temporary files, not tables: the server's checkpoints never write them, so a full
    filesystem here fails this test's load and nobody else's checkpoint."""
    (data_directory,) = query(schemadiff_server.url, "SELECT current_setting('data_directory')")[0]
    if os.geteuid() != 0 or not Path(data_directory).is_dir():
        pytest.skip("needs root and a server on this machine to mount a small filesystem")
    # Outside pytest's tmp_path, which the server's OS user cannot enter.
    mount = Path(tempfile.mkdtemp(prefix="schemadiff-tiny-"))
    mount.chmod(0o755)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], check=True)
    owner = Path(data_directory).stat()
    os.chown(mount, owner.st_uid, owner.st_gid)
    space = f"{PREFIX}tiny_{uuid.uuid4().hex[:6]}"
    name = f"schemadiff_confine_{uuid.uuid4().hex[:10]}"
    try:
        query(
            schemadiff_server.url,
            sql.SQL("CREATE TABLESPACE {} LOCATION {}").format(
                sql.Identifier(space), sql.Literal(str(mount))
            ),
        )
        url = schemadiff_server.create_database(name)
        query(
            schemadiff_server.url,
            sql.SQL("ALTER DATABASE {} SET temp_tablespaces = {}").format(
                sql.Identifier(name), sql.Literal(space)
            ),
        )
        yield url, str(mount)
    finally:
        schemadiff_server.drop_database(name)
        query(
            schemadiff_server.url,
            sql.SQL("DROP TABLESPACE IF EXISTS {}").format(sql.Identifier(space)),
        )
        subprocess.run(["umount", str(mount)], check=False)
        mount.rmdir()


def test_full_disk_names_the_full_path(
    schemadiff_server: SchemaDiffServer, tiny_temp_space: tuple[str, str], tmp_path: Path
) -> None:
    url, mount = tiny_temp_space
    path = tmp_path / "big.sql"
    path.write_text(
        "SET work_mem = '64kB';\n"
        "CREATE TABLE sorted AS SELECT g, md5(g::text) AS h\n"
        "  FROM generate_series(1, 400000) g ORDER BY md5(g::text);\n"
    )
    with pytest.raises(LoadError) as info:
        load(schemadiff_server, path, url)
    message = str(info.value)
    assert message.startswith(
        f"{path}:3: the server's disk is full: no space left on the filesystem holding {mount}/"
    ), message
    assert "MB free there" in message
    assert "\n" not in message


# -- found by a hostile review: where psql reads differently from a naive lexer ---------------

MISREAD = {
    # With standard_conforming_strings off, psql reads 'x\'' as one string and the \! after
    # it as a meta-command; read with it on, the \! is inside a string. SQL can turn it off in
    # ways no rule lists, so no string may read differently either way.
    "conforming_strings_off_by_set_config": (
        "SELECT pg_catalog.set_config('standard_conforming_strings', 'off', false);\n"
        "SELECT 'x\\'' \\! touch {pwned}; echo\n-- '\n;\n"
    ),
    "conforming_strings_off_spelled_no": (
        "SET standard_conforming_strings = no;\nSELECT 'x\\'' \\! touch {pwned}; echo\n-- '\n;\n"
    ),
    # psql ends a -- comment at a carriage return; a terminal hides what follows it.
    "carriage_return_ends_a_comment": "SELECT 1;\n-- harmless\r\\! touch {pwned}\n",
}


@pytest.mark.parametrize("case", sorted(MISREAD))
def test_what_psql_would_read_as_a_meta_command_is_refused(
    case: str, schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path
) -> None:
    pwned = tmp_path / "pwned"
    path = tmp_path / "pending.sql"
    path.write_bytes(MISREAD[case].format(pwned=pwned).encode())
    assert_refused_and_unchanged(schemadiff_server, db, path, f"{path}:2: ")
    assert not pwned.exists()


def test_strings_that_read_the_same_either_way_still_load(
    schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path
) -> None:
    """Backslashes in standard strings stay allowed where no quote follows an odd run."""
    path = tmp_path / "ok.sql"
    path.write_text(
        "CREATE TABLE code (c text CHECK (c ~ '^\\d{3}$'), p text DEFAULT 'C:\\\\');\n"
        "INSERT INTO code (c) VALUES ('123');\r\n"
        "-- a comment with a CRLF ending\r\nSELECT E'it\\'s', 'a\\b';\n"
    )
    load(schemadiff_server, path, db)
    assert query(db, "SELECT c, p FROM code") == [("123", "C:\\\\")]


LOGIN_TRIGGER_FUNCTION = (
    "CREATE FUNCTION public.on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$\n"
    "BEGIN EXECUTE 'CREATE ROLE {role} SUPERUSER LOGIN PASSWORD ''x'''; END $$;\n"
)


def test_a_login_event_trigger_is_refused(
    schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path
) -> None:
    role = f"{PREFIX}login_{uuid.uuid4().hex[:8]}"
    path = tmp_path / "dump.sql"
    path.write_text(
        LOGIN_TRIGGER_FUNCTION.format(role=role)
        + "CREATE EVENT TRIGGER on_login ON login EXECUTE FUNCTION public.on_login();\n"
    )
    message = assert_refused_and_unchanged(schemadiff_server, db, path, f"{path}:3: ")
    assert "login event trigger" in message
    assert query(schemadiff_server.url, "SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)) == []


def test_a_login_event_trigger_made_by_dynamic_sql_never_fires(inner: Inner) -> None:
    """Made in the dump (run statement by statement) by a DO block: the load fails before
    anything connects to the database again, and no role appears, in this run or the next."""
    role = f"{PREFIX}login_{uuid.uuid4().hex[:8]}"
    dump = (
        "CREATE TABLE public.customer (id serial PRIMARY KEY);\n"
        + LOGIN_TRIGGER_FUNCTION.format(role=role)
        + "DO $$ BEGIN EXECUTE 'CREATE EVENT TRIGGER on_login ON login "
        "EXECUTE FUNCTION public.on_login()'; END $$;\n"
    )
    inner.migrations(dump=dump, pending=None)
    inner.pytester.makepyfile(test_it="def test_a(db):\n    pass\n")
    for _ in range(2):
        result = inner.run()
        result.assert_outcomes(errors=1)
        result.stdout.fnmatch_lines(["*production.dump.sql:*login*"])
        found = query(inner.server.url, "SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
        assert found == []
