"""What one pytest session keeps beside its workspaces, light enough for the hooks to import.

The configs of the running sessions (for helpers called from inside tests), each session's
workspaces, and what the loader fixtures read while they were set up. ``workspace.py``, with
the templates, clones and the driver behind them, is imported only once a test needs a
database.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from .inputs import Loader

if TYPE_CHECKING:
    from ..reads import Reads
    from .workspace import Workspace

__all__ = [
    "activate",
    "active_configs",
    "deactivate",
    "record_setup",
    "setup_reads_of",
    "uncached_lines",
    "workspaces_key",
]

workspaces_key = pytest.StashKey[dict[str, "Workspace"]]()

# The configs of the running pytest sessions, innermost last, for helpers called from
# inside tests. A stack: a session run inside another (pytester) gives the outer one its
# server back when it ends.
active_configs: list[pytest.Config] = []


def activate(config: pytest.Config) -> None:
    active_configs.append(config)
    config.stash[workspaces_key] = {}


def deactivate(config: pytest.Config) -> list[str]:
    """End of the run: drop this process's clones (keeping clean ones as spares).

    Returns one line per clone that could not be dropped (the server went away, say): a
    failure here must not become a traceback at the end of an otherwise finished run.
    """
    if config in active_configs:
        active_configs.remove(config)
    problems = []
    for workspace in config.stash.get(workspaces_key, {}).values():
        problems.extend(workspace.close())
    config.stash[workspaces_key] = {}
    return problems


_setup_reads: dict[int, tuple[object, Reads]] = {}


@contextlib.contextmanager
def record_setup(fixturedef: pytest.FixtureDef[Any]) -> Iterator[None]:
    """Record what a loader fixture reads while it is set up (a file read into a variable
    before its loader runs): part of its templates' keys."""
    from ..reads import recording

    with recording() as reads:
        yield
    cached = getattr(fixturedef, "cached_result", None)
    if cached is not None and cached[0] is not None:
        _setup_reads[id(cached[0])] = (cached[0], reads)  # the loader is kept alive with it


def setup_reads_of(loader: Loader) -> Reads | None:
    entry = _setup_reads.get(id(loader))
    return entry[1] if entry is not None and entry[0] is loader else None


def uncached_lines(config: pytest.Config) -> list[str]:
    """For the end of the run, while the server is still up: one line per state whose
    template this process's workspaces built fresh (see ``Workspace.uncached_lines``)."""
    lines: list[str] = []
    for workspace in config.stash.get(workspaces_key, {}).values():
        lines += [line for line in workspace.uncached_lines() if line not in lines]
    return lines
