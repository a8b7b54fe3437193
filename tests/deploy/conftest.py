"""Fixtures for the deploy tests: databases on the run's server, the command in-process,
and ``pg_dump --schema-only`` to prove a database was left as it was."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# The CLI tests' databases, in-process command and helpers serve here too (the fixtures
# imported into this conftest are registered for these tests).
from cli.conftest import (
    CliResult,
    NewDatabase,
    RunCli,
    cli,
    execute,
    new_db,
    query,
    scratch_databases,
)

from pytest_schemadiff.server import SchemaDiffServer

__all__ = [
    "CliResult",
    "Dump",
    "NewDatabase",
    "RunCli",
    "WriteFile",
    "cli",
    "execute",
    "new_db",
    "query",
]

Dump = Callable[[str], str]
WriteFile = Callable[[str, str], Path]


@pytest.fixture
def dump(schemadiff_server: SchemaDiffServer) -> Dump:
    """``dump(url)``: ``pg_dump --schema-only`` of the database (the server's own pg_dump)."""

    def run(url: str) -> str:
        done = subprocess.run(
            [str(schemadiff_server.bin_dir / "pg_dump"), "--schema-only", "--no-sync", url],
            capture_output=True,
            text=True,
            check=True,
        )
        # pg_dump 17.6+ writes a random \restrict key on every run.
        return "\n".join(
            line
            for line in done.stdout.splitlines()
            if not line.startswith(("\\restrict", "\\unrestrict"))
        )

    return run


@pytest.fixture
def write(tmp_path: Path) -> WriteFile:
    """``write(name, text)``: a file in the test's directory."""

    def make(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text)
        return path

    return make


@pytest.fixture(autouse=True)
def _no_scratch_left(schemadiff_server: SchemaDiffServer) -> Iterator[None]:
    """Every test leaves no scratch database behind (also after errors)."""
    yield
    assert scratch_databases(schemadiff_server) == []


def tables(url: str) -> list[str]:
    return [
        str(row[0])
        for row in query(
            url,
            "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
            "AND relkind = 'r' ORDER BY 1",
        )
    ]


def backend_gone(url: str, query_like: str) -> bool:
    """Whether no other session of this database (not the server: other tests run their
    own) runs or last ran a statement like ``query_like``."""
    rows = query(
        url,
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND query LIKE %s AND pid <> pg_backend_pid()",
        (query_like,),
    )
    return rows == [(0,)]
