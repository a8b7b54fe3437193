"""Fixtures for the CLI and Migration tests: databases on the run's server, an in-process CLI.

The CLI always gets ``--server`` (the run's ``schemadiff_server``), so it makes its scratch
databases there instead of starting a cluster of its own.
"""

from __future__ import annotations

import io
import os
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from pytest_schemadiff.cli import SCRATCH_MARK, main
from pytest_schemadiff.connection import open_connection
from pytest_schemadiff.server import SchemaDiffServer

NewDatabase = Callable[..., str]


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


RunCli = Callable[..., CliResult]


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


def scratch_databases(server: SchemaDiffServer, pid: int | None = None) -> list[str]:
    """The CLI's scratch databases on ``server`` (made by process ``pid``, default: this one,
    so that other xdist workers' runs do not count)."""
    mark = re.compile(
        rf"^schemadiff_run_[0-9a-f]{{8}}{SCRATCH_MARK}{os.getpid() if pid is None else pid}_"
    )
    return [name for name in server.list_databases() if mark.match(name)]


@pytest.fixture
def new_db(schemadiff_server: SchemaDiffServer) -> Iterator[NewDatabase]:
    """``new_db(sql="")``: a fresh database on the run's server holding ``sql``; its URL."""
    made: list[str] = []

    def make(sql: str = "") -> str:
        name = f"schemadiff_clitest_{uuid.uuid4().hex[:12]}"
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
    """``cli(*argv, server=True)``: run ``schemadiff`` in-process; code, stdout, stderr."""

    def run(*argv: str, server: bool = True) -> CliResult:
        stdout, stderr = io.StringIO(), io.StringIO()
        args = [*argv, "--server", schemadiff_server.url] if server else list(argv)
        code = main(args, stdout, stderr)
        assert "Traceback" not in stderr.getvalue()
        return CliResult(code, stdout.getvalue(), stderr.getvalue())

    return run


@pytest.fixture(autouse=True)
def _no_scratch_left(schemadiff_server: SchemaDiffServer) -> Iterator[None]:
    """Every test leaves no CLI scratch database behind (also after errors)."""
    yield
    assert scratch_databases(schemadiff_server) == []
