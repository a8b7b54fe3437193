"""loading.py against a real PostgreSQL: every input format, every load error.

Dumps are written in the test by the server's own pg_dump, so they carry whatever the
current release writes (``\\restrict`` lines, COPY data).
"""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from password_role import PASSWORD, PasswordRole
from psycopg2 import sql

from pytest_schemadiff import loading
from pytest_schemadiff.connection import open_connection
from pytest_schemadiff.errors import LoadError, MissingExtensionError
from pytest_schemadiff.loading import detect_format, load_path
from pytest_schemadiff.server import SchemaDiffServer

# The dev PostgreSQL 15 server that requires a password (role dev, password dev).
NewDatabase = Callable[[], str]


FILL = """
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TABLE app.person (
    id serial PRIMARY KEY,
    name text NOT NULL,
    mood app.mood,
    note text
);
CREATE INDEX person_name ON app.person (name);
CREATE VIEW app.happy AS SELECT id, name FROM app.person WHERE mood = 'happy';
CREATE FUNCTION app.shout(t text) RETURNS text LANGUAGE sql AS $$ SELECT upper(t) $$;
INSERT INTO app.person (name, mood, note) VALUES
    ('ann', 'happy', E'tab\\there'),
    ('bob', 'sad', E'two\\nlines'),
    ('cy', NULL, E'back\\\\slash');
"""


def query(url: str, statement: str, params: Any = None) -> list[tuple[Any, ...]]:
    conn = open_connection(url, autocommit=True)
    try:
        with conn.cursor() as cur:
            cur.execute(statement, params)
            return cur.fetchall() if cur.description else []
    finally:
        conn.close()


def execute(url: str, statement: str | sql.Composable) -> None:
    conn = open_connection(url, autocommit=True)
    try:
        with conn.cursor() as cur:
            cur.execute(statement)
    finally:
        conn.close()


