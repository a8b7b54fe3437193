"""``Migration``: migra's API, including the dev-database auto-sync script from migra's docs."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest
from sqlbag import S

from pytest_schemadiff import Migration, SchemaDiff, UnsafeMigrationException, errors
from pytest_schemadiff.connection import open_connection, sqlalchemy_url
from pytest_schemadiff.migra_compat import Statements

from .conftest import NewDatabase, execute, query

CURRENT = """
CREATE TABLE author (id int PRIMARY KEY, name text);
CREATE TABLE obsolete (id int);
"""
TARGET = """
CREATE TABLE author (id int PRIMARY KEY, name text NOT NULL, born date);
CREATE TABLE book (
    id int PRIMARY KEY,
    author_id int NOT NULL REFERENCES author,
    title text NOT NULL
);
CREATE INDEX book_title ON book (title);
CREATE VIEW book_titles AS SELECT title FROM book;
"""
SAFE_TARGET = """
CREATE TABLE author (id int PRIMARY KEY, name text);
CREATE TABLE obsolete (id int);
CREATE TABLE book (id int PRIMARY KEY, title text);
"""


def tables(url: str) -> list[str]:
    rows = query(
        url,
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v') ORDER BY 1",
    )
    return [str(r[0]) for r in rows]


def sync(
    db_url: str,
    temporary_db: Callable[[], Any],
    load_from_app: Callable[[str], None],
    answer: str,
    out: list[str],
) -> None:
    """The sync() of migra's docs ("Auto-syncing dev database to application code") with
    ``from pytest_schemadiff import Migration`` for ``from migra import Migration``; print
    and input are replaced by ``out`` and ``answer``."""

    def print_(*args: Any, end: str = "\n") -> None:
        out.append(" ".join(str(a) for a in args) + end)

    DB_URL = db_url

    with temporary_db() as TEMP_DB_URL:
        load_from_app(TEMP_DB_URL)

        with S(DB_URL) as s_current, S(TEMP_DB_URL) as s_target:
            m = Migration(s_current, s_target)
            m.set_safety(False)
            m.add_all_changes()

            if m.statements:
                print_("THE FOLLOWING CHANGES ARE PENDING:", end="\n\n")
                print_(m.sql)
                print_()
                if answer == "yes":
                    print_("Applying...")
                    m.apply()
                else:
                    print_("Not applying.")
            else:
                print_("Already synced.")


@pytest.fixture
def temporary_db(new_db: NewDatabase) -> Callable[[], Any]:
    """sqlbag's temporary_database, on the run's server, yielding a SQLAlchemy URL."""
    import contextlib

    @contextlib.contextmanager
    def make() -> Any:
        yield sqlalchemy_url(new_db())

    return make


def load_from_app(url: str) -> None:
    # An application would create its models here; sqlbag's session runs the DDL.
    with S(url) as s:
        s.connection().exec_driver_sql(TARGET)


def test_auto_sync_script_end_to_end(new_db: NewDatabase, temporary_db: Callable[[], Any]) -> None:
    dev = new_db(CURRENT)
    dev_url = sqlalchemy_url(dev)
    assert dev_url.startswith("postgresql+psycopg2://")

    out: list[str] = []
    sync(dev_url, temporary_db, load_from_app, "no", out)
    assert out[0] == "THE FOLLOWING CHANGES ARE PENDING:\n\n"
    assert 'DROP TABLE "public"."obsolete";' in out[1]
    assert out[-1] == "Not applying.\n"
    assert tables(dev) == ["author", "obsolete"]

    out = []
    sync(dev_url, temporary_db, load_from_app, "yes", out)
    assert out[-1] == "Applying...\n"
    # S() committed on exit: the dev database now has the target schema.
    assert tables(dev) == ["author", "book", "book_titles"]

    out = []
    sync(dev_url, temporary_db, load_from_app, "yes", out)
    assert out == ["Already synced.\n"]


def test_safety_on_by_default(new_db: NewDatabase) -> None:
    m = Migration(new_db(CURRENT), new_db(TARGET))
    m.add_all_changes()
    assert m.statements.safe
    assert 'DROP TABLE "public"."obsolete";' in m.statements
    assert all(isinstance(s, str) and s.endswith(";") for s in m.statements)
    with pytest.raises(UnsafeMigrationException, match="obsolete"):
        m.sql  # noqa: B018
    with pytest.raises(UnsafeMigrationException):
        m.apply()  # unlike migra, apply() also refuses while safety is on
    assert issubclass(UnsafeMigrationException, errors.SchemaDiffError)
    m.set_safety(False)
    assert 'DROP TABLE "public"."obsolete";\n\n' in m.sql


def test_safe_changes_need_no_unsafe(new_db: NewDatabase) -> None:
    current = new_db(CURRENT)
    m = Migration(current, new_db(SAFE_TARGET))
    m.add_all_changes()
    assert m.sql.startswith('CREATE TABLE "public"."book"')
    assert m.sql.endswith(";\n\n")
    m.apply()  # on a URL: our own connection, committed
    assert "book" in tables(current)
    assert list(m.statements) == []
    assert m.statements.safe  # the safety setting survives apply(), as in migra
    m.add_all_changes()
    assert not m.statements
    assert m.changes.is_empty


def test_apply_reinspects(new_db: NewDatabase) -> None:
    current, target = new_db(CURRENT), new_db(TARGET)
    m = Migration(current, target)
    m.set_safety(False)
    m.add_all_changes()
    assert not m.changes.is_empty
    m.apply()
    assert not m.statements.safe
    assert m.changes.is_empty
    m.add_all_changes()
    assert m.sql == ""


def test_urls_in_both_spellings(new_db: NewDatabase) -> None:
    current, target = new_db(CURRENT), new_db(TARGET)
    plain = Migration(current, target)
    plain.add_all_changes()
    driver = Migration(sqlalchemy_url(current), sqlalchemy_url(target))
    driver.add_all_changes()
    assert list(plain.statements) == list(driver.statements) != []


def test_psycopg2_connections_apply_in_the_callers_transaction(new_db: NewDatabase) -> None:
    current, target = new_db(CURRENT), new_db(SAFE_TARGET)
    conn_from, conn_target = open_connection(current), open_connection(target)
    try:
        m = Migration(conn_from, conn_target)
        m.add_all_changes()
        m.apply()
        # Not committed yet: another session does not see the table.
        assert "book" not in tables(current)
        conn_from.commit()
        assert "book" in tables(current)
    finally:
        conn_from.close()
        conn_target.close()


def test_add_sql_and_add(new_db: NewDatabase) -> None:
    current = new_db(CURRENT)
    m = Migration(current, new_db(SAFE_TARGET))
    m.add_sql("CREATE TABLE before_all (x int);")
    m.add_all_changes()
    m.add(["DROP TABLE obsolete;"])  # your own SQL counts as safe
    m.add_sql("COMMENT ON TABLE author IS 'people who write';")
    assert m.statements[0] == "CREATE TABLE before_all (x int);"
    assert m.statements[-1] == "COMMENT ON TABLE author IS 'people who write';"
    assert m.sql.count(";\n\n") == len(m.statements)
    m.apply()
    assert tables(current) == ["author", "before_all", "book"]


def test_statements_is_migras_list() -> None:
    statements = Statements(["SELECT 1;"])
    assert statements.safe
    same = statements + ["SELECT 2;"]  # noqa: RUF005 - migra's in-place __add__
    assert same is statements  # migra's __add__ extends in place
    assert list(statements) == ["SELECT 1;", "SELECT 2;"]
    assert statements.sql == "SELECT 1;\n\nSELECT 2;\n\n"
    assert Statements().sql == ""
    assert isinstance(statements[:1], Statements)


def test_privileges_only_on_request(new_db: NewDatabase) -> None:
    current = new_db("CREATE TABLE t (id int);")
    target = new_db("CREATE TABLE t (id int); GRANT SELECT ON t TO PUBLIC;")
    m = Migration(current, target)
    m.add_all_changes()
    assert not m.statements
    m.add_all_changes(privileges=True)
    # Whatever the engine makes of privileges, asking for them must not fail, and what it
    # writes reaches the target.
    m.apply()
    again = Migration(current, target)
    again.add_all_changes(privileges=True)
    assert not again.statements


def test_schema_and_exclude_schema(new_db: NewDatabase) -> None:
    a = new_db("CREATE SCHEMA s1; CREATE SCHEMA s2;")
    b = new_db(
        "CREATE SCHEMA s1; CREATE TABLE s1.x (id int); CREATE SCHEMA s2; "
        "CREATE TABLE s2.y (id int);"
    )
    only = Migration(a, b, schema="s1")
    only.add_all_changes()
    assert only.statements and all('"s1"' in s for s in only.statements)
    excluded = Migration(a, b, exclude_schema="s1")
    excluded.add_all_changes()
    assert excluded.statements and all('"s1"' not in s for s in excluded.statements)
    both = Migration(a, b, exclude_schema=["s1", "s2"])
    both.add_all_changes()
    assert not both.statements


def test_add_extension_changes(new_db: NewDatabase) -> None:
    a = new_db("CREATE TABLE t (id int);")
    b = new_db("CREATE EXTENSION IF NOT EXISTS btree_gist; CREATE TABLE t (id int, n int);")
    m = Migration(a, b)
    m.add_extension_changes()
    assert len(m.statements) == 1
    assert m.statements[0].upper().startswith("CREATE EXTENSION")
    reverse = Migration(b, a)
    reverse.add_extension_changes(drops=False)
    assert not reverse.statements


def test_changes_is_the_diff(new_db: NewDatabase) -> None:
    m = Migration(new_db(CURRENT), new_db(TARGET))
    assert isinstance(m.changes, SchemaDiff)
    assert not m.changes.is_empty
    keys = {str(d.key) for d in m.changes.differences}
    assert 'table "public"."book"' in keys


def test_clear_and_inspect(new_db: NewDatabase) -> None:
    current, target = new_db(CURRENT), new_db(CURRENT)
    m = Migration(current, target)
    assert m.changes.is_empty
    execute(target, "CREATE TABLE added (id int)")
    assert m.changes.is_empty  # read once, as migra's inspectors
    m.inspect_target()
    assert not m.changes.is_empty
    m.add_all_changes()
    assert m.statements
    m.set_safety(False)
    m.clear()
    assert not m.statements and m.statements.safe


def test_empty_side_is_refused_clearly(new_db: NewDatabase) -> None:
    with pytest.raises(errors.ConfigError, match="x_from is None"):
        Migration(None, new_db())


def test_constructor_matches_migra() -> None:
    signature = inspect.signature(Migration)
    # Our additions are keyword-only, so every call written for migra means the same.
    extra = [p for p in signature.parameters.values() if p.kind is p.KEYWORD_ONLY]
    assert [p.name for p in extra] == ["show_secrets"]
    migras = [p for p in signature.parameters.values() if p not in extra]
    ours = signature.replace(parameters=migras)
    assert list(ours.parameters) == [
        "x_from",
        "x_target",
        "schema",
        "exclude_schema",
        "ignore_extension_versions",
    ]
    migra = pytest.importorskip("migra")
    theirs = inspect.signature(migra.Migration)
    assert [(p.name, p.default) for p in ours.parameters.values()] == [
        (p.name, p.default) for p in theirs.parameters.values()
    ]
    for name in (
        "set_safety",
        "add_all_changes",
        "add_sql",
        "add",
        "apply",
        "clear",
        "add_extension_changes",
        "inspect_from",
        "inspect_target",
    ):
        assert hasattr(Migration, name)
        assert list(inspect.signature(getattr(Migration, name)).parameters) == list(
            inspect.signature(getattr(migra.Migration, name)).parameters
        )


MAPPING = """
CREATE FOREIGN DATA WRAPPER compat_fdw;
CREATE SERVER compat_server FOREIGN DATA WRAPPER compat_fdw;
CREATE USER MAPPING FOR PUBLIC SERVER compat_server OPTIONS (user 'app', password '{}');
"""


def test_secrets_are_applied_as_written(new_db: NewDatabase) -> None:
    # migra's SQL is applied as it is: a placeholder would make apply() fail.
    current, target = new_db(MAPPING.format("old-pw")), new_db(MAPPING.format("new-pw"))
    m = Migration(current, target)
    m.add_all_changes()
    assert "new-pw" in m.sql
    m.apply()
    options = query(current, "SELECT umoptions FROM pg_user_mappings")
    assert options == [(["user=app", "password=new-pw"],)]
    masked = Migration(current, new_db(MAPPING.format("third-pw")), show_secrets=False)
    masked.add_all_changes()
    assert "third-pw" not in masked.sql and "<secret:" in masked.sql
