"""Connection problems: one clear line naming the problem, password masked."""

from __future__ import annotations

import importlib
import socket
import time
from collections.abc import Iterator

import pytest

from pytest_schemadiff.connection import open_connection
from pytest_schemadiff.errors import ConnectError
from pytest_schemadiff.server import SchemaDiffServer

from .conftest import NOCREATEDB_PASSWORD, NOCREATEDB_ROLE, PASSWORD, PASSWORD_ROLE, PasswordRole

SECRET = "unreach-Secret-3"


def _run_with_url(pytester: pytest.Pytester, url: str) -> pytest.RunResult:
    """A run whose server cannot be had: the test that needs it errors with one line (shown
    by the caller's pattern), the other passes."""
    pytester.makepyfile("def test_never(schemadiff_server): pass\ndef test_plain(): pass")
    result = pytester.runpytest("--schemadiff-url", url)
    result.assert_outcomes(passed=1, errors=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    assert "Traceback" not in result.stdout.str() + result.stderr.str()
    return result


@pytest.mark.parametrize(
    ("host_port", "reason"),
    [
        ("127.0.0.1:1", "server unreachable (*Connection refused*"),
        ("no-such-host.invalid:5432", "server unreachable (could not translate host name*"),
    ],
)
def test_unreachable_host(pytester: pytest.Pytester, host_port: str, reason: str) -> None:
    url = f"postgresql://someone:{SECRET}@{host_port}/postgres"
    result = _run_with_url(pytester, url)
    host, port = host_port.split(":")
    result.stdout.fnmatch_lines(
        [
            "pytest-schemadiff: cannot connect to database 'postgres' on "
            f"{host}:{port} as 'someone': {reason}"
        ]
    )
    assert SECRET not in result.stdout.str() + result.stderr.str()


def test_wrong_password(pytester: pytest.Pytester, password_role: PasswordRole) -> None:
    if not password_role.enforced:
        pytest.skip("this server does not check passwords")
    result = _run_with_url(pytester, password_role.wrong_url)
    result.stdout.fnmatch_lines(
        [
            "pytest-schemadiff: cannot connect to database 'postgres' on *:* as "
            f"'{PASSWORD_ROLE}': login failed (wrong user or password)"
        ]
    )
    assert "not-the-password" not in result.stdout.str() + result.stderr.str()
    assert PASSWORD not in result.stdout.str() + result.stderr.str()


def test_role_without_createdb(pytester: pytest.Pytester, nocreatedb_url: str) -> None:
    result = _run_with_url(pytester, nocreatedb_url)
    result.stdout.fnmatch_lines(
        [
            f"pytest-schemadiff: role '{NOCREATEDB_ROLE}' on database 'postgres' on "
            f"*:* as '{NOCREATEDB_ROLE}' (--schemadiff-url) cannot create databases: "
            f"ALTER ROLE {NOCREATEDB_ROLE} CREATEDB, or use another role"
        ]
    )
    assert NOCREATEDB_PASSWORD not in result.stdout.str() + result.stderr.str()


def test_missing_database(schemadiff_server: SchemaDiffServer) -> None:
    url = schemadiff_server.database_url("schemadiff_does_not_exist")
    with pytest.raises(ConnectError, match=r"the database does not exist$"):
        open_connection(url)


def test_connect_error_masks_password() -> None:
    with pytest.raises(ConnectError) as info:
        open_connection(f"postgresql://someone:{SECRET}@127.0.0.1:1/postgres")
    assert SECRET not in str(info.value)
    assert "\n" not in str(info.value)
    assert "server unreachable" in str(info.value)


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts TCP connections and never answers, like a stuck proxy."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield sock.getsockname()[1]


def test_silent_server_times_out(silent_port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """libpq waits forever by default; we give up after CONNECT_TIMEOUT seconds."""
    # The package's ``connect`` function hides the module of the same name from attribute access.
    connect_module = importlib.import_module("pytest_schemadiff.connection")
    monkeypatch.setattr(connect_module, "CONNECT_TIMEOUT", 2)  # libpq's minimum
    monkeypatch.delenv("PGCONNECT_TIMEOUT", raising=False)
    started = time.monotonic()
    with pytest.raises(ConnectError, match=r"server unreachable \(.*timeout expired\)$") as info:
        open_connection(f"postgresql://someone:{SECRET}@127.0.0.1:{silent_port}/postgres")
    assert time.monotonic() - started < 8
    assert SECRET not in str(info.value)
