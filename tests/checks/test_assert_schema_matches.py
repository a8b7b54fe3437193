"""``assert_schema_matches``: every kind of input, the comparison options, the failure text."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psycopg2
import pytest
import sqlbag
from sqlalchemy import text

from pytest_schemadiff.connection import mask_password, sqlalchemy_url
from pytest_schemadiff.errors import ConfigError
from pytest_schemadiff.plugin import assertions
from pytest_schemadiff.plugin.assertions import assert_schema_matches

from .conftest import Inner, MakeDatabase, no_plugin_frames

A_SQL = "CREATE TABLE public.item (id integer PRIMARY KEY, name text NOT NULL);\n"
# B = A plus one column.
B_SQL = "CREATE TABLE public.item (id integer PRIMARY KEY, name text NOT NULL, price numeric);\n"

# An input kind: given a database URL and a file holding the same schema, the value to pass
# and the label the failure text gives it.
Source = Callable[[str, Path], contextlib.AbstractContextManager[tuple[Any, str]]]


@contextlib.contextmanager
def _url(url: str, file: Path) -> Iterator[tuple[Any, str]]:
    yield url, "postgresql://*"


@contextlib.contextmanager
def _sqlalchemy_url(url: str, file: Path) -> Iterator[tuple[Any, str]]:
    yield sqlalchemy_url(url), "postgresql+psycopg2://*"


@contextlib.contextmanager
def _psycopg2(url: str, file: Path) -> Iterator[tuple[Any, str]]:
    conn = psycopg2.connect(url)
    try:
        yield conn, "connection"
    finally:
        conn.close()


@contextlib.contextmanager
def _sqlbag(url: str, file: Path) -> Iterator[tuple[Any, str]]:
    with sqlbag.S(sqlalchemy_url(url)) as session:
        yield session, "Session"


@contextlib.contextmanager
def _path_str(url: str, file: Path) -> Iterator[tuple[Any, str]]:
    yield str(file), str(file)


@contextlib.contextmanager
def _path(url: str, file: Path) -> Iterator[tuple[Any, str]]:
    yield file, str(file)


SOURCES: dict[str, Source] = {
    "url": _url,
    "sqlalchemy-url": _sqlalchemy_url,
    "psycopg2": _psycopg2,
    "sqlbag": _sqlbag,
    "path-str": _path_str,
    "pathlib": _path,
}


def _lines(exc: pytest.ExceptionInfo[AssertionError]) -> pytest.LineMatcher:
    return pytest.LineMatcher(str(exc.value).splitlines())


@pytest.mark.parametrize("kind", SOURCES)
def test_every_input_kind_as_a_and_as_b(
    kind: str, make_database: MakeDatabase, tmp_path: Path
) -> None:
    source = SOURCES[kind]
    a_url, b_url = make_database(A_SQL), make_database(B_SQL)
    a_file, b_file = tmp_path / "a.sql", tmp_path / "b.sql"
    a_file.write_text(A_SQL)
    b_file.write_text(B_SQL)
    with source(a_url, a_file) as (a, a_label), source(b_url, b_file) as (b, b_label):
        # The same schema through another door, either way round.
        assert_schema_matches(a, a_url)
        assert_schema_matches(b_url, b)
        # Different: this kind as A, as B, and as both.
        with pytest.raises(AssertionError) as as_a:
            assert_schema_matches(a, b_url)
        with pytest.raises(AssertionError) as as_b:
            assert_schema_matches(b_url, a)
        with pytest.raises(AssertionError) as as_both:
            assert_schema_matches(b, a)
    _lines(as_both).fnmatch_lines(
        [f"schema mismatch: 1 object differs between A = {b_label} and B = {a_label}"]
    )
    _lines(as_a).fnmatch_lines(
        [
            f"schema mismatch: 1 object differs between A = {a_label} and B = *",
            "",
            "only in B:",
            '  column "public"."item"."price"',
            "",
            f"SQL that would turn {a_label} into *:",
            "",
            'ALTER TABLE "public"."item" ADD COLUMN "price" numeric;',
        ],
        consecutive=True,
    )
    _lines(as_b).fnmatch_lines(
        [
            f"schema mismatch: 1 object differs between A = * and B = {a_label}",
            "",
            "only in A:",
            '  column "public"."item"."price"',
            "",
            "SQL that would turn *:",
            "",
            'ALTER TABLE "public"."item" DROP COLUMN "price";',
        ],
        consecutive=True,
    )


def test_url_label_hides_the_password(make_database: MakeDatabase) -> None:
    a_url, b_url = make_database(A_SQL), make_database(B_SQL)
    with pytest.raises(AssertionError) as exc:
        assert_schema_matches(a_url, b_url)
    first = str(exc.value).splitlines()[0]
    assert first.endswith(f"A = {mask_password(a_url)} and B = {mask_password(b_url)}")
    password = urlsplit(a_url).password
    if password:  # an existing server with password login (--schemadiff-url)
        assert f":{password}@" not in str(exc.value)
        assert ":***@" in first


def test_psycopg2_connection_sees_its_open_transaction(make_database: MakeDatabase) -> None:
    a_url, b_url = make_database(A_SQL), make_database(B_SQL)
    conn = psycopg2.connect(a_url)
    try:
        with conn.cursor() as cur:
            cur.execute("ALTER TABLE public.item ADD COLUMN price numeric")
        # Not committed: only this connection sees the column.
        assert_schema_matches(conn, b_url)
        with pytest.raises(AssertionError):
            assert_schema_matches(a_url, b_url)
    finally:
        conn.rollback()
        conn.close()


def test_sqlbag_session_sees_its_open_transaction(make_database: MakeDatabase) -> None:
    a_url, b_url = make_database(A_SQL), make_database(B_SQL)
    with sqlbag.S(sqlalchemy_url(a_url)) as session:
        session.execute(text("ALTER TABLE public.item ADD COLUMN price numeric"))
        assert_schema_matches(session, b_url)
        session.rollback()


# -- options -----------------------------------------------------------------------------

TWO_SCHEMAS_A = A_SQL + "CREATE SCHEMA app; CREATE TABLE app.log (id int);\n"
TWO_SCHEMAS_B = A_SQL + "CREATE SCHEMA app; CREATE TABLE app.log (id int, at timestamptz);\n"


@pytest.mark.parametrize(
    ("options", "equal"),
    [
        ({}, False),
        ({"schema": "public"}, True),
        ({"schema": ["public"]}, True),
        ({"schema": "app"}, False),
        ({"schema": ["public", "app"]}, False),
        ({"exclude_schema": "app"}, True),
        ({"exclude_schema": ["app", "nonexistent"]}, True),
        ({"exclude_schema": ["public"]}, False),
    ],
    ids=lambda v: repr(v) if isinstance(v, dict) else str(v),
)
def test_schema_and_exclude_schema(
    make_database: MakeDatabase, options: dict[str, Any], equal: bool
) -> None:
    a_url, b_url = make_database(TWO_SCHEMAS_A), make_database(TWO_SCHEMAS_B)
    if equal:
        assert_schema_matches(a_url, b_url, **options)
        return
    with pytest.raises(AssertionError) as exc:
        assert_schema_matches(a_url, b_url, **options)
    _lines(exc).fnmatch_lines(["only in B:", '  column "app"."log"."at"'], consecutive=True)


@pytest.mark.parametrize(
    ("ignored", "a_extra", "b_extra", "difference"),
    [
        (
            "comments",
            "",
            "COMMENT ON TABLE public.item IS 'Things we sell';",
            ["changed:", '  table "public"."item"', "    comment: None -> 'Things we sell'"],
        ),
        (
            "privileges",
            "",
            "GRANT SELECT ON public.item TO PUBLIC;",
            ["changed:", '  table "public"."item"', "    privileges:*", "      + SELECT to PUBLIC"],
        ),
        (
            "extension_versions",
            "CREATE EXTENSION pg_trgm VERSION '1.5';",
            "CREATE EXTENSION pg_trgm VERSION '1.6';",
            ["changed:", '  extension "pg_trgm"', "    version: '1.5' -> '1.6'"],
        ),
    ],
    ids=["comments", "privileges", "extension_versions"],
)
def test_ignore(
    make_database: MakeDatabase, ignored: str, a_extra: str, b_extra: str, difference: list[str]
) -> None:
    a_url = make_database(A_SQL + a_extra)
    b_url = make_database(A_SQL + b_extra)
    with pytest.raises(AssertionError) as exc:
        assert_schema_matches(a_url, b_url)
    _lines(exc).fnmatch_lines(difference, consecutive=True)
    assert_schema_matches(a_url, b_url, ignore=[ignored])
    assert_schema_matches(a_url, b_url, ignore=(ignored, "comments"))


@pytest.mark.parametrize("ignore", [["colour"], ["comments", "owner"], "comments"])
def test_unknown_ignore_value_is_a_clear_error(make_database: MakeDatabase, ignore: Any) -> None:
    url = make_database(A_SQL)
    with pytest.raises(ConfigError) as exc:
        assert_schema_matches(url, url, ignore=ignore)
    message = str(exc.value)
    assert message.startswith("assert_schema_matches(ignore=...): unknown ")
    assert "expected any of ['comments', 'extension_versions', 'privileges']" in message
    assert "\n" not in message


def test_column_order(make_database: MakeDatabase) -> None:
    a_url = make_database(B_SQL)
    b_url = make_database(
        "CREATE TABLE public.item (id integer PRIMARY KEY, price numeric, name text NOT NULL);"
    )
    assert_schema_matches(a_url, b_url)
    with pytest.raises(AssertionError) as exc:
        assert_schema_matches(a_url, b_url, column_order=True)
    _lines(exc).fnmatch_lines(
        [
            "schema mismatch: 1 object differs between *",
            "",
            "changed:",
            '  table "public"."item"',
            "    column_order: (id, name, price) -> (id, price, name)",
            'warning: table "public"."item": column order differs and cannot be changed *',
        ],
        consecutive=True,
    )


def test_sql_file_needs_a_pytest_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(assertions, "active_workspace", lambda: None)
    file = tmp_path / "schema.sql"
    file.write_text(A_SQL)
    with pytest.raises(ConfigError, match="comparing a SQL file needs a server"):
        assert_schema_matches(file, "postgresql://nowhere/none")


def test_sql_files_after_a_nested_pytest_run(inner: Inner, tmp_path: Path) -> None:
    # An inner run (pytester, in this process) must not leave this run without its server.
    inner.pytester.makepyfile(test_nothing="def test_nothing():\n    pass\n")
    inner.run().assert_outcomes(passed=1)
    a, b = tmp_path / "a.sql", tmp_path / "b.sql"
    a.write_text(A_SQL)
    b.write_text(A_SQL)
    assert_schema_matches(a, b)


# -- inside a user's test ----------------------------------------------------------------

USER_TEST = """
from pathlib import Path

