"""Fixtures shared by every test folder."""

import os

import pytest

# Every inspection of the suite (also in the CLI processes it starts) runs the queries
# presence.sql rules out anyway and fails if one finds objects (engine/inspect). CI turns
# it off (=0) for the corpus on its second and third server, for time; the corpus's own
# oracle (pg_dump of the migrated side) still catches a kind that was not read.
os.environ.setdefault("SCHEMADIFF_VERIFY_PRESENCE", "1")

# Imported before any in-process inner run: pytester drops the modules an inner run imported,
# and SQLAlchemy's PostgreSQL dialect, imported a second time, warns (an error here) that its
# functions are registered twice.
import sqlalchemy.dialects.postgresql  # noqa: F401
from password_role import password_role  # noqa: F401 - a fixture, registered by import


def pytest_addoption(parser):  # type: ignore[no-untyped-def]
    parser.addoption(
        "--corpus-runs",
        choices=("all", "directions", "forward", "backward"),
        default="directions",
        help="runs of each acceptance case: both directions (the default), or also a third "
        "run a->b with owners compared and privileges ignored (all: it plans more "
        "statements per object; run it when changing the planner), or one direction "
        "(forward: a->b, backward: b->a; CI's second and third servers, for time)",
    )
    parser.addoption(
        "--corpus-part",
        default="1/1",
        help="K/N: only the acceptance cases whose place in name order is K modulo N (CI's "
        "second and third servers share the corpus, for time; the first runs it all)",
    )


def pytest_xdist_auto_num_workers(config):  # type: ignore[no-untyped-def]
    """``-n auto``: a worker more than cores. A worker waits on psql and on the server a part
    of its time (on 2 cores the corpus took 3:38 with 3 workers against 4:20 with 2)."""
    return (os.cpu_count() or 1) + 1


@pytest.fixture
def pytester(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """pytester, with inner runs whose output does not depend on the terminal or CI service
    the suite runs under: pytest fits its short summary lines to the width (COLUMNS) except
    on CI (``CI`` or ``BUILD_NUMBER`` set), where it prints them whole, so a failure's message
    would be printed twice (in its section and in the summary) there and not here; colours
    forced on (``FORCE_COLOR``, ``PY_COLORS``) would put escape codes in the text."""
    monkeypatch.setenv("COLUMNS", "80")
    for name in ("CI", "BUILD_NUMBER", "FORCE_COLOR", "PY_COLORS"):
        monkeypatch.delenv(name, raising=False)
    return pytester
