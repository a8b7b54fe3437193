"""Helpers for the plugin tests: inner pytest projects that use ``db`` on the outer server.

Every inner run gets ``--schemadiff-url <outer server>``, so it starts no cluster of its own.
Each inner project lives in its own pytester directory, which is its rootdir and so its
template "project": its templates are dropped when the test ends, since no later run can
reuse them.
"""

from __future__ import annotations

import hashlib
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pytest_schemadiff.connection import connect
from pytest_schemadiff.server import SchemaDiffServer

# A production dump with rows in one table, an empty table with a serial, and a sequence.
DUMP = """\
CREATE TABLE public.customer (
    id serial PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE public.orders (
    id serial PRIMARY KEY,
    customer_id integer REFERENCES public.customer (id),
    total numeric
);
CREATE SEQUENCE public.invoice_no START 100;
INSERT INTO public.customer (name) VALUES ('ada'), ('grace');
"""
PENDING = "ALTER TABLE public.customer ADD COLUMN email text;\n"

# Build progress held back (its own tests ask for it): -v output stays one line per test
# however slow the machine is.
INI = "[pytest]\naddopts = -p no:cacheprovider\nschemadiff_progress_after = 600\n"


def project_hashes(path: Path) -> set[str]:
    """The plugin's template "project" of an inner run whose rootdir is ``path``."""
    return {hashlib.sha256(str(p).encode()).hexdigest()[:8] for p in {path, Path(path).resolve()}}


def templates_of(server: SchemaDiffServer, path: Path) -> list[str]:
    """The template databases of the inner project rooted at ``path``."""
    prefixes = tuple(f"schemadiff_tpl_{h}_" for h in project_hashes(path))
    return [name for name in server.list_databases() if name.startswith(prefixes)]


def database_oids(server: SchemaDiffServer, names: list[str]) -> dict[str, int]:
    with connect(server.url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute("SELECT datname, oid FROM pg_database WHERE datname = ANY(%s)", (names,))
        return dict(cur.fetchall())


def run_databases(server: SchemaDiffServer, run_id: str) -> list[str]:
    """Databases of the run ``run_id`` still on the server."""
    return [n for n in server.list_databases() if n.startswith(f"schemadiff_run_{run_id}_")]


@dataclass
class Inner:
    """An inner project: files under ``path`` and runs pointed at the outer server."""

    pytester: pytest.Pytester
    server: SchemaDiffServer

    @property
    def path(self) -> Path:
        return self.pytester.path

    @property
    def url_args(self) -> list[str]:
        return ["--schemadiff-url", self.server.url]

    def migrations(self, dump: str | None = DUMP, pending: str | None = PENDING) -> None:
        """Write MIGRATIONS/production.dump.sql and MIGRATIONS/pending.sql (None: absent)."""
        folder = self.path / "MIGRATIONS"
        folder.mkdir(exist_ok=True)
        for name, text in (("production.dump.sql", dump), ("pending.sql", pending)):
            file = folder / name
            if text is None:
                file.unlink(missing_ok=True)
            else:
                file.write_text(text)

    def run(self, *args: str) -> pytest.RunResult:
        return self.pytester.runpytest_inprocess(*self.url_args, *args)

    def run_subprocess(self, *args: str) -> pytest.RunResult:
        return self.pytester.runpytest_subprocess(*self.url_args, *args)

    def templates(self) -> list[str]:
        return templates_of(self.server, self.path)

    def pg_dump(self, source_url: str, *args: str) -> bytes:
        """Output of the server's own ``pg_dump`` of ``source_url``."""
        result = subprocess.run(
            [str(self.server.bin_dir / "pg_dump"), *args, "-d", source_url],
            capture_output=True,
            check=True,
        )
        return result.stdout


@pytest.fixture
def inner(pytester: pytest.Pytester, schemadiff_server: SchemaDiffServer) -> Iterator[Inner]:
    pytester.makeini(INI)
    project = Inner(pytester, schemadiff_server)
    yield project
    for name in project.templates():
        schemadiff_server.drop_database(name)
