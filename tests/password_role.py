"""A login role with a password on the server under test, which the server really checks.

Shared by the foundation and loading tests. On the private cluster (trust authentication)
a pg_hba.conf line makes the server check this role's password; an existing server is
asked as it is (``enforced`` says whether it checks).
"""

from __future__ import annotations

import fcntl
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg2
import pytest
from psycopg2 import sql

from pytest_schemadiff.connect import connect
from pytest_schemadiff.server import SchemaDiffServer

# Roles are server-wide and runs of this suite may share a server: names unique per run.
_RUN = secrets.token_hex(4)
PASSWORD_ROLE = f"schemadiff_pwcheck_{_RUN}"
PASSWORD = "pw-check-Secret-7"
_HBA_MARK = "# pytest-schemadiff foundation tests"
_HBA_LINE = f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256  {_HBA_MARK}\n"


@dataclass(frozen=True)
class PasswordRole:
    url: str  # right password
    wrong_url: str  # same role, wrong password
    enforced: bool  # whether the server checks passwords for this role at all


def role_url(server: SchemaDiffServer, role: str, password: str) -> str:
    with connect(server.url) as conn:
        params = conn.get_dsn_parameters()
    return f"postgresql://{role}:{password}@{params['host']}:{params['port']}/postgres"


def _rejects(url: str) -> bool:
    try:
        psycopg2.connect(url, connect_timeout=5).close()
    except psycopg2.OperationalError:
        return True
    return False


def create_role(server: SchemaDiffServer, role: str, password: str, createdb: bool) -> None:
    with connect(server.url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
        cur.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} " + ("CREATEDB" if createdb else "")).format(
                sql.Identifier(role), sql.Literal(password)
            )
        )


def drop_role(server: SchemaDiffServer, role: str) -> None:
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
    create_role(schemadiff_server, PASSWORD_ROLE, PASSWORD, createdb=True)
    url = role_url(schemadiff_server, PASSWORD_ROLE, PASSWORD)
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
        drop_role(schemadiff_server, PASSWORD_ROLE)
