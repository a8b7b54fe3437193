"""``db`` runs each test on the pre- and the post-migration database; the db_state marker."""

from __future__ import annotations

import pytest

from .conftest import Inner

TESTS = """
import pytest


def test_x(db):
    pass


@pytest.mark.db_state("pre")
def test_only_pre(db):
    assert db.state == "pre"


@pytest.mark.db_state(state="post")
def test_only_post(db):
    assert db.state == "post"


def test_without_db():
    pass
"""


def test_pre_and_post_ids_with_a_pending_migration(inner: Inner) -> None:
    inner.migrations()
    inner.pytester.makepyfile(test_states=TESTS)
    result = inner.run("-v", "--strict-markers", "-k", "not schemadiff_")
    result.stdout.fnmatch_lines(
        [
            "*::test_x[[]pre[]] PASSED*",
            "*::test_x[[]post[]] PASSED*",
            "*::test_only_pre[[]pre[]] PASSED*",
            "*::test_only_post[[]post[]] PASSED*",
            "*::test_without_db PASSED*",
        ]
    )
    result.assert_outcomes(passed=5)
    result.stdout.no_fnmatch_line("*test_only_pre[[]post[]]*")
    result.stdout.no_fnmatch_line("*test_only_post[[]pre[]]*")


@pytest.mark.parametrize(
    "pending",
    [None, "", "  \n-- nothing to do yet\n\n   -- really nothing\n"],
    ids=["missing", "empty", "only-comments"],
)
def test_only_post_without_a_pending_migration(inner: Inner, pending: str | None) -> None:
    inner.migrations(pending=pending)
    inner.pytester.makepyfile(test_states=TESTS)
    result = inner.run("-v", "-rs", "--strict-markers", "-k", "not schemadiff_")
    result.stdout.fnmatch_lines(
        [
            "*::test_x[[]post[]] PASSED*",
            "*::test_only_post[[]post[]] PASSED*",
            "*::test_without_db PASSED*",
        ]
    )
    # A test marked for "pre" has no state to run on: skipped, saying why.
    result.assert_outcomes(passed=3, skipped=1)
    result.stdout.fnmatch_lines(["*no pending migration: there is no pre-migration state*"])
    result.stdout.no_fnmatch_line("*::test_x[[]pre[]]*")


def test_marker_is_registered_with_its_signature(inner: Inner) -> None:
    result = inner.run("--markers")
    result.stdout.fnmatch_lines(["@pytest.mark.db_state(state):*'pre' or the 'post'*"])


@pytest.mark.parametrize("marker", ['db_state("during")', "db_state()"])
def test_bad_marker_value_is_a_usage_error(inner: Inner, marker: str) -> None:
    inner.migrations()
    inner.pytester.makepyfile(
        test_bad=f"""
        import pytest

        @pytest.mark.{marker}
        def test_y(db):
            pass
        """
    )
    result = inner.run()
    assert result.ret != 0
    result.stdout.fnmatch_lines(
        [
            "*ERROR collecting test_bad.py*",
            "test_bad.py::test_y: @pytest.mark.db_state(*): expected 'pre' or 'post'",
            "*short test summary*",
        ]
    )
    for noise in ("*Traceback*", "*pytest_schemadiff/plugin/*", "*/_pytest/*", "*/pluggy/*"):
        result.stdout.no_fnmatch_line(noise)
