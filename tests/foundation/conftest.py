"""Helpers for the foundation tests: inner pytest runs on the private cluster or the outer server.

Tests that need some server use the outer ``schemadiff_server`` (inner pytester runs get it
through ``--schemadiff-url``). Tests about the private cluster itself run an inner pytest
that is forced into private mode: no URL anywhere, the outer ``--schemadiff-pg`` passed on.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
import shutil
import signal
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg2
import pytest
from psycopg2 import sql

from pytest_schemadiff.connect import connect
from pytest_schemadiff.server import SchemaDiffServer, default_cache_dir

# Read before pytester points HOME at a temporary directory: inner private runs share the
# real cache, so they reuse its initdb instead of paying for a fresh one each time.
SHARED_CACHE_DIR = default_cache_dir()

# Roles are server-wide and runs of this suite may share a server: names unique per run.
_RUN = secrets.token_hex(4)
PASSWORD_ROLE = f"schemadiff_pwcheck_{_RUN}"
PASSWORD = "pw-check-Secret-7"
NOCREATEDB_ROLE = f"schemadiff_nocreatedb_{_RUN}"
NOCREATEDB_PASSWORD = "nocreatedb-Secret-9"
_HBA_MARK = "# pytest-schemadiff foundation tests"
_HBA_LINE = f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256  {_HBA_MARK}\n"


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


@dataclass(frozen=True)
class PasswordRole:
    url: str  # right password
    wrong_url: str  # same role, wrong password
    enforced: bool  # whether the server checks passwords for this role at all


def _role_url(server: SchemaDiffServer, role: str, password: str) -> str:
    with connect(server.url) as conn:
        params = conn.get_dsn_parameters()
    return f"postgresql://{role}:{password}@{params['host']}:{params['port']}/postgres"


def _rejects(url: str) -> bool:
    try:
        psycopg2.connect(url, connect_timeout=5).close()
    except psycopg2.OperationalError:
        return True
    return False


def _create_role(server: SchemaDiffServer, role: str, password: str, createdb: bool) -> None:
    with connect(server.url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
        cur.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} " + ("CREATEDB" if createdb else "")).format(
                sql.Identifier(role), sql.Literal(password)
            )
        )


def _drop_role(server: SchemaDiffServer, role: str) -> None:
    with connect(server.url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def _set_hba_line(server: SchemaDiffServer, present: bool) -> None:
    """On our own private cluster (trust auth), make the password role check passwords."""
    assert server.data_dir is not None
    with connect(server.url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute("SELECT rolname FROM pg_roles")
        roles = {row[0] for row in cur.fetchall()}
        # xdist workers of one run share the cluster: lock, and keep their lines. Lines whose
        # role is gone were left by killed runs.
        with open(server.data_dir / "pg_hba.conf", "r+") as hba:
            fcntl.flock(hba, fcntl.LOCK_EX)
            kept = [
                line
                for line in hba.read().splitlines(keepends=True)
                if _HBA_MARK not in line or (line != _HBA_LINE and line.split()[2] in roles)
            ]
            hba.seek(0)
            hba.truncate()
            hba.write("".join(([_HBA_LINE] if present else []) + kept))
        cur.execute("SELECT pg_reload_conf()")


@pytest.fixture(scope="session")
def password_role(schemadiff_server: SchemaDiffServer) -> Iterator[PasswordRole]:
    """A CREATEDB role with a password, which the server under test checks if it can."""
    _create_role(schemadiff_server, PASSWORD_ROLE, PASSWORD, createdb=True)
    url = _role_url(schemadiff_server, PASSWORD_ROLE, PASSWORD)
    wrong = url.replace(PASSWORD, "not-the-password")
    private = schemadiff_server.mode == "private"
    try:
        if private:
            _set_hba_line(schemadiff_server, present=True)
        deadline = time.monotonic() + 5  # the postmaster reloads pg_hba.conf asynchronously
        while not _rejects(wrong) and time.monotonic() < deadline:
            time.sleep(0.05)
        yield PasswordRole(url=url, wrong_url=wrong, enforced=_rejects(wrong))
    finally:
        if private:
            _set_hba_line(schemadiff_server, present=False)
        _drop_role(schemadiff_server, PASSWORD_ROLE)


@pytest.fixture(scope="session")
def nocreatedb_url(schemadiff_server: SchemaDiffServer) -> Iterator[str]:
    """URL of a role that may log in but not create databases."""
    _create_role(schemadiff_server, NOCREATEDB_ROLE, NOCREATEDB_PASSWORD, createdb=False)
    try:
        yield _role_url(schemadiff_server, NOCREATEDB_ROLE, NOCREATEDB_PASSWORD)
    finally:
        _drop_role(schemadiff_server, NOCREATEDB_ROLE)


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
