"""pytest-schemadiff: prove PostgreSQL migrations correct with pytest.

The public API:

- ``diff_schemas(a, b, **options) -> SchemaDiff``: compare two databases and plan SQL A -> B;
- ``Migration`` and ``UnsafeMigrationException``: migra's API, so
  ``from pytest_schemadiff import Migration`` replaces ``from migra import Migration``;
- ``assert_schema_matches``: a test assertion with a readable failure;
- ``connect``: anything naming a database -> a psycopg2 connection; ``sqlalchemy_url``: a URL
  spelled for SQLAlchemy 2.x and sqlbag (``postgresql+psycopg2://``);
- ``errors`` and its classes, all under ``SchemaDiffError``.

``assert_schema_matches`` is imported on first use, so the ``schemadiff`` command and
``Migration`` users do not load the pytest side of the package; the engine and ``Migration``
are imported on first use too, so the pytest plugin costs a run without database tests
almost nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import errors
from .errors import (
    ConfigError,
    ConnectError,
    InspectError,
    LoadError,
    PlanError,
    PlanValidationError,
    SchemaDiffError,
    ServerError,
)

if TYPE_CHECKING:
    from .connection import connect
    from .engine import SchemaDiff, diff_schemas
    from .migra_compat import Migration, UnsafeMigrationException
    from .plugin.assertions import assert_schema_matches
    from .urls import sqlalchemy_url

# Names imported on first use, and the module each comes from.
_LAZY = {
    "connect": ".connection",
    "sqlalchemy_url": ".urls",
    "SchemaDiff": ".engine",
    "diff_schemas": ".engine",
    "Migration": ".migra_compat",
    "UnsafeMigrationException": ".migra_compat",
    "assert_schema_matches": ".plugin.assertions",
}

__all__ = [
    "ConfigError",
    "ConnectError",
    "InspectError",
    "LoadError",
    "Migration",
    "PlanError",
    "PlanValidationError",
    "SchemaDiff",
    "SchemaDiffError",
    "ServerError",
    "UnsafeMigrationException",
    "assert_schema_matches",
    "connect",
    "diff_schemas",
    "errors",
    "sqlalchemy_url",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value  # once: later lookups do not come here
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
