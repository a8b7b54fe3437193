"""Typed statements and their order.

A ``Statement`` carries its SQL, its hazards as data and whether it can run inside a
transaction. What its form does to a live system (the locks it takes on which relations,
scans, index builds, authorization, a reason for each hazard) is derived centrally by
``hazards.assess`` when the statement is made, on top of what its generator said.

``order_statements`` orders statements by a dependency graph built from the catalog's own
dependency information (``Catalog.dependencies``, mapped from ``pg_depend``):

- creating or altering X waits for the creation or alteration of what X uses in B;
- dropping or altering X happens before the drop or alteration of what X used in A;
- statements about one object keep the order their generator gave them.

Among statements that are ready, drops go first, then alterations, then creations, and
``deferred`` statements last within each (a stable tie-break, never a constraint):
dependencies always win. A cycle raises PlanError naming the objects in it.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from graphlib import CycleError, TopologicalSorter

from ..errors import PlanError
from .model import Key

__all__ = [
    "UNSAFE_BY_DEFAULT",
    "Action",
    "Hazard",
    "HazardReason",
    "Lock",
    "Statement",
    "order_statements",
    "parse_hazards",
]


class Hazard(str, Enum):
    """What running a statement can do besides its intent (each statement also says why:
    ``Statement.reasons``)."""

    DELETES_DATA = "deletes data"
    REWRITES_TABLE = "rewrites table"
    SCANS_TABLE = "scans table"
    BUILDS_INDEX = "builds index"
    ACCESS_EXCLUSIVE_LOCK = "takes ACCESS EXCLUSIVE lock"
    SHARE_LOCK = "takes SHARE lock (blocks writes)"
    BREAKS_DEPENDENTS = "breaks dependents"
    CHANGES_AUTHORIZATION = "changes authorization"
    NOT_TRANSACTIONAL = "cannot run in a transaction"

    @property
    def option_name(self) -> str:
        """The hazard's name on a command line: ``deletes-data``."""
        return self.name.lower().replace("_", "-")


# Here, not at the top: hazards.py uses Hazard, defined just above.
from . import hazards as _hazards  # noqa: E402
from .hazards import HazardReason, Lock  # noqa: E402

# What makes a statement unsafe unless said otherwise (migra's meaning of "unsafe").
UNSAFE_BY_DEFAULT: frozenset[Hazard] = frozenset({Hazard.DELETES_DATA})


def parse_hazards(names: str | Iterable[str]) -> frozenset[Hazard]:
    """Hazards by option name (``deletes-data``), value (``deletes data``) or ``all``;
    a string is split at commas. Raises ValueError naming an unknown one."""
    if isinstance(names, str):
        names = names.split(",")
    found: set[Hazard] = set()
    for raw in names:
        name = raw.strip().lower()
        if not name:
            continue
        if name == "all":
            found |= set(Hazard)
            continue
        match = [h for h in Hazard if name in (h.option_name, h.value.lower(), h.name.lower())]
        if not match:
            known = ", ".join(h.option_name for h in Hazard)
            raise ValueError(f"unknown hazard {raw.strip()!r} (known: {known}, all)")
        found.add(match[0])
    return frozenset(found)


class Action(str, Enum):
    DROP = "drop"
    ALTER = "alter"
    CREATE = "create"


_TIE_BREAK = {Action.DROP: 0, Action.ALTER: 1, Action.CREATE: 2}


