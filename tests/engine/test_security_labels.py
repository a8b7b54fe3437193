"""Security labels: compared and migrated as an attached field like comments. No label
provider can be loaded on our servers (``dummy_seclabel`` is a test module of PostgreSQL's
own tree), so a database here never holds a label: these tests inspect real catalogs, give
the models labels as a provider would have, and check the plan; PostgreSQL's parser then
accepts each statement (it fails only for want of the provider)."""

from __future__ import annotations

import dataclasses
from typing import Any

import psycopg2
import pytest

from pytest_schemadiff.engine import compare_catalogs
from pytest_schemadiff.engine.inspect import inspect_catalog
from pytest_schemadiff.engine.model import Address, Catalog, Key, Kind

from .conftest import MakeDb

SCHEMA = (
    "CREATE TABLE t (id integer PRIMARY KEY, secret text);"
    "CREATE FUNCTION f(a integer) RETURNS integer LANGUAGE sql AS 'SELECT a';"
)
TABLE = Key(Kind.TABLE, "public", "t")
COLUMN = Key(Kind.COLUMN, "public", "t", "secret")
FUNCTION = Key(Kind.FUNCTION, "public", "f", signature="a integer")


def _inspect(url: str) -> Catalog:
    conn = psycopg2.connect(url)
    try:
        return inspect_catalog(conn)
    finally:
        conn.close()


def _labelled(catalog: Catalog, labels: dict[Key, tuple[tuple[str, str], ...]]) -> Catalog:
    """``catalog`` as if a provider had put ``labels`` on its objects: the models carry them,
    and each labelled object has the address security_labels.sql would have given it."""
    objects: dict[Key, Any] = dict(catalog.objects)
    addresses = dict(catalog.addresses)
    for key, found in labels.items():
        objects[key] = dataclasses.replace(objects[key], security_labels=found)
        if key.kind is Kind.COLUMN:
            addresses[key] = Address("table column", (key.schema, key.name, key.member), ())
    return dataclasses.replace(catalog, objects=objects, addresses=addresses)


def test_inspection_reads_no_label_where_there_is_none(make_db: MakeDb) -> None:
    catalog = _inspect(make_db(SCHEMA))
    assert catalog.objects[TABLE].security_labels == ()
    assert catalog.objects[COLUMN].security_labels == ()
    assert not [o for o in catalog.unmodelled if o.kind == "security label"]


def test_labels_are_compared_and_set_in_place(make_db: MakeDb) -> None:
    plain = _inspect(make_db(SCHEMA))
    labelled = _labelled(
        plain,
        {
            TABLE: (("dummy", "classified"), ("selinux", "system_u:object_r:sepgsql_table_t:s0")),
            COLUMN: (("dummy", "it's secret"),),
            FUNCTION: (("dummy", "unclassified"),),
        },
    )
    result = compare_catalogs(plain, labelled)
    assert {(str(d.key), d.attribute) for d in result.differences} == {
        (str(TABLE), "security_labels"),
        (str(COLUMN), "security_labels"),
        (str(FUNCTION), "security_labels"),
    }
    assert [s.sql for s in result.statements] == [
        'SECURITY LABEL FOR "dummy" ON FUNCTION "public"."f"(integer) IS \'unclassified\'',
        'SECURITY LABEL FOR "dummy" ON TABLE "public"."t" IS \'classified\'',
        'SECURITY LABEL FOR "selinux" ON TABLE "public"."t" IS '
        "'system_u:object_r:sepgsql_table_t:s0'",
        'SECURITY LABEL FOR "dummy" ON COLUMN "public"."t"."secret" IS \'it\'\'s secret\'',
    ]
    back = compare_catalogs(labelled, plain)
    assert [s.sql for s in back.statements if "ON TABLE" in s.sql] == [
        'SECURITY LABEL FOR "dummy" ON TABLE "public"."t" IS NULL',
        'SECURITY LABEL FOR "selinux" ON TABLE "public"."t" IS NULL',
    ]


