"""One place that decides which PostgreSQL server a pytest run uses, and owns its lifetime.

The server is *chosen* when the run is configured: an existing server when a URL is given
(option, then environment, then ini), else the private cluster. It is *started* (or, for an
existing server, first connected to) only when something needs it: the ``schemadiff_server``
fixture, so ``db``, the loaders and the built-in checks, or ``assert_schema_matches`` given
SQL files. A run that needs no database starts nothing and writes nothing in the cache.

When the server cannot be had, the reason is kept: every later request fails at once with
the same line. Under xdist, workers share one server through the run directory the
controller hands them (see ``sharing.py``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from ..errors import ConfigError, SchemaDiffError, ServerError
from ..server.binaries import DEFAULT_MAJOR, PgBinaries, find_binaries
from ..urls import mask_password
from .runs import new_run_id
from .sharing import SharedRun, can_share

if TYPE_CHECKING:
    from ..server import ExistingServer, PrivateCluster, SchemaDiffServer

__all__ = [
    "RUN_DIR_KEY",
    "RUN_ID_KEY",
    "ServerProvider",
    "one_line",
    "provider_key",
    "requested_major",
    "server_failure",
    "server_url_setting",
]

RUN_DIR_KEY = "schemadiff_run_dir"
RUN_ID_KEY = "schemadiff_run_id"
URL_ENV = "SCHEMADIFF_URL"
PG_ENV = "SCHEMADIFF_PG"


def server_url_setting(config: pytest.Config) -> tuple[str, str] | None:
    """The existing-server URL and where it came from, or None for the private cluster.

    Precedence: ``--schemadiff-url``, then ``$SCHEMADIFF_URL``, then the ini key
    ``schemadiff_url``: the command line beats the machine, which beats the project's
    committed settings.
    """
    option = config.getoption("schemadiff_url")
    if option:
        return option, "--schemadiff-url"
    env = os.environ.get(URL_ENV)
    if env:
        return env, f"${URL_ENV}"
    ini = config.getini("schemadiff_url")
    if ini:
        return str(ini), "ini schemadiff_url"
    return None


def requested_major(config: pytest.Config) -> int:
    """Major version for the private cluster: option, then environment, then ini."""
    for value, source in (
        (config.getoption("schemadiff_pg"), "--schemadiff-pg"),
        (os.environ.get(PG_ENV), f"${PG_ENV}"),
        (config.getini("schemadiff_pg"), "ini schemadiff_pg"),
    ):
        if value:
            try:
                return int(str(value).strip())
            except ValueError:
                raise ConfigError(
                    f"{source}: expected a PostgreSQL major version such as 17, got {value!r}"
                ) from None
    return DEFAULT_MAJOR


def _where(url: str) -> str:
    """``host:port as user 'name'`` of a URL or DSN, read without connecting (no password)."""
    import psycopg2.extensions  # only for an existing server's URL

    try:
        params = psycopg2.extensions.parse_dsn(url)
    except psycopg2.ProgrammingError:
        return f"at {mask_password(url)}"
    host = params.get("host") or os.environ.get("PGHOST") or "local socket"
    port = params.get("port") or os.environ.get("PGPORT") or "5432"
    user = params.get("user") or os.environ.get("PGUSER") or "(your login name)"
    return mask_password(f"{host}:{port} as user {user!r}")


def one_line(exc: BaseException) -> str:
    """A driver or OS error as the one line a user sees."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    text = str(exc).strip()
    return mask_password(text.splitlines()[0] if text else type(exc).__name__)


def server_failure(server: SchemaDiffServer, exc: BaseException) -> str:
    """One line for an error met while using ``server``; says so when the private cluster's
    disk filled up or its postmaster is gone (killed, crashed), which the next run recovers
    from by itself."""
    line = one_line(exc)
    # Only for a lost connection: an input's own error is never relabelled by the log.
    filled = server.disk_filled() if "connection" in line.lower() else None
    if filled:
        return f"{filled} ({line})"
    gone = server.postmaster_gone()
    return f"{gone}: {line}" if gone else line


@dataclass(frozen=True)
class _Existing:
    url: str
    source: str


@dataclass(frozen=True)
class _Private:
    major: int


