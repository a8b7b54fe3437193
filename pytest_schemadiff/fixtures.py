"""The plugin's fixtures. Each decision is a small fixture a ``conftest.py`` can override.

``load_pre_migration`` and ``load_post_migration`` are the seed recipe's two functions as
fixtures: each returns a callable that fills the database URL it is given. Override them
to build the states some other way (an ORM's ``create_all``, a migration tool, ...).
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Callable, Iterator

import pytest

from .database import Database
from .errors import SchemaDiffError
from .inputs import MigrationInputs
from .isolation import WorkingDatabase
from .loading import load_path
from .provider import provider_key
from .server import SchemaDiffServer
from .templates import Template, TemplateStore, content_key

__all__ = [
    "Loader",
    "db",
    "load_post_migration",
    "load_pre_migration",
    "schemadiff_inputs",
    "schemadiff_server",
    "schemadiff_workspace",
]

Loader = Callable[[str], None]
inputs_key = pytest.StashKey[MigrationInputs]()


@pytest.fixture(scope="session")
def schemadiff_server(request: pytest.FixtureRequest) -> SchemaDiffServer:
    """The PostgreSQL server of this run: the private cluster or ``--schemadiff-url``.

    Offers ``.url``, ``.version``, ``.bin_dir`` (psql, pg_dump, pg_restore for it),
    ``.create_database(name, template=None)`` and ``.drop_database(name)``; the databases
    it makes are named ``schemadiff_*``.
    """
    return request.config.stash[provider_key].get()


@pytest.fixture(scope="session")
def schemadiff_inputs(request: pytest.FixtureRequest) -> MigrationInputs:
    """The dump, pending migration and target this run was given (see ``inputs.py``)."""
    return request.config.stash[inputs_key]


@pytest.fixture(scope="session")
def load_pre_migration(
    schemadiff_inputs: MigrationInputs, schemadiff_server: SchemaDiffServer
) -> Loader:
    """Fill a database with the pre-migration state: the production dump."""
    dump = schemadiff_inputs.dump

    def load_pre(url: str) -> None:
        if dump is not None:
            load_path(dump, url, bin_dir=schemadiff_server.bin_dir)

    return load_pre


@pytest.fixture(scope="session")
def load_post_migration(
    load_pre_migration: Loader,
    schemadiff_inputs: MigrationInputs,
    schemadiff_server: SchemaDiffServer,
) -> Loader:
    """Fill a database with the post-migration state: the pre state, then pending.sql."""
    pending = schemadiff_inputs.pending

    def load_post(url: str) -> None:
        load_pre_migration(url)
        if pending is not None:
            load_path(pending, url, bin_dir=schemadiff_server.bin_dir)

    return load_post


def _code_of(loader: Loader) -> str:
    """What identifies a loader's behaviour in a template key: its source code."""
    try:
        return inspect.getsource(loader)
    except (OSError, TypeError):
        return getattr(loader, "__qualname__", repr(type(loader)))


class Workspace:
    """This process's templates and reusable clones, one per migration state."""

    def __init__(
        self,
        server: SchemaDiffServer,
        inputs: MigrationInputs,
        run_id: str,
        worker: str,
        project: str,
        loaders: dict[str, Loader],
    ) -> None:
        self.server = server
        self.inputs = inputs
        self.worker = worker
        self.project = project
        self.loaders = loaders
        self.store = TemplateStore(server, run_id)
        self.run_id = run_id
        self._templates: dict[str, Template] = {}
        self._failures: dict[str, str] = {}
        self._working: dict[str, WorkingDatabase] = {}

    def key(self, state: str) -> str:
        version = str(self.server.version)
        pre = content_key(version, self.inputs.dump, _code_of(self.loaders["pre"]))
        if state == "pre":
            return pre
        return content_key(pre, self.inputs.pending, _code_of(self.loaders["post"]))

    def template(self, state: str) -> Template:
        """The template of ``state``, built on first use (once across xdist workers)."""
        if state in self._failures:
            raise SchemaDiffError(self._failures[state])
        if state not in self._templates:
            try:
                self._templates[state] = self.store.ensure(
                    self.project,
                    state,
                    self.key(state),
                    self.loaders[state],
                    rebuild=self.inputs.rebuild,
                )
            except SchemaDiffError as exc:
                self._failures[state] = f"building the {state}-migration database: {exc}"
                raise SchemaDiffError(self._failures[state]) from None
        return self._templates[state]

    def working(self, state: str) -> WorkingDatabase:
        if state not in self._working:
            name = f"schemadiff_run_{self.run_id}_{self.worker}_{state}"
            self._working[state] = WorkingDatabase(self.server, self.template(state), name)
        return self._working[state]

    def close(self) -> None:
        for working in self._working.values():
            working.close()
        self._working.clear()


@pytest.fixture(scope="session")
def schemadiff_workspace(
    request: pytest.FixtureRequest,
    schemadiff_server: SchemaDiffServer,
    schemadiff_inputs: MigrationInputs,
    load_pre_migration: Loader,
    load_post_migration: Loader,
) -> Iterator[Workspace]:
    """Templates and per-process clones behind ``db``."""
    config = request.config
    provider = config.stash[provider_key]
    worker = getattr(config, "workerinput", {}).get("workerid", "main")
    project = hashlib.sha256(str(config.rootpath).encode()).hexdigest()[:8]
    workspace = Workspace(
        schemadiff_server,
        schemadiff_inputs,
        provider.run_id,
        worker,
        project,
        {"pre": load_pre_migration, "post": load_post_migration},
    )
    yield workspace
    workspace.close()


@pytest.fixture
def db(request: pytest.FixtureRequest, schemadiff_workspace: Workspace) -> Iterator[Database]:
    """A database in the pre- or post-migration state, fresh for this test.

    Tests that take it run once per state: ``db[pre]`` on the production dump and
    ``db[post]`` on dump + pending migration (only ``post`` without a pending migration).
    Yields a libpq URL string that also has ``.state``, ``.connect()`` and
    ``.sqlalchemy_url``. Close your connections by the end of the test: they are ended.
    """
    state = getattr(request, "param", "post")
    try:
        working = schemadiff_workspace.working(state)
        url = working.acquire()
    except SchemaDiffError as exc:
        pytest.fail(str(exc), pytrace=False)
    yield Database(url, state=state, name=working.name)
    working.release()
