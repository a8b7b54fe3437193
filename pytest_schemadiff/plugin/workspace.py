"""One process's templates and reusable clones: the pre/post states, the target, SQL files.

The plugin makes one ``Workspace`` per process and pytest run. Templates are shared by every
process and later runs (see ``templates.py``); clones belong to this process.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg2
import pytest

from ..errors import SchemaDiffError, ServerError
from ..impact import record
from ..impact.counts import Counts
from ..reads import Reads
from ..server import SchemaDiffServer
from ..urls import mask_password
from . import ledger
from .inputs import Layered, Loader, MigrationInputs, inputs_key
from .isolation import WorkingDatabase
from .ledger import project_of
from .provider import RUN_DIR_KEY, one_line, provider_key
from .runs import RunLease
from .session import active_configs, setup_reads_of, workspaces_key
from .source import SourceDatabase, copy_source
from .templates import (
    Template,
    TemplateStore,
    content_key,
    retire_templates,
    uncached_states,
)

__all__ = ["Loader", "Workspace", "active_workspace", "get_workspace"]


def _code_of(loader: Loader) -> str:
    """What identifies a loader's behaviour in a template key: its source code."""
    if isinstance(loader, Layered):
        return _code_of(loader.base) + _code_of(loader.delta)
    try:
        return inspect.getsource(loader)
    except (OSError, TypeError):
        return getattr(loader, "__qualname__", repr(type(loader)))


# How a state's database is named in messages ("the post-migration database ...").
_WHAT = {
    "pre": "pre-migration",
    "post": "post-migration",
    "rollback": "rolled-back",
    "target": "target",
}


class _FailedElsewhere(SchemaDiffError):
    """This build failed in another worker of the run, which said why."""


