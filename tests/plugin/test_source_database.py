"""``--schemadiff-dump URL``: an existing database of the run's server as the pre state,
copied with ``CREATE DATABASE ... TEMPLATE``, never changed, never cached across runs."""

from __future__ import annotations

import dataclasses
import json
import secrets
from collections.abc import Iterator

import psycopg2
import pytest
from password_role import PASSWORD, PasswordRole, create_role, drop_role, role_url
from psycopg2 import sql
from psycopg2.extensions import parse_dsn

from pytest_schemadiff.connection import connect, with_database
from pytest_schemadiff.errors import ConfigError
from pytest_schemadiff.plugin.source import SourceDatabase, _same_instance, copy_source
from pytest_schemadiff.server import SchemaDiffServer

from .conftest import Inner

SOURCE = """
CREATE TABLE public.customer (id serial PRIMARY KEY, name text NOT NULL);
INSERT INTO public.customer (name) VALUES ('ada'), ('grace');
CREATE MATERIALIZED VIEW public.customer_count AS SELECT count(*) AS n FROM public.customer;
"""

# Reads what it expects from expected.json, which the outer test rewrites between runs.
STATE_TESTS = """
import json
from pathlib import Path

def test_state(db):
    expected = json.loads((Path(__file__).parent / "expected.json").read_text())
    with db.connect() as conn, conn.cursor() as cur:
        cur.execute("SELECT name FROM public.customer ORDER BY id")
        assert [row[0] for row in cur.fetchall()] == expected
        # Populated in the source, as it is: not refreshed (that would count the rows).
        cur.execute("SELECT n FROM public.customer_count")
        assert cur.fetchone()[0] == 2
        cur.execute("SELECT count(*) FROM pg_attribute "
                    "WHERE attrelid = 'public.customer'::regclass AND attname = 'email'")
        assert cur.fetchone()[0] == (1 if db.state == "post" else 0)
    conn.close()
"""


@dataclasses.dataclass(frozen=True)
class Source:
    name: str
    url: str  # as the run's role sees it (no password)


def _execute(url: str, statement: sql.Composable | str) -> None:
    with connect(url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(statement)


@pytest.fixture
def source(schemadiff_server: SchemaDiffServer) -> Iterator[Source]:
    """A user's database (not ours: no schemadiff_ prefix), made and dropped here."""
    name = f"sdtest_src_{secrets.token_hex(4)}"
    _execute(schemadiff_server.url, sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = with_database(schemadiff_server.url, name)
    try:
        _execute(url, SOURCE)
        yield Source(name, url)
    finally:
        _execute(
            schemadiff_server.url,
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)),
        )


def _snapshot(inner: Inner, source: Source) -> tuple[list[bytes], tuple[object, ...]]:
    """The source's schema and rows, and its pg_database row (owner, template, comment)."""
    with connect(inner.server.url) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT datdba, datistemplate, datallowconn, datconnlimit, "
            "shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
            (source.name,),
        )
        row = cur.fetchone()
    assert row is not None, f"{source.name} was dropped"
    # pg_dump's \restrict key is new every time: the rest must be the same.
    dump = inner.pg_dump(source.url).splitlines()
    return [line for line in dump if not line.startswith((b"\\restrict", b"\\unrestrict"))], row


