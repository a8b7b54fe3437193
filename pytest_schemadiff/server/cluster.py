"""The private PostgreSQL cluster the plugin runs itself.

Its data directory lives in a cache directory so later runs reuse it (and the templates in
it). A run holds an exclusive lock on its *slot* for as long as it uses the cluster; a second
pytest run on the same machine takes the next slot. The lock dies with its process, so after
a SIGKILL the next run takes the slot over, adopting or restarting the orphaned server.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pwd
import shutil
import socket
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

import psycopg2

from ..errors import ServerError
from .binaries import PgBinaries
from .handle import SchemaDiffServer, ServerVersion

__all__ = ["PrivateCluster", "default_cache_dir"]

_SLOTS = 8
_SUPERUSER = "postgres"
# Speed over durability: a test cluster's data can always be rebuilt.
_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "wal_level": "minimal",
    "max_wal_senders": "0",
    "max_wal_size": "1GB",
    "checkpoint_timeout": "30min",
    "autovacuum": "off",
    "jit": "off",
    "max_connections": "300",
    # Migrations of large schemas run in one transaction and lock every object they touch.
    "max_locks_per_transaction": "1024",
    "listen_addresses": "'127.0.0.1'",
    "unix_socket_directories": "''",
    "logging_collector": "off",
    "log_min_messages": "warning",
}
# PostgreSQL refuses to run as root; as root we run it as this existing unprivileged user.
_ROOT_RUNS_SERVER_AS = "nobody"


def default_cache_dir() -> Path:
    """Where data directories and cached templates live between runs."""
    override = os.environ.get("SCHEMADIFF_CACHE_DIR")
    if override:
        return Path(override)
    if os.geteuid() == 0:
        # root's home is private; the unprivileged server user must reach its data directory.
        return Path("/var/tmp/pytest-schemadiff")
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "pytest-schemadiff"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrivateCluster:
    """Start (or adopt) and stop one private cluster of ``binaries``' major version."""

    def __init__(self, binaries: PgBinaries, cache_dir: Path | None = None) -> None:
        self.binaries = binaries
        self.root = (cache_dir or default_cache_dir()) / f"pg{binaries.major}"
        self._run_as: pwd.struct_passwd | None = (
            pwd.getpwnam(_ROOT_RUNS_SERVER_AS) if os.geteuid() == 0 else None
        )
        self._lock_file: IO[str] | None = None
        self.slot_dir: Path | None = None
        self.started_here = False
        self.port: int | None = None

    # -- paths -------------------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        assert self.slot_dir is not None
        return self.slot_dir / "data"

    @property
    def log_file(self) -> Path:
        assert self.slot_dir is not None
        return self.slot_dir / "server.log"

    # -- lifecycle ---------------------------------------------------------------------

    def start(self) -> SchemaDiffServer:
        """Lock a slot, create the cluster if needed, start or adopt its server."""
        self._lock_slot()
        self.binaries = self._reachable_binaries()
        self._ensure_initialized()
        port = self._running_port()
        if port is None or not self._responds(port):
            if port is not None:
                self._pg_ctl("stop", "-m", "immediate", check=False)
            port = self._start_server()
            self.started_here = True
        self.port = port
        url = f"postgresql://{_SUPERUSER}@127.0.0.1:{port}/postgres"
        version = self._server_version(url)
        return SchemaDiffServer(
            url=url,
            version=version,
            bin_dir=self.binaries.bin_dir,
            mode="private",
            description=(
                f"PostgreSQL {version} (private cluster on 127.0.0.1:{port}; binaries: "
                f"{self.binaries.source} {self.binaries.bin_dir}; data: {self.data_dir})"
            ),
            data_dir=self.data_dir,
        )

    def stop(self) -> None:
        """Stop the server (also one adopted from a killed run) and release the slot."""
        if self.slot_dir is not None and (self.data_dir / "postmaster.pid").exists():
            self._pg_ctl("stop", "-m", "fast", "-w", "-t", "60", check=False)
        if self._lock_file is not None:
            self._lock_file.close()  # releases the flock
            self._lock_file = None

    # -- steps -------------------------------------------------------------------------

    def _lock_slot(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        for slot in range(_SLOTS):
            slot_dir = self.root / f"slot{slot}"
            slot_dir.mkdir(exist_ok=True)
            handle = open(slot_dir / "lock", "a")  # noqa: SIM115 - held for the whole run
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                continue
            self._lock_file, self.slot_dir = handle, slot_dir
            if self._run_as:
                os.chown(slot_dir, self._run_as.pw_uid, self._run_as.pw_gid)
            return
        raise ServerError(
            f"all {_SLOTS} private cluster slots in {self.root} are in use by other pytest runs"
        )

    def _ensure_initialized(self) -> None:
        if (self.data_dir / "PG_VERSION").is_file():
            return
        if self.data_dir.exists():
            shutil.rmtree(self.data_dir)  # an initdb that was interrupted
        self._run(
            [
                self.binaries.tool("initdb"),
                "-D",
                str(self.data_dir),
                "-U",
                _SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync",
                "--no-instructions",
            ],
            f"initdb of {self.data_dir}"
            + (
                f" (run as {_ROOT_RUNS_SERVER_AS!r}, which must be able to reach it: set "
                "SCHEMADIFF_CACHE_DIR to a directory every user can traverse)"
                if self._run_as
                else ""
            ),
        )
        with open(self.data_dir / "postgresql.conf", "a") as conf:
            conf.write("\n# pytest-schemadiff: tuned for tests\n")
            conf.writelines(f"{name} = {value}\n" for name, value in _SETTINGS.items())

    def _running_port(self) -> int | None:
        """Port of a server left running in this slot by a run that was killed."""
        try:
            lines = (self.data_dir / "postmaster.pid").read_text().splitlines()
            pid, port = int(lines[0]), int(lines[3])
        except (OSError, ValueError, IndexError):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass  # alive, owned by the server user
        return port

    def _responds(self, port: int) -> bool:
        try:
            psycopg2.connect(
                host="127.0.0.1", port=port, user=_SUPERUSER, dbname="postgres", connect_timeout=5
            ).close()
        except psycopg2.Error:
            return False
        return True

    def _start_server(self) -> int:
        last_error = ""
        for _attempt in range(5):
            port = _free_port()  # another process may take it before we bind: retry
            result = self._pg_ctl(
                "start",
                "-w",
                "-t",
                "60",
                "-l",
                str(self.log_file),
                "-o",
                f"-p {port}",
                check=False,
            )
            if result.returncode == 0:
                return port
            last_error = self._log_tail()
            if "could not bind" not in last_error and "in use" not in last_error:
                break
        raise ServerError(
            f"the private PostgreSQL {self.binaries.major} cluster in {self.data_dir} did not "
            f"start: {last_error or 'see ' + str(self.log_file)}"
        )

    def _server_version(self, url: str) -> ServerVersion:
        with contextlib.closing(psycopg2.connect(url)) as conn:
            return ServerVersion.from_num(conn.server_version)

    # -- running programs --------------------------------------------------------------

    def _pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [self.binaries.tool("pg_ctl"), "-D", str(self.data_dir), *args]
        return self._run(command, f"pg_ctl {args[0]}", check=check)

    def _run(
        self, command: list[str], what: str, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        extra: dict[str, Any] = {}
        if self._run_as:
            extra = {"user": self._run_as.pw_uid, "group": self._run_as.pw_gid, "extra_groups": []}
        # Output goes to files, not pipes: a server started by pg_ctl keeps pipes open forever.
        with open(os.devnull, "w") as devnull:
            result = subprocess.run(
                command,
                stdout=devnull,
                stderr=subprocess.PIPE if what.startswith("initdb") else devnull,
                text=True,
                cwd=str(self.slot_dir),
                check=False,
                **extra,
            )
        if check and result.returncode != 0:
            lines = (result.stderr or "").strip().splitlines()
            detail = lines[-1] if lines else f"exit code {result.returncode}"
            raise ServerError(f"{what} failed: {detail}")
        return result

    def _log_tail(self) -> str:
        try:
            lines = self.log_file.read_text(errors="replace").strip().splitlines()
        except OSError:
            return ""
        errors = [line for line in lines if "FATAL" in line or "ERROR" in line]
        return (errors or lines or [""])[-1]

    def _server_user_can_run(self, binaries: PgBinaries) -> bool:
        assert self._run_as is not None
        try:
            result = subprocess.run(
                [binaries.tool("postgres"), "--version"],
                capture_output=True,
                check=False,
                user=self._run_as.pw_uid,
                group=self._run_as.pw_gid,
                extra_groups=[],
            )
        except OSError:
            return False
        return result.returncode == 0

    def _reachable_binaries(self) -> PgBinaries:
        """Binaries the server user can execute.

        As root, a virtual environment under /root is out of the server user's reach: copy
        the installation once into the (world-readable) cache and run it from there.
        """
        if not self._run_as or self._server_user_can_run(self.binaries):
            return self.binaries
        install = self.binaries.bin_dir.parent
        copy = self.root / "binaries" / f"{self.binaries.version}"
        if not (copy / "bin" / "postgres").is_file():
            staging = copy.with_name(copy.name + f".tmp{os.getpid()}")
            shutil.rmtree(staging, ignore_errors=True)
            for part in ("bin", "lib", "share"):
                if (install / part).is_dir():
                    shutil.copytree(install / part, staging / part, symlinks=True)
            shutil.rmtree(copy, ignore_errors=True)
            staging.rename(copy)
            for directory in (self.root.parent, self.root, copy.parent):
                directory.chmod(0o755)
        source = f"{self.binaries.source}, copied to the cache"
        copied = replace(self.binaries, bin_dir=copy / "bin", source=source)
        if not self._server_user_can_run(copied):
            raise ServerError(
                f"running as root, the private cluster runs as user {_ROOT_RUNS_SERVER_AS!r}, "
                f"which cannot execute {copied.bin_dir}; use --schemadiff-url instead"
            )
        return copied