# What each loader fixture's setup read, by the loader it returned (see record_setup).
class Workspace:
    """Builds templates on first use and hands out clones of them."""

    def __init__(
        self,
        server: SchemaDiffServer,
        inputs: MigrationInputs,
        run_id: str,
        worker: str,
        rootpath: Path,
        lease: RunLease | None = None,
    ) -> None:
        self.server = server
        # Held while this process may have databases of the run on the server: a run that
        # died is told from a live one by it (see runs.py).
        self.lease = lease
        self.inputs = inputs
        self.run_id = run_id
        self.worker = worker
        # Templates of one project retire each other; another checkout keeps its own.
        self.project = project_of(rootpath)
        self.store = TemplateStore(server, run_id)
        self.loaders: dict[str, Loader] = {}
        self._templates: dict[str, Template] = {}
        self._failures: dict[str, str] = {}
        self._working: dict[str, WorkingDatabase] = {}
        # The run's server setting, hashed (ledger.server_identity), when this workspace is
        # on the run's own server: then what its templates were made of is noted for the
        # next run's header. None: on a conftest.py's own server, nothing is noted.
        self.ledger_server: str | None = None
        # The xdist run's shared directory (see sharing.py): a build that failed is noted
        # there, so that the other workers point to its error instead of repeating it.
        self.shared_dir: Path | None = None

    def use_loaders(self, *, pre: Loader, post: Loader, rollback: Loader | None = None) -> None:
        self.loaders["pre"], self.loaders["post"] = pre, post
        if rollback is not None:
            self.loaders["rollback"] = rollback

    # -- templates ---------------------------------------------------------------------

    def _key(self, state: str) -> str:
        version = str(self.server.version)
        # How materialized views are left is part of the pre state (see matviews.py).
        # A source database is named by its URL, password masked (the key is in template
        # names); its content is not hashed: its templates are built fresh every run.
        source = mask_password(self.inputs.dump_url) if self.inputs.dump_url else None
        pre = content_key(
            version, self.inputs.dump, source, self.inputs.matviews, _code_of(self.loaders["pre"])
        )
        if state == "pre":
            return pre
        # The transaction mode decides whether a migration that fails half-way leaves its
        # first half behind: another mode is another post state. So do the timeouts: a
        # statement past one fails the migration.
        timeouts = self.inputs.timeouts
        post = content_key(
            pre,
            self.inputs.pending,
            self.inputs.transaction,
            timeouts.lock,
            timeouts.statement,
            _code_of(self.loaders["post"]),
        )
        if state == "post":
            return post
        if state == "rollback":
            # Everything the post state is made of, and the rollback on top (same mode).
            return content_key(post, self.inputs.rollback, _code_of(self.loaders["rollback"]))
        target = self.inputs.target
        assert target is not None
        return content_key(version, target.path, _code_of(target.loader) if target.loader else None)

    def _setup_reads(self, state: str) -> Reads | None:
        """What the loader fixtures of ``state`` read while they were set up (post builds on
        pre, so it counts both; the rolled-back state on both)."""
        chains = {"pre": ["pre"], "post": ["pre", "post"], "rollback": ["pre", "post", "rollback"]}
        names = chains.get(state, [])
        found = [setup_reads_of(self.loaders[n]) for n in names if n in self.loaders]
        if not any(found):
            return None
        merged = Reads()
        for reads in found:
            if reads is not None:
                merged.add(reads)
        return merged

    def _target_loader(self) -> Loader:
        target = self.inputs.target
        assert target is not None and target.url is None
        if target.loader is not None:
            return target.loader
        path = target.path
        assert path is not None
        from ..loading import load_path  # on first use: compiling its patterns costs

        return lambda url: load_path(path, url, bin_dir=self.server.bin_dir)

    def template(self, state: str) -> Template:
        """The template of ``state`` (``pre``, ``post``, ``rollback``: post + the rollback
        migration, or ``target``), built on first use (once across xdist workers and kept
        for later runs)."""
        what = _WHAT.get(state, state)
        if state in self._failures:
            # Said in full once, by the first test that needed it: the rest point there.
            raise SchemaDiffError(
                f"the {what} database could not be built: {self._failures[state]}"
            )
        if state not in self._templates:
            self._templates[state] = self._build(state, what)
        return self._templates[state]

    def built_template(self, state: str) -> Template | None:
        """The template of ``state`` if this process has it already (builds nothing)."""
        return self._templates.get(state)

    def _build(self, state: str, what: str) -> Template:
        """Find or build ``state``'s template: a build reports its progress, a failure is
        noted for the rest of the run (this process, and the other xdist workers), and what
        the template was made of is noted for the next run's header."""
        from . import progress

        load = self._target_loader() if state == "target" else self.loaders[state]
        key = self._key(state)
        create, fresh = self._source_copy(state)
        # The rows the copy starts from (see impact.record.starting_from).
        start_rows: Counts | None = None
        on_copy = self._builds_on_copy(load)
        if on_copy:
            assert isinstance(load, Layered)
            # A copy of the state below, then the delta alone: the dump is loaded once per
            # run. Keyed on that template's name too (a new name for every build), so a
            # rebuild below (a file the dump includes changed) rebuilds this one.
            base = self.template(load.base_state)
            key = content_key(key, base.name)
            create = functools.partial(self.server.create_database, template=base.name)
            load = load.delta
            start_rows = base.counts
            # A copy of a template built fresh every run is one too (and says why).
            fresh = base.unkeyable
        built_here = False
        first = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" (", 1)[0]
        reference = f"see the first error, in {first}" if first else "see above"

        def reported(url: str) -> None:
            # Under the build's lock: another worker of this run that failed this very build
            # left a note, so this one says where to look instead of failing it again.
            nonlocal built_here
            earlier = self._failure_note(state, key)
            if earlier is not None:
                raise _FailedElsewhere(earlier)
            built_here = True
            try:
                with progress.building(f"{state} template"), record.starting_from(url, start_rows):
                    load(url)
            except SchemaDiffError:
                self._note_failure(state, key, reference)
                raise

        start = time.monotonic()
        try:
            template = self.store.ensure(
                self.project,
                state,
                key,
                reported,
                rebuild=self.inputs.rebuild,
                also_read=self._setup_reads(state),
                create=create,
                fresh=fresh,
                count_rows=self._below_a_copy(state),
                ends_measured=on_copy,
            )
        except _FailedElsewhere as exc:
            self._failures[state] = str(exc)
            raise SchemaDiffError(f"the {what} database could not be built: {exc}") from None
        except SchemaDiffError as exc:
            self._failures[state] = reference
            raise SchemaDiffError(f"building the {what} database: {exc}") from None
        if self.ledger_server is not None and state in ("pre", "post", "rollback", "target"):
            entry = ledger.Entry(
                self.ledger_server,
                ledger.input_signature(self.inputs, state),
                time.time(),
                built_here,
                time.monotonic() - start if built_here else None,
            )
            ledger.record(self.project, state, entry)
        return template

    def _builds_on_copy(self, load: Loader) -> bool:
        """Whether ``load`` is built as a copy of the template below it: a ``Layered``
        loader whose base is the loader that template is built with (a conftest.py's loader
        of the state below too: the plugin's loader above then calls it). So too over a live
        database (``--schemadiff-dump URL``): the post state is the pre template's copy, not
        a copy of its own, so both are the same snapshot of it even when it changes while
        the run goes on."""
        return isinstance(load, Layered) and load.base is self.loaders.get(load.base_state)

    def _below_a_copy(self, state: str) -> bool:
        """Whether a state above ``state`` is built as a copy of its template by a migration
        (no ``pending.sql``: none): its rows, kept with the template, are then that
        migration's rows before. (A production copy's count takes a while: none for nothing.)"""
        return any(
            isinstance(load, Layered)
            and load.base_state == state
            and self._builds_on_copy(load)
            and (above != "post" or self.inputs.has_pending)
            for above, load in self.loaders.items()
        )

    def _source_copy(self, state: str) -> tuple[Callable[[str], str] | None, str | None]:
        """For ``--schemadiff-dump URL``: how the pre, post and rolled-back builds start when
        not on a copy of the template below (a copy of that database instead of an empty one)
        and why their templates are built fresh every run (a live database has no content
        hash, and a stale template is the worst failure)."""
        url = self.inputs.dump_url
        if url is None or state not in ("pre", "post", "rollback"):
            return None, None
        source = SourceDatabase(url)

        def create(name: str) -> str:
            from . import progress

            with progress.building(f"copy of database {source.name!r}"):
                return copy_source(self.server, source, name)

        why = f"it starts as a copy of the live database {source.name!r} (dropped after the run)"
        return create, why

    def _failure_path(self, state: str, key: str) -> Path | None:
        return None if self.shared_dir is None else self.shared_dir / f"failed-{state}-{key}"

    def _failure_note(self, state: str, key: str) -> str | None:
        path = self._failure_path(state, key)
        try:
            return path.read_text() if path is not None else None
        except OSError:
            return None

    def _note_failure(self, state: str, key: str, reference: str) -> None:
        path = self._failure_path(state, key)
        if path is not None:
            with contextlib.suppress(OSError):
                partial = path.with_name(f".{path.name}.{os.getpid()}")
                partial.write_text(reference)
                partial.replace(path)

    # -- clones ------------------------------------------------------------------------

    def working(self, state: str) -> WorkingDatabase:
        """This process's reusable clone of ``state``'s template (for ``db``)."""
        if state not in self._working:
            name = f"schemadiff_run_{self.run_id}_{self.worker}_{state}"
            self._working[state] = WorkingDatabase(self.server, self.template(state), name)
        return self._working[state]

    @contextlib.contextmanager
    def scratch_clone(self, template: Template, label: str) -> Iterator[str]:
        """A throw-away clone of ``template`` (for inspection); dropped afterwards."""
        name = f"schemadiff_run_{self.run_id}_{self.worker}_{label}"
        self.server.drop_database(name)
        url = self.server.create_database(name, template=template.name)
        try:
            yield url
        finally:
            self.server.drop_database(name)

    @contextlib.contextmanager
    def scratch_copy_of_file(self, path: Path, number: int) -> Iterator[str]:
        """A database holding SQL file or dump ``path``, from a template cached by content."""
        from ..loading import load_path

        key = content_key(str(self.server.version), path)
        template = self.store.ensure(
            self.project,
            "file",
            key,
            lambda url: load_path(path, url, bin_dir=self.server.bin_dir),
            rebuild=False,
            retire_others=False,
        )
        with self.scratch_clone(template, f"file{number}") as url:
            yield url

    def uncached_lines(self) -> list[str]:
        """One line per state whose template this run built but no later run can reuse (its
        build ran a program whose reads cannot be followed); asked of the server, so a
        template another worker of this run built counts too."""
        try:
            found = uncached_states(self.server, self.project, self.run_id)
        except (SchemaDiffError, psycopg2.Error):
            found = dict(self.store.unkeyable)  # what this process built, at least
        return [
            f"the {state} template is not cached, it is built fresh every run: {why}"
            for state, why in sorted(found.items())
        ]

    def close(self) -> list[str]:
        """Drop or keep as spares this process's clones, then let go of its templates and
        its lease; one line per clone that could not be dropped."""
        problems = []
        for working in self._working.values():
            try:
                working.close()
            except (SchemaDiffError, psycopg2.Error) as exc:
                problems.append(f"could not drop {working.name}: {one_line(exc)}")
        self._working.clear()
        self.store.close()
        if self.inputs.dump_url is not None:
            try:  # copies of the source database: no later run may use them
                self.store.drop_fresh(self.project)
            except (SchemaDiffError, psycopg2.Error) as exc:
                problems.append(f"could not drop the copies of the dump database: {one_line(exc)}")
        if self.lease is not None:
            problems += self.lease.skipped
            self.lease.release()
            self.lease = None
        return problems


