"""The migration's inputs: the production dump, the pending migration, the target schema.

Each comes from a ``--schemadiff-*`` option (paths relative to the current directory) or an
ini key (paths relative to the ini file); the option wins. Without either, the dump and
the pending migration default to ``MIGRATIONS/production.dump.sql`` and
``MIGRATIONS/pending.sql`` under the rootdir, when they exist.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from ..errors import ConfigError

__all__ = ["Loader", "MigrationInputs", "Target", "inputs_key", "read_inputs"]

TRANSACTION_MODES = ("single", "none")
DEFAULT_TRANSACTION = "single"
# Fills the empty database at the URL it is given with a state (a loader fixture, a
# ``module:callable`` target).
Loader = Callable[[str], None]

DEFAULT_DUMP = Path("MIGRATIONS/production.dump.sql")
DEFAULT_PENDING = Path("MIGRATIONS/pending.sql")


@dataclass(frozen=True)
class Target:
    """The intended schema: exactly one of ``path`` (SQL file, dump or directory of SQL
    files), ``url`` (an existing database) or ``loader`` (``module:callable`` that loads
    the application's schema into the database URL it is given)."""

    spec: str
    path: Path | None = None
    url: str | None = None
    loader: Callable[[str], None] | None = None


@dataclass(frozen=True)
class MigrationInputs:
    dump: Path | None
    pending: Path | None
    target: Target | None
    rebuild: bool
    # How pending.sql runs: "single" (one transaction, psql --single-transaction) or "none"
    # (statement by statement). Dumps and targets always run statement by statement.
    transaction: str = DEFAULT_TRANSACTION

    @property
    def has_pending(self) -> bool:
        """A pending migration that is present and not just whitespace and comments."""
        return self.pending is not None and _has_statements(self.pending)


def _has_statements(path: Path) -> bool:
    if path.is_dir():
        return any(_has_statements(p) for p in path.glob("*.sql"))
    for line in path.read_text(errors="replace").splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("--"):
            return True
    return False


def _setting(config: pytest.Config, name: str) -> tuple[str, Path, str] | None:
    """(value, base directory for relative paths, where it came from) of one input."""
    option = config.getoption(f"schemadiff_{name}")
    if option:
        return str(option), Path(config.invocation_params.dir), f"--schemadiff-{name}"
    ini = config.getini(f"schemadiff_{name}")
    if ini:
        base = config.inipath.parent if config.inipath else config.rootpath
        return str(ini), base, f"ini schemadiff_{name}"
    return None


def _path_input(config: pytest.Config, name: str, default: Path) -> Path | None:
    setting = _setting(config, name)
    if setting is None:
        candidate = config.rootpath / default
        return candidate if candidate.exists() else None
    value, base, source = setting
    path = (base / value).resolve()
    if not path.exists():
        raise ConfigError(f"{source}: {path} does not exist")
    return path


def _target(config: pytest.Config) -> Target | None:
    setting = _setting(config, "target")
    if setting is None:
        return None
    value, base, source = setting
    if "://" in value or value.startswith(("host=", "dbname=")):
        return Target(value, url=value)
    path = (base / value).resolve()
    if path.exists():
        return Target(value, path=path)
    module_name, sep, attribute = value.partition(":")
    if sep and module_name and attribute:
        return Target(value, loader=_import_loader(module_name, attribute, base, source))
    raise ConfigError(
        f"{source}: {value!r} is neither an existing path, a database URL nor module:callable"
    )


def _import_loader(
    module_name: str, attribute: str, base: Path, source: str
) -> Callable[[str], None]:
    if str(base) not in sys.path:
        sys.path.insert(0, str(base))  # so a project-local module imports like in conftest
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ConfigError(f"{source}: cannot import {module_name!r}: {exc}") from None
    loader = getattr(module, attribute, None)
    if not callable(loader):
        raise ConfigError(f"{source}: {module_name}.{attribute} is not a callable")
    return loader  # type: ignore[no-any-return]


def _transaction(config: pytest.Config) -> str:
    """``--schemadiff-transaction``, else ini ``schemadiff_transaction``, else single."""
    option = config.getoption("schemadiff_transaction", None)
    source, value = "--schemadiff-transaction", option
    if not option:
        source, value = "ini schemadiff_transaction", config.getini("schemadiff_transaction")
    if not value:
        return DEFAULT_TRANSACTION
    mode = str(value).strip().lower()
    if mode not in TRANSACTION_MODES:
        raise ConfigError(f"{source}: {value!r}: expected one of {', '.join(TRANSACTION_MODES)}")
    return mode


def read_inputs(config: pytest.Config) -> MigrationInputs:
    return MigrationInputs(
        dump=_path_input(config, "dump", DEFAULT_DUMP),
        pending=_path_input(config, "pending", DEFAULT_PENDING),
        target=_target(config),
        rebuild=bool(config.getoption("schemadiff_rebuild")),
        transaction=_transaction(config),
    )


inputs_key = pytest.StashKey[MigrationInputs]()
