"""How the xdist workers of one run share one server that the first of them to need it starts.

The controller makes a private (0700) *run directory* outside the cache and hands its path to
every worker. In it:

- ``start.lock``: held exclusively while a worker starts the server, joins it, or stops it,
  so the server is never started twice nor joined while it is being stopped;
- ``users.lock``: every worker using the server holds a shared lock on it until its end;
- ``state``: ``running`` and the server's description, ``failed`` and the one line saying
  why it could not be had (so the other workers fail at once), or ``stopped``.

The worker that started a private cluster holds its slot lock (see ``server/cluster.py``).
At its end it waits for an exclusive lock on ``users.lock``, that is until every other
worker is done with the server, and only then stops it and releases the slot: no other
pytest run can adopt the slot while a worker still uses the server. A worker that needs the
server after it was stopped (its first database test came after the starter's last one)
starts it again.

Locks are ``flock``s, which die with their process: a crashed worker blocks no one.
``fcntl`` exists on every platform where the private cluster does; elsewhere workers of a
run on an existing server simply connect on their own.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..errors import ServerError

if TYPE_CHECKING:
    from ..server import SchemaDiffServer

try:  # not on Windows: there, no private cluster either, and workers do not coordinate
    import fcntl
except ImportError:  # pragma: no cover - exercised on platforms without fcntl
    fcntl = None  # type: ignore[assignment]

__all__ = ["SharedRun", "can_share", "make_run_dir", "remove_run_dir"]

_RUNNING, _FAILED, _STOPPED = "running", "failed", "stopped"


def can_share() -> bool:
    """Whether this platform has the file locks the workers coordinate with."""
    return fcntl is not None


def make_run_dir() -> Path:
    """A new private run directory (controller side); mode 0700, outside the cache."""
    return Path(tempfile.mkdtemp(prefix="pytest-schemadiff-run-"))


def remove_run_dir(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


class SharedRun:
    """One worker's view of the run directory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.started_here = False
        self._users: IO[str] | None = None
        self._started: str = ""  # the description this worker wrote

    def _open(self, name: str) -> IO[str]:
        return open(self.path / name, "a+")

    def _read_state(self) -> tuple[str, str]:
        try:
            kind, _, payload = (self.path / "state").read_text().partition("\n")
        except FileNotFoundError:
            return _STOPPED, ""
        return kind, payload

    def _write_state(self, kind: str, payload: str = "") -> None:
        # Written whole, then renamed: a reader never sees half a description.
        temporary = self.path / f"state.{os.getpid()}"
        temporary.write_text(f"{kind}\n{payload}")
        temporary.replace(self.path / "state")

    def join(self, start: Callable[[], SchemaDiffServer]) -> SchemaDiffServer:
        """The run's server: started with ``start()`` if no worker has it running.

        A failure to start is recorded for the other workers and raised as ServerError.
        """
        assert fcntl is not None
        with self._open("start.lock") as start_lock:
            fcntl.flock(start_lock, fcntl.LOCK_EX)
            kind, payload = self._read_state()
            if kind == _FAILED:
                raise ServerError(payload)
            if kind == _RUNNING:
                server = _server_from_json(payload)
            else:
                try:
                    server = start()
                except ServerError as exc:
                    self._write_state(_FAILED, str(exc))
                    raise
                self._started = server.to_json()
                self._write_state(_RUNNING, self._started)
                self.started_here = True
            # Under the start lock: a worker that is stopping the server holds it, so we
            # never join a server that is about to go.
            self._users = self._open("users.lock")
            fcntl.flock(self._users, fcntl.LOCK_SH)
        return server

    def leave(self, stop: Callable[[], None] | None) -> None:
        """This worker is done. The one that started the server waits for the others, then
        calls ``stop()``; any other (or with nothing to stop) just lets go."""
        assert fcntl is not None
        users, self._users = self._users, None
        if users is None:
            return
        if not self.started_here or stop is None:
            users.close()  # releases the shared lock
            return
        fcntl.flock(users, fcntl.LOCK_UN)
        with users, self._open("start.lock") as start_lock:
            while True:
                fcntl.flock(users, fcntl.LOCK_EX)  # every other user is done...
                try:
                    fcntl.flock(start_lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break  # ...and none is joining right now
                except BlockingIOError:
                    # A worker is joining and waits for its shared lock: let it in, and
                    # wait for it to finish too.
                    fcntl.flock(users, fcntl.LOCK_UN)
                    time.sleep(0.01)
            try:
                stop()
            finally:
                with contextlib.suppress(OSError):
                    # The description stays, for the controller's summary line.
                    self._write_state(_STOPPED, self._started)
                self.started_here = False

    def description(self) -> str | None:
        """The description of the server the workers used, if any was started."""
        kind, payload = self._read_state()
        if kind == _RUNNING or (kind == _STOPPED and payload):
            return _server_from_json(payload).description
        return None


def _server_from_json(payload: str) -> SchemaDiffServer:
    from ..server import SchemaDiffServer  # with the driver: only once a server is used

    return SchemaDiffServer.from_json(payload)