def schema_dump(server: SchemaDiffServer, url: str) -> list[str]:
    """``pg_dump --schema-only`` without the lines that differ between two dumps."""
    out = subprocess.run(
        [str(server.bin_dir / "pg_dump"), "--schema-only", "-d", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [
        line
        for line in out.splitlines()
        if not line.startswith(("\\restrict", "\\unrestrict", "--"))
    ]


def pg_dump(server: SchemaDiffServer, url: str, target: Path, fmt: str) -> Path:
    subprocess.run(
        [str(server.bin_dir / "pg_dump"), f"--format={fmt}", "-f", str(target), "-d", url],
        check=True,
        capture_output=True,
    )
    return target


@pytest.fixture
def new_database(schemadiff_server: SchemaDiffServer) -> Iterator[NewDatabase]:
    """A factory of fresh ``schemadiff_load_*`` databases, all dropped afterwards."""
    names: list[str] = []

    def create() -> str:
        names.append(f"schemadiff_load_{uuid.uuid4().hex[:10]}")
        return schemadiff_server.create_database(names[-1])

    yield create
    for name in names:
        schemadiff_server.drop_database(name)


@pytest.fixture
def db(new_database: NewDatabase) -> str:
    return new_database()


@pytest.fixture
def filled(new_database: NewDatabase) -> str:
    url = new_database()
    execute(url, FILL)
    return url


def load(server: SchemaDiffServer, path: Path, url: str) -> None:
    load_path(path, url, bin_dir=server.bin_dir)


# -- formats -------------------------------------------------------------------------------


def test_plain_sql(schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path) -> None:
    path = tmp_path / "schema.sql"
    path.write_text(FILL)
    assert detect_format(path) == "sql"
    load(schemadiff_server, path, db)
    assert query(db, "SELECT app.shout(name) FROM app.happy") == [("ANN",)]


def test_sqlalchemy_url_accepted(
    schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path
) -> None:
    path = tmp_path / "schema.sql"
    path.write_text("CREATE TABLE t (a int);")
    load(schemadiff_server, path, db.replace("postgresql://", "postgresql+psycopg2://", 1))
    assert query(db, "SELECT count(*) FROM t") == [(0,)]


@pytest.mark.parametrize(
    ("pg_dump_format", "expected"),
    [("plain", "sql"), ("custom", "custom"), ("directory", "directory"), ("tar", "tar")],
)
def test_pg_dump_formats_round_trip(
    schemadiff_server: SchemaDiffServer,
    filled: str,
    db: str,
    tmp_path: Path,
    pg_dump_format: str,
    expected: str,
) -> None:
    dump = pg_dump(schemadiff_server, filled, tmp_path / "prod.dump", pg_dump_format)
    assert detect_format(dump) == expected
    if pg_dump_format == "plain":
        # What a driver's execute() cannot load: the trap this module exists for.
        text = dump.read_text()
        assert "\n\\restrict " in text
        assert "FROM stdin;\n" in text
        assert "search_path', '', false" in text
    load(schemadiff_server, dump, db)
    assert schema_dump(schemadiff_server, db) == schema_dump(schemadiff_server, filled)
    rows = "SELECT name, mood::text, note FROM app.person ORDER BY id"
    assert query(db, rows) == query(filled, rows)
    assert query(db, "SELECT note FROM app.person ORDER BY id") == [
        ("tab\there",),
        ("two\nlines",),
        ("back\\slash",),
    ]


def test_sql_directory_applies_files_in_name_order(
    schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path
) -> None:
    # Written in reverse order so creation order cannot pass for name order.
    (tmp_path / "003_data.sql").write_text("INSERT INTO app.item (label) VALUES ('x');\n")
    (tmp_path / "002_table.sql").write_text(
        "CREATE TABLE app.item (id serial PRIMARY KEY, label text);\nCREATE TABLE note (x text);\n"
    )
    # 001 empties search_path like a dump does; it must not leak into 002's session, which
    # gets the default and so creates its unqualified table in public. (Changing the
    # database's own default with ALTER DATABASE is refused: it reaches past the session.)
    (tmp_path / "001_schema.sql").write_text(
        "CREATE SCHEMA app;\nSELECT pg_catalog.set_config('search_path', '', false);\n"
    )
    (tmp_path / "README.txt").write_text("not SQL, ignored\n")
    assert detect_format(tmp_path) == "sql-directory"
    load(schemadiff_server, tmp_path, db)
    assert query(db, "SELECT label FROM app.item") == [("x",)]
    assert query(db, "SELECT to_regclass('public.note') IS NOT NULL") == [(True,)]


# -- roles ---------------------------------------------------------------------------------


@pytest.fixture
def roles(schemadiff_server: SchemaDiffServer) -> Iterator[list[str]]:
    """Two role names unique to this test, dropped (if they exist) afterwards.

    Request it before ``new_database`` so the databases owning objects of these roles are
    dropped first (pytest tears fixtures down in reverse order of setup).
    """
    suffix = uuid.uuid4().hex[:8]
    names = [f"schemadiff_owner_{suffix}", f"schemadiff Reader {suffix}"]
    yield names
    for name in names:
        execute(
            schemadiff_server.url,
            sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)),
        )


@pytest.mark.parametrize("pg_dump_format", ["plain", "custom"])
def test_dump_owned_by_missing_roles_keeps_owner_and_grants(
    schemadiff_server: SchemaDiffServer,
    roles: list[str],
    new_database: NewDatabase,
    tmp_path: Path,
    pg_dump_format: str,
) -> None:
    owner, reader = roles
    source_name = f"schemadiff_load_src_{uuid.uuid4().hex[:8]}"
    source = schemadiff_server.create_database(source_name)
    for role in roles:
        execute(source, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
    execute(
        source,
        sql.SQL(
            "CREATE TABLE t (a int); ALTER TABLE t OWNER TO {owner};"
            "GRANT SELECT ON t TO {reader}; "
            "ALTER DEFAULT PRIVILEGES FOR ROLE {owner} GRANT SELECT ON TABLES TO {reader};"
        ).format(owner=sql.Identifier(owner), reader=sql.Identifier(reader)),
    )
    dump = pg_dump(schemadiff_server, source, tmp_path / "prod.dump", pg_dump_format)
    # Production's roles do not exist on the test server.
    schemadiff_server.drop_database(source_name)
    for role in roles:
        execute(schemadiff_server.url, sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))

    target = new_database()
    load(schemadiff_server, dump, target)

    assert query(
        target,
        "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname = ANY(%s) ORDER BY 1",
        (roles,),
    ) == sorted((role, False) for role in roles)
    assert query(target, "SELECT tableowner FROM pg_tables WHERE tablename = 't'") == [(owner,)]
    assert query(target, "SELECT has_table_privilege(%s, 'public.t', 'SELECT')", (reader,)) == [
        (True,)
    ]


