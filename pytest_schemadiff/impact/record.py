"""Hands a measurement from the loader that took it to the template build that keeps it.

The post loader is a fixture a ``conftest.py`` may replace, called with a URL and returning
nothing; the template store records what a build read the same way (``reads.recording``).
A loader that measures ``deposit``s its measurement; the build that is ``recording`` keeps
the last one in the template's record.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .model import Impact

__all__ = ["deposit", "recording"]

_boxes: list[list[Impact]] = []


@contextlib.contextmanager
def recording() -> Iterator[list[Impact]]:
    box: list[Impact] = []
    _boxes.append(box)
    try:
        yield box
    finally:
        _boxes.remove(box)


def deposit(impact: Impact) -> None:
    """Keep ``impact`` for the build in progress (none: nobody asked, it is dropped)."""
    if _boxes:
        _boxes[-1].append(impact)
