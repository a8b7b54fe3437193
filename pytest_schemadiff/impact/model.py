"""The measurement of one migration as frozen values, and their JSON form.

The JSON form is what the template's record keeps (a warm run reports the numbers without
running the migration again) and what ``--schemadiff-report x.json`` writes: relations are
``schema.name`` and lock modes PostgreSQL's own names (``AccessExclusiveLock``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

__all__ = ["LOCK_STRENGTH", "DataLoss", "Impact", "LockTaken", "StatementImpact", "TableRows"]

# PostgreSQL's table lock modes, weakest first (the docs' conflict table order).
LOCK_STRENGTH = (
    "AccessShareLock",
    "RowShareLock",
    "RowExclusiveLock",
    "ShareUpdateExclusiveLock",
    "ShareLock",
    "ShareRowExclusiveLock",
    "ExclusiveLock",
    "AccessExclusiveLock",
)


def strength(mode: str) -> int:
    return LOCK_STRENGTH.index(mode) if mode in LOCK_STRENGTH else -1


@dataclass(frozen=True)
class LockTaken:
    relation: str
    mode: str
    # pg_class.relkind of the relation ("r" a table, "i" an index, ...).
    kind: str = "r"

    @property
    def on_index(self) -> bool:
        return self.kind in ("i", "I")


@dataclass(frozen=True)
class DataLoss:
    """A table or column a statement dropped while it held data: ``rows`` rows (for a
    column, the rows where it was not null)."""

    relation: str
    column: str | None
    rows: int

    @property
    def what(self) -> str:
        if self.column is None:
            return f"table {self.relation} ({self.rows} rows)"
        return f"column {self.relation}.{self.column} ({self.rows} non-null values)"


@dataclass(frozen=True)
class StatementImpact:
    """One statement of the migration and what it did.

    ``locks`` is None when they could not be observed: a statement that runs outside a
    transaction block (``CREATE INDEX CONCURRENTLY``) has released them by the time it
    returns. Otherwise they are the relation locks the statement added to what the session
    held (a mode an earlier statement of the same transaction already holds is not taken
    again), strongest mode per relation, on relations that existed before it.
    """

    file: str
    line: int
    sql: str
    duration_ms: float
    locks: tuple[LockTaken, ...] | None
    rewritten: tuple[str, ...]
    wal_bytes: int
    dropped: tuple[DataLoss, ...] = ()
    # Effects the statement's ``-- schemadiff: allow ...`` comment accepts (see ``policy``).
    allowed: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def first_line(self) -> str:
        for line in self.sql.splitlines():
            if line.strip() and not line.strip().startswith("--"):
                return line.strip()
        return self.sql.strip()

    @property
    def strongest_lock(self) -> LockTaken | None:
        if not self.locks:
            return None
        return max(self.locks, key=lambda lock: strength(lock.mode))


@dataclass(frozen=True)
class TableRows:
    """Rows of one table before and after the whole migration (None: it did not exist).
    ``renamed_from``: its name before the migration, when the migration renamed it."""

    name: str
    rows_before: int | None
    rows_after: int | None
    renamed_from: str | None = None


@dataclass(frozen=True)
class Impact:
    """The whole migration: its statements in file order, and its tables' rows.

    ``unexplained`` lists tables that lost rows though no statement drops, deletes from or
    truncates them (nor one they reference with a cascading foreign key): a failure of the
    built-in check ``schemadiff_pending_applies``.
    """

    statements: tuple[StatementImpact, ...]
    tables: tuple[TableRows, ...]
    unexplained: tuple[TableRows, ...] = ()
    # Statements past ``probe.MAX_PROBED`` in a file, run without the probe.
    unmeasured: int = 0

    def relative_to(self, root: Path) -> Impact:
        """The same, with the files named relative to ``root`` where they are under it."""

        def short(file: str) -> str:
            try:
                return str(Path(file).relative_to(root))
            except ValueError:
                return file

        statements = tuple(replace(s, file=short(s.file)) for s in self.statements)
        return replace(self, statements=statements)

    @property
    def data_loss(self) -> list[tuple[StatementImpact, DataLoss]]:
        return [(s, loss) for s in self.statements for loss in s.dropped]

    def to_json(self) -> dict[str, Any]:
        return {
            "statements": [
                {
                    "file": s.file,
                    "line": s.line,
                    "sql": s.sql,
                    "duration_ms": round(s.duration_ms, 3),
                    "locks": None
                    if s.locks is None
                    else [
                        {"relation": lk.relation, "mode": lk.mode, "kind": lk.kind}
                        for lk in s.locks
                    ],
                    "rewritten": list(s.rewritten),
                    "wal_bytes": s.wal_bytes,
                    "data_loss": [
                        {"relation": d.relation, "column": d.column, "rows": d.rows}
                        for d in s.dropped
                    ],
                    "allowed": list(s.allowed),
                }
                for s in self.statements
            ],
            "tables": [
                {"name": t.name, "rows_before": t.rows_before, "rows_after": t.rows_after}
                | ({"renamed_from": t.renamed_from} if t.renamed_from else {})
                for t in self.tables
            ],
            "unexplained_row_loss": [t.name for t in self.unexplained],
            "statements_not_measured": self.unmeasured,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Impact:
        statements = tuple(
            StatementImpact(
                file=s["file"],
                line=int(s["line"]),
                sql=s["sql"],
                duration_ms=float(s["duration_ms"]),
                locks=None
                if s["locks"] is None
                else tuple(
                    LockTaken(lk["relation"], lk["mode"], lk.get("kind", "r")) for lk in s["locks"]
                ),
                rewritten=tuple(s["rewritten"]),
                wal_bytes=int(s.get("wal_bytes", 0)),
                dropped=tuple(
                    DataLoss(d["relation"], d["column"], int(d["rows"]))
                    for d in s.get("data_loss", [])
                ),
                allowed=tuple(s.get("allowed", ())),
            )
            for s in data["statements"]
        )
        tables = tuple(
            TableRows(t["name"], t["rows_before"], t["rows_after"], t.get("renamed_from"))
            for t in data["tables"]
        )
        lost = set(data.get("unexplained_row_loss", []))
        unexplained = tuple(t for t in tables if t.name in lost)
        return cls(statements, tables, unexplained, int(data.get("statements_not_measured", 0)))
