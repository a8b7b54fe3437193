"""Options, ini keys and their precedence."""

from __future__ import annotations

import pytest

from pytest_schemadiff.server import SchemaDiffServer

from .conftest import PasswordRole


def test_help_shows_options_and_ini_keys(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--help")
    assert result.ret == 0
    result.stdout.fnmatch_lines(
        [
            "schema migration testing (pytest-schemadiff):",
            "  --schemadiff-url=URL*",
            "  --schemadiff-pg=MAJOR*",
        ]
    )
    result.stdout.fnmatch_lines(["  schemadiff_url (string):*", "  schemadiff_pg (string):*"])


def _server_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_server(schemadiff_server):
            assert schemadiff_server.mode == "existing"
        """
    )


def test_option_beats_environment(
    pytester: pytest.Pytester, outer_args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCHEMADIFF_URL", "postgresql://nobody:x@127.0.0.1:1/postgres")
    _server_test(pytester)
    result = pytester.runpytest(*outer_args)
    result.stdout.fnmatch_lines(["schemadiff: existing server * (from --schemadiff-url), *"])
    result.assert_outcomes(passed=1)


def test_environment_beats_ini(
    pytester: pytest.Pytester, schemadiff_server: SchemaDiffServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCHEMADIFF_URL", schemadiff_server.url)
    pytester.makeini("[pytest]\nschemadiff_url = postgresql://nobody:x@127.0.0.1:1/postgres\n")
    _server_test(pytester)
    result = pytester.runpytest()
    result.stdout.fnmatch_lines(["schemadiff: existing server * (from $SCHEMADIFF_URL), *"])
    result.assert_outcomes(passed=1)


def test_ini_url_is_used(
    pytester: pytest.Pytester, schemadiff_server: SchemaDiffServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SCHEMADIFF_URL", raising=False)
    pytester.makeini(f"[pytest]\nschemadiff_url = {schemadiff_server.url}\n")
    _server_test(pytester)
    result = pytester.runpytest()
    result.stdout.fnmatch_lines(["schemadiff: existing server * (from ini schemadiff_url), *"])
    result.assert_outcomes(passed=1)


def test_ini_pg_is_read(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """The ini key reaches the private cluster's choice of major (16: none installed)."""
    monkeypatch.delenv("SCHEMADIFF_URL", raising=False)
    monkeypatch.delenv("SCHEMADIFF_PG", raising=False)
    pytester.makeini("[pytest]\nschemadiff_pg = 16\n")
    result = pytester.runpytest()
    result.stdout.fnmatch_lines(["schemadiff: private PostgreSQL 16 cluster: no PostgreSQL 16*"])


def test_bad_major_is_one_line_usage_error(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SCHEMADIFF_URL", raising=False)
    result = pytester.runpytest_subprocess("--schemadiff-pg", "seventeen")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert [line for line in result.stderr.lines if line] == [
        "ERROR: pytest-schemadiff: --schemadiff-pg: expected a PostgreSQL major version such "
        "as 17, got 'seventeen'"
    ]


def test_password_role_fixture_sanity(
    password_role: PasswordRole, schemadiff_server: SchemaDiffServer
) -> None:
    """The other tests' password checks mean something only if the server checks passwords.

    Our private cluster is made to (pg_hba.conf); an existing server may trust everyone.
    """
    if schemadiff_server.mode != "private" and not password_role.enforced:
        pytest.skip("this existing server does not check passwords")
    assert password_role.enforced
