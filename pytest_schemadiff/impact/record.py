"""Hands a measurement from the loader that took it to the template build that keeps it,
and the rows a build starts from to the loader that measures on top of them.

The post loader is a fixture a ``conftest.py`` may replace, called with a URL and returning
nothing; the template store records what a build read the same way (``reads.recording``).
A loader that measures ``deposit``s its measurement; the build that is ``recording`` keeps
the last one in the template's record, with the rows counted after it (the next state's
rows before its own migration).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .counts import Counts
from .model import Impact

__all__ = ["Measurements", "deposit", "known_before", "recording", "starting_from"]


class Measurements(list[Impact]):
    """What the loaders measured during one build, and the rows after the last of them."""

    after: Counts | None = None


_boxes: list[Measurements] = []
_starts: dict[str, Counts] = {}


@contextlib.contextmanager
def recording() -> Iterator[Measurements]:
    box = Measurements()
    _boxes.append(box)
    try:
        yield box
    finally:
        _boxes.remove(box)


def deposit(impact: Impact, after: Counts | None = None) -> None:
    """Keep ``impact`` (and the rows counted ``after`` it) for the build in progress (none:
    nobody asked, it is dropped)."""
    if _boxes:
        _boxes[-1].append(impact)
        _boxes[-1].after = after


@contextlib.contextmanager
def starting_from(url: str, counts: Counts | None) -> Iterator[None]:
    """While the database at ``url`` holds exactly the rows ``counts`` has (a copy of a
    template, nothing run in it yet), the first measured load into it takes them as its rows
    before, instead of counting them again."""
    if counts is None:
        yield
        return
    _starts[url] = counts
    try:
        yield
    finally:
        _starts.pop(url, None)


def known_before(url: str) -> Counts | None:
    """The rows ``url`` started from (see ``starting_from``), once: the load that takes them
    changes the database."""
    return _starts.pop(url, None)
