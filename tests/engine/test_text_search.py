"""Text search objects, languages and transforms: what the plans do to what uses them
(the acceptance corpus checks the end state; these check that dependents survive), and the
parts of the SQL that come from parsing catalog text."""

from __future__ import annotations

from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.engine.sqlgen.text_search_dictionary import option_items

from .conftest import MakeDb, apply

DOC = (
    "CREATE TABLE doc (id int PRIMARY KEY, body text NOT NULL,"
    " tsv tsvector GENERATED ALWAYS AS (to_tsvector('public.cfg'::regconfig, body)) STORED);"
    "CREATE INDEX doc_fts ON doc USING gin (to_tsvector('public.cfg'::regconfig, body));"
    "CREATE VIEW doc_words AS SELECT to_tsvector('public.cfg', body) AS w FROM doc;"
)


def _round_trip(a: str, b: str) -> list[str]:
    statements = [s.sql for s in diff_schemas(a, b).statements]
    apply(a, ";\n".join(statements))
    after = diff_schemas(a, b)
    assert after.is_empty and not after.statements, after.sql
    return statements


def _config(mapping: str, dictionary: str = "TEMPLATE = simple") -> str:
    return (
        f"CREATE TEXT SEARCH DICTIONARY d ({dictionary});"
        "CREATE TEXT SEARCH CONFIGURATION cfg (PARSER = default);"
        f"ALTER TEXT SEARCH CONFIGURATION cfg ADD MAPPING FOR {mapping};" + DOC
    )


def test_mapping_change_keeps_what_is_computed_with_the_configuration(make_db: MakeDb) -> None:
    a = make_db(_config("asciiword, word WITH d, english_stem"))
    b = make_db(_config("asciiword WITH english_stem, d"))
    assert _round_trip(a, b) == [
        'ALTER TEXT SEARCH CONFIGURATION "public"."cfg" DROP MAPPING IF EXISTS FOR "word"',
        'ALTER TEXT SEARCH CONFIGURATION "public"."cfg" ALTER MAPPING FOR "asciiword"'
        " WITH pg_catalog.english_stem, public.d",
    ]


def test_dictionary_recreated_under_a_configuration_keeps_it(make_db: MakeDb) -> None:
    a = make_db(_config("asciiword, word WITH d, english_stem"))
    b = make_db(
        _config(
            "asciiword, word WITH d, english_stem", "TEMPLATE = synonym, SYNONYMS = synonym_sample"
        )
    )
    statements = _round_trip(a, b)
    assert [s.split(" (")[0].split(" FOR ")[0] for s in statements] == [
        'ALTER TEXT SEARCH CONFIGURATION "public"."cfg" DROP MAPPING IF EXISTS',
        'DROP TEXT SEARCH DICTIONARY "public"."d"',
        'CREATE TEXT SEARCH DICTIONARY "public"."d"',
        'ALTER TEXT SEARCH CONFIGURATION "public"."cfg" ALTER MAPPING',
    ]


def test_dictionary_recreated_under_a_changing_configuration(make_db: MakeDb) -> None:
    # The configuration's own ALTER cannot both precede the old dictionary's DROP and follow
    # the new one's CREATE: it is re-created, with what is computed with it.
    a = make_db(_config("asciiword, word WITH d, english_stem"))
    b = make_db(_config("asciiword WITH d", "TEMPLATE = synonym, SYNONYMS = synonym_sample"))
    statements = _round_trip(a, b)
    assert 'DROP TEXT SEARCH CONFIGURATION "public"."cfg"' in statements
    assert 'DROP INDEX "public"."doc_fts"' in statements


def test_dictionary_options_keep_their_order(make_db: MakeDb) -> None:
    a = make_db(
        "CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = simple, STOPWORDS = english, ACCEPT = false)"
    )
    b = make_db("CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = simple, ACCEPT = true)")
    assert _round_trip(a, b) == [
        'ALTER TEXT SEARCH DICTIONARY "public"."d" ("stopwords", accept = \'true\')'
    ]
    c = make_db(
        "CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = simple, ACCEPT = true, STOPWORDS = english)"
    )
    assert _round_trip(b, c) == [
        "ALTER TEXT SEARCH DICTIONARY \"public\".\"d\" (accept = 'true', stopwords = 'english')"
    ]


def test_option_items_split_serialized_options() -> None:
    assert option_items(None) == []
    assert option_items("stopwords = 'english', accept = 'false'") == [
        ("stopwords", "stopwords = 'english'"),
        ("accept", "accept = 'false'"),
    ]
    # Quoted names, commas and quotes inside values, E'' strings with backslashes.
    text = "\"Odd, \"\"name\" = 'a, b''c', path = E'x\\\\'', y'"
    assert option_items(text) == [
        ('Odd, "name', "\"Odd, \"\"name\" = 'a, b''c'"),
        ("path", "path = E'x\\\\'', y'"),
    ]


HANDLER = (
    "CREATE SCHEMA {schema};"
    "CREATE FUNCTION {schema}.h() RETURNS language_handler LANGUAGE c"
    " AS '$libdir/plpgsql', 'plpgsql_call_handler';"
    "CREATE TRUSTED LANGUAGE lang HANDLER {schema}.h;"
    "CREATE SCHEMA other;"
)


def test_languages_and_transforms_follow_the_selected_schemas(make_db: MakeDb) -> None:
    a = make_db("CREATE SCHEMA hs; CREATE SCHEMA other;")
    b = make_db(
        HANDLER.format(schema="hs")
        + "CREATE TRANSFORM FOR integer LANGUAGE lang (TO SQL WITH FUNCTION int4recv(internal))"
    )
    everything = {str(d.key) for d in diff_schemas(a, b).differences}
    assert everything >= {'language "lang"', 'transform "for integer language lang"'}
    # Database-wide objects come with the schema of their handler; a transform of built-in
    # type and functions only with the whole database.
    assert {str(d.key) for d in diff_schemas(a, b, schemas=["hs"]).differences} >= {
        'language "lang"'
    }
    assert not diff_schemas(a, b, schemas=["other"]).differences