from pytest_schemadiff import assert_schema_matches


def test_migrated_schema(db):
    target = Path(__file__).parent / "target.sql"
    assert_schema_matches(db, target)  # the line the user sees


def test_sql_file_against_db(db):
    assert_schema_matches("target.sql", db, ignore=["comments"])
"""


def test_failure_inside_a_test_shows_the_users_line(inner: Inner) -> None:
    inner.project(
        dump=A_SQL,
        pending="ALTER TABLE public.item ADD COLUMN price numeric;\n",
        target=B_SQL,
    )
    inner.pytester.makepyfile(test_app=USER_TEST)
    result = inner.run("--tb=short", "-k", "not schemadiff")
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines(
        [
            "*_ test_migrated_schema[[]pre[]] _*",
            "test_app.py:8: in test_migrated_schema",
            "    assert_schema_matches(db, target)  # the line the user sees",
        ],
        consecutive=True,
    )
    # (Python 3.11+ marks the call with a line of carets in between.)
    result.stdout.fnmatch_lines(
        [
            "E   AssertionError: schema mismatch: 1 object differs between "
            "A = db[[]pre[]] and B = */target.sql",
            "E   ",
            "E   only in B:",
            'E     column "public"."item"."price"',
            "E   ",
            "E   SQL that would turn db[[]pre[]] into */target.sql:",
            "E   ",
            'E   ALTER TABLE "public"."item" ADD COLUMN "price" numeric;',
        ],
        consecutive=True,
    )
    result.stdout.fnmatch_lines(
        [
            "*_ test_sql_file_against_db[[]pre[]] _*",
            "test_app.py:12: in test_sql_file_against_db",
            "E   AssertionError: schema mismatch: 1 object differs between A = target.sql "
            "and B = db[[]pre[]]",
            "E   only in A:",
        ]
    )
    no_plugin_frames(result)
    result.stdout.no_fnmatch_line("*assertions.py*")


def test_failure_inside_a_test_long_traceback(inner: Inner) -> None:
    inner.project(dump=A_SQL, pending=None, target=None)
    inner.pytester.makepyfile(
        test_app="""
