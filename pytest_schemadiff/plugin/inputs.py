"""The migration's inputs: the production dump, the pending migration, the target schema.

Each comes from a ``--schemadiff-*`` option (paths relative to the current directory) or an
ini key (paths relative to the ini file); the option wins. Without either, the dump and
the pending migration default to ``MIGRATIONS/production.dump.sql`` and
``MIGRATIONS/pending.sql`` under the rootdir, when they exist; so does the rollback migration,
to ``MIGRATIONS/rollback.sql``.

The rootdir is the project's even when a dump is given outside it: pytest chooses the rootdir
and ini file before it knows that ``--schemadiff-dump PATH`` takes a value, so it counts
``PATH`` as a test path, and a dump in ``/backups`` made ``/backups`` the rootdir, lost the
project's ini file (its ``schemadiff_target``) and its ``MIGRATIONS/pending.sql``, silently.
``check_rootdir`` turns that into a usage error that says to write ``--schemadiff-dump=PATH``.

The dump may also be a database URL (``postgresql://``, ``postgres://`` or a libpq
``host=... dbname=...`` string): an existing database on the run's server, copied into the
pre template (``dump_url``, see ``source.py``); ``dump`` is then None.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ..errors import ConfigError
from ..impact.policy import Timeouts, parse_duration, parse_effects
from ..urls import libpq_url, mask_password

__all__ = [
    "Layered",
    "Loader",
    "MigrationInputs",
    "Target",
    "inputs_key",
    "is_database_url",
    "read_inputs",
]

TRANSACTION_MODES = ("single", "none")
DEFAULT_TRANSACTION = "single"
# Fills the empty database at the URL it is given with a state (a loader fixture, a
# ``module:callable`` target).
Loader = Callable[[str], None]


@dataclass(frozen=True)
class Layered:
    """A loader that fills a database with another state, ``base`` (the loader of
    ``base_state``), then runs ``delta`` on top: the plugin's post and rolled-back loaders.

    Called, it does both. The workspace instead copies ``base_state``'s template and runs
    ``delta`` alone, when ``base`` is the loader that template was built with: the dump is
    loaded once per run, not once per state.
    """

    base_state: str
    base: Loader
    delta: Loader

    def __call__(self, url: str) -> None:
        self.base(url)
        self.delta(url)


MATVIEW_MODES = ("populate", "empty")
DEFAULT_MATVIEWS = "populate"
INPUT_OPTIONS = (
    "--schemadiff-dump",
    "--schemadiff-pending",
    "--schemadiff-target",
    "--schemadiff-rollback",
)

DEFAULT_DUMP = Path("MIGRATIONS/production.dump.sql")
DEFAULT_PENDING = Path("MIGRATIONS/pending.sql")
DEFAULT_ROLLBACK = Path("MIGRATIONS/rollback.sql")


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
    # Materialized views the pre state leaves unpopulated (a schema-only dump creates them
    # WITH NO DATA): "populate" (default) refreshes them after loading the dump, as
    # production has them; "empty" keeps them as the dump leaves them.
    matviews: str = DEFAULT_MATVIEWS
    # Where the defaults were looked for (the rootdir), for the header's "not found" lines.
    root: Path | None = None
    # The policy (see ``impact.policy``): effects forbidden on tables with rows, judged on
    # the measurement, and the timeouts each statement of pending.sql runs with.
    forbid: frozenset[str] = frozenset()
    timeouts: Timeouts = field(default_factory=Timeouts)
    # The migration that undoes pending.sql: pre + pending + rollback must be pre again
    # (see ``reversibility.py``). It runs in the same transaction mode as pending.sql.
    rollback: Path | None = None
    # The dump given as a database URL: an existing database on the run's server whose copy
    # is the pre state (``dump`` is then None). May hold a password: mask it in any output.
    dump_url: str | None = None

    @property
    def dump_is_empty(self) -> bool:
        """An empty dump file: a project with no production yet, the pre state is empty."""
        return self.dump is not None and is_empty_file(self.dump)

    @property
    def has_pending(self) -> bool:
        """A pending migration that is present and not just whitespace and comments."""
        return self.pending is not None and _has_statements(self.pending)

    @property
    def has_rollback(self) -> bool:
        """A rollback migration with statements, for a pending migration to undo."""
        return self.has_pending and self.rollback is not None and _has_statements(self.rollback)


def is_empty_file(path: Path) -> bool:
    """A file with nothing but whitespace (read only when small: a dump is never that)."""
    try:
        return path.is_file() and path.stat().st_size < 65536 and not path.read_bytes().strip()
    except OSError:
        return False


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


# A libpq keyword string starts with one of its keywords (``user=... dbname=...``).
_KEYWORD_DSN = re.compile(
    r"\s*(host|hostaddr|port|dbname|user|password|passfile|service|sslmode|options"
    r"|application_name|connect_timeout)\s*="
)


def is_database_url(value: str) -> bool:
    """A database URL or libpq keyword string rather than a path or ``module:callable``."""
    return "://" in value or _KEYWORD_DSN.match(value) is not None


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
    if is_database_url(value):
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


def _dump_url(config: pytest.Config) -> str | None:
    """The dump given as a database URL, or None when it is a path (or not given)."""
    setting = _setting(config, "dump")
    if setting is None or not is_database_url(setting[0]):
        return None
    value, _, source = setting
    value = libpq_url(value)  # postgresql+psycopg2:// as SQLAlchemy users write it
    if not value.startswith(("postgresql://", "postgres://")) and "://" in value:
        raise ConfigError(
            f"{source}: {mask_password(value)!r}: a database URL starts with postgresql:// "
            "or postgres://"
        )
    return value


def _choice(config: pytest.Config, name: str, modes: tuple[str, ...], default: str) -> str:
    """``--schemadiff-NAME``, else ini ``schemadiff_NAME``, else ``default``."""
    found = _value(config, name)
    if found is None:
        return default
    value, source = found
    mode = value.strip().lower()
    if mode not in modes:
        raise ConfigError(f"{source}: {value!r}: expected one of {', '.join(modes)}")
    return mode


def check_rootdir(config: pytest.Config) -> None:
    """ConfigError when pytest chose another rootdir or ini file because it took the value
    of ``--schemadiff-dump PATH`` (or -pending, -target, -rollback) for a test path.

    pytest settles the rootdir before plugins add their options, so a value given as a
    separate argument counts as a path there. The run would then use the wrong ini file
    and miss the project's defaults without a word; the fix is one ``=``.
    """
    args = list(config.invocation_params.args)
    separate = [
        (option, args[i + 1])
        for i, option in enumerate(args[:-1])
        if option in INPUT_OPTIONS and not args[i + 1].startswith("-")
    ]
    if not separate:
        return
    expected = _setup_without(config)
    if expected is None or expected == (config.rootpath, config.inipath):
        return
    option, value = separate[0]
    value = mask_password(value)
    rootdir, inifile = expected
    lost = f"instead of {rootdir}" + (f" and its {inifile.name}" if inifile else "")
    raise ConfigError(
        f"{option} {value}: pytest took the value for a test path and chose the rootdir "
        f"{config.rootpath} {lost}; write {option}={value}"
    )


def _setup_without(config: pytest.Config) -> tuple[Path, Path | None] | None:
    """(rootdir, ini file) pytest would have chosen from the test paths alone; None where
    this pytest's ``determine_setup`` is not the one we know (then nothing is checked)."""
    try:
        from _pytest.config.findpaths import determine_setup

        found = determine_setup(  # type: ignore[call-arg, unused-ignore]
            inifile=config.option.inifilename,
            override_ini=config.option.override_ini,
            args=[str(a) for a in config.option.file_or_dir or []],
            rootdir_cmd_arg=config.option.rootdir or None,
            invocation_dir=config.invocation_params.dir,
        )
    except (ImportError, TypeError, AttributeError, pytest.UsageError):
        return None
    return Path(found[0]), (Path(found[1]) if found[1] is not None else None)


