"""Inspected catalogs kept with the templates they were read from.

A template never changes once built, and every build gets a new name (its content key and
a random suffix), so the catalog read from it holds for as long as the template lives: on a
warm run with unchanged inputs the built-in check compares cached catalogs and reads no
catalog at all. A file is keyed by the template's name, the server it lives on and the
engine's own code, so a changed model or query never meets a catalog an older engine read.

The files are pickles, so they are only read from the private cache directory (0700,
checked like the rest of the cache) and only when we own them and nobody else can write
them. Anything unexpected is a miss: the catalog is read again, never trusted.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import stat
import sys
import zlib
from pathlib import Path
from urllib.parse import urlsplit

from ..engine.model import Catalog
from ..errors import SchemaDiffError
from ..server import SchemaDiffServer
from .templates import Template, forget_stale_files

__all__ = ["forget", "load", "store"]

_SUFFIX = ".catalog"


@functools.cache
def _engine_fingerprint() -> str:
    """A hash of the engine's code and queries, and of the Python that pickles them."""
    root = Path(__file__).resolve().parent.parent / "engine"
    digest = hashlib.sha256(sys.version.encode())
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".sql") and path.is_file():
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _server_fingerprint(server: SchemaDiffServer) -> str:
    # Host, port and role name the server; the rest of the URL (a per-run passfile) varies.
    parts = urlsplit(server.url)
    where = f"{parts.username}@{parts.hostname}:{parts.port}/{server.version}"
    return hashlib.sha256(where.encode()).hexdigest()[:12]


def _directory() -> Path | None:
    """The private directory for catalogs; None (no caching) where it cannot be had."""
    from ..server.cluster import LAYOUT, default_cache_dir
    from ..server.trust import ensure_private_dir

    layout = default_cache_dir() / LAYOUT
    if not layout.is_dir():
        # Kept beside the private cluster: a run on a server of its own (the URL, or an
        # overriding schemadiff_server fixture) creates no cache for this.
        return None
    try:
        return ensure_private_dir(
            layout / "catalogs",
            mode=0o700,
            hint="remove it; it is a cache of inspected catalogs",
        )
    except (OSError, SchemaDiffError):
        return None


def _path(directory: Path, server: SchemaDiffServer, template: Template) -> Path:
    return directory / (
        f"{template.name}-{_server_fingerprint(server)}-{_engine_fingerprint()}{_SUFFIX}"
    )


def load(server: SchemaDiffServer, template: Template) -> Catalog | None:
    """The catalog cached for ``template``, or None."""
    directory = _directory()
    if directory is None or template.unkeyable is not None:
        return None
    path = _path(directory, server, template)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as file:
            info = os.fstat(file.fileno())
            if not _private(info):
                return None
            catalog = pickle.loads(zlib.decompress(file.read()))
            # Read now: kept as long as it is used (see _prune).
            os.utime(file.fileno())
    except Exception:  # a torn or foreign file is a miss, read again and rewritten
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    return catalog if isinstance(catalog, Catalog) else None


def _private(info: os.stat_result) -> bool:
    geteuid = getattr(os, "geteuid", None)
    mine = geteuid is None or info.st_uid == geteuid()
    return mine and stat.S_ISREG(info.st_mode) and not info.st_mode & 0o077


def store(server: SchemaDiffServer, template: Template, catalog: Catalog) -> None:
    """Keep ``catalog`` as read from ``template`` (best effort: a cache, never an error)."""
    directory = _directory()
    if directory is None or template.unkeyable is not None:
        return
    path = _path(directory, server, template)
    data = zlib.compress(pickle.dumps(catalog, pickle.HIGHEST_PROTOCOL), 1)
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        # Whole or not at all: a reader never sees half a file.
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
        return
    forget_stale_files(directory)


def forget(template_name: str) -> None:
    """Remove the catalogs of a template that was dropped."""
    directory = _directory()
    if directory is None:
        return
    for path in directory.glob(f"{template_name}-*{_SUFFIX}"):
        with contextlib.suppress(OSError):
            path.unlink()