# This process's workspaces, one per server: the default one and any a conftest.py's own
# ``schemadiff_server`` returns. The last one used is what ``assert_schema_matches`` uses.
def get_workspace(config: pytest.Config, server: SchemaDiffServer | None = None) -> Workspace:
    """This process's workspace on ``server`` (default: the run's server, started if it is
    not yet), created on first use."""
    if server is None:
        server = config.stash[provider_key].get()
    workspaces = config.stash[workspaces_key]
    workspace = workspaces.pop(server.url, None)
    if workspace is None:
        provider = config.stash[provider_key]
        worker = getattr(config, "workerinput", {}).get("workerid", "main")
        # On whichever server this is (the run's, or a conftest.py's own): the run's
        # databases there are protected by its lease.
        lease = RunLease(server, provider.run_id)
        try:
            lease.acquire()  # also drops what runs that died left behind
            prune = bool(config.getoption("schemadiff_prune", False))
            retire_templates(server, prune=prune)  # the retirement policy (README)
        except psycopg2.Error as exc:
            lease.release()
            raise ServerError(one_line(exc)) from None
        except BaseException:
            lease.release()
            raise
        workspace = Workspace(
            server, config.stash[inputs_key], provider.run_id, worker, config.rootpath, lease
        )
        if provider.serves(server):
            workspace.ledger_server = ledger.server_identity(provider.choice)
        run_dir = getattr(config, "workerinput", {}).get(RUN_DIR_KEY)
        workspace.shared_dir = Path(run_dir) if run_dir else None
    workspaces[server.url] = workspace  # last: the most recently used
    return workspace


def active_workspace() -> Workspace | None:
    """The running session's most recently used workspace (one on the run's server if none
    is yet, which starts the server), or None outside a pytest run with this plugin.

    Called from inside a test (``assert_schema_matches`` given SQL files): a server that
    cannot be had fails the test with its one line.
    """
    __tracebackhide__ = True
    if not active_configs:
        return None
    config = active_configs[-1]
    workspaces = config.stash[workspaces_key]
    if workspaces:
        return next(reversed(workspaces.values()))
    failure: str | None = None
    try:
        return get_workspace(config)
    except SchemaDiffError as exc:
        failure = str(exc)
    # Outside the except block, so pytest does not print the error twice.
    pytest.fail(f"pytest-schemadiff: {failure}", pytrace=False)
