"""One place that decides which PostgreSQL server a pytest run uses, and owns its lifetime.

The server is chosen once per run: an existing server when a URL is given (option, then
environment, then ini), else the private cluster. Under xdist the controller starts it and
hands its description to every worker, so exactly one process starts and stops it.
"""

from __future__ import annotations

import os

import pytest

from ..errors import ConfigError
from ..server import (
    DEFAULT_MAJOR,
    ExistingServer,
    PrivateCluster,
    SchemaDiffServer,
    server_for,
)
from .runs import RunLease, new_run_id
from .templates import retire_templates

__all__ = ["ServerProvider", "provider_key", "server_url_setting"]

WORKER_INPUT_KEY = "schemadiff_server"
RUN_ID_KEY = "schemadiff_run_id"
URL_ENV = "SCHEMADIFF_URL"
PG_ENV = "SCHEMADIFF_PG"


def server_url_setting(config: pytest.Config) -> tuple[str, str] | None:
    """The existing-server URL and where it came from, or None for the private cluster.

    Precedence: ``--schemadiff-url``, then ``$SCHEMADIFF_URL``, then ini ``schemadiff_url``:
    the command line beats the machine, which beats the project's committed settings.
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


class ServerProvider:
    """Starts the run's server on first use and stops it at the end, if it started it."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self._server: SchemaDiffServer | None = None
        self._cluster: ExistingServer | PrivateCluster | None = None
        self._lease: RunLease | None = None
        workerinput = getattr(config, "workerinput", None)
        if workerinput and WORKER_INPUT_KEY in workerinput:
            # An xdist worker: the controller started the server and holds the run's lease.
            self._server = SchemaDiffServer.from_json(workerinput[WORKER_INPUT_KEY])
            self.run_id = str(workerinput[RUN_ID_KEY])
        else:
            self.run_id = new_run_id()

    @property
    def started(self) -> bool:
        return self._server is not None

    def get(self) -> SchemaDiffServer:
        if self._server is None:
            url, source = server_url_setting(self.config) or (None, "")
            major = requested_major(self.config) if url is None else None
            # Stopped in close(), even when it fails to start: the cluster and its slot, or
            # the run's password file.
            self._cluster = server_for(url, source, major)
            self._server = self._cluster.start()
            self._lease = RunLease(self._server, self.run_id)
            self._lease.acquire()  # also drops what runs that died left behind
            retire_templates(self._server, prune=bool(self.config.getoption("schemadiff_prune")))
        return self._server

    def close(self) -> None:
        """Release the run's lease and stop the private cluster if this process started it."""
        if self._lease is not None:
            self._lease.release()
            self._lease = None
        if self._cluster is not None:
            self._cluster.stop()
            self._cluster = None


provider_key = pytest.StashKey[ServerProvider]()
