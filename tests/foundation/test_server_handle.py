"""SchemaDiffServer: databases it creates and drops, always with our prefix."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from urllib.parse import urlsplit

import psycopg2
import pytest

from pytest_schemadiff.connection import connect
from pytest_schemadiff.errors import ConfigError, ServerError
from pytest_schemadiff.server import SchemaDiffServer

# Runs of this suite may share a server: database names unique per run.
RUN = secrets.token_hex(4)


@pytest.fixture
def names(schemadiff_server: SchemaDiffServer) -> Iterator[list[str]]:
    """Prefixed names a test creates; dropped afterwards even if it fails."""
    made: list[str] = []
    yield made
    for name in made:
        schemadiff_server.drop_database(name)


def _exists(server: SchemaDiffServer, name: str) -> bool:
    with connect(server.url) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_database WHERE datname = %s", (name,))
        return bool(cur.fetchone()[0])


def test_version_and_url(schemadiff_server: SchemaDiffServer) -> None:
    with connect(schemadiff_server.url) as conn, conn.cursor() as cur:
        cur.execute("SELECT current_setting('server_version_num')::int, current_database()")
        num, dbname = cur.fetchone()
    assert (schemadiff_server.version.major, schemadiff_server.version.minor) == (
        num // 10000,
        num % 10000,
    )
    assert dbname == "postgres"
    assert (schemadiff_server.bin_dir / "pg_dump").is_file()


def test_create_adds_prefix_and_drop(schemadiff_server: SchemaDiffServer, names: list[str]) -> None:
    names.append(f"schemadiff_handle_plain_{RUN}")
    schemadiff_server.drop_database(f"schemadiff_handle_plain_{RUN}")
    url = schemadiff_server.create_database(f"handle_plain_{RUN}")
    assert url == schemadiff_server.database_url(f"schemadiff_handle_plain_{RUN}")
    assert f"schemadiff_handle_plain_{RUN}" in schemadiff_server.list_databases()
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute("SELECT current_database()")
        assert cur.fetchone()[0] == f"schemadiff_handle_plain_{RUN}"
    schemadiff_server.drop_database(f"schemadiff_handle_plain_{RUN}")
    assert not _exists(schemadiff_server, f"schemadiff_handle_plain_{RUN}")
    schemadiff_server.drop_database(f"schemadiff_handle_plain_{RUN}")  # absent: no error


def test_create_from_template(schemadiff_server: SchemaDiffServer, names: list[str]) -> None:
    names += [f"schemadiff_handle_tpl_{RUN}", f"schemadiff_handle_copy_{RUN}"]
    for name in names:
        schemadiff_server.drop_database(name)
    with connect(
        schemadiff_server.create_database(f"schemadiff_handle_tpl_{RUN}"), autocommit=True
    ) as c:
        c.cursor().execute("CREATE TABLE from_template (id int)")
    copy = schemadiff_server.create_database(
        f"handle_copy_{RUN}", template=f"schemadiff_handle_tpl_{RUN}"
    )
    with connect(copy) as conn, conn.cursor() as cur:
        cur.execute("SELECT to_regclass('from_template') IS NOT NULL")
        assert cur.fetchone()[0]


def test_drop_ends_open_sessions(schemadiff_server: SchemaDiffServer, names: list[str]) -> None:
    names.append(f"schemadiff_handle_busy_{RUN}")
    schemadiff_server.drop_database(f"schemadiff_handle_busy_{RUN}")
    session = psycopg2.connect(schemadiff_server.create_database(f"handle_busy_{RUN}"))
    try:
        schemadiff_server.drop_database(f"schemadiff_handle_busy_{RUN}")
    finally:
        session.close()
    assert not _exists(schemadiff_server, f"schemadiff_handle_busy_{RUN}")


@pytest.mark.parametrize("name", ["postgres", "template1", "handle_plain", "my_schemadiff_x"])
def test_refuses_to_drop_foreign_names(schemadiff_server: SchemaDiffServer, name: str) -> None:
    with pytest.raises(ConfigError, match=rf"^refusing to drop database '{name}'"):
        schemadiff_server.drop_database(name)
    assert _exists(schemadiff_server, "postgres")


def test_name_too_long(schemadiff_server: SchemaDiffServer) -> None:
    with pytest.raises(ConfigError, match="longer than 63 bytes"):
        schemadiff_server.create_database("x" * 60)


def test_create_twice_is_one_line_error(
    schemadiff_server: SchemaDiffServer, names: list[str]
) -> None:
    names.append(f"schemadiff_handle_twice_{RUN}")
    schemadiff_server.drop_database(f"schemadiff_handle_twice_{RUN}")
    schemadiff_server.create_database(f"handle_twice_{RUN}")
    with pytest.raises(
        ServerError, match=f'"schemadiff_handle_twice_{RUN}" already exists'
    ) as info:
        schemadiff_server.create_database(f"handle_twice_{RUN}")
    assert "\n" not in str(info.value)


def test_database_url(schemadiff_server: SchemaDiffServer) -> None:
    url = schemadiff_server.database_url("schemadiff_x")
    # Only the path changes: the query (the private cluster's ?passfile=) stays.
    assert urlsplit(url).path == "/schemadiff_x"
    assert urlsplit(url)._replace(path="") == urlsplit(schemadiff_server.url)._replace(path="")


def test_json_round_trip(schemadiff_server: SchemaDiffServer) -> None:
    assert SchemaDiffServer.from_json(schemadiff_server.to_json()) == schemadiff_server