class ServerProvider:
    """Starts the run's server on first use and stops it at the end, if it started it."""

    def __init__(self, config: pytest.Config) -> None:
        url = server_url_setting(config)
        # The major is checked now even though nothing starts yet: a typo is a usage error.
        self.choice = _Existing(*url) if url else _Private(requested_major(config))
        workerinput = getattr(config, "workerinput", None) or {}
        # One run id for all workers: templates built in this run are not rebuilt by a
        # sibling worker under --schemadiff-rebuild (see templates.py).
        self.run_id = str(workerinput.get(RUN_ID_KEY) or new_run_id())
        run_dir = workerinput.get(RUN_DIR_KEY)
        self._shared = SharedRun(Path(run_dir)) if run_dir and can_share() else None
        self._server: SchemaDiffServer | None = None
        self._description: str | None = None
        self._failure: str | None = None
        self._binaries: PgBinaries | ServerError | None = None
        # What this process started and must stop: the private cluster (and its slot), or
        # an existing server's password file.
        self._cluster: ExistingServer | PrivateCluster | None = None

    @property
    def started(self) -> bool:
        return self._server is not None

    def serves(self, server: SchemaDiffServer) -> bool:
        """Whether ``server`` is this run's own (not a conftest.py's)."""
        return self._server is server

    # -- before anything starts --------------------------------------------------------

    def _find_binaries(self) -> PgBinaries:
        assert isinstance(self.choice, _Private)
        if self._binaries is None:
            try:
                self._binaries = find_binaries(self.choice.major)
            except ServerError as exc:
                self._binaries = exc
        if isinstance(self._binaries, ServerError):
            raise ServerError(str(self._binaries))
        return self._binaries

    def header(self) -> str:
        """Which server this run will use, said without starting or connecting to it."""
        if isinstance(self.choice, _Existing):
            return (
                f"existing server {_where(self.choice.url)} (from {self.choice.source}), "
                "connected to when a test needs it"
            )
        what = f"private PostgreSQL {self.choice.major} cluster"
        try:
            binaries = self._find_binaries()
        except ServerError as exc:
            return f"{what}: {exc}"
        return (
            f"{what} (binaries: {binaries.source} {binaries.bin_dir}), started when a test needs it"
        )

    # -- starting ----------------------------------------------------------------------

    def get(self) -> SchemaDiffServer:
        """The run's server, started on first use; ServerError with one line if it cannot be
        had (and at once on every later call, with the same line)."""
        if self._failure is not None:
            raise ServerError(self._failure)
        if self._server is None:
            import psycopg2  # the driver: loaded once a server is needed

            try:
                server = self._shared.join(self._start) if self._shared else self._start()
            except (SchemaDiffError, psycopg2.Error, OSError) as exc:
                self._failure = one_line(exc)
                raise ServerError(self._failure) from None
            self._server = server
            self._description = server.description
        return self._server

    def _start(self) -> SchemaDiffServer:
        """Start or reach the server; any failure is a ServerError with one line."""
        import psycopg2

        from ..server import ExistingServer, PrivateCluster

        if isinstance(self.choice, _Existing):
            existing = ExistingServer(self.choice.url, self.choice.source)
            self._cluster = existing
            try:
                return existing.start()
            except (SchemaDiffError, psycopg2.Error, OSError) as exc:
                self._stop_cluster()
                raise ServerError(one_line(exc)) from None
        what = f"the private PostgreSQL {self.choice.major} cluster"
        cluster = PrivateCluster(self._find_binaries())
        self._cluster = cluster
        try:
            return cluster.start()
        except (SchemaDiffError, psycopg2.Error, OSError) as exc:
            self._stop_cluster()  # releases the slot it may have locked
            hint = ""
            if isinstance(exc, OSError):
                hint = (
                    " (set SCHEMADIFF_CACHE_DIR to a directory you may write, or use "
                    "--schemadiff-url)"
                )
            raise ServerError(f"{what} cannot start: {one_line(exc)}{hint}") from None

    @contextlib.contextmanager
    def temporary_server(self) -> Iterator[SchemaDiffServer]:
        """The run's server for one block of work before any test (``--schemadiff-prune``),
        started and stopped around it; the one tests get is started apart, when needed."""
        import psycopg2

        from ..server import running_server

        if self._server is not None:
            yield self._server
            return
        url, source = (
            (self.choice.url, self.choice.source)
            if isinstance(self.choice, _Existing)
            else (None, "")
        )
        major = self.choice.major if isinstance(self.choice, _Private) else None
        try:
            with running_server(url, source, major) as server:
                yield server
        except (psycopg2.Error, OSError) as exc:
            raise ServerError(one_line(exc)) from None

    # -- the end -----------------------------------------------------------------------

    def _stop_cluster(self) -> None:
        cluster, self._cluster = self._cluster, None
        if cluster is not None:
            cluster.stop()

    def close(self) -> None:
        """Stop what this process started (the private cluster and its slot, or an existing
        server's password file); under xdist only once the other workers are done with it."""
        stop = self._stop_cluster if self._cluster is not None else None
        try:
            if self._shared is not None:
                self._shared.leave(stop)
            elif stop is not None:
                stop()
        except (SchemaDiffError, OSError) as exc:
            raise ServerError(f"stopping the run's server: {one_line(exc)}") from None
        finally:
            self._server = None

    def used_description(self) -> str | None:
        """What this process used, for the summary line; None if it needed no server."""
        return self._description


provider_key = pytest.StashKey[ServerProvider]()
