"""Helpers for the foundation tests: inner pytest runs on the private cluster or the outer server.

Tests that need some server use the outer ``schemadiff_server`` (inner pytester runs get it
through ``--schemadiff-url``). Tests about the private cluster itself run an inner pytest
that is forced into private mode: no URL anywhere, the outer ``--schemadiff-pg`` passed on.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from password_role import (  # noqa: F401 - PASSWORD* re-exported to the tests
    PASSWORD,
    PASSWORD_ROLE,
    PasswordRole,
    create_role,
    drop_role,
    role_url,
)

from pytest_schemadiff.server import SchemaDiffServer, default_cache_dir

# Read before pytester points HOME at a temporary directory: inner private runs share the
# real cache, so they reuse its initdb instead of paying for a fresh one each time.
SHARED_CACHE_DIR = default_cache_dir()

# Roles are server-wide and runs of this suite may share a server: names unique per run.
_RUN = secrets.token_hex(4)
NOCREATEDB_ROLE = f"schemadiff_nocreatedb_{_RUN}"
NOCREATEDB_PASSWORD = "nocreatedb-Secret-9"


@pytest.fixture
def private_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Environment of an inner run that must use the private cluster of the shared cache."""
    monkeypatch.delenv("SCHEMADIFF_URL", raising=False)
    monkeypatch.setenv("SCHEMADIFF_CACHE_DIR", str(SHARED_CACHE_DIR))


@pytest.fixture
def private_args(request: pytest.FixtureRequest) -> list[str]:
    """Arguments that give an inner private run the major the outer run asked for."""
    major = request.config.getoption("schemadiff_pg")
    return ["--schemadiff-pg", str(major)] if major else []


@pytest.fixture
def expected_private_major(request: pytest.FixtureRequest) -> int:
    return int(request.config.getoption("schemadiff_pg") or os.environ.get("SCHEMADIFF_PG") or 17)


@pytest.fixture
def outer_args(schemadiff_server: SchemaDiffServer) -> list[str]:
    """Arguments that point an inner run at the outer run's server (no cluster start)."""
    return ["--schemadiff-url", schemadiff_server.url]


def postmasters_under(directory: Path) -> list[int]:
    """Pids of running postmasters whose data directory lies under ``directory``."""
    found: dict[int, int] = {}  # pid -> parent pid
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            argv = (proc / "cmdline").read_bytes().split(b"\0")
            status = (proc / "status").read_text()
        except OSError:
            continue
        if not argv[0].endswith(b"/postgres") or b"-D" not in argv:
            continue
        if Path(argv[argv.index(b"-D") + 1].decode()).is_relative_to(directory):
            ppid = next(line.split()[1] for line in status.splitlines() if line.startswith("PPid:"))
            found[int(proc.name)] = int(ppid)
    # A backend just forked still shows its postmaster's command line: keep only parents.
    return sorted(pid for pid, ppid in found.items() if ppid not in found)


def postmasters_left(directory: Path, wait: float = 5) -> list[int]:
    """Postmasters still running under ``directory`` after ``wait`` seconds for them to exit.

    ``pg_ctl stop -w`` returns once postmaster.pid is gone, a moment before the process.
    """
    deadline = time.monotonic() + wait
    while (left := postmasters_under(directory)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


@pytest.fixture
def isolated_cache() -> Iterator[Path]:
    """A cache directory of its own; any server an inner run left in it is ended afterwards.

    Directly under /tmp, not in tmp_path: as root the server runs as ``nobody``, and every
    pytest run resets /tmp/pytest-of-root to mode 0700.
    """
    cache = Path(tempfile.mkdtemp(prefix="schemadiff-cache-", dir="/tmp"))
    cache.chmod(0o755)
    try:
        yield cache
    finally:
        for pid in postmasters_under(cache):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGQUIT)  # immediate shutdown of a server our run left
        postmasters_left(cache)
        shutil.rmtree(cache, ignore_errors=True)


@pytest.fixture(scope="session")
def nocreatedb_url(schemadiff_server: SchemaDiffServer) -> Iterator[str]:
    """URL of a role that may log in but not create databases."""
    create_role(schemadiff_server, NOCREATEDB_ROLE, NOCREATEDB_PASSWORD, createdb=False)
    try:
        yield role_url(schemadiff_server, NOCREATEDB_ROLE, NOCREATEDB_PASSWORD)
    finally:
        drop_role(schemadiff_server, NOCREATEDB_ROLE)


@pytest.fixture(scope="module")
def scratch_db(schemadiff_server: SchemaDiffServer) -> Iterator[str]:
    """URL of a prefixed database on the outer server for one module, dropped afterwards.

    Per module, not per test: creating and dropping databases is slow on a server with fsync.
    """
    name = f"schemadiff_foundation_{_RUN}"
    schemadiff_server.drop_database(name)
    url = schemadiff_server.create_database(name)
    yield url
    schemadiff_server.drop_database(name)