def test_source_copied_never_changed_never_stale(
    inner: Inner, source: Source, password_role: PasswordRole
) -> None:
    # The URL carries a password the server checks: it must never be shown.
    secret_url = with_database(password_role.url, source.name)
    assert PASSWORD in secret_url
    inner.migrations(dump=None, pending="ALTER TABLE public.customer ADD COLUMN email text;\n")
    inner.pytester.makepyfile(test_state=STATE_TESTS)
    expected = inner.path / "expected.json"
    expected.write_text(json.dumps(["ada", "grace"]))
    before = _snapshot(inner, source)

    first = inner.run("-v", f"--schemadiff-dump={secret_url}")
    first.stdout.fnmatch_lines(
        [
            f"schemadiff: dump: database postgresql://*:***@*/{source.name}, copied with "
            "CREATE DATABASE ... TEMPLATE on the run's server; pre template built fresh "
            "every run (a live database has no content hash)",
            "schemadiff: pending: MIGRATIONS/pending.sql (*); post template built fresh every "
            "run (a live database has no content hash)",
            "*test_state[[]pre[]] PASSED*",
            "*test_state[[]post[]] PASSED*",
            "*the post template is not cached, it is built fresh every run: it starts as a "
            f"copy of the live database '{source.name}' (dropped after the run)",
            "*the pre template is not cached*",
        ]
    )
    first.assert_outcomes(passed=3)  # and schemadiff_pending_applies
    assert PASSWORD not in first.stdout.str() + first.stderr.str()
    assert _snapshot(inner, source) == before
    assert inner.templates() == []  # copies of a live database: none kept after the run

    # A change in the source is seen by the next run: its templates are not reused. The
    # source given this time as a libpq keyword string, its password masked as well.
    _execute(source.url, "INSERT INTO public.customer (name) VALUES ('linus')")
    expected.write_text(json.dumps(["ada", "grace", "linus"]))
    keywords = " ".join(f"{k}={v}" for k, v in parse_dsn(secret_url).items())
    assert f"password={PASSWORD}" in keywords
    second = inner.run(f"--schemadiff-dump={keywords}", "-k", "test_state")
    second.stdout.fnmatch_lines(["schemadiff: dump: database *password=*** *"])
    second.assert_outcomes(passed=2)
    assert PASSWORD not in second.stdout.str() + second.stderr.str()
    assert inner.templates() == []


def test_source_changed_during_the_run_changes_no_state_of_it(inner: Inner, source: Source) -> None:
    """The source changes after the pre template was copied from it (the first test's pre
    run writes to it, as another session could): the post state is the pre template's
    copy, migrated, not a second copy of the source with the new row."""
    inner.migrations(dump=None, pending="ALTER TABLE public.customer ADD COLUMN email text;\n")
    inner.pytester.makepyfile(
        test_change=f"""
import psycopg2

def test_change(db):
    with db.connect() as conn, conn.cursor() as cur:
        cur.execute("SELECT name FROM public.customer ORDER BY id")
        assert [row[0] for row in cur.fetchall()] == ["ada", "grace"]
    conn.close()
    if db.state == "pre":  # the pre template is built, the post one not yet
        source = psycopg2.connect({source.url!r})
        source.autocommit = True
        source.cursor().execute("INSERT INTO public.customer (name) VALUES ('linus')")
        source.close()
"""
    )
    result = inner.run("-v", f"--schemadiff-dump={source.url}", "-k", "test_change")
    result.stdout.fnmatch_lines(["*test_change[[]pre[]] PASSED*", "*test_change[[]post[]] PASSED*"])
    result.assert_outcomes(passed=2)
    with connect(source.url) as conn, conn.cursor() as cur:  # the change did happen
        cur.execute("SELECT count(*) FROM public.customer")
        assert cur.fetchone() == (3,)
    assert inner.templates() == []


def test_source_on_another_server_is_one_line(inner: Inner, source: Source) -> None:
    with connect(inner.server.url) as conn:
        host, port = conn.info.host, conn.info.port
    elsewhere = f"postgresql://someone:Hidden-Pass-9@{host}:{port + 1}/{source.name}"
    inner.migrations(dump=None, pending=None)
    inner.pytester.makepyfile(test_state="def test_state(db):\n    pass\n")
    result = inner.run(f"--schemadiff-dump={elsewhere}")
    result.stdout.fnmatch_lines(
        [
            "building the pre-migration database: the dump database "
            f"'{source.name}' is on {host}:{port + 1}, not on the run's server ({host}:{port}): "
            "the copy is made by the server that holds it; give --schemadiff-url for that server",
        ]
    )
    result.assert_outcomes(errors=1)
    assert "Hidden-Pass-9" not in result.stdout.str() + result.stderr.str()
    assert "Traceback" not in result.stdout.str()


