"""The schema a database should have after a deploy: a URL, or a SQL file, dump or
directory loaded into a scratch database, then inspected.

A file is loaded on the server of the database being deployed to when its role may create
databases there (same version, same extensions available, so the target loads as it would
in production), else on ``--server`` / ``$SCHEMADIFF_URL`` / the private cluster, as
``schemadiff A B`` does. ``--server`` or ``--pg`` choose explicitly. The scratch database
is named and leased like the command's (``cli.ScratchDatabases``) and dropped afterwards,
also on errors and Ctrl-C.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from ..cli import Source, scratch_databases, server_choice
from ..connection import connect, fetch_row, mask_password
from ..engine.compare import inspect_schema
from ..engine.model import Catalog
from ..errors import ConfigError
from .options import Comparison

__all__ = ["target_catalog"]

_URL = re.compile(r"^postgres(?:ql)?(?:\+[A-Za-z0-9_]+)?://")


def target_catalog(
    spec: str, database_url: str, args: argparse.Namespace, comparison: Comparison
) -> Catalog:
    """The catalog of ``spec`` (a URL or a path), inspected under ``comparison``."""
    if _URL.match(spec) or (not Path(spec).exists() and "=" in spec):
        return _inspect(spec, comparison)
    if not Path(spec).exists():
        raise ConfigError(
            f"target {mask_password(spec)!r}: no such file or directory, and not a database URL"
        )
    server_url, source, major = _scratch_server(args, database_url)
    with scratch_databases(server_url, source, major) as scratch:
        url = scratch.database_for(Source("B", spec, "path"))
        return _inspect(url, comparison)


def _inspect(url: str, comparison: Comparison) -> Catalog:
    return inspect_schema(
        url,
        comparison.options,
        schemas=comparison.schemas,
        exclude_schemas=comparison.exclude_schemas,
    )


def _scratch_server(
    args: argparse.Namespace, database_url: str
) -> tuple[str | None, str, int | None]:
    """Where the target file is loaded: (server URL or None for a private cluster, where
    that came from, private cluster major)."""
    if args.server is None and args.pg is None and _may_create_databases(database_url):
        return database_url, "URL", None
    return server_choice(args)


def _may_create_databases(url: str) -> bool:
    with connect(url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")
        return bool(fetch_row(cur)[0])
