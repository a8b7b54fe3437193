"""Each catalog query returns exactly the columns its dataclass has, on this server."""

from __future__ import annotations

from importlib import resources

import psycopg2
import psycopg2.extras
import pytest

from pytest_schemadiff.engine import inspect as inspect_package
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