def test_a_new_object_gets_its_labels_after_it_is_made(make_db: MakeDb) -> None:
    empty = _inspect(make_db(""))
    labelled = _labelled(_inspect(make_db(SCHEMA)), {TABLE: (("dummy", "classified"),)})
    statements = [s.sql for s in compare_catalogs(empty, labelled).statements]
    label = 'SECURITY LABEL FOR "dummy" ON TABLE "public"."t" IS \'classified\''
    assert statements.index(label) > statements.index(
        next(s for s in statements if s.startswith('CREATE TABLE "public"."t"'))
    )


def test_postgresql_parses_the_statements(make_db: MakeDb) -> None:
    url = make_db(SCHEMA)
    plain = _inspect(url)
    labelled = _labelled(plain, {TABLE: (("dummy", "x"),), COLUMN: (("dummy", "y"),)})
    conn = psycopg2.connect(url)
    try:
        for statement in compare_catalogs(plain, labelled).statements:
            with conn.cursor() as cur, pytest.raises(psycopg2.Error) as failed:
                cur.execute(statement.sql)
            # Refused for want of the provider, not for its syntax or its object.
            assert 'security label provider "dummy" is not loaded' in str(failed.value)
            conn.rollback()
    finally:
        conn.close()


# A foreign table, a publication and a subscription (kinds SECURITY LABEL takes).
REPLICATION = (
    "CREATE FOREIGN DATA WRAPPER w;"
    "CREATE SERVER s FOREIGN DATA WRAPPER w;"
    "CREATE FOREIGN TABLE ft (id integer) SERVER s;"
    "CREATE TABLE p (id integer PRIMARY KEY);"
    "CREATE PUBLICATION pub FOR TABLE p;"
)
FOREIGN_TABLE = Key(Kind.FOREIGN_TABLE, "public", "ft")
PUBLICATION = Key(Kind.PUBLICATION, "", "pub")
SUBSCRIPTION = Key(Kind.SUBSCRIPTION, "", "sub")


def test_foreign_tables_publications_and_subscriptions_carry_labels(make_db: MakeDb) -> None:
    url = make_db(REPLICATION)
    conn = psycopg2.connect(url)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            # Never connects (connect = false): a publisher nobody listens on.
            cur.execute(
                "CREATE SUBSCRIPTION sub CONNECTION 'host=127.0.0.1 port=1 dbname=x' "
                "PUBLICATION pub WITH (connect = false)"
            )
        plain = _inspect(url)
        assert all(plain.objects[k].security_labels == () for k in (FOREIGN_TABLE, PUBLICATION))
        assert plain.objects[SUBSCRIPTION].security_labels == ()
        labelled = _labelled(
            plain,
            {
                FOREIGN_TABLE: (("dummy", "remote"),),
                PUBLICATION: (("dummy", "published"),),
                SUBSCRIPTION: (("dummy", "subscribed"),),
            },
        )
        result = compare_catalogs(plain, labelled)
        assert {(str(d.key), d.attribute) for d in result.differences} == {
            (str(k), "security_labels") for k in (FOREIGN_TABLE, PUBLICATION, SUBSCRIPTION)
        }
        assert sorted(s.sql for s in result.statements) == [
            'SECURITY LABEL FOR "dummy" ON FOREIGN TABLE "public"."ft" IS \'remote\'',
            'SECURITY LABEL FOR "dummy" ON PUBLICATION "pub" IS \'published\'',
            'SECURITY LABEL FOR "dummy" ON SUBSCRIPTION "sub" IS \'subscribed\'',
        ]
        assert sorted(s.sql for s in compare_catalogs(labelled, plain).statements) == [
            'SECURITY LABEL FOR "dummy" ON FOREIGN TABLE "public"."ft" IS NULL',
            'SECURITY LABEL FOR "dummy" ON PUBLICATION "pub" IS NULL',
            'SECURITY LABEL FOR "dummy" ON SUBSCRIPTION "sub" IS NULL',
        ]
        for statement in result.statements:
            with conn.cursor() as cur, pytest.raises(psycopg2.Error) as failed:
                cur.execute(statement.sql)
            # Refused for want of the provider, not for its syntax or its object.
            assert 'security label provider "dummy" is not loaded' in str(failed.value)
    finally:
        with conn.cursor() as cur:
            # A database with a subscription cannot be dropped: let it go without a slot.
            cur.execute("ALTER SUBSCRIPTION sub SET (slot_name = NONE)")
            cur.execute("DROP SUBSCRIPTION sub")
        conn.close()
