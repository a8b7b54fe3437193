"""Every comparison option of diff_schemas, against a real server."""

from __future__ import annotations

import inspect
import json

import pytest

from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.engine.compare import Options
from pytest_schemadiff.engine.model import Kind
from pytest_schemadiff.engine.render import render_json, render_text

from .conftest import MakeDb, apply


def test_identical_schemas_are_empty(make_db: MakeDb) -> None:
    sql = "CREATE TABLE t (id int PRIMARY KEY, v text NOT NULL DEFAULT 'x')"
    result = diff_schemas(make_db(sql), make_db(sql))
    assert result.is_empty
    assert result.statements == ()
    assert result.sql == ""


def test_schemas_and_exclude_schemas(make_db: MakeDb) -> None:
    a = make_db("CREATE SCHEMA app; CREATE SCHEMA scratch; CREATE TABLE app.t (id int)")
    b = make_db(
        "CREATE SCHEMA app; CREATE SCHEMA scratch; CREATE TABLE app.t (id int, v int);"
        "CREATE TABLE scratch.junk (id int)"
    )
    only_app = diff_schemas(a, b, schemas=["app"])
    assert {d.key.schema for d in only_app.differences} == {"app"}
    without_scratch = diff_schemas(a, b, exclude_schemas=["scratch"])
    assert [str(d.key) for d in without_scratch.differences] == ['column "app"."t"."v"']
    everything = diff_schemas(a, b)
    assert any(d.key.schema == "scratch" for d in everything.differences)


def test_ignore_extension_versions(make_db: MakeDb) -> None:
    a = make_db("CREATE EXTENSION hstore VERSION '1.7'")
    b = make_db("CREATE EXTENSION hstore VERSION '1.8'")
    changed = diff_schemas(a, b)
    assert [(d.key.kind, d.attribute) for d in changed.differences] == [(Kind.EXTENSION, "version")]
    assert changed.sql == "ALTER EXTENSION \"hstore\" UPDATE TO '1.8';\n\n"
    assert diff_schemas(a, b, ignore_extension_versions=True).is_empty


def test_column_order_ignored_unless_asked(make_db: MakeDb) -> None:
    a = make_db("CREATE TABLE t (a int, b int)")
    b = make_db("CREATE TABLE t (b int, a int)")
    assert diff_schemas(a, b).is_empty
    ordered = diff_schemas(a, b, column_order=True)
    assert [d.attribute for d in ordered.differences] == ["column_order"]
    assert ordered.statements == ()
    assert any("column order" in w for w in ordered.warnings)


def test_column_order_of_added_columns_is_reachable(make_db: MakeDb) -> None:
    a = make_db("CREATE TABLE t (a int)")
    b = make_db("CREATE TABLE t (a int, b int)")
    result = diff_schemas(a, b, column_order=True)
    assert [d.attribute for d in result.differences] == [None]


def test_comments_privileges_and_owners_are_compared_under_their_options(
    make_db: MakeDb,
) -> None:
    a = make_db("CREATE TABLE t (id int)")
    b = make_db("CREATE TABLE t (id int); COMMENT ON TABLE t IS 'x'; GRANT SELECT ON t TO PUBLIC")
    attributes = {d.attribute for d in diff_schemas(a, b).differences}
    assert attributes == {"comment", "privileges"}
    assert {d.attribute for d in diff_schemas(a, b, ignore_comments=True).differences} == {
        "privileges"
    }
    assert {d.attribute for d in diff_schemas(a, b, ignore_privileges=True).differences} == {
        "comment"
    }
    assert diff_schemas(a, b, ignore_comments=True, ignore_privileges=True).is_empty
    assert diff_schemas(a, b).not_compared == ()


# A kind the engine does not model: a base type (over int4's own input and output).
BASE_TYPE = (
    "CREATE TYPE myint;"
    "CREATE FUNCTION myint_in(cstring) RETURNS myint LANGUAGE internal IMMUTABLE STRICT"
    " AS 'int4in';"
    "CREATE FUNCTION myint_out(myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT"
    " AS 'int4out';"
    "CREATE TYPE myint (INPUT = myint_in, OUTPUT = myint_out, LIKE = int4);"
)


