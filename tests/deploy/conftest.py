"""Fixtures for the deploy tests: databases on the run's server, the command in-process,
and ``pg_dump --schema-only`` to prove a database was left as it was."""

from __future__ import annotations

import io
import os
import re
import subprocess
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pytest_schemadiff.cli import SCRATCH_MARK, main
from pytest_schemadiff.connection import open_connection
from pytest_schemadiff.server import SchemaDiffServer

__all__ = ["CliResult", "Dump", "NewDatabase", "RunCli", "WriteFile", "execute", "query"]


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


def execute(url: str, sql: str) -> None:
    """Run ``sql`` on ``url`` and commit."""
    conn = open_connection(url)
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
        conn.commit()
    finally:
        conn.close()


def query(url: str, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    conn = open_connection(url)
    try:
        with conn.cursor() as cur:
            cur.execute(sql, params or None)
            return list(cur.fetchall())
    finally:
        conn.close()


def scratch_databases(server: SchemaDiffServer) -> list[str]:
    """The command's scratch databases on ``server`` made by this process."""
    mark = re.compile(rf"^schemadiff_run_[0-9a-f]{{8}}{SCRATCH_MARK}{os.getpid()}_")
    return [name for name in server.list_databases() if mark.match(name)]


NewDatabase = Callable[..., str]
RunCli = Callable[..., CliResult]
Dump = Callable[[str], str]
WriteFile = Callable[[str, str], Path]


@pytest.fixture
def new_db(schemadiff_server: SchemaDiffServer) -> Iterator[NewDatabase]:
    """``new_db(sql="")``: a fresh database on the run's server holding ``sql``; its URL."""
    made: list[str] = []

    def make(sql: str = "") -> str:
        name = f"schemadiff_deploytest_{uuid.uuid4().hex[:12]}"
        url = schemadiff_server.create_database(name)
        made.append(name)
        if sql:
            execute(url, sql)
        return url

    yield make
    for name in made:
        schemadiff_server.drop_database(name)


@pytest.fixture
def cli(schemadiff_server: SchemaDiffServer) -> RunCli:
    """``cli(*argv)``: run ``schemadiff`` in-process (target files load on the run's server
    through ``--server``, as URL's own server is the run's anyway); code, stdout, stderr."""

    def run(*argv: str, server: bool = True) -> CliResult:
        stdout, stderr = io.StringIO(), io.StringIO()
        args = [*argv, "--server", schemadiff_server.url] if server else list(argv)
        code = main(args, stdout, stderr)
        assert "Traceback" not in stderr.getvalue()
        return CliResult(code, stdout.getvalue(), stderr.getvalue())

    return run


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
