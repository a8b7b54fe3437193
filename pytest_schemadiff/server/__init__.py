"""Where the PostgreSQL server comes from: the private cluster or an existing server."""

from __future__ import annotations

from .binaries import DEFAULT_MAJOR, PgBinaries, find_binaries, find_client_tools
from .cluster import PrivateCluster, default_cache_dir
from .existing import ExistingServer, use_existing_server
from .handle import DATABASE_PREFIX, SchemaDiffServer, ServerVersion
from .running import running_server, server_for

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
