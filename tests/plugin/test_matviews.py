"""``matviews`` on a real database: dependency order, populated views left alone, a view
whose query fails on the data named with its error; which dumps carry production's data."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from pytest_schemadiff.connection import connect
from pytest_schemadiff.errors import LoadError
from pytest_schemadiff.plugin.matviews import dump_has_data, populate
from pytest_schemadiff.server import SchemaDiffServer


@pytest.fixture
def url(schemadiff_server: SchemaDiffServer) -> Iterator[str]:
    name = f"schemadiff_mv_{uuid.uuid4().hex[:10]}"
    yield schemadiff_server.create_database(name)
    schemadiff_server.drop_database(name)


def _run(url: str, statements: str) -> list[tuple[object, ...]]:
    with connect(url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(statements)
        return cur.fetchall() if cur.description else []


def test_populate(url: str) -> None:
    _run(
        url,
        """
        CREATE SCHEMA b;
        CREATE TABLE t (x int);
        INSERT INTO t VALUES (1), (2), (0);
        CREATE MATERIALIZED VIEW b.base AS SELECT x FROM t WITH NO DATA;
        CREATE VIEW plain AS SELECT x FROM b.base;
        CREATE MATERIALIZED VIEW a_top AS SELECT count(*) AS n FROM plain WITH NO DATA;
        CREATE MATERIALIZED VIEW kept AS SELECT 42 AS answer;  -- populated, as with data
        """,
    )
    # a_top comes first by name, and reads b.base through a plain view: refreshed after it.
    assert populate(url, source="prod.sql") == ["b.base", "public.a_top"]
    assert _run(url, "SELECT n FROM a_top") == [(3,)]
    assert populate(url, source="prod.sql") == []  # nothing left unpopulated
    _run(url, "CREATE MATERIALIZED VIEW ratio AS SELECT 1 / x AS r FROM t WITH NO DATA")
    with pytest.raises(LoadError) as info:
        populate(url, source="prod.sql")
    assert str(info.value) == (
        "prod.sql: populating materialized view public.ratio after loading it: division by "
        "zero (--schemadiff-matviews empty keeps the views empty)"
    )


def test_dump_has_data(schemadiff_server: SchemaDiffServer, url: str, tmp_path: Path) -> None:
    """A pg_dump with data refreshes the views production had populated itself: the plugin
    leaves its views alone. A hand-written file with INSERTs is no such dump."""
    _run(url, "CREATE TABLE t (x int); INSERT INTO t VALUES (1)")
    pg_dump = str(schemadiff_server.bin_dir / "pg_dump")
    found = {}
    for name, args in {
        "data.sql": [],
        "schema.sql": ["--schema-only"],
        "inserts.sql": ["--inserts"],
        "data.dump": ["-Fc"],
        "schema.dump": ["-Fc", "--schema-only"],
    }.items():
        subprocess.run([pg_dump, *args, "-f", str(tmp_path / name), "-d", url], check=True)
        found[name] = dump_has_data(tmp_path / name, schemadiff_server.bin_dir)
    (tmp_path / "hand.sql").write_text("CREATE TABLE t (x int);\nINSERT INTO t VALUES (1);\n")
    found["hand.sql"] = dump_has_data(tmp_path / "hand.sql", schemadiff_server.bin_dir)
    assert found == {
        "data.sql": True,
        "schema.sql": False,
        "inserts.sql": True,
        "data.dump": True,
        "schema.dump": False,
        "hand.sql": False,
    }