def test_source_in_use_keeps_detail(inner: Inner, source: Source) -> None:
    inner.migrations(dump=None, pending=None)
    inner.pytester.makepyfile(test_state="def test_state(db):\n    pass\n")
    with connect(source.url):  # another session on the source: PostgreSQL will not copy it
        result = inner.run(f"--schemadiff-dump={source.url}")
    result.stdout.fnmatch_lines(
        [
            "building the pre-migration database: copying the dump database "
            f"'{source.name}': source database \"{source.name}\" is "
            "being accessed by other users; DETAIL: There is 1 other session using the "
            "database.; PostgreSQL copies only a database nobody is connected to: close those "
            "sessions, or point --schemadiff-dump at a disposable copy nobody uses",
        ]
    )
    result.assert_outcomes(errors=1)


def test_missing_rights_named(schemadiff_server: SchemaDiffServer, source: Source) -> None:
    """Without CREATEDB, then with it but not owning the source: one line each; a template
    source may be copied by anyone with CREATEDB. Nothing is created."""
    role = f"sdtest_role_{secrets.token_hex(4)}"
    create_role(schemadiff_server, role, PASSWORD, createdb=False)
    as_role = dataclasses.replace(
        schemadiff_server, url=role_url(schemadiff_server, role, PASSWORD)
    )
    copy = f"schemadiff_sdtest_copy_{secrets.token_hex(4)}"
    try:
        with pytest.raises(ConfigError) as lacks:
            copy_source(as_role, SourceDatabase(source.url), copy)
        assert str(lacks.value) == (
            f"copying the dump database '{source.name}': role "
            f"'{role}' lacks CREATEDB (ALTER ROLE {role} CREATEDB, or run as a role that has it)"
        )
        _execute(
            schemadiff_server.url, sql.SQL("ALTER ROLE {} CREATEDB").format(sql.Identifier(role))
        )
        with pytest.raises(ConfigError) as owner:
            copy_source(as_role, SourceDatabase(source.url), copy)
        assert f"role '{role}' may copy only a database it owns" in str(owner.value)
        assert copy not in schemadiff_server.list_databases()
        _execute(
            schemadiff_server.url,
            sql.SQL("ALTER DATABASE {} IS_TEMPLATE true").format(sql.Identifier(source.name)),
        )
        url = copy_source(as_role, SourceDatabase(source.url), copy)
        with connect(url) as conn, conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_class WHERE relname = 'customer_count'")
            assert cur.fetchone() == (1,)
        conn.close()
    finally:
        _execute(
            schemadiff_server.url,
            sql.SQL("ALTER DATABASE {} IS_TEMPLATE false").format(sql.Identifier(source.name)),
        )
        schemadiff_server.drop_database(copy)
        drop_role(schemadiff_server, role)


def test_our_own_prefix_refused(schemadiff_server: SchemaDiffServer) -> None:
    url = with_database(schemadiff_server.url, "schemadiff_tpl_x")
    with pytest.raises(ConfigError, match="are the plugin's own databases"):
        copy_source(schemadiff_server, SourceDatabase(url), "schemadiff_never_made")
    with pytest.raises(psycopg2.OperationalError):
        psycopg2.connect(with_database(schemadiff_server.url, "schemadiff_never_made")).close()


def test_other_scheme_is_a_usage_error(inner: Inner) -> None:
    """Caught as the run starts (no server needed), named by its ini key, password masked."""
    inner.pytester.makeini(
        "[pytest]\naddopts = -p no:cacheprovider\nschemadiff_dump = mysql://u:Secret-Pw-1@h/db\n"
    )
    inner.pytester.makepyfile(test_nothing="def test_a():\n    pass\n")
    result = inner.run()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            "ERROR: pytest-schemadiff: ini schemadiff_dump: 'mysql://u:***@h/db': a database "
            "URL starts with postgresql:// or postgres://"
        ]
    )
    assert "Secret-Pw-1" not in result.stdout.str() + result.stderr.str()


def test_same_instance_needs_more_than_the_system_identifier() -> None:
    """A restored snapshot or a replica shares production's system identifier: the instance
    is told apart by its start time and port; a role that may not read the identifier is
    judged on those alone."""
    run = ("2026-12-07 20:00:00+00", "5432", "7300000000000000001")
    assert _same_instance(run, run)
    assert not _same_instance(run, ("2026-12-07 19:00:00+00", "5432", run[2]))
    assert not _same_instance(run, (run[0], "5433", run[2]))
    assert not _same_instance(run, (run[0], run[1], "7300000000000000002"))
    assert _same_instance(run, (run[0], run[1], None))
