"""Fixtures shared by every test folder."""

# Imported before any in-process inner run: pytester drops the modules an inner run imported,
# and SQLAlchemy's PostgreSQL dialect, imported a second time, warns (an error here) that its
# functions are registered twice.
import sqlalchemy.dialects.postgresql  # noqa: F401
from password_role import password_role  # noqa: F401 - a fixture, registered by import


def pytest_addoption(parser):  # type: ignore[no-untyped-def]
    parser.addoption(
        "--corpus-runs",
        choices=("all", "directions"),
        default="all",
        help="runs of each acceptance case: both directions and the owners/privileges run "
        "(all, the default), or both directions only (CI on its second and third server: "
        "the options run plans the same on every server)",
    )
