"""Fixtures for the engine tests: throwaway databases built from SQL text on the real
server of the run (``schemadiff_server`` from the plugin)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator

import psycopg2
import pytest

from pytest_schemadiff.server import SchemaDiffServer

_counter = itertools.count()

MakeDb = Callable[[str], str]


@pytest.fixture
def make_db(schemadiff_server: SchemaDiffServer) -> Iterator[MakeDb]:
    """``make_db(sql) -> url``: a fresh database holding ``sql``, dropped after the test."""
    names: list[str] = []

    def make(sql: str) -> str:
        name = f"schemadiff_engine_{os.getpid()}_{next(_counter)}"
        url = schemadiff_server.create_database(name)
        names.append(name)
        if sql.strip():
            conn = psycopg2.connect(url)
            try:
                with conn, conn.cursor() as cur:
                    cur.execute(sql)
            finally:
                conn.close()
        return url

    yield make
    for name in names:
        schemadiff_server.drop_database(name)


def apply(url: str, sql: str) -> None:
    """Run ``sql`` on ``url`` in one transaction."""
    conn = psycopg2.connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute(sql)
    finally:
        conn.close()