def test_mentioned_roles_ignores_keywords_and_data(tmp_path: Path) -> None:
    path = tmp_path / "x.sql"
    path.write_text(
        "ALTER TABLE public.t OWNER TO app_user;\n"
        'GRANT SELECT ON TABLE public.t TO PUBLIC, "Mixed Case", GROUP readers;\n'
        "REVOKE ALL ON SCHEMA public FROM CURRENT_USER;\n"
        "COPY public.t (a) FROM stdin;\nGRANT ALL ON t TO not_a_role_in_data\n\\.\n"
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$\n"
        "  SELECT 1 -- GRANT x TO bodyrole\n$$;\n"
        "SET SESSION AUTHORIZATION DEFAULT;\n"
    )
    assert loading._mentioned_roles([path], "sql", tmp_path, {}) == {
        "app_user",
        "Mixed Case",
        "readers",
    }


# -- errors --------------------------------------------------------------------------------


def test_error_names_file_line_and_message(
    schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path
) -> None:
    path = tmp_path / "pending.sql"
    path.write_text(
        "CREATE TABLE a (x int);\n\n-- a comment\nINSERT INTO a VALUES (1);\n"
        "SELECT * FROM\n  nope;\nCREATE TABLE never (x int);\n"
    )
    with pytest.raises(LoadError) as info:
        load(schemadiff_server, path, db)
    # psql's convention, which we keep: the line where the failing statement ends.
    assert str(info.value) == f'{path}:6: relation "nope" does not exist'
    # Stopped at the first error: nothing after it ran.
    assert query(db, "SELECT to_regclass('never')") == [(None,)]


def test_error_in_sql_directory_names_the_file(
    schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path
) -> None:
    (tmp_path / "01_ok.sql").write_text("CREATE TABLE a (x int);\n")
    (tmp_path / "02_bad.sql").write_text("ALTER TABLE a ADD COLUMN y nonsense_type;\n")
    with pytest.raises(LoadError) as info:
        load(schemadiff_server, tmp_path, db)
    assert str(info.value) == f'{tmp_path / "02_bad.sql"}:1: type "nonsense_type" does not exist'


def test_error_in_archive_names_the_toc_entry(
    schemadiff_server: SchemaDiffServer, new_database: NewDatabase, db: str, tmp_path: Path
) -> None:
    source = new_database()
    execute(source, "CREATE TABLE person (x int)")
    dump = pg_dump(schemadiff_server, source, tmp_path / "prod.dump", "custom")
    execute(db, "CREATE TABLE person (y int)")
    with pytest.raises(LoadError) as info:
        load(schemadiff_server, dump, db)
    message = str(info.value)
    assert message.startswith(f"{dump}: TOC entry ")
    assert "(TABLE person " in message
    assert message.endswith('relation "person" already exists')
    assert "\n" not in message


def test_dump_with_create_is_refused_before_loading(
    schemadiff_server: SchemaDiffServer, filled: str, db: str, tmp_path: Path
) -> None:
    dump = tmp_path / "prod.sql"
    subprocess.run(
        [str(schemadiff_server.bin_dir / "pg_dump"), "--create", "-f", str(dump), "-d", filled],
        check=True,
        capture_output=True,
    )
    lines = dump.read_text().splitlines()
    line = next(n for n, text in enumerate(lines, 1) if text.startswith("\\connect"))
    with pytest.raises(LoadError) as info:
        load(schemadiff_server, dump, db)
    assert str(info.value) == (
        f"{dump}:{line}: the file switches to another database (\\connect); "
        "load a pg_dump output made without --create"
    )
    assert query(db, "SELECT to_regnamespace('app')") == [(None,)]


