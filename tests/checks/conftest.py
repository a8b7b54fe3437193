"""Helpers for the built-in check and ``assert_schema_matches`` tests.

Inner pytest projects run against the outer run's server (``--schemadiff-url``), so they
start no cluster; their templates are dropped when the test ends.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pytest_schemadiff.connection import connect
from pytest_schemadiff.server import SchemaDiffServer

# The production schema: what the dump holds.
DUMP = """\
CREATE TABLE public.item (
    id integer PRIMARY KEY,
    name text NOT NULL
);
INSERT INTO public.item VALUES (1, 'pen');
"""
# A correct migration and the schema it must produce.
PENDING = """\
ALTER TABLE public.item ADD COLUMN price numeric;
CREATE INDEX item_name_idx ON public.item (name);
"""
TARGET = """\
CREATE TABLE public.item (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric
);
CREATE INDEX item_name_idx ON public.item (name);
"""

# Build progress held back (its own tests ask for it): -v output stays one line per test
# however slow the machine is.
INI = "[pytest]\naddopts = -p no:cacheprovider\nschemadiff_progress_after = 600\n"

# No plugin internals in a failure shown to the user.
PLUGIN_FRAMES = ["*Traceback*", "*pytest_schemadiff/*", "*During handling*"]

_names = itertools.count()


def no_plugin_frames(result: pytest.RunResult) -> None:
    for pattern in PLUGIN_FRAMES:
        result.stdout.no_fnmatch_line(pattern)


@dataclass
class Inner:
    """An inner project under ``pytester.path`` whose runs use the outer server."""

    pytester: pytest.Pytester
    server: SchemaDiffServer

    @property
    def path(self) -> Path:
        return self.pytester.path

    def project(
        self,
        *,
        dump: str | None = DUMP,
        pending: str | None = PENDING,
        target: str | None = TARGET,
    ) -> None:
        """MIGRATIONS/production.dump.sql, MIGRATIONS/pending.sql and target.sql
        (found through the ini key ``schemadiff_target``); None leaves one out."""
        folder = self.path / "MIGRATIONS"
        folder.mkdir(exist_ok=True)
        for file, text in (
            (folder / "production.dump.sql", dump),
            (folder / "pending.sql", pending),
            (self.path / "target.sql", target),
        ):
            if text is None:
                file.unlink(missing_ok=True)
            else:
                file.write_text(text)
        ini = INI + ("schemadiff_target = target.sql\n" if target is not None else "")
        self.pytester.makeini(ini)

    def run(self, *args: str) -> pytest.RunResult:
        return self.pytester.runpytest_inprocess("--schemadiff-url", self.server.url, *args)

    def templates(self) -> list[str]:
        hashes = {
            hashlib.sha256(str(p).encode()).hexdigest()[:8]
            for p in {self.path, self.path.resolve()}
        }
        prefixes = tuple(f"schemadiff_tpl_{h}_" for h in hashes)
        return [n for n in self.server.list_databases() if n.startswith(prefixes)]


@pytest.fixture
def inner(pytester: pytest.Pytester, schemadiff_server: SchemaDiffServer) -> Iterator[Inner]:
    pytester.makeini(INI)
    project = Inner(pytester, schemadiff_server)
    yield project
    for name in project.templates():
        schemadiff_server.drop_database(name)


MakeDatabase = Callable[[str], str]


@pytest.fixture
def make_database(schemadiff_server: SchemaDiffServer) -> Iterator[MakeDatabase]:
    """Create a database on the outer server holding the given SQL; dropped afterwards."""
    made: list[str] = []

    def make(sql: str) -> str:
        name = f"schemadiff_checks_{os.getpid()}_{next(_names)}"
        schemadiff_server.drop_database(name)
        url = schemadiff_server.create_database(name)
        made.append(name)
        if sql.strip():
            with connect(url, autocommit=True) as conn, conn.cursor() as cur:
                cur.execute(sql)
        return url

    yield make
    for name in made:
        schemadiff_server.drop_database(name)
