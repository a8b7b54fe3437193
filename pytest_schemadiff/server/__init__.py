"""Where the PostgreSQL server comes from: the private cluster or an existing server."""

from __future__ import annotations

from .binaries import DEFAULT_MAJOR, PgBinaries, find_binaries, find_client_tools
from .cluster import PrivateCluster, default_cache_dir
from .existing import use_existing_server
from .handle import DATABASE_PREFIX, SchemaDiffServer, ServerVersion
from .running import running_server

__all__ = [
    "DATABASE_PREFIX",
    "DEFAULT_MAJOR",
    "PgBinaries",
    "PrivateCluster",
    "SchemaDiffServer",
    "ServerVersion",
    "default_cache_dir",
    "find_binaries",
    "find_client_tools",
    "running_server",
    "use_existing_server",
]