def test_missing_extension_is_named_with_the_way_out(
    schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path
) -> None:
    path = tmp_path / "prod.sql"
    path.write_text("CREATE TABLE a (x int);\nCREATE EXTENSION schemadiff_nonexistent_ext;\n")
    with pytest.raises(MissingExtensionError) as info:
        load(schemadiff_server, path, db)
    message = str(info.value)
    assert message.startswith(
        f"{path}:2: extension 'schemadiff_nonexistent_ext' is not available on this server; "
    )
    assert "--schemadiff-url" in message
    assert "SCHEMADIFF_URL" in message
    assert "--schemadiff-pg" in message
    assert "\n" not in message


def test_missing_extension_in_archive() -> None:
    # What pg_restore 18 printed restoring a PostgreSQL 17 dump that uses pgcrypto.
    stderr = (
        "pg_restore: connecting to database for restore\n"
        'pg_restore: creating EXTENSION "pgcrypto"\n'
        "pg_restore: while PROCESSING TOC:\n"
        "pg_restore: from TOC entry 2; 3079 16684 EXTENSION pgcrypto \n"
        'pg_restore: error: could not execute query: ERROR:  extension "pgcrypto" is not '
        "available\n"
        "HINT:  The extension must first be installed on the system where PostgreSQL is "
        "running.\nCommand was: CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;\n"
    )
    failure = loading._pg_restore_failure(Path("prod.dump"), stderr, loading.PLUGIN_OPTIONS)
    assert failure.kind is MissingExtensionError
    message = failure.message
    assert message.startswith(
        "prod.dump: TOC entry 2 (EXTENSION pgcrypto): extension 'pgcrypto' is not available"
    )
    assert "--schemadiff-url" in message


def test_error_worded_like_a_missing_extension_is_the_files(
    schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path
) -> None:
    # The file's own error reads like our wording for a missing extension; the type comes
    # from what PostgreSQL reported, not from the words of the message.
    path = tmp_path / "pending.sql"
    path.write_text(
        "DO $$ BEGIN RAISE EXCEPTION 'feature billing is not available on this server'; END $$;\n"
    )
    with pytest.raises(LoadError) as info:
        load(schemadiff_server, path, db)
    assert type(info.value) is LoadError
    assert str(info.value) == f"{path}:1: feature billing is not available on this server"


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: p / "absent.sql", "no such file or directory"),
        (lambda p: (p / "empty.sql").write_text("  \n") and p / "empty.sql", "file is empty"),
        (lambda p: (p / "d").mkdir() or p / "d", "directory holds no .sql files"),
    ],
    ids=["missing", "empty", "directory-without-sql"],
)
def test_unusable_paths(tmp_path: Path, make: Any, expected: str) -> None:
    path = make(tmp_path)
    with pytest.raises(LoadError, match=f"^{path}: {expected}"):
        load_path(path, "postgresql://nowhere/x", bin_dir=tmp_path)


# -- passwords -----------------------------------------------------------------------------


@pytest.fixture
def password_server(password_role: PasswordRole) -> str:
    return password_role.url


def test_password_travels_in_environment_not_argv(
    password_server: str,
    schemadiff_server: SchemaDiffServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[list[str], dict[str, str]]] = []
    real_run = subprocess.run

    def spy(argv: list[str], **kwargs: Any) -> Any:
        calls.append((argv, kwargs["env"]))
        return real_run(argv, **kwargs)

    monkeypatch.setattr(loading.subprocess, "run", spy)
    path = tmp_path / "q.sql"
    path.write_text("SELECT 1;\n")
    load_path(path, password_server, bin_dir=schemadiff_server.bin_dir)
    assert calls
    for argv, env in calls:
        assert not any(PASSWORD in arg or "password=" in arg for arg in argv)
        assert env["PGPASSWORD"] == PASSWORD


