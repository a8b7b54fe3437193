"""Each catalog query returns exactly the columns its dataclass has, on this server."""

from __future__ import annotations

from importlib import resources

import psycopg2
import psycopg2.extras
import pytest

from pytest_schemadiff.engine import inspect as inspect_package
from pytest_schemadiff.engine.build import constructor
from pytest_schemadiff.engine.inspect import MODELS, _for_version, model_fields, query_text

from .conftest import MakeDb


@pytest.mark.parametrize("name", sorted(MODELS))
def test_query_columns_match_model_fields(make_db: MakeDb, name: str) -> None:
    url = make_db("")
    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute(
                query_text(name),
                {"schemas": None, "exclude_schemas": [], "namespaces": []},
            )
            columns = [d.name for d in cur.description]
    finally:
        conn.close()
    assert columns == model_fields(MODELS[name])


def _variants() -> list[str]:
    """Query files for one server version (``<name>.pg<major>.sql``) of modelled kinds."""
    queries = resources.files(inspect_package).joinpath("queries")
    names = (p.name.removesuffix(".sql") for p in queries.iterdir() if p.name.endswith(".sql"))
    return sorted(n for n in names if n.split(".")[0] in MODELS and ".pg" in n)


def test_version_variants_are_picked_by_major_version() -> None:
    assert "publication_table.pg14" in _variants()
    assert _for_version("publication_table", 140012) == "publication_table.pg14"
    assert _for_version("publication_table", 170004) == "publication_table"
    assert _for_version("table", 140012) == "table"


@pytest.mark.parametrize("variant", _variants())
def test_version_variant_columns_match_model_fields(make_db: MakeDb, variant: str) -> None:
    # The variants for older servers name only catalogs newer ones still have, so they run
    # here too: their columns must be the model's as well.
    conn = psycopg2.connect(make_db(""))
    try:
        with conn.cursor() as cur:
            cur.execute(
                query_text(variant), {"schemas": None, "exclude_schemas": [], "namespaces": []}
            )
            columns = [d.name for d in cur.description]
    finally:
        conn.close()
    assert columns == model_fields(MODELS[variant.split(".")[0]])


def test_presence_columns_name_kind_queries(make_db: MakeDb) -> None:
    """Each column of presence.sql rules out one kind's query by its name; one that named
    nothing would skip nothing, and a typo would leave a kind always read."""
    url = make_db("CREATE TYPE mood AS ENUM ('ok'); CREATE TABLE t (m mood);")
    with psycopg2.connect(url) as conn, conn.cursor() as cur:
        cur.execute("SELECT array_agg(oid) FROM pg_namespace WHERE nspname = 'public'")
        namespaces = cur.fetchone()[0]
        cur.execute(query_text("presence"), {"namespaces": namespaces})
        columns = [d.name for d in cur.description]
        present = dict(zip(columns, cur.fetchone(), strict=True))
    conn.close()
    assert set(columns) <= set(MODELS) - {"schema", "table", "column"}
    assert present["enum"] is True
    assert present["domain"] is False and present["operator"] is False


@pytest.mark.parametrize(
    # A model with __post_init__ (it converts rows) is built by __init__.
    "name",
    sorted(name for name, cls in MODELS.items() if not hasattr(cls, "__post_init__")),
)
def test_fast_constructor_builds_what_init_builds(name: str) -> None:
    """Models are built from rows without ``__init__`` (inspect._constructor): the object
    must be the one ``__init__`` makes, field for field."""
    import dataclasses

    cls = MODELS[name]
    values = [f"value {i}" for i, _ in enumerate(dataclasses.fields(cls))]
    built = constructor(cls)(values)
    expected = cls(*values)
    fields = dataclasses.fields(cls)
    assert type(built) is cls
    assert [getattr(built, f.name) for f in fields] == values
    assert [getattr(expected, f.name) for f in fields] == values
