"""pytest-schemadiff: prove PostgreSQL migrations correct with pytest.

The public API:

- ``diff_schemas(a, b, **options) -> SchemaDiff``: compare two databases and plan SQL A -> B;
- ``Migration`` and ``UnsafeMigrationException``: migra's API, so
  ``from pytest_schemadiff import Migration`` replaces ``from migra import Migration``;
- ``assert_schema_matches``: a test assertion with a readable failure;
- ``connect``: anything naming a database -> a psycopg2 connection;
- ``errors`` and its classes, all under ``SchemaDiffError``.

``assert_schema_matches`` is imported on first use, so the ``schemadiff`` command and
``Migration`` users do not load the pytest side of the package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import errors
from .connect import connect
from .engine import SchemaDiff, diff_schemas
from .errors import (
    ConfigError,
    ConnectError,
    InspectError,
    LoadError,
    PlanError,
    SchemaDiffError,
    ServerError,
)
from .migra_compat import Migration, UnsafeMigrationException

if TYPE_CHECKING:
    from .plugin.assertions import assert_schema_matches

__all__ = [
    "ConfigError",
    "ConnectError",
    "InspectError",
    "LoadError",
    "Migration",
    "PlanError",
    "SchemaDiff",
    "SchemaDiffError",
    "ServerError",
    "UnsafeMigrationException",
    "assert_schema_matches",
    "connect",
    "diff_schemas",
    "errors",
]


def __getattr__(name: str) -> Any:
    if name == "assert_schema_matches":
        from .plugin.assertions import assert_schema_matches

        return assert_schema_matches
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
