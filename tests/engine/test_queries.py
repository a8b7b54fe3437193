"""Each catalog query returns exactly the columns its dataclass has, on this server."""

from __future__ import annotations

import psycopg2
import psycopg2.extras
import pytest

from pytest_schemadiff.engine.inspect import MODELS, model_fields, query_text

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
