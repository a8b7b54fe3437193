"""What a server that died leaves behind, and how to tell whether it still runs.

After a SIGKILL (or the OOM killer) the postmaster is gone but ``postmaster.pid`` stays, and
by the next run its pid may belong to an unrelated process. Backends busy computing do not
notice their postmaster's death and keep its shared memory in use, so a new postmaster on
the same data directory refuses to start until they are gone.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

__all__ = ["alive", "end_attached", "is_postmaster_of"]


def alive(pid: int) -> bool:
    """Whether ``pid`` runs: a zombie (dead, not yet reaped by init) does not."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # alive, owned by the server user
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True  # no /proc here, or it just exited
    return "\nState:\tZ" not in status


def is_postmaster_of(pid: int, data_dir: Path) -> bool:
    """Whether process ``pid`` is a postgres running on ``data_dir`` (Linux /proc; elsewhere
    we cannot tell and assume it is)."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except FileNotFoundError:
        return not Path("/proc/self").exists()
    except OSError:
        return True
    return str(data_dir).encode() in argv


def end_attached(shm_key: int, uid: int) -> None:
    """SIGKILL processes of ``uid`` still attached to the shared memory of a dead postmaster.

    Backends exit by themselves once they notice their postmaster is gone, but one busy in a
    long query may not notice for a while, and until it exits a new postmaster refuses to
    start ("pre-existing shared memory block is still in use"). Linux only.
    """
    marker = f"SYSV{shm_key:08x}".encode()
    proc = Path("/proc")
    if not proc.is_dir():
        return
    victims = []
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat().st_uid != uid or marker not in (entry / "maps").read_bytes():
                continue
        except OSError:
            continue
        victims.append(int(entry.name))
    for pid in victims:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in victims) and time.monotonic() < deadline:
        time.sleep(0.02)
