"""Progress while a template is built: what is being loaded, its size, the time it took.

A template of a real dump takes minutes to build, during which pytest showed nothing. The
lines go through pytest's terminal reporter (with capture suspended: a build runs inside a
test's setup) and are silent under ``-q``. A build that ends within
``schemadiff_progress_after`` seconds (default 2) shows nothing, so ``-v`` output stays one
line per test: its lines are held back, and a timer shows them, and every later one as it
comes, once the build has run that long. Only the process that builds reports: under xdist
the others wait on the build's lock. An xdist worker has no terminal of its own (its standard
output is the channel to the controller), so it writes its lines, prefixed ``[gw0]``, to the
standard error it shares with the controller, each line whole, in one write; the
controller's dots may sit before the first one on the same line, never inside one.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from .header import human_size
from .session import active_configs

__all__ = ["DEFAULT_DELAY", "building", "delay", "note", "step"]

DEFAULT_DELAY = 2.0


def _config() -> pytest.Config | None:
    return active_configs[-1] if active_configs else None


def note(text: str, *, first: bool = False) -> None:
    """One progress line, ``schemadiff: text`` (nothing under ``-q`` or outside a run).
    ``first``: the first line of a build, which in a worker starts on a new line (after the
    controller's dots); the lines after it follow it directly. Inside ``building``, held
    back until the build has run for ``schemadiff_progress_after`` seconds."""
    config = _config()
    if config is None or config.get_verbosity() < 0:
        return
    with _lock:
        if _held is not None and not _held.live:
            _held.lines.append((text, first))
            return
        _write(config, text, first)


def _write(config: pytest.Config, text: str, first: bool) -> None:
    line = f"schemadiff: {text}"
    reporter: Any = config.pluginmanager.get_plugin("terminalreporter")
    worker = getattr(config, "workerinput", {}).get("workerid")
    capture: Any = config.pluginmanager.get_plugin("capturemanager")
    suspended = capture.global_and_fixture_disabled() if capture else contextlib.nullcontext()
    with suspended:
        if worker is not None:
            _write_stderr(f"{chr(10) if first else ''}[{worker}] {line}\n")
        elif reporter is not None:
            reporter.write_line(line)


@dataclass
class _Held:
    """The lines of a build not yet shown: a build that ends before the delay shows none."""

    config: pytest.Config
    lines: list[tuple[str, bool]] = field(default_factory=list)
    live: bool = False

    def go_live(self) -> None:
        """From the timer's thread, while the main thread waits on psql or the server (it
        writes nothing to the terminal meanwhile; the lock keeps lines whole and ordered)."""
        with _lock:
            if _held is not self or self.live:
                return
            self.live = True
            for text, first in self.lines:
                _write(self.config, text, first)
            self.lines.clear()


_lock = threading.RLock()
_held: _Held | None = None


def delay(config: pytest.Config) -> float:
    """``schemadiff_progress_after``: seconds a build runs before it is reported (default
    2: a small build stays silent, keeping ``-v`` output one line per test)."""
    value = config.getini("schemadiff_progress_after")
    try:
        return max(0.0, float(value)) if value not in ("", None) else DEFAULT_DELAY
    except ValueError:
        raise pytest.UsageError(
            f"pytest-schemadiff: ini schemadiff_progress_after: {value!r}: expected seconds"
        ) from None


def _write_stderr(text: str) -> None:
    """One ``write`` of whole lines to fd 2, which a worker shares with the controller
    (capture suspended: otherwise it is the test's captured output)."""
    with contextlib.suppress(OSError):
        os.write(2, text.encode(errors="replace"))


def _seconds(start: float) -> str:
    return f"{time.monotonic() - start:.1f} s"


@contextlib.contextmanager
def building(what: str) -> Iterator[None]:
    """Around a template's build: ``building the pre template ...``, each step, then its
    time; shown once the build has taken ``schemadiff_progress_after`` seconds."""
    global _held
    config = _config()
    wait = delay(config) if config is not None else 0.0
    held = _Held(config) if config is not None and wait > 0 else None
    timer = threading.Timer(wait, held.go_live) if held is not None else None
    with _lock:
        _held = held
    if timer is not None:
        timer.daemon = True
        timer.start()
    start = time.monotonic()
    try:
        note(f"building the {what} ...", first=True)
        try:
            yield
        except BaseException:
            note(f"building the {what} failed after {_seconds(start)}")
            raise
        note(f"built the {what} in {_seconds(start)}")
    finally:
        if timer is not None:
            timer.cancel()
        with _lock:
            _held = None


@contextlib.contextmanager
def step(verb: str, path: Path) -> Iterator[None]:
    """One input loaded during a build: ``loading PATH (42.0 MB)``, then its time."""
    try:
        size = path.stat().st_size if path.is_file() else None
    except OSError:
        size = None
    shown = _relative(path)
    start = time.monotonic()
    note(f"  {verb} {shown}" + (f" ({human_size(size)})" if size is not None else "") + " ...")
    yield
    note(f"  {verb} {shown}: done in {_seconds(start)}")


def _relative(path: Path) -> str:
    config = _config()
    if config is not None:
        with contextlib.suppress(ValueError):
            return str(path.relative_to(config.rootpath))
    return str(path)
