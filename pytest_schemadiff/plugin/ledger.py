"""A local record of the templates built or reused, so the header can say, before any server
starts, whether a state's template will be reused or built.

The templates live on the server, and their keys need the server's version: neither is
known while pytest prints its header. So each run notes here, per project and state, which
server setting and which input files (by content; a file over 16 MB by size and
modification time, so the header never reads a large dump) the template it used came
from. The header compares today's files with that note: "cached" means an earlier run on
this machine used a template of these same files on this same server setting; the server
has the last word at first use (a conftest loader that changed, a server that was reset,
rebuild). The record sits beside the private cluster's cache; a run without that cache
directory records nothing and says "to build".
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from .inputs import MigrationInputs

__all__ = ["Entry", "input_signature", "project_of", "read", "record", "server_identity"]


@dataclass(frozen=True)
class Entry:
    """What a run noted for one state's template."""

    server: str
    inputs: str
    at: float
    built: bool
    seconds: float | None


def project_of(rootpath: Path) -> str:
    """The template "project" of a rootdir (templates of one project retire each other)."""
    return hashlib.sha256(str(rootpath).encode()).hexdigest()[:8]


def server_identity(choice: object) -> str:
    """A hash of the provider's choice of server (never printed: a URL may hold a password)."""
    return hashlib.sha256(repr(choice).encode()).hexdigest()[:16]


# Files up to this size are known by their content (a touched file is not a changed one);
# larger ones by size and modification time, so the header never reads a large dump.
_HASHED_UP_TO = 16 * 2**20


def _stat(path: Path | None) -> str:
    if path is None:
        return "-"
    try:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file())
            return "|".join(_stat(p) for p in files)
        info = path.stat()
        if info.st_size <= _HASHED_UP_TO:
            return f"{path}:{hashlib.sha256(path.read_bytes()).hexdigest()}"
    except OSError:
        return f"{path}:missing"
    return f"{path}:{info.st_size}:{info.st_mtime_ns}"


def input_signature(inputs: MigrationInputs, state: str) -> str:
    """What the template of ``state`` is made of, as far as files and options tell."""
    if state == "target":
        target = inputs.target
        parts = [target.spec if target else "-", _stat(target.path if target else None)]
    else:
        # A source database by its URL (hashed here, never shown); its templates are built
        # fresh every run anyway.
        parts = [_stat(inputs.dump), inputs.dump_url or "-", inputs.matviews]
        if state in ("post", "rollback"):
            timeouts = inputs.timeouts
            parts += [_stat(inputs.pending), inputs.transaction]
            parts += [timeouts.lock or "-", timeouts.statement or "-"]
        if state == "rollback":
            parts += [_stat(inputs.rollback)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def _directory(create: bool) -> Path | None:
    from ..server.cluster import LAYOUT, default_cache_dir
    from ..server.trust import ensure_private_dir

    layout = default_cache_dir() / LAYOUT
    if not layout.is_dir():
        return None
    path = layout / "ledger"
    if not create:
        return path if path.is_dir() else None
    try:
        return ensure_private_dir(path, mode=0o700, hint="remove it; it notes templates built")
    except Exception:  # a cache: never an error
        return None


def _file(directory: Path, project: str, state: str) -> Path:
    return directory / f"{project}-{state}.json"


def read(project: str, state: str) -> Entry | None:
    """The last note for ``state`` of ``project``, or None."""
    directory = _directory(create=False)
    if directory is None:
        return None
    try:
        data = json.loads(_file(directory, project, state).read_text())
        return Entry(
            str(data["server"]),
            str(data["inputs"]),
            float(data["at"]),
            bool(data["built"]),
            None if data.get("seconds") is None else float(data["seconds"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record(project: str, state: str, entry: Entry) -> None:
    """Note what ``state``'s template was made of (best effort; whole or not at all)."""
    directory = _directory(create=True)
    if directory is None:
        return
    path = _file(directory, project, state)
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    data = {**entry.__dict__, "noted": time.time()}
    try:
        partial.write_text(json.dumps(data))
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
    # Here, not at the top: the header reads notes without loading the template store.
    from .templates import forget_stale_files

    forget_stale_files(directory)
