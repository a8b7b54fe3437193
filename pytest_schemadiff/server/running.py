"""A server for the length of a ``with`` block: an existing one, or a private cluster."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .binaries import find_binaries
from .cluster import PrivateCluster
from .existing import use_existing_server
from .handle import SchemaDiffServer

__all__ = ["running_server"]


@contextlib.contextmanager
def running_server(url: str | None, source: str, major: int | None) -> Iterator[SchemaDiffServer]:
    """The server at ``url`` (``source`` names where the URL came from, for its errors),
    else a private cluster of ``major`` (None: the default), stopped after the block even
    when it failed to start."""
    if url is not None:
        yield use_existing_server(url, source)
        return
    cluster = PrivateCluster(find_binaries(major))
    try:
        yield cluster.start()
    finally:
        cluster.stop()