from pytest_schemadiff import assert_schema_matches


def test_x(db):
    assert_schema_matches(db, "b.sql")
"""
    )
    (inner.path / "b.sql").write_text(B_SQL)
    result = inner.run("--tb=long")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            '>       assert_schema_matches(db, "b.sql")',
            "E       AssertionError: schema mismatch: 1 object differs between "
            "A = db[[]post[]] and B = b.sql",
        ],
        consecutive=True,
    )
    result.stdout.no_fnmatch_line("*assertions.py*")
    result.stdout.no_fnmatch_line("*def assert_schema_matches*")


def test_fixing_sql_is_proven_and_a_failing_one_is_named(
    make_database: MakeDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from pytest_schemadiff.engine.model import Kind
    from pytest_schemadiff.engine.sqlgen import GENERATORS

    a = make_database("CREATE TABLE t (id int); CREATE VIEW v AS SELECT id FROM t;")
    b = make_database("")
    # The SQL shown works: it was tried (a is left as it was).
    with pytest.raises(AssertionError) as good:
        assert_schema_matches(a, b)
    _lines(good).fnmatch_lines(["SQL that would turn * into *:", "", 'DROP VIEW "public"."v";'])
    view = GENERATORS[Kind.VIEW]
    monkeypatch.setitem(GENERATORS, Kind.VIEW, dataclasses.replace(view, drop=lambda o, c: []))
    with pytest.raises(AssertionError) as bad:
        assert_schema_matches(a, b)
    text = str(bad.value)
    assert "SQL that would turn" not in text
    _lines(bad).fnmatch_lines(
        [
            "no SQL to turn * into * is shown: the generated SQL failed when tried on a "
            "scratch copy (a pytest-schemadiff bug, please report it):",
            "",
            "  the plan fails on a scratch copy of A at statement 1 of 1 (drop table "
            '"public"."t"): ERROR: cannot drop table t because other objects depend on it '
            "DETAIL: view v depends on table t HINT: Use DROP ... CASCADE to drop the "
            "dependent objects too.",
            "",
            "failing statement:",
            "",
            'DROP TABLE "public"."t";',
        ],
        consecutive=True,
    )
