"""The package's public API: a curated ``__all__`` that imports cleanly."""

from __future__ import annotations

import subprocess
import sys

import pytest_schemadiff


def test_all_names_resolve() -> None:
    assert sorted(pytest_schemadiff.__all__) == pytest_schemadiff.__all__
    for name in pytest_schemadiff.__all__:
        assert getattr(pytest_schemadiff, name) is not None, name
    assert (
        pytest_schemadiff.assert_schema_matches.__module__ == "pytest_schemadiff.plugin.assertions"
    )
    for name in ("ConfigError", "ConnectError", "LoadError", "UnsafeMigrationException"):
        assert issubclass(getattr(pytest_schemadiff, name), pytest_schemadiff.SchemaDiffError)


def test_star_import_and_lazy_assertions() -> None:
    code = (
        "import sys\n"
        "from pytest_schemadiff import *\n"
        "print(Migration.__name__, diff_schemas.__name__, assert_schema_matches.__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["Migration", "diff_schemas", "assert_schema_matches"]


def test_the_command_does_not_load_the_pytest_side() -> None:
    code = (
        "import sys, pytest_schemadiff.cli, pytest_schemadiff\n"
        "print('pytest_schemadiff.plugin.assertions' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
