"""The plugin's fixtures. Each decision is a small fixture a ``conftest.py`` can override.

``load_pre_migration`` and ``load_post_migration`` are the seed recipe's two functions as
fixtures: each returns a callable that fills the database URL it is given. Override them
to build the states some other way (an ORM's ``create_all``, a migration tool, ...).
``load_rolled_back`` builds on ``load_post_migration`` the same way, for the rollback check.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, NoReturn

import pytest

from ..errors import SchemaDiffError, with_driver_errors
from .database import Database
from .inputs import Layered, Loader, MigrationInputs, inputs_key
from .provider import provider_key, server_failure

if TYPE_CHECKING:
    from ..server import SchemaDiffServer
    from .workspace import Workspace

__all__ = [
    "Loader",
    "db",
    "load_post_migration",
    "load_pre_migration",
    "load_rolled_back",
    "schemadiff_inputs",
    "schemadiff_server",
    "schemadiff_workspace",
]


def _fail(message: str) -> NoReturn:
    __tracebackhide__ = True
    pytest.fail(message, pytrace=False)


@pytest.fixture(scope="session")
def schemadiff_server(request: pytest.FixtureRequest) -> SchemaDiffServer:
    """The PostgreSQL server of this run: the private cluster or ``--schemadiff-url``,
    started (or connected to) the first time a test needs it.

    Offers ``.url``, ``.version``, ``.bin_dir`` (psql, pg_dump, pg_restore for it),
    ``.create_database(name, template=None)`` and ``.drop_database(name)``; the databases
    it makes are named ``schemadiff_*``. ``db``, the loaders and the built-in checks reach
    the server through this fixture: override it in a ``conftest.py`` (for example with
    ``pytest_schemadiff.server.use_existing_server(url, "conftest.py")``) to move them all.
    When no server can be had, every test that needs one errors with the reason.
    """
    failure: str | None = None
    try:
        return request.config.stash[provider_key].get()
    except SchemaDiffError as exc:
        failure = str(exc)
    # Outside the except block: inside it, pytest would print the error as the context of
    # the failure. A session fixture's failure is kept: later tests fail with it at once.
    _fail(f"pytest-schemadiff: {failure}")


@pytest.fixture(scope="session")
def schemadiff_inputs(request: pytest.FixtureRequest) -> MigrationInputs:
    """The dump, pending migration and target this run was given (see ``inputs.py``)."""
    return request.config.stash[inputs_key]


@pytest.fixture(scope="session")
def load_pre_migration(
    schemadiff_inputs: MigrationInputs, schemadiff_server: SchemaDiffServer
) -> Loader:
    """Fill a database with the pre-migration state: the production dump, its materialized
    views populated (see ``matviews.py``). An empty dump file is an empty database: a
    project with no production yet. A dump given as a database URL is copied into the
    database before this runs (see ``source.py``): nothing is left to load, and its
    materialized views are populated already."""
    dump = None if schemadiff_inputs.dump_is_empty else schemadiff_inputs.dump
    populate = schemadiff_inputs.matviews == "populate"

    def load_pre(url: str) -> None:
        if dump is not None:
            from ..loading import load_path  # on first use: compiling its patterns costs
            from . import progress
            from .matviews import dump_has_data
            from .matviews import populate as refresh

            with progress.step("loading", dump):
                load_path(dump, url, bin_dir=schemadiff_server.bin_dir)
            # A pg_dump with data refreshed the views production had populated itself.
            if populate and not dump_has_data(dump, schemadiff_server.bin_dir):
                refreshed = refresh(url, source=str(dump))
                if refreshed:
                    progress.note(
                        f"  populated {len(refreshed)} materialized view(s) the dump left "
                        f"empty: {', '.join(refreshed)}"
                    )

    return load_pre


@pytest.fixture(scope="session")
def load_post_migration(
    load_pre_migration: Loader,
    schemadiff_inputs: MigrationInputs,
    schemadiff_server: SchemaDiffServer,
) -> Loader:
    """Fill a database with the post-migration state: the pre state, then pending.sql
    (measured, with the run's ``lock_timeout`` and ``statement_timeout``)."""
    # An empty or comments-only pending.sql means "no migration" (only db[post] runs), and
    # psql is never given it: an empty file is a load error.
    pending = schemadiff_inputs.pending if schemadiff_inputs.has_pending else None
    single = schemadiff_inputs.transaction == "single"
    timeouts = schemadiff_inputs.timeouts

    def apply_pending(url: str) -> None:
        if pending is not None:
            from ..loading import load_path
            from . import progress

            # Measured (see ``impact``): kept with the template, reported at the end.
            with progress.step("applying", pending):
                load_path(
                    pending,
                    url,
                    bin_dir=schemadiff_server.bin_dir,
                    single_transaction=single,
                    measure=True,
                    timeouts=timeouts,
                )

    # The pre state, then pending.sql: built as a copy of the pre template (see Layered).
    return Layered("pre", load_pre_migration, apply_pending)


@pytest.fixture(scope="session")
def load_rolled_back(
    load_post_migration: Loader,
    schemadiff_inputs: MigrationInputs,
    schemadiff_server: SchemaDiffServer,
) -> Loader:
    """Fill a database with the rolled-back state: the post state, then the rollback
    migration, in the transaction mode of pending.sql (see ``reversibility.py``)."""
    rollback = schemadiff_inputs.rollback if schemadiff_inputs.has_rollback else None
    single = schemadiff_inputs.transaction == "single"

    def apply_rollback(url: str) -> None:
        if rollback is not None:
            from ..loading import load_path
            from . import progress

            # Measured too: its exact row counts after the rollback are kept with the
            # template, so a warm run compares rows without cloning it.
            with progress.step("applying", rollback):
                load_path(
                    rollback,
                    url,
                    bin_dir=schemadiff_server.bin_dir,
                    single_transaction=single,
                    measure=True,
                )

    return Layered("post", load_post_migration, apply_rollback)


@pytest.fixture(scope="session")
def schemadiff_workspace(
    request: pytest.FixtureRequest,
    schemadiff_server: SchemaDiffServer,
    load_pre_migration: Loader,
    load_post_migration: Loader,
    load_rolled_back: Loader,
) -> Workspace:
    """Templates and per-process clones behind ``db`` on ``schemadiff_server``, built with
    the loader fixtures."""
    from .workspace import get_workspace  # templates and clones: only once a test needs them

    failure: str | None = None
    try:
        workspace = get_workspace(request.config, schemadiff_server)
    except SchemaDiffError as exc:
        failure = server_failure(schemadiff_server, exc)
    if failure is not None:
        _fail(f"pytest-schemadiff: {failure}")
    workspace.use_loaders(
        pre=load_pre_migration, post=load_post_migration, rollback=load_rolled_back
    )
    return workspace


@pytest.fixture
def db(request: pytest.FixtureRequest, schemadiff_workspace: Workspace) -> Iterator[Database]:
    """A database in the pre- or post-migration state, fresh for this test.

    Tests that take it run once per state: ``db[pre]`` on the production dump and
    ``db[post]`` on dump + pending migration (only ``post`` without a pending migration).
    Yields a libpq URL string that also has ``.state``, ``.connect()`` and
    ``.sqlalchemy_url``. Close your connections by the end of the test: they are ended.
    """
    state = getattr(request, "param", "post")
    server = schemadiff_workspace.server
    failure: str | None = None
    try:
        working = schemadiff_workspace.working(state)
        url = working.acquire()
    except with_driver_errors() as exc:
        failure = server_failure(server, exc)
    if failure is not None:
        # Outside the except block: inside it, pytest would print the SchemaDiffError as
        # the context of the failure, twice the one line the user should see.
        _fail(failure)
    yield Database(url, state=state, name=working.name)
    try:
        working.release()
    except with_driver_errors() as exc:
        failure = server_failure(server, exc)
    if failure is not None:
        _fail(f"resetting db[{state}] after the test: {failure}")