def test_wrong_password_is_masked(
    password_role: PasswordRole, schemadiff_server: SchemaDiffServer, tmp_path: Path
) -> None:
    if not password_role.enforced:
        pytest.skip("this existing server lets the role in whatever its password")
    path = tmp_path / "q.sql"
    path.write_text("SELECT 1;\n")
    url = password_role.url.replace(PASSWORD, "s3cret-Wrong")
    with pytest.raises(LoadError) as info:
        load_path(path, url, bin_dir=schemadiff_server.bin_dir)
    message = str(info.value)
    assert "s3cret-Wrong" not in message
    assert message.startswith(f"{path}: ")
    assert "password authentication failed" in message


def test_load_error_through_password_url(
    password_server: str, schemadiff_server: SchemaDiffServer, tmp_path: Path
) -> None:
    # A load error through the password URL: the message carries no password either.
    path = tmp_path / "q.sql"
    path.write_text("SELECT 1;\nSELECT 1/0;\n")
    with pytest.raises(LoadError) as info:
        load_path(path, password_server, bin_dir=schemadiff_server.bin_dir)
    assert str(info.value) == f"{path}:2: division by zero"


def test_error_keeps_postgresql_detail_and_hint(
    schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path
) -> None:
    """A data-dependent failure is unreadable without its DETAIL; a typo's HINT is the fix."""
    path = tmp_path / "pending.sql"
    path.write_text(
        "CREATE TABLE item (order_id int, name text);\n"
        "INSERT INTO item VALUES (1, 'a'), (1, 'b'), (2, 'c');\n"
        "CREATE UNIQUE INDEX item_order\n    ON item (order_id);\n"
    )
    with pytest.raises(LoadError) as info:
        load(schemadiff_server, path, db)
    assert str(info.value) == (
        f'{path}:4: could not create unique index "item_order" '
        "(DETAIL: Key (order_id)=(1) is duplicated.)"
    )
    path.write_text("SELECT nme\nFROM item;\n")
    with pytest.raises(LoadError) as info:
        load(schemadiff_server, path, db)
    assert str(info.value) == (
        f'{path}:2: column "nme" does not exist (HINT: Perhaps you meant to reference the '
        'column "item.name".)'
    )


# -- the impact probe's lock snapshot --------------------------------------------------------


def test_measured_locks_are_new_ones_within_a_block_and_again_after_commit(
    schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path
) -> None:
    """The probe reads the locks held after a statement and, when the next one runs in the
    same block, uses that reading as its starting point: a lock the block already holds is
    not taken again; after COMMIT it is, and after a subtransaction let go of it."""
    from pytest_schemadiff.impact import record

    path = tmp_path / "pending.sql"
    path.write_text(
        "CREATE TABLE public.a (id int);\n"
        "BEGIN;\n"
        "LOCK TABLE public.a IN SHARE MODE;\n"
        "LOCK TABLE public.a IN SHARE MODE;\n"
        "LOCK TABLE public.a IN ACCESS EXCLUSIVE MODE;\n"
        "COMMIT;\n"
        "BEGIN;\n"
        "LOCK TABLE public.a IN SHARE MODE;\n"
        "COMMIT;\n"
        "BEGIN;\n"
        "SAVEPOINT s;\n"
        "LOCK TABLE public.a IN EXCLUSIVE MODE;\n"
        "ROLLBACK TO SAVEPOINT s;\n"
        "LOCK TABLE public.a IN EXCLUSIVE MODE;\n"
        "DO $$BEGIN BEGIN LOCK TABLE public.a IN ROW SHARE MODE; RAISE 'no'; "
        "EXCEPTION WHEN raise_exception THEN NULL; END; END$$;\n"
        "LOCK TABLE public.a IN ROW SHARE MODE;\n"
        "COMMIT;\n"
    )
    with record.recording() as box:
        load_path(path, db, bin_dir=schemadiff_server.bin_dir, measure=True)
    locks = {s.line: [(lk.relation, lk.mode) for lk in s.locks or ()] for s in box[-1].statements}
    assert locks == {
        1: [],  # a new table: nobody else's lock to wait for, not reported
        3: [("public.a", "ShareLock")],
        4: [],
        5: [("public.a", "AccessExclusiveLock")],
        8: [("public.a", "ShareLock")],
        # Line 12's measurement, in the probe's temporary table, is rolled back with it.
        # Let go by ROLLBACK TO, or by a statement's own subtransaction: taken anew.
        14: [("public.a", "ExclusiveLock")],
        15: [],
        16: [("public.a", "RowShareLock")],
    }


