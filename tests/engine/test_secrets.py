"""Secret options (engine/secrets.py): compared on their real values, masked in everything
meant for people (differences as text and JSON, the command's output, assertion failures),
a placeholder plus a warning in SQL, and shown as they are with show_secrets /
--show-secrets."""

from __future__ import annotations

import dataclasses
import io
import json

import psycopg2
import pytest

from pytest_schemadiff import assert_schema_matches
from pytest_schemadiff.cli import main
from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.engine.model import Kind
from pytest_schemadiff.engine.render import render_json, render_text
from pytest_schemadiff.engine.secrets import MASK, is_secret
from pytest_schemadiff.engine.sqlgen import GENERATORS, Context
from pytest_schemadiff.errors import PlanValidationError

from .conftest import MakeDb, apply

BASE = """
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w OPTIONS (host 'h.invalid', api_key '{key}');
CREATE USER MAPPING FOR PUBLIC SERVER s OPTIONS (user 'guest', password '{password}');
"""
OLD, NEW = "hunter2-old", "hunter2-new"
OLD_KEY, NEW_KEY = "key-aaaa", "key-bbbb"
SECRETS = (OLD, NEW, OLD_KEY, NEW_KEY)


@pytest.fixture
def changed(make_db: MakeDb) -> tuple[str, str]:
    """Databases A and B whose only differences are a password and an api_key."""
    a = make_db(BASE.format(key=OLD_KEY, password=OLD))
    b = make_db(BASE.format(key=NEW_KEY, password=NEW))
    return a, b


def _leaks(text: str) -> list[str]:
    return [s for s in SECRETS if s in text]


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("password", True),
        ("PassWord", True),
        ("passwd", True),
        ("api_key", True),
        ("apikey", True),
        ("aws_secret_access_key", True),
        ("client_secret", True),
        ("token", True),
        ("sslpassword", True),
        ("credentials", True),
        ("user", False),
        ("host", False),
        ("sslkey", False),
        ("keyspace", False),
    ],
)
def test_secret_names(name: str, secret: bool) -> None:
    assert is_secret(name) is secret


def test_changed_secret_is_found_and_masked(changed: tuple[str, str]) -> None:
    result = diff_schemas(*changed)
    assert {(d.key.kind, d.attribute) for d in result.differences} == {
        (Kind.FOREIGN_SERVER, "options"),
        (Kind.USER_MAPPING, "options"),
    }
    text = render_text(result.differences, result.warnings)
    document = render_json(result.differences, result.statements, result.warnings)
    for shown in (text, document, result.sql, "\n".join(result.warnings)):
        assert _leaks(shown) == []
    assert f"password={MASK} (changed)" in text
    assert "user=guest" in text  # other options are shown as they are
    assert json.loads(document)["differences"]
    # SQL: a placeholder that is no string literal, and a warning naming it.
    assert '<secret: user mapping for PUBLIC server "s" option password>' in result.sql
    assert any("user mapping for PUBLIC" in w and "password" in w for w in result.warnings)
    assert any('server "s" option api_key' in w for w in result.warnings)


def test_placeholder_cannot_be_applied(changed: tuple[str, str]) -> None:
    a, b = changed
    with pytest.raises(psycopg2.errors.SyntaxError):
        apply(a, diff_schemas(a, b).sql)


def test_show_secrets_writes_the_values(changed: tuple[str, str]) -> None:
    a, b = changed
    result = diff_schemas(a, b, show_secrets=True)
    assert NEW in result.sql and NEW_KEY in result.sql
    assert NEW in render_text(result.differences)
    assert not any("placeholder" in w for w in result.warnings)
    apply(a, result.sql)
    assert diff_schemas(a, b).is_empty


def test_validation_runs_the_plan_shown_with_the_real_secrets(
    changed: tuple[str, str],
) -> None:
    a, b = changed
    result = diff_schemas(a, b, validate=True)
    assert _leaks(result.sql) == [] and _leaks(repr(result)) == []
    # One plan: what runs is the plan shown, statement for statement, with the real
    # values where it shows placeholders.
    revealed = diff_schemas(a, b, show_secrets=True)
    assert [s.runnable_sql for s in result.statements] == [s.sql for s in revealed.statements]
    held = [s for s in result.statements if s.secret_sql is not None]
    assert len(held) == 2 and all("<secret: " in s.sql for s in held)
    assert not any(s.secret_sql is not None for s in revealed.statements)


def test_a_failing_secret_statement_is_named_as_shown(
    make_db: MakeDb, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The mapping is created twice: the second CREATE fails on the scratch copy. It ran
    # with the real password (else PostgreSQL would report a syntax error at the
    # placeholder), and the error shows it with the placeholder.
    mapping = GENERATORS[Kind.USER_MAPPING]

    def twice(new: object, ctx: Context) -> list[object]:
        return mapping.create(new, ctx) * 2

    monkeypatch.setitem(GENERATORS, Kind.USER_MAPPING, dataclasses.replace(mapping, create=twice))
    a = make_db("CREATE FOREIGN DATA WRAPPER w; CREATE SERVER s FOREIGN DATA WRAPPER w")
    b = make_db(BASE.format(key=OLD_KEY, password=NEW))
    with pytest.raises(PlanValidationError) as caught:
        diff_schemas(a, b, validate=True)
    error = caught.value
    assert error.statement is not None
    assert error.statement.startswith("CREATE USER MAPPING FOR PUBLIC SERVER")
    assert '<secret: user mapping for PUBLIC server "s" option password>' in error.statement
    assert error.message.startswith("ERROR: user mapping for ")
    assert "already exists" in error.message
    assert _leaks(str(error) + error.statement + error.message) == []


def test_a_new_mapping_with_a_secret(make_db: MakeDb) -> None:
    a = make_db("CREATE FOREIGN DATA WRAPPER w; CREATE SERVER s FOREIGN DATA WRAPPER w")
    b = make_db(BASE.format(key=NEW_KEY, password=NEW))
    result = diff_schemas(a, b)
    document = render_json(result.differences, result.statements, result.warnings)
    assert _leaks(document) == [] and _leaks(result.sql) == []
    mapping = [d for d in result.differences if d.key.kind is Kind.USER_MAPPING]
    assert mapping and mapping[0].new.options == ("password=" + MASK, "user=guest")


def test_cli_masks_unless_show_secrets(changed: tuple[str, str]) -> None:
    a, b = changed
    for fmt in ("sql", "summary", "json"):
        out, err = io.StringIO(), io.StringIO()
        assert main([a, b, "--format", fmt], out, err) == 2
        assert _leaks(out.getvalue() + err.getvalue()) == [], fmt
    out, err = io.StringIO(), io.StringIO()
    assert main([a, b, "--show-secrets"], out, err) == 2
    assert NEW in out.getvalue() and NEW_KEY in out.getvalue()
    help_out = io.StringIO()
    assert main(["--help"], help_out, io.StringIO()) == 0
    assert "--show-secrets" in help_out.getvalue()


def test_assertion_failure_text_masks(changed: tuple[str, str]) -> None:
    a, b = changed
    with pytest.raises(AssertionError) as failure:
        assert_schema_matches(a, b)
    assert _leaks(str(failure.value)) == []
    assert MASK in str(failure.value)
    # The SQL shown was proven (with the real values), not left unproven.
    assert "SQL that would turn " in str(failure.value)
    assert "not proven" not in str(failure.value)
    with pytest.raises(AssertionError) as shown:
        assert_schema_matches(a, b, show_secrets=True)
    assert NEW in str(shown.value)