@dataclass(frozen=True)
class Statement:
    """One SQL statement of a plan (without a trailing semicolon)."""

    sql: str
    key: Key
    action: Action
    hazards: frozenset[Hazard] = frozenset()
    transactional: bool = True
    # Objects that must be created (or altered) before this statement, beyond what the
    # catalog says: e.g. ALTER SEQUENCE ... OWNED BY needs its column. Such a statement
    # finishes its object: other objects never wait for it.
    requires: tuple[Key, ...] = field(default=())
    # A tie-break hint, never a constraint: among ready statements of its action, this one
    # goes last. For objects whose bodies use things the catalog does not record (a
    # LANGUAGE sql function validated on creation), so what they may use exists first.
    deferred: bool = False
    # The table a statement works on when its SQL does not name it (DROP INDEX), so the
    # locks it takes there are known.
    table: Key | None = field(default=None, compare=False)
    # Locks on relations its SQL does not name, which only the generator knows: the
    # referenced table of a dropped foreign key, a dropped partition's parent, the
    # sequence of a column (measured in tests/test_cases.py).
    implied_locks: tuple[Lock, ...] = field(default=(), compare=False)
    # When ``sql`` shows placeholders for secrets (engine/secrets.py): the same statement
    # with their real values, what validation runs. Never shown, never in a repr.
    secret_sql: str | None = field(default=None, compare=False, repr=False)
    # Derived by ``hazards.assess`` from the statement's form (see __post_init__): the
    # locks it takes, as (relation, mode), and why it has each hazard.
    locks: tuple[Lock, ...] = field(default=(), init=False, compare=False)
    reasons: tuple[HazardReason, ...] = field(default=(), init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        found = _hazards.assess(
            self.sql,
            self.key,
            self.action,
            self.hazards,
            self.transactional,
            self.table,
            self.implied_locks,
        )
        # Frozen: set once, here, as the statement is made.
        object.__setattr__(self, "hazards", found.hazards)
        object.__setattr__(self, "locks", found.locks)
        object.__setattr__(self, "reasons", found.reasons)

    @property
    def runnable_sql(self) -> str:
        """The SQL that runs: ``sql``, with the real values of the secrets it withholds."""
        return self.sql if self.secret_sql is None else self.secret_sql

    @property
    def is_unsafe(self) -> bool:
        """Whether the statement deletes data (``UNSAFE_BY_DEFAULT``)."""
        return self.is_unsafe_under(UNSAFE_BY_DEFAULT)

    def is_unsafe_under(self, unsafe: Collection[Hazard]) -> bool:
        """Whether the statement has one of the hazards ``unsafe`` counts as unsafe."""
        return any(h in self.hazards for h in unsafe)

    def reason(self, hazard: Hazard) -> str | None:
        """Why the statement has ``hazard`` (None if it has not)."""
        return next((r.reason for r in self.reasons if r.hazard is hazard), None)


def order_statements(
    statements: Iterable[Statement],
    a_dependencies: Mapping[Key, Collection[Key]],
    b_dependencies: Mapping[Key, Collection[Key]],
) -> list[Statement]:
    """Order ``statements`` so each runs after what it needs (see the module docstring)."""
    stmts = list(statements)
    by_key: dict[Key, list[int]] = {}
    for i, s in enumerate(stmts):
        by_key.setdefault(s.key, []).append(i)

    def find(key: Key, actions: set[Action]) -> list[int]:
        # Statements with ``requires`` finish an object (OWNED BY); nothing waits for them.
        found = [
            i for i in by_key.get(key, ()) if stmts[i].action in actions and not stmts[i].requires
        ]
        parent = key.parent()
        if not found and parent is not None:
            # A column created or dropped with its table.
            found = [
                i
                for i in by_key.get(parent, ())
                if stmts[i].action in actions and stmts[i].action is not Action.ALTER
            ]
        return found

    graph: dict[int, set[int]] = {i: set() for i in range(len(stmts))}
    for indexes in by_key.values():
        # An object's statements run in the order generated, but one that finishes it
        # (``requires``: OWNED BY a column of a table created later) holds back none of
        # the statements after it (ALTER SEQUENCE ... OWNER TO, which the table waits for).
        last: int | None = None
        last_core: int | None = None
        for i in indexes:
            before = last if stmts[i].requires else last_core
            if before is not None:
                graph[i].add(before)
            last = i
            if not stmts[i].requires:
                last_core = i
    for i, s in enumerate(stmts):
        if s.action in (Action.CREATE, Action.ALTER):
            for ref in (*b_dependencies.get(s.key, ()), *s.requires):
                for j in find(ref, {Action.CREATE, Action.ALTER}):
                    if j != i:
                        graph[i].add(j)
        if s.action in (Action.DROP, Action.ALTER):
            for ref in a_dependencies.get(s.key, ()):
                targets = {Action.DROP, Action.ALTER} if s.action is Action.DROP else {Action.DROP}
                for j in find(ref, targets):
                    if j != i:
                        graph[j].add(i)

    sorter = TopologicalSorter(graph)
    try:
        sorter.prepare()
    except CycleError as exc:
        cycle = exc.args[1]
        names = " -> ".join(f"{stmts[i].action.value} {stmts[i].key}" for i in cycle)
        raise PlanError(f"dependency cycle between statements: {names}") from None

    def rank(i: int) -> tuple[int, bool, Key, int]:
        return (_TIE_BREAK[stmts[i].action], stmts[i].deferred, stmts[i].key, i)

    ready: list[tuple[tuple[int, bool, Key, int], int]] = []
    ordered: list[Statement] = []
    while sorter.is_active():
        for i in sorter.get_ready():
            heapq.heappush(ready, (rank(i), i))
        _, i = heapq.heappop(ready)
        ordered.append(stmts[i])
        sorter.done(i)
    return ordered