def test_changes_under_locks_taken_by_earlier_statements_are_measured(
    schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path
) -> None:
    """A statement may rewrite, rename or drop a relation without a new lock when an earlier
    statement of the transaction took one that allows it: the probe still sees it (the lock
    names after a rename, the rewrite and the drop of a renamed table)."""
    from pytest_schemadiff.impact import record

    execute(
        db,
        "CREATE TABLE public.t (id int PRIMARY KEY, a int, b int);"
        "INSERT INTO public.t SELECT g, g, g FROM generate_series(1, 5) g;"
        "CREATE INDEX t_b ON public.t (b);",
    )
    path = tmp_path / "pending.sql"
    path.write_text(
        "ALTER INDEX public.t_b RENAME TO t_b2;\n"  # ShareUpdateExclusiveLock on the index
        "ALTER INDEX public.t_b2 RENAME TO t_b3;\n"  # none new
        "DROP INDEX public.t_b3;\n"  # AccessExclusiveLock on it (by its name now) and on t
        "ALTER TABLE public.t ADD COLUMN c int;\n"  # none new
        "ALTER TABLE public.t RENAME TO u;\n"  # none new
        "ALTER TABLE public.u ALTER COLUMN a TYPE bigint;\n"  # rewrites u, none new on u
        "DROP TABLE public.u;\n"  # drops u with its rows, none new
    )
    with record.recording() as box:
        load_path(
            path, db, bin_dir=schemadiff_server.bin_dir, single_transaction=True, measure=True
        )
    measured = {s.line: s for s in box[-1].statements}
    locks = {line: [(lk.relation, lk.mode) for lk in s.locks or ()] for line, s in measured.items()}
    # A lock is named as its relation was named before the statement.
    assert locks[1] == [("public.t_b", "ShareUpdateExclusiveLock")]
    assert locks[3] == [("public.t", "AccessExclusiveLock"), ("public.t_b3", "AccessExclusiveLock")]
    assert locks[2] == locks[4] == locks[5] == locks[7] == []
    # The rewrite rebuilds the index, under a ShareLock on u too (a mode of its own).
    assert locks[6] == [("public.t_pkey", "AccessExclusiveLock"), ("public.u", "ShareLock")]
    assert {line: list(s.rewritten) for line, s in measured.items() if s.rewritten} == {
        6: ["public.u"]
    }
    assert [(d.relation, d.column, d.rows) for d in measured[7].dropped] == [("public.u", None, 5)]


@pytest.mark.parametrize("single_transaction", [True, False])
def test_a_last_statement_without_semicolon_is_measured(
    schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path, single_transaction: bool
) -> None:
    """psql runs an unterminated last statement at the end of the file; a comment after it
    must not swallow the probe's call after it."""
    from pytest_schemadiff.impact import record

    execute(db, "CREATE TABLE public.x (id int);")
    path = tmp_path / "pending.sql"
    path.write_text(
        "ALTER TABLE public.x ADD COLUMN a int;\n"
        "ALTER TABLE public.x ALTER COLUMN id TYPE bigint /* no semicolon */ -- at the end"
    )
    with record.recording() as box:
        load_path(
            path,
            db,
            bin_dir=schemadiff_server.bin_dir,
            single_transaction=single_transaction,
            measure=True,
        )
    measured = {s.line: list(s.rewritten) for s in box[-1].statements}
    assert measured == {1: [], 2: ["public.x"]}


