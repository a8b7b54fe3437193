"""What a piece of code read while it ran, so a cache key can cover all of it.

A template is built by code we do not control: an overridden loader fixture, a
``module:callable`` target that runs an ORM's ``create_all``. Hashing the input files we
know of is not enough; ``recording()`` watches the build instead and returns every file it
depended on:

- Python source that ran (a profile hook sees each function's file) and, for project
  modules among them, the project modules they import and the project modules that import
  them (module-level code that ran before the build: an ORM model's ``String(100)`` lives
  there, in a module the loader may never import);
- files opened for reading in this process, and directories listed (Python audit hooks:
  ``open``, ``os.listdir``, ``os.scandir``);
- files named on the command line of PostgreSQL's client tools (``psql -f FILE``,
  ``pg_restore ARCHIVE``), plus what ``\\i`` pulls in; ``record_read(path)`` lets a loader
  that reads files some other way say so.

A subprocess that is not one of those tools may read anything: the recording is then
*unkeyable*, and its template is built fresh every run.

Audit hooks cannot be removed, so one is installed on first use and does nothing while no
recording is active.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import os
import re
import sys
import sysconfig
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

__all__ = ["Reads", "record_read", "recording", "signature"]

# Tools whose whole input is named on their command line (and, for psql, \i lines).
_POSTGRES_TOOLS = {
    "psql",
    "pg_restore",
    "pg_dump",
    "pg_dumpall",
    "createdb",
    "dropdb",
    "postgres",
    "pg_config",
}
_INCLUDE = re.compile(r"^\s*\\(i|ir|include|include_relative)\s+(\S+)")


@dataclass
class Reads:
    """What one recording saw. ``unkeyable`` says why no key can cover it, if so."""

    files: set[Path] = field(default_factory=set)
    directories: set[Path] = field(default_factory=set)
    code: set[Path] = field(default_factory=set)
    unkeyable: str | None = None

    def add(self, other: Reads) -> None:
        """Also count what ``other`` read (a loader fixture's own setup, say)."""
        self.files |= other.files
        self.directories |= other.directories
        self.code |= other.code
        self.unkeyable = self.unkeyable or other.unkeyable

    def signatures(self) -> dict[str, str]:
        """path -> signature of everything read, for storing beside the template."""
        paths = self.files | self.directories | _with_project_imports(self.code)
        return {str(path): signature(path) for path in sorted(paths)}


_active: list[Reads] = []
_lock = threading.Lock()
_hook_installed = False


def record_read(path: str | os.PathLike[str]) -> None:
    """Note that the running build read ``path`` (a no-op outside a recording)."""
    if _active:
        resolved = _absolute(path)
        with _lock:
            for reads in _active:
                (reads.directories if resolved.is_dir() else reads.files).add(resolved)


@contextlib.contextmanager
def recording() -> Iterator[Reads]:
    """Record what the code run inside the block reads (see the module docstring)."""
    _install_hook()
    reads = Reads()
    previous = sys.getprofile()
    previous_threads = threading.getprofile()
    # A profiler written in C (cProfile) is no Python callable: it cannot be chained, only
    # paused for the block and enabled again after it.
    chained = previous if callable(previous) else None

    def profile(frame: FrameType, event: Any, arg: Any) -> Any:
        if event == "call":
            reads.code.add(Path(frame.f_code.co_filename))
        if chained is not None:
            chained(frame, event, arg)
        return profile

    with _lock:
        _active.append(reads)
    sys.setprofile(profile)
    threading.setprofile(profile)
    try:
        yield reads
    finally:
        sys.setprofile(chained)
        threading.setprofile(previous_threads if callable(previous_threads) else None)
        if previous is not None and chained is None and hasattr(previous, "enable"):
            previous.enable()
        with _lock:
            _active.remove(reads)
        reads.code = {path for path in reads.code if path.is_absolute() and path.is_file()}


def signature(path: Path) -> str:
    """What stands for ``path``'s content: a hash of the file, of a directory's entry names,
    or ``missing``/``unreadable``. Files of the Python installation (stdlib,
    site-packages) are fingerprinted by size and modification time: reinstalls change both,
    and hashing a whole ORM on every run would cost more than the check saves."""
    try:
        if path.is_dir():
            names = "\0".join(sorted(os.listdir(path)))
            return "dir:" + hashlib.sha256(names.encode()).hexdigest()[:32]
        if _in_environment(path):
            stat = path.stat()
            return f"stat:{stat.st_size}:{stat.st_mtime_ns}"
        return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()[:32]
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "unreadable"


def _absolute(path: str | os.PathLike[str]) -> Path:
    return Path(os.path.abspath(os.fsdecode(path)))


def _install_hook() -> None:
    global _hook_installed
    with _lock:
        if not _hook_installed:
            sys.addaudithook(_audit)
            _hook_installed = True


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _active:
        return
    try:
        if event == "open":
            _opened(*args[:3])
        elif event in ("os.listdir", "os.scandir") and args and args[0] is not None:
            # The import system lists every sys.path entry it searches: not a read of the
            # build's own (a module it then loads is recorded when it runs).
            caller = sys._getframe(1).f_globals.get("__name__")
            if not isinstance(args[0], int) and caller != "importlib._bootstrap_external":
                for reads in list(_active):
                    reads.directories.add(_absolute(args[0]))
        elif event == "exec" and args and hasattr(args[0], "co_filename"):
            # A module imported during the build: its code runs through exec.
            for reads in list(_active):
                reads.code.add(Path(args[0].co_filename))
        elif event == "subprocess.Popen":
            _spawned(args[0], args[1], args[2])
    except Exception:  # an audit hook must never break the code it watches
        for reads in list(_active):
            reads.unkeyable = reads.unkeyable or f"could not follow what {event} read"


def _opened(path: Any, mode: Any, flags: Any) -> None:
    if isinstance(path, int):
        return  # an already open descriptor: its opening was recorded
    reading = mode is None or ("r" in str(mode) and not set("wax+") & set(str(mode)))
    if isinstance(flags, int):
        reading = flags & os.O_ACCMODE == os.O_RDONLY and not flags & os.O_CREAT
    if reading:
        resolved = _absolute(path)
        if "__pycache__" in resolved.parts:
            return  # bytecode: the "exec" of its source is recorded instead
        for reads in list(_active):
            reads.files.add(resolved)


def _spawned(executable: Any, argv: Any, cwd: Any) -> None:
    if isinstance(argv, (str, bytes, os.PathLike)):
        argv = [argv]
    argv = [os.fsdecode(a) if isinstance(a, (bytes, os.PathLike)) else str(a) for a in argv]
    program = Path(os.fsdecode(executable) if executable is not None else argv[0]).name
    if program not in _POSTGRES_TOOLS:
        for reads in list(_active):
            reads.unkeyable = reads.unkeyable or (
                f"the build ran {program!r}, and what another program reads cannot be known"
            )
        return
    base = Path(os.fsdecode(cwd)) if cwd is not None else Path.cwd()
    for token in argv[1:]:
        value = token.split("=", 1)[1] if token.startswith("--") and "=" in token else token
        candidate = base / value
        if value and not value.startswith("-") and candidate.exists():
            for path in _with_includes(_absolute(candidate), base):
                record_read(path)


def _with_includes(path: Path, cwd: Path) -> Iterator[Path]:
    """``path`` and the files its ``\\i``/``\\ir`` lines pull in, recursively."""
    seen: set[Path] = set()
    pending = [path]
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        yield current
        if not current.is_file():
            continue
        try:
            with current.open("rb") as f:
                if f.read(5) == b"PGDMP":
                    continue  # a custom-format archive has no \i
            text = current.read_text(errors="replace")
        except OSError:
            continue
        for line in text.splitlines():
            match = _INCLUDE.match(line)
            if match:
                relative_to = current.parent if match.group(1).endswith(("r", "relative")) else cwd
                pending.append(_absolute(relative_to / match.group(2).strip("'\"")))


def _environment_roots() -> tuple[str, ...]:
    roots = {sys.prefix, sys.base_prefix, sys.exec_prefix}
    roots.update(p for p in sysconfig.get_paths().values() if p)
    return tuple(os.path.join(os.path.abspath(r), "") for r in roots)


_ENVIRONMENT = _environment_roots()


def _in_environment(path: Path) -> bool:
    """Part of the Python installation (stdlib, site-packages) rather than the project."""
    return str(path).startswith(_ENVIRONMENT) or "site-packages" in path.parts


def _with_project_imports(code: set[Path]) -> set[Path]:
    """``code`` plus the project modules that project files in it import, recursively.

    Only modules already imported count (``sys.modules``): one imported later, during a
    build, is seen running by the recording itself.
    """
    by_file = {
        os.path.abspath(file): name
        for name, module in list(sys.modules.items())
        if (file := getattr(module, "__file__", None))
    }
    result = set(code)
    pending = [path for path in code if not _in_environment(path)]
    while pending:
        path = pending.pop()
        for imported in _imports_of(path, by_file.get(str(path))):
            module = sys.modules.get(imported)
            file = getattr(module, "__file__", None)
            if file is None:
                continue
            resolved = Path(os.path.abspath(file))
            if resolved not in result and not _in_environment(resolved):
                result.add(resolved)
                pending.append(resolved)
    return _with_project_importers(result, by_file)


def _with_project_importers(paths: set[Path], by_file: dict[str, str]) -> set[Path]:
    """``paths`` plus the project modules that import a project module among them,
    recursively: their module-level code ran before the build and may have changed what it
    builds (``class Book(Base)`` in ``models.py`` adds a table to ``dbsetup.Base``, which the
    target's ``create_all`` creates, though nothing the build ran imports ``models``)."""
    project = {Path(file) for file in by_file if not _in_environment(Path(file))}
    imports = {
        path: {
            os.path.abspath(file)
            for name in _imports_of(path, by_file.get(str(path)))
            if (file := getattr(sys.modules.get(name), "__file__", None))
        }
        for path in project
        if path.suffix == ".py"
    }
    result = set(paths)
    wanted = {str(path) for path in result if not _in_environment(path)}
    grew = bool(wanted)
    while grew:
        grew = False
        for path, imported in imports.items():
            if path not in result and imported & wanted:
                result.add(path)
                wanted.add(str(path))
                grew = True
    return result


def _imports_of(path: Path, module_name: str | None) -> Iterator[str]:
    """Module names ``path`` imports anywhere in its body (also inside functions)."""
    try:
        stat = path.stat()
    except OSError:
        return
    key = (str(path), module_name, stat.st_mtime_ns, stat.st_size)
    if key not in _parsed_imports:
        _parsed_imports[key] = tuple(_parse_imports(path, module_name))
    yield from _parsed_imports[key]


# Every build of a run asks again for the same files' imports.
_parsed_imports: dict[tuple[str, str | None, int, int], tuple[str, ...]] = {}


def _parse_imports(path: Path, module_name: str | None) -> Iterator[str]:
    try:
        tree = ast.parse(path.read_bytes())
    except (OSError, SyntaxError, ValueError):
        return
    package = (module_name or "").rpartition(".")[0]
    if path.name == "__init__.py" and module_name:
        package = module_name
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".") if package else []
                parts = parts[: len(parts) - node.level + 1] if node.level > 1 else parts
                base = ".".join([*parts, *([node.module] if node.module else [])])
            if base:
                yield base
                for alias in node.names:
                    yield f"{base}.{alias.name}"
