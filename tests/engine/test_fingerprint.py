"""A schema's fingerprint is equal exactly when the comparison finds the schemas equal."""

from __future__ import annotations

from pytest_schemadiff.engine.compare import Options, inspect_schema, schema_fingerprint

from .conftest import MakeDb

SCHEMA = """
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE person (id serial PRIMARY KEY, name text NOT NULL, mood mood DEFAULT 'ok');
CREATE TABLE pet (id int PRIMARY KEY, owner int REFERENCES person(id));
CREATE INDEX pet_owner ON pet (owner);
CREATE VIEW names AS SELECT name FROM person;
COMMENT ON TABLE person IS 'people';
"""

# The same schema built in another order, with objects made and dropped in between (other
# oids for everything).
SAME_OTHER_ORDER = """
CREATE TABLE scrap (x int);
DROP TABLE scrap;
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE pet (id int PRIMARY KEY, owner int);
CREATE TABLE person (id serial PRIMARY KEY, name text NOT NULL, mood mood DEFAULT 'ok');
CREATE VIEW names AS SELECT name FROM person;
ALTER TABLE pet ADD FOREIGN KEY (owner) REFERENCES person(id);
CREATE INDEX pet_owner ON pet (owner);
COMMENT ON TABLE person IS 'people';
"""


def _fingerprint(url: str, options: Options | None = None) -> str:
    return schema_fingerprint(inspect_schema(url, options), options)


def test_equal_schemas_built_differently_have_one_fingerprint(make_db: MakeDb) -> None:
    first, second = make_db(SCHEMA), make_db(SAME_OTHER_ORDER)
    fingerprint = _fingerprint(first)
    assert fingerprint.startswith("sha256:v1:")
    assert _fingerprint(second) == fingerprint
    assert _fingerprint(first) == fingerprint  # stable across runs


def test_any_compared_change_changes_it(make_db: MakeDb) -> None:
    base = _fingerprint(make_db(SCHEMA))
    changes = [
        "ALTER TABLE person ALTER COLUMN mood SET DEFAULT 'sad'",
        "ALTER TYPE mood ADD VALUE 'glad'",
        "DROP INDEX pet_owner",
        "COMMENT ON TABLE person IS 'persons'",
        "CREATE OR REPLACE VIEW names AS SELECT name FROM person WHERE id > 0",
    ]
    seen = {base}
    for change in changes:
        fingerprint = _fingerprint(make_db(SCHEMA + change + ";"))
        assert fingerprint not in seen, change
        seen.add(fingerprint)


def test_what_the_options_ignore_is_not_part_of_it(make_db: MakeDb) -> None:
    ignoring = Options(ignore_comments=True)
    base = make_db(SCHEMA)
    recommented = make_db(SCHEMA + "COMMENT ON TABLE person IS 'persons';")
    assert _fingerprint(base, ignoring) == _fingerprint(recommented, ignoring)
    assert _fingerprint(base) != _fingerprint(recommented)