def test_row_counts_shared_by_sessions_are_exact(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past ``PARALLEL_BYTES`` several sessions count the tables at once (here always): every
    table's exact rows, a partitioned table's through its partitions, a table with children
    only its own."""
    import os

    from pytest_schemadiff.impact import rows

    execute(
        db,
        """
        CREATE TABLE public.big (id int);
        INSERT INTO public.big SELECT generate_series(1, 5000);
        CREATE TABLE public.small (id int);
        INSERT INTO public.small VALUES (1), (2), (3);
        CREATE TABLE public.none_yet (id int);
        CREATE TABLE public.parted (id int) PARTITION BY RANGE (id);
        CREATE TABLE public.parted_low PARTITION OF public.parted FOR VALUES FROM (0) TO (10);
        CREATE TABLE public.parted_high PARTITION OF public.parted FOR VALUES FROM (10) TO (99);
        INSERT INTO public.parted SELECT generate_series(1, 20);
        CREATE TABLE public.child (extra int) INHERITS (public.small);
        INSERT INTO public.child VALUES (4, 4), (5, 5);
        """,
    )
    alone = rows.count_rows(db)  # a few kB: one session
    monkeypatch.setattr(rows, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 3)
    with rows.row_counter(db) as count:
        first, second = count(), count()
    by_name = {first.names[oid]: n for oid, n in first.rows.items()}
    assert by_name == {
        "public.big": 5000,
        "public.small": 3,
        "public.none_yet": 0,
        "public.parted": 20,
        "public.parted_low": 9,
        "public.parted_high": 11,
        "public.child": 2,
    }
    assert second == first
    assert alone == first


_TOUCHING = """\
DELETE FROM public.small WHERE id = 3;
INSERT INTO public.parted_low VALUES (5);
CREATE TABLE public.fresh AS SELECT 1 AS id;
"""


_TABLES = """
CREATE TABLE public.big (id int);
INSERT INTO public.big SELECT generate_series(1, 500);
CREATE TABLE public.small (id int);
INSERT INTO public.small VALUES (1), (2), (3);
CREATE TABLE public.parted (id int) PARTITION BY RANGE (id);
CREATE TABLE public.parted_low PARTITION OF public.parted FOR VALUES FROM (0) TO (10);
CREATE TABLE public.parted_high PARTITION OF public.parted FOR VALUES FROM (10) TO (99);
INSERT INTO public.parted SELECT generate_series(1, 20);
"""


def _counts_of_load(
    server: SchemaDiffServer,
    db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    script: str,
    single: bool = True,
) -> tuple[dict[str, int | None], set[str], set[str]]:
    """Load ``script`` measured into ``db``: the rows after it per table, and the tables
    counted before it and counted again after it."""
    from pytest_schemadiff.impact import record, rows

    scans: list[set[int]] = []
    real_count = rows._count

    def recorded(cur: Any, tables: list[tuple[int, bool, int]]) -> list[tuple[int, int]]:
        scans.append({oid for oid, _, _ in tables})
        return real_count(cur, tables)

    monkeypatch.setattr(rows, "_count", recorded)
    path = tmp_path / "pending.sql"
    path.write_text(script)
    with record.recording() as box:
        load_path(path, db, bin_dir=server.bin_dir, single_transaction=single, measure=True)
    after = {t.name: t.rows_after for t in box[-1].tables}
    with open_connection(db, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT oid, format('%I.%I', relnamespace::regnamespace, relname) FROM pg_class"
        )
        names = dict(cur.fetchall())
    first, *rest = scans
    return after, {names[oid] for oid in first}, {names[oid] for scan in rest for oid in scan}


@pytest.mark.parametrize(
    ("script", "single", "counted_again"),
    [
        # One transaction: only what it wrote to is counted again (the partitioned table too:
        # one of its partitions was written).
        (_TOUCHING, True, {"public.small", "public.parted", "public.parted_low", "public.fresh"}),
        # A file that commits itself lets go of its locks: everything is counted again.
        (_TOUCHING + "COMMIT;\nDELETE FROM public.big WHERE id <= 10;\n", True, None),
        # Statement by statement: the same.
        (_TOUCHING, False, None),
    ],
)
def test_rows_after_the_migration_are_counted_again_where_it_took_locks(
    schemadiff_server: SchemaDiffServer,
    db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    script: str,
    single: bool,
    counted_again: set[str] | None,
) -> None:
    """A row changes only under a lock on its table, and one transaction holds its locks to
    its end: the tables it did not lock keep the rows counted before it. The rows reported
    are exact either way."""
    execute(db, _TABLES)
    after, first, again = _counts_of_load(
        schemadiff_server, db, tmp_path, monkeypatch, script, single
    )
    big = 490 if "DELETE FROM public.big" in script else 500
    assert after == {
        "public.big": big,
        "public.small": 2,
        "public.parted": 21,
        "public.parted_low": 10,
        "public.parted_high": 11,
        "public.fresh": 1,
    }
    assert first == {
        "public.big",
        "public.small",
        "public.parted",
        "public.parted_low",
        "public.parted_high",
    }
    assert again == (counted_again if counted_again is not None else set(after))


def test_tables_locked_but_not_written_keep_their_count(
    schemadiff_server: SchemaDiffServer, db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table the migration locked is counted again only when its rows may have changed:
    rows inserted or deleted in the transaction (by a function too), or a new relfilenode
    (TRUNCATE, even under a lock an earlier statement took, or a rewrite). Altered or updated
    only, it keeps the count from before; the rows reported are exact."""
    execute(
        db,
        _TABLES
        + """
        CREATE TABLE public.wide (id int);
        INSERT INTO public.wide SELECT generate_series(1, 40);
        CREATE TABLE public.tiny (id int);
        INSERT INTO public.tiny VALUES (1), (2), (3);
        CREATE FUNCTION public.purge() RETURNS void LANGUAGE sql
          AS 'DELETE FROM public.tiny WHERE id > 1';
        """,
    )
    script = (
        "ALTER TABLE public.big ADD COLUMN note text;\n"
        "UPDATE public.big SET note = 'x' WHERE id <= 5;\n"
        "ALTER TABLE public.small ADD COLUMN note text;\n"
        "TRUNCATE public.small;\n"
        "ALTER TABLE public.wide ALTER COLUMN id TYPE bigint;\n"
        "SELECT public.purge();\n"
        "ALTER TABLE public.parted_high ADD CONSTRAINT positive CHECK (id > 0);\n"
    )
    after, _, again = _counts_of_load(schemadiff_server, db, tmp_path, monkeypatch, script)
    assert after == {
        "public.big": 500,
        "public.small": 0,
        "public.parted": 20,
        "public.parted_low": 9,
        "public.parted_high": 11,
        "public.wide": 40,
        "public.tiny": 1,
    }
    # small, truncated, is empty: no page to scan (a count kept from before would say 3).
    assert again == {"public.wide", "public.tiny"}


@pytest.mark.parametrize(
    ("setup", "script"),
    [
        # The file turns them off and on again within one statement.
        (
            "",
            "DO $$BEGIN PERFORM set_config('track_counts', 'off', true);\n"
            "DELETE FROM public.small WHERE id = 3;\n"
            "PERFORM set_config('track_counts', 'on', true); END$$;\n",
        ),
        # A function of the dump turns them off while it deletes (its SET clause): the file
        # does not say so.
        (
            "CREATE FUNCTION public.purge() RETURNS void LANGUAGE sql SET track_counts = off "
            "AS 'DELETE FROM public.small WHERE id = 3';",
            "SELECT public.purge();\n",
        ),
        # One that turns them off and on again, by a name it makes up.
        (
            "CREATE FUNCTION public.counting(v text) RETURNS text LANGUAGE sql "
            "AS $$SELECT set_config('track_' || 'counts', v, false)$$;",
            "SELECT public.counting('off');\nDELETE FROM public.small WHERE id = 3;\n"
            "SELECT public.counting('on');\n",
        ),
    ],
)
def test_rows_are_counted_again_everywhere_when_statistics_may_be_off(
    schemadiff_server: SchemaDiffServer,
    db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    setup: str,
    script: str,
) -> None:
    """The transaction's statistics tell deleted rows only while ``track_counts`` is on: a
    migration that may turn it off is counted again in full."""
    execute(db, _TABLES + setup)
    script += "ALTER TABLE public.parted_high ADD CONSTRAINT positive CHECK (id > 0);\n"
    after, first, again = _counts_of_load(schemadiff_server, db, tmp_path, monkeypatch, script)
    assert after["public.small"] == 2
    assert again == first
