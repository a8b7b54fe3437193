"""Where the PostgreSQL server comes from: the private cluster or an existing server.

Names are imported on first use: the plugin's hooks ask only for what describes the server
(``find_binaries``), and a run that needs no database never loads the driver.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .binaries import DEFAULT_MAJOR, PgBinaries, find_binaries, find_client_tools
    from .cluster import PrivateCluster, default_cache_dir
    from .existing import ExistingServer, use_existing_server
    from .handle import DATABASE_PREFIX, SchemaDiffServer, ServerVersion
    from .running import running_server, server_for

_LAZY = {
    "DEFAULT_MAJOR": ".binaries",
    "PgBinaries": ".binaries",
    "find_binaries": ".binaries",
    "find_client_tools": ".binaries",
    "PrivateCluster": ".cluster",
    "default_cache_dir": ".cluster",
    "ExistingServer": ".existing",
    "use_existing_server": ".existing",
    "DATABASE_PREFIX": ".handle",
    "SchemaDiffServer": ".handle",
    "ServerVersion": ".handle",
    "running_server": ".running",
    "server_for": ".running",
}

__all__ = [
    "DATABASE_PREFIX",
    "DEFAULT_MAJOR",
    "ExistingServer",
    "PgBinaries",
    "PrivateCluster",
    "SchemaDiffServer",
    "ServerVersion",
    "default_cache_dir",
    "find_binaries",
    "find_client_tools",
    "running_server",
    "server_for",
    "use_existing_server",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value  # once: later lookups do not come here
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
