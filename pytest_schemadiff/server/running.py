"""A server for the length of a ``with`` block: an existing one, or a private cluster."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .binaries import find_binaries
from .cluster import PrivateCluster
from .existing import ExistingServer
from .handle import SchemaDiffServer

__all__ = ["running_server", "server_for"]


def server_for(url: str | None, source: str, major: int | None) -> ExistingServer | PrivateCluster:
    """What ``start`` gives the run's server and ``stop`` ends it: the server at ``url``
    (``source`` names where the URL came from, for its errors), else a private cluster of
    ``major`` (None: the default)."""
    if url is not None:
        return ExistingServer(url, source)
    return PrivateCluster(find_binaries(major))


@contextlib.contextmanager
def running_server(url: str | None, source: str, major: int | None) -> Iterator[SchemaDiffServer]:
    """The server ``server_for`` names, stopped after the block even when it failed to
    start."""
    owner = server_for(url, source, major)
    try:
        yield owner.start()
    finally:
        owner.stop()
