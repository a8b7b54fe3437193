"""A login role with a password on the server under test, which the server really checks.

Shared by the foundation and loading tests. The private cluster checks every password
(``scram-sha-256`` on every pg_hba.conf line); an existing server is asked as it is
(``enforced`` says whether it checks).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg2
import pytest
from psycopg2 import sql

from pytest_schemadiff.connection import connect
from pytest_schemadiff.server import SchemaDiffServer

# Roles are server-wide and runs of this suite may share a server: names unique per run.
_RUN = secrets.token_hex(4)
PASSWORD_ROLE = f"schemadiff_pwcheck_{_RUN}"
PASSWORD = "pw-check-Secret-7"


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


@pytest.fixture(scope="session")
def password_role(schemadiff_server: SchemaDiffServer) -> Iterator[PasswordRole]:
    """A CREATEDB role with a password, which the server under test checks if it can."""
    create_role(schemadiff_server, PASSWORD_ROLE, PASSWORD, createdb=True)
    url = role_url(schemadiff_server, PASSWORD_ROLE, PASSWORD)
    wrong = url.replace(PASSWORD, "not-the-password")
    try:
        yield PasswordRole(url=url, wrong_url=wrong, enforced=_rejects(wrong))
    finally:
        drop_role(schemadiff_server, PASSWORD_ROLE)
