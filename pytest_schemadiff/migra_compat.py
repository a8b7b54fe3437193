"""``Migration``, for code written against migra: ``from pytest_schemadiff import Migration``.

The class keeps migra's surface: ``Migration(x_from, x_target, schema=None,
exclude_schema=None, ignore_extension_versions=False)``, ``set_safety``,
``add_all_changes(privileges=False)``, ``add_extension_changes``, ``add_sql``, ``add``,
``apply``, ``clear``, ``inspect_from`` / ``inspect_target``, ``statements``, ``sql`` and
``changes``. ``x_from`` and ``x_target`` are anything ``connect`` accepts: sqlbag /
SQLAlchemy sessions (as in migra's examples, on psycopg2 or psycopg 3: a bare
``postgresql://`` URL is psycopg 3 under SQLAlchemy 2), URLs in either spelling, psycopg2 and
psycopg 3 connections. Importing this module makes ``sqlbag.temporary_database()`` work on
SQLAlchemy 2 (``sqlbag_compat``), as migra's sync script needs.

Where we differ from migra, and why:

- "Unsafe" means a statement that deletes data, read from the statement's hazards, not a
  regex for ``drop`` over the text: ``DROP INDEX`` is safe, ``ALTER COLUMN ... TYPE`` that
  narrows is not. SQL you add yourself (``add_sql``) is yours and counts as safe.
- ``apply()`` refuses unsafe statements while safety is on (migra ran them anyway).
- ``schema`` and ``exclude_schema`` may be given together, and each may be a list.
- ``changes`` is our ``SchemaDiff`` (differences, statements with hazards, warnings), not
  migra's ``Changes`` over schemainspect inspectors.
- The schemas are read when changes are first asked for (``add_all_changes``,
  ``changes``), not in the constructor; ``apply``, ``inspect_from`` and ``inspect_target``
  make the next request read them again.
- An empty side (migra's ``None``) is not supported: pass an empty database.
- A psycopg 3 side is read on a connection of ours (``connection`` module): after
  ``apply()`` on one, commit before asking for changes again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, SupportsIndex

from . import sqlbag_compat
from .connection import connect, psycopg3_connection
from .engine import SchemaDiff, diff_schemas
from .engine.model import Kind
from .engine.plan import UNSAFE_BY_DEFAULT, Action, Hazard, Statement, parse_hazards
from .errors import ConfigError, SchemaDiffError

__all__ = ["Migration", "Statements", "UnsafeMigrationException"]

# migra's sync script makes its target with sqlbag.temporary_database().
sqlbag_compat.install()


class UnsafeMigrationException(SchemaDiffError):
    """Safety is on and the statements include one that deletes data (migra's name)."""


class GeneratedSQL(str):
    """The SQL of one generated statement, ending with a semicolon as migra's did, still
    carrying the statement (and its hazards)."""

    statement: Statement

    def __new__(cls, statement: Statement) -> GeneratedSQL:
        text = super().__new__(cls, _terminated(statement.sql))
        text.statement = statement
        return text

    @property
    def is_unsafe(self) -> bool:
        return self.statement.is_unsafe


class Statements(list[str]):
    """SQL strings to run in order, as in migra; ``.sql`` refuses unsafe ones while ``safe``."""

    def __init__(self, *args: Any) -> None:
        self.safe = True
        # The hazards that make a generated statement unsafe (default: deletes data).
        self.unsafe_hazards: frozenset[Hazard] = UNSAFE_BY_DEFAULT
        super().__init__(*args)

    @property
    def unsafe(self) -> list[GeneratedSQL]:
        """The generated statements with an unsafe hazard (by default: they delete data)."""
        return [
            s
            for s in self
            if isinstance(s, GeneratedSQL) and s.statement.is_unsafe_under(self.unsafe_hazards)
        ]

    @property
    def sql(self) -> str:
        """The statements as one script (migra's spacing); raises if unsafe and ``safe``."""
        if self.safe:
            self.raise_if_unsafe()
        if not self:
            return ""
        return "".join(f"{_terminated(s)}\n\n" for s in self)

    def raise_if_unsafe(self) -> None:
        unsafe = self.unsafe
        if unsafe:
            listed = " ".join(unsafe[:3]) + (" ..." if len(unsafe) > 3 else "")
            what = (
                "they delete data"
                if self.unsafe_hazards == UNSAFE_BY_DEFAULT
                else "hazards: " + ", ".join(sorted(h.value for h in self.unsafe_hazards))
            )
            raise UnsafeMigrationException(
                f"{len(unsafe)} unsafe statement{'s' if len(unsafe) != 1 else ''} ({what}) "
                f"generated, refusing to carry on: {listed} (set_safety(False) allows them)"
            )

    def __add__(self, other: Iterable[str]) -> Statements:  # type: ignore[override]
        # migra's Statements adds in place and returns itself.
        self += list(other)
        return self

    def __getitem__(self, index: SupportsIndex | slice) -> Any:
        item = super().__getitem__(index)
        if isinstance(index, slice):
            sliced = Statements(item)
            sliced.safe = self.safe
            sliced.unsafe_hazards = self.unsafe_hazards
            return sliced
        return item


def _terminated(sql: str) -> str:
    """``sql`` ending with a semicolon (generated SQL has none; migra's always did)."""
    stripped = sql.rstrip()
    return stripped if stripped.endswith(";") else stripped + ";"


def _as_list(value: str | Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    return list(value)


class Migration:
    """The SQL that turns database ``x_from`` into ``x_target``, built up step by step.

    As migra's, its SQL is meant to be applied as it is: secret option values (a user
    mapping's password) are written as they are (in ``sql`` and ``changes``), unless
    ``show_secrets=False`` asks for masks and placeholders (which ``apply()`` cannot run).
    """

    def __init__(
        self,
        x_from: Any,
        x_target: Any,
        schema: str | Iterable[str] | None = None,
        exclude_schema: str | Iterable[str] | None = None,
        ignore_extension_versions: bool = False,
        *,
        show_secrets: bool = True,
    ) -> None:
        for side, value in (("x_from", x_from), ("x_target", x_target)):
            if value is None:
                raise ConfigError(
                    f"Migration: {side} is None; an empty side is not supported, pass an "
                    "empty database instead"
                )
        self.s_from = x_from
        self.s_target = x_target
        self.schema = schema
        self.exclude_schema = exclude_schema
        self.ignore_extension_versions = ignore_extension_versions
        self.show_secrets = show_secrets
        self.statements = Statements()
        self._diffs: dict[bool, SchemaDiff] = {}

    # -- reading the schemas ---------------------------------------------------------------

    def _diff(self, privileges: bool) -> SchemaDiff:
        if privileges not in self._diffs:
            self._diffs[privileges] = diff_schemas(
                self.s_from,
                self.s_target,
                schemas=_as_list(self.schema),
                exclude_schemas=_as_list(self.exclude_schema),
                ignore_privileges=not privileges,
                ignore_extension_versions=self.ignore_extension_versions,
                show_secrets=self.show_secrets,
            )
        return self._diffs[privileges]

    @property
    def changes(self) -> SchemaDiff:
        """The comparison behind the statements: the last one asked for, else without
        privileges (migra's default)."""
        if not self._diffs:
            return self._diff(False)
        return next(reversed(self._diffs.values()))

    def inspect_from(self) -> None:
        """Read ``x_from`` again on the next request for changes."""
        self._diffs.clear()

    def inspect_target(self) -> None:
        """Read ``x_target`` again on the next request for changes."""
        self._diffs.clear()

    # -- building the statements -------------------------------------------------------------

    def clear(self) -> None:
        """Forget the statements (the safety setting resets to on, as in migra; the unsafe
        hazards are kept)."""
        hazards = self.statements.unsafe_hazards
        self.statements = Statements()
        self.statements.unsafe_hazards = hazards

    def set_safety(self, safety_on: bool) -> None:
        self.statements.safe = safety_on

    def set_unsafe_hazards(self, hazards: str | Iterable[str | Hazard]) -> None:
        """Which hazards make a statement unsafe (ours; default ``{"deletes data"}``): names
        such as ``"deletes-data,rewrites-table"``, ``"all"``, or ``Hazard`` members."""
        self.statements.unsafe_hazards = parse_hazards(
            hazards
            if isinstance(hazards, str)
            else [str(h.value if isinstance(h, Hazard) else h) for h in hazards]
        )

    def add(self, statements: Iterable[str | Statement]) -> None:
        """Append statements: SQL strings or the engine's ``Statement`` objects."""
        self.statements += [GeneratedSQL(s) if isinstance(s, Statement) else s for s in statements]

    def add_sql(self, sql: str) -> None:
        """Append SQL of your own (counted as safe)."""
        self.statements += Statements([sql])

    def add_all_changes(self, privileges: bool = False) -> None:
        """Append every statement from x_from to x_target, in dependency order.

        Privileges (GRANT / REVOKE) are compared only when ``privileges`` is true.
        """
        self.add(self._diff(privileges).statements)

    def add_extension_changes(self, creates: bool = True, drops: bool = True) -> None:
        """Append only CREATE EXTENSION (``creates``) and DROP EXTENSION (``drops``)."""
        wanted = set()
        if creates:
            wanted.add(Action.CREATE)
        if drops:
            wanted.add(Action.DROP)
        self.add(
            s
            for s in self._diff(False).statements
            if s.key.kind is Kind.EXTENSION and s.action in wanted
        )

    @property
    def sql(self) -> str:
        return self.statements.sql

    # -- running them ------------------------------------------------------------------------

    def apply(self) -> None:
        """Run the statements on ``x_from``, then forget them and read ``x_from`` again.

        On a session or connection you pass, they run in its transaction, which you commit
        (sqlbag's ``S`` does on exit), as in migra. On a URL we open a connection and commit;
        statements that cannot run in a transaction run between two transactions.
        """
        if self.statements.safe:
            self.statements.raise_if_unsafe()
        live = psycopg3_connection(self.s_from)
        if live is not None:
            # A psycopg 3 session or connection: its transaction, as for psycopg2 ones.
            with live.cursor() as cur3:
                for text in self.statements:
                    cur3.execute(str(text))
            self._applied()
            return
        with connect(self.s_from, autocommit=True) as conn, conn.cursor() as cur:
            # Our own connection is in autocommit mode; a caller's keeps its transaction.
            own_transaction = conn.autocommit
            if own_transaction:
                cur.execute("BEGIN")
            try:
                for text in self.statements:
                    transactional = (
                        text.statement.transactional if isinstance(text, GeneratedSQL) else True
                    )
                    if own_transaction and not transactional:
                        cur.execute("COMMIT")
                        cur.execute(text)
                        cur.execute("BEGIN")
                    else:
                        cur.execute(text)
                if own_transaction:
                    cur.execute("COMMIT")
            except BaseException:
                if own_transaction and not conn.closed:
                    cur.execute("ROLLBACK")
                raise
        self._applied()

    def _applied(self) -> None:
        """Forget the applied statements (keeping the safety setting) and what was read."""
        safety_on = self.statements.safe
        self.clear()
        self.set_safety(safety_on)
        self._diffs.clear()
