"""One process's templates and reusable clones: the pre/post states, the target, SQL files.

The plugin makes one ``Workspace`` per process and pytest run. Templates are shared by every
process and later runs (see ``templates.py``); clones belong to this process.
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ..errors import SchemaDiffError
from ..loading import load_path
from ..reads import Reads, recording
from ..server import SchemaDiffServer
from .inputs import MigrationInputs, inputs_key
from .isolation import WorkingDatabase
from .provider import provider_key
from .templates import Template, TemplateStore, content_key, uncached_states

__all__ = [
    "Loader",
    "Workspace",
    "activate",
    "active_workspace",
    "deactivate",
    "get_workspace",
    "record_setup",
    "uncached_lines",
]

Loader = Callable[[str], None]


def _code_of(loader: Loader) -> str:
    """What identifies a loader's behaviour in a template key: its source code."""
    try:
        return inspect.getsource(loader)
    except (OSError, TypeError):
        return getattr(loader, "__qualname__", repr(type(loader)))


def project_of(rootpath: Path) -> str:
    """The template "project" of a rootdir."""
    return hashlib.sha256(str(rootpath).encode()).hexdigest()[:8]


# What each loader fixture's setup read, by the loader it returned (see record_setup).
_setup_reads: dict[int, tuple[object, Reads]] = {}


@contextlib.contextmanager
def record_setup(fixturedef: pytest.FixtureDef[Any]) -> Iterator[None]:
    """Record what a loader fixture reads while it is set up (a file read into a variable
    before its loader runs): part of its templates' keys."""
    with recording() as reads:
        yield
    cached = getattr(fixturedef, "cached_result", None)
    if cached is not None and cached[0] is not None:
        _setup_reads[id(cached[0])] = (cached[0], reads)  # the loader is kept alive with it


def setup_reads_of(loader: Loader) -> Reads | None:
    entry = _setup_reads.get(id(loader))
    return entry[1] if entry is not None and entry[0] is loader else None


class Workspace:
    """Builds templates on first use and hands out clones of them."""

    def __init__(
        self,
        server: SchemaDiffServer,
        inputs: MigrationInputs,
        run_id: str,
        worker: str,
        rootpath: Path,
    ) -> None:
        self.server = server
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

    def use_loaders(self, *, pre: Loader, post: Loader) -> None:
        self.loaders["pre"], self.loaders["post"] = pre, post

    # -- templates ---------------------------------------------------------------------

    def _key(self, state: str) -> str:
        version = str(self.server.version)
        pre = content_key(version, self.inputs.dump, _code_of(self.loaders["pre"]))
        if state == "pre":
            return pre
        if state == "post":
            # The transaction mode decides whether a migration that fails half-way leaves
            # its first half behind: another mode is another post state.
            return content_key(
                pre, self.inputs.pending, self.inputs.transaction, _code_of(self.loaders["post"])
            )
        target = self.inputs.target
        assert target is not None
        return content_key(version, target.path, _code_of(target.loader) if target.loader else None)

    def _setup_reads(self, state: str) -> Reads | None:
        """What the loader fixtures of ``state`` read while they were set up (post builds on
        pre, so it counts both)."""
        names = {"pre": ["pre"], "post": ["pre", "post"]}.get(state, [])
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
        return lambda url: load_path(path, url, bin_dir=self.server.bin_dir)

    def template(self, state: str) -> Template:
        """The template of ``state`` (``pre``, ``post`` or ``target``), built on first use
        (once across xdist workers and kept for later runs)."""
        if state in self._failures:
            raise SchemaDiffError(self._failures[state])
        if state not in self._templates:
            load = self._target_loader() if state == "target" else self.loaders[state]
            try:
                self._templates[state] = self.store.ensure(
                    self.project,
                    state,
                    self._key(state),
                    load,
                    rebuild=self.inputs.rebuild,
                    also_read=self._setup_reads(state),
                )
            except SchemaDiffError as exc:
                what = "target" if state == "target" else f"{state}-migration"
                self._failures[state] = f"building the {what} database: {exc}"
                raise SchemaDiffError(self._failures[state]) from None
        return self._templates[state]

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

    def fresh_every_run(self) -> dict[str, str]:
        """state -> why its template cannot be cached (built fresh every run)."""
        return dict(self.store.unkeyable)

    def close(self) -> None:
        """Drop (or keep as spares) this process's clones, then let go of its templates."""
        try:
            for working in self._working.values():
                working.close()
            self._working.clear()
        finally:
            self.store.close()


workspace_key = pytest.StashKey[Workspace]()

# The configs of the running pytest sessions, innermost last, for helpers called from
# inside tests. A stack: a session run inside another (pytester) gives the outer one its
# server back when it ends.
_active_configs: list[pytest.Config] = []


def activate(config: pytest.Config) -> None:
    _active_configs.append(config)


def deactivate(config: pytest.Config) -> None:
    """End of the run: drop this process's clones."""
    if config in _active_configs:
        _active_configs.remove(config)
    workspace = config.stash.get(workspace_key, None)
    if workspace is not None:
        workspace.close()


def get_workspace(config: pytest.Config) -> Workspace:
    """This process's workspace, created on first use."""
    workspace = config.stash.get(workspace_key, None)
    if workspace is None:
        provider = config.stash[provider_key]
        worker = getattr(config, "workerinput", {}).get("workerid", "main")
        workspace = Workspace(
            provider.get(), config.stash[inputs_key], provider.run_id, worker, config.rootpath
        )
        config.stash[workspace_key] = workspace
    return workspace


def active_workspace() -> Workspace | None:
    """The running session's workspace, or None outside a pytest run with this plugin."""
    return get_workspace(_active_configs[-1]) if _active_configs else None


def uncached_lines(config: pytest.Config) -> list[str]:
    """For the end of the run: one line per state whose template this run built but no later
    run can reuse (its build ran a program whose reads cannot be followed)."""
    provider = config.stash.get(provider_key, None)
    if provider is None or not provider.started:
        return []
    try:
        found = uncached_states(provider.get(), project_of(config.rootpath), provider.run_id)
    except SchemaDiffError:
        return []
    return [
        f"the {state} template is not cached, it is built fresh every run: {why}"
        for state, why in sorted(found.items())
    ]
