"""Passwords never appear: not in failures, their locals, captured output or junit files.

An inner run points ``--schemadiff-url`` at the server under test with a URL that holds a
real, checked password, and fails in every way that used to print it.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from password_role import PASSWORD_ROLE, PasswordRole

from pytest_schemadiff.connection import connect
from pytest_schemadiff.server import SchemaDiffServer

INNER_TESTS = """
import re

import psycopg2
from pytest_schemadiff import assert_schema_matches

URL = {url!r}

def test_db_compared_to_text(db):
    assert db == "postgresql://elsewhere/db"

def test_db_contains(db):
    assert "nothing-like-this" in db

def test_db_printed_then_failed(db):
    print("the database:", db, db.sqlalchemy_url)
    assert False

def test_db_printed_and_passed(db):
    print("the database:", db)
    # Comparisons still see the real URL: masking is for people, not for code.
    assert db == db.url and str(db) == db.url
    with db.connect() as conn:
        assert conn.closed == 0

def test_cannot_connect():
    assert_schema_matches(URL.rsplit("/", 1)[0] + "/no_such_database", URL)

def test_url_in_an_error_of_the_test_itself():
    # The same URL, on a port where nobody listens.
    psycopg2.connect(re.sub(r":[0-9]+/", ":1/", URL), connect_timeout=2)
"""


@pytest.fixture
def inner_role_databases(
    schemadiff_server: SchemaDiffServer, password_role: PasswordRole
) -> Iterator[None]:
    """Drops the databases the inner run made as the password role (templates, spares), so
    that the role can be dropped after the run."""
    yield
    with connect(schemadiff_server.url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT datname FROM pg_database WHERE datdba = "
            "(SELECT oid FROM pg_roles WHERE rolname = %s)",
            (PASSWORD_ROLE,),
        )
        names = [row[0] for row in cur.fetchall()]
    for name in names:
        schemadiff_server.drop_database(name)


@pytest.mark.usefixtures("inner_role_databases")
def test_password_absent_from_every_output(
    pytester: pytest.Pytester, password_role: PasswordRole, tmp_path: Path
) -> None:
    password = password_role.url.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    assert password in password_role.url
    pytester.makepyfile(test_leaks=INNER_TESTS.format(url=password_role.url))
    junit = tmp_path / "junit.xml"
    result = pytester.runpytest_subprocess(
        "-p",
        "no:cacheprovider",
        "--schemadiff-url",
        password_role.url,
        "-l",
        "-rA",
        "--tb=long",
        "--showlocals",
        f"--junitxml={junit}",
    )
    output = result.stdout.str() + result.stderr.str()
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed") == 1, output
    assert outcomes.get("failed") == 5, output
    assert "test_db_printed_and_passed" in output  # -rA shows its captured output
    assert "the database:" in output
    assert password not in output
    assert password not in junit.read_text()
    assert "***" in output


def test_a_password_libpq_cannot_decode_is_masked_too(
    pytester: pytest.Pytester, tmp_path: Path
) -> None:
    """Found by review: an unencoded ``%`` in a password makes libpq quote the password
    alone in its error (``invalid percent-encoded token: "Top%Secret1"``), in pytest's output,
    junit files and the command's error."""
    url = "postgresql://someone:Top%Secret1@127.0.0.1:1/postgres"
    pytester.makepyfile(test_one="def test_one(db):\n    pass\n")
    junit = tmp_path / "junit.xml"
    result = pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "--schemadiff-url", url, "-rA", f"--junitxml={junit}"
    )
    output = result.stdout.str() + result.stderr.str()
    result.assert_outcomes(errors=1)
    assert "percent-encoded" in output  # the failure is there, and says why
    assert "Secret1" not in output and "Secret1" not in junit.read_text()
    cli = subprocess.run(
        [sys.executable, "-m", "pytest_schemadiff", url, "EMPTY"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert cli.returncode == 1
    assert "percent-encoded" in cli.stderr and "Secret1" not in cli.stderr