def read_inputs(config: pytest.Config) -> MigrationInputs:
    check_rootdir(config)
    dump_url = _dump_url(config)
    return MigrationInputs(
        dump=None if dump_url else _path_input(config, "dump", DEFAULT_DUMP),
        pending=_path_input(config, "pending", DEFAULT_PENDING),
        target=_target(config),
        rebuild=bool(config.getoption("schemadiff_rebuild")),
        transaction=_choice(config, "transaction", TRANSACTION_MODES, DEFAULT_TRANSACTION),
        matviews=_choice(config, "matviews", MATVIEW_MODES, DEFAULT_MATVIEWS),
        root=config.rootpath,
        forbid=_forbidden(config),
        timeouts=Timeouts(
            _duration(config, "lock_timeout"), _duration(config, "statement_timeout")
        ),
        rollback=_path_input(config, "rollback", DEFAULT_ROLLBACK),
        dump_url=dump_url,
    )


def _value(config: pytest.Config, name: str) -> tuple[str, str] | None:
    """(value, where it came from) of ``--schemadiff-NAME`` or ini ``schemadiff_NAME``."""
    option = config.getoption(f"schemadiff_{name}", None)
    if option:
        return str(option), f"--schemadiff-{name.replace('_', '-')}"
    ini = config.getini(f"schemadiff_{name}")
    if ini:
        return str(ini), f"ini schemadiff_{name}"
    return None


def _forbidden(config: pytest.Config) -> frozenset[str]:
    found = _value(config, "forbid")
    return parse_effects(*found) if found else frozenset()


def _duration(config: pytest.Config, name: str) -> str | None:
    found = _value(config, name)
    return parse_duration(*found) if found else None


inputs_key = pytest.StashKey[MigrationInputs]()
