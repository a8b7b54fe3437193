"""A run that needs no database pays almost nothing for the plugin: loading it imports
neither the driver nor the engine, the templates or the clones (measured by
bench/bench_startup.py: within the noise of ``-p no:schemadiff``)."""

from __future__ import annotations

import pytest

from pytest_schemadiff.server import SchemaDiffServer

RECORD_LOADED = """
import sys

HEAVY = ("psycopg2", "sqlalchemy", "pglast", "pytest_schemadiff.engine",
         "pytest_schemadiff.plugin.workspace", "pytest_schemadiff.plugin.templates",
         "pytest_schemadiff.loading", "pytest_schemadiff.connection")

def pytest_unconfigure(config):
    loaded = sorted(m for m in sys.modules if m.startswith(HEAVY))
    with open("loaded.txt", "w") as out:
        out.write("\\n".join(loaded))
"""


def test_a_run_without_db_imports_nothing_heavy(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SCHEMADIFF_URL", raising=False)
    pytester.makeconftest(RECORD_LOADED)
    pytester.makepyfile(test_plain="def test_one():\n    assert 1\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    assert (pytester.path / "loaded.txt").read_text() == ""


def test_a_run_with_db_does_import_them(
    pytester: pytest.Pytester, schemadiff_server: SchemaDiffServer
) -> None:
    """The record above can see what a run loads: the same run with a db test loads the
    driver and the workspace."""
    pytester.makeconftest(RECORD_LOADED)
    pytester.makepyfile(test_db="def test_one(db):\n    assert db.state == 'post'\n")
    result = pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "--schemadiff-url", schemadiff_server.url
    )
    result.assert_outcomes(passed=1)
    loaded = (pytester.path / "loaded.txt").read_text().split()
    assert "psycopg2" in loaded and "pytest_schemadiff.plugin.workspace" in loaded