def test_comment_on_an_unmodelled_object_is_reported_not_compared(make_db: MakeDb) -> None:
    sql = BASE_TYPE + "COMMENT ON TYPE myint IS 'x'"
    a, b = make_db(sql), make_db(sql)
    assert "comment" in diff_schemas(a, b).not_compared
    assert "comment" not in diff_schemas(a, b, ignore_comments=True).not_compared


def test_unmodelled_kind_is_reported(make_db: MakeDb) -> None:
    a = make_db("")
    b = make_db(BASE_TYPE)
    result = diff_schemas(a, b)
    kind = "base type"
    assert result.not_compared == (kind,)
    assert result.warnings == (f"object kind '{kind}' is not compared (0 in A, 1 in B)",)
    assert f"warning: object kind '{kind}'" in render_text(result.differences, result.warnings)


def test_render_text_and_json(make_db: MakeDb) -> None:
    a = make_db("CREATE TABLE gone (id int); CREATE TABLE t (id int)")
    b = make_db("CREATE TABLE t (id bigint); CREATE TABLE new (id int)")
    result = diff_schemas(a, b)
    text = render_text(result.differences)
    assert text.splitlines() == [
        "only in A:",
        '  table "public"."gone"',
        "only in B:",
        '  table "public"."new"',
        "changed:",
        '  column "public"."t"."id"',
        "    data_type: 'integer' -> 'bigint'",
    ]
    document = json.loads(render_json(result.differences, result.statements, result.warnings))
    assert document["differences"][0]["key"]["name"] == "gone"
    unsafe = [s for s in document["statements"] if "deletes data" in s["hazards"]]
    assert [s["sql"] for s in unsafe] == ['DROP TABLE "public"."gone"']
    assert [s.sql for s in result.unsafe_statements] == ['DROP TABLE "public"."gone"']
    apply(a, result.sql)
    assert diff_schemas(a, b).is_empty


def test_dropping_a_schema_with_default_privileges_when_privileges_are_ignored(
    make_db: MakeDb,
) -> None:
    # The CLI's default (privileges ignored, as migra): the schema's default privileges are
    # left out of the comparison, and must not come back as a dependent of the schema.
    a = make_db(
        "CREATE SCHEMA app; CREATE TABLE app.t (id int);"
        "ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO PUBLIC;"
    )
    b = make_db("")
    result = diff_schemas(a, b, ignore_privileges=True)
    sql = [s.sql for s in result.statements]
    assert sql[-1] == 'DROP SCHEMA "app"'
    assert not any("DEFAULT PRIVILEGES" in s for s in sql)
    apply(a, result.sql)
    assert diff_schemas(a, b, ignore_privileges=True).is_empty


def test_options_from_keywords_is_what_diff_schemas_compares_with() -> None:
    keywords = {
        name: parameter.default
        for name, parameter in inspect.signature(diff_schemas).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    }
    # Every keyword is accepted, and diff_schemas' defaults are the options' defaults.
    assert Options.from_keywords(**keywords) == Options()
    chosen = Options.from_keywords(
        ignore_owners=False, ignore_privileges=True, schemas=["app"], exclude_schemas=None
    )
    assert chosen == Options(ignore_owners=False, ignore_privileges=True)
    with pytest.raises(TypeError, match="diff_schemas has no option 'ignore_owner'"):
        Options.from_keywords(ignore_owner=False)


def test_validation_compares_the_copy_under_the_same_options(make_db: MakeDb) -> None:
    # Differences the options leave out must stay out when the proven copy is compared
    # with B, or the plan would never converge.
    a = make_db("CREATE SCHEMA scratch; CREATE TABLE t (id int); COMMENT ON TABLE t IS 'a'")
    b = make_db(
        "CREATE SCHEMA scratch; CREATE TABLE scratch.junk (id int);"
        "CREATE TABLE t (id int, v int); COMMENT ON TABLE t IS 'b'"
    )
    result = diff_schemas(a, b, exclude_schemas=["scratch"], ignore_comments=True, validate=True)
    assert [(d.key.kind, d.attribute) for d in result.differences] == [(Kind.COLUMN, None)]
