"""Foreign data wrappers, servers, user mappings and foreign tables: what is compared when
(schemas chosen or not), and what is reported as not compared."""

from __future__ import annotations

from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.engine.model import Kind

from .conftest import MakeDb

BASE = """
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w OPTIONS (host 'h.invalid');
CREATE USER MAPPING FOR PUBLIC SERVER s OPTIONS (user 'guest');
"""


def test_database_wide_objects_only_without_a_schema_list(make_db: MakeDb) -> None:
    """Wrappers, servers and user mappings belong to no schema: a comparison of chosen
    schemas leaves them out; foreign tables are in their schema."""
    a = make_db("CREATE SCHEMA app")
    b = make_db("CREATE SCHEMA app;" + BASE + "CREATE FOREIGN TABLE app.ft (id int) SERVER s")
    assert {d.key.kind for d in diff_schemas(a, b, schemas=["app"]).differences} == {
        Kind.FOREIGN_TABLE
    }
    assert {d.key.kind for d in diff_schemas(a, b).differences} == {
        Kind.FOREIGN_DATA_WRAPPER,
        Kind.FOREIGN_SERVER,
        Kind.USER_MAPPING,
        Kind.FOREIGN_TABLE,
    }


def test_foreign_column_statistics_are_compared_not_reported(make_db: MakeDb) -> None:
    base = "CREATE FOREIGN DATA WRAPPER w; CREATE SERVER s FOREIGN DATA WRAPPER w;"
    base += "CREATE FOREIGN TABLE ft (id int) SERVER s;"
    a = make_db(base)
    b = make_db(base + "ALTER FOREIGN TABLE ft ALTER COLUMN id SET STATISTICS 500")
    result = diff_schemas(a, b)
    assert not result.not_compared
    assert [s.sql for s in result.statements] == [
        'ALTER FOREIGN TABLE "public"."ft" ALTER COLUMN "id" SET STATISTICS 500'
    ]
