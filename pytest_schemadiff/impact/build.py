"""The probe's raw steps and the row counts, put together as one ``Impact``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import DataLoss, Impact, LockTaken, StatementImpact, strength
from .rows import Counts, explained_tables, tables_rows

__all__ = ["MeasuredStatement", "build_impact"]


@dataclass(frozen=True)
class MeasuredStatement:
    """A statement the probe was put around: where it is, and its text."""

    file: str
    line: int
    sql: str
    probed: bool = True  # False: past probe.MAX_PROBED, run unmeasured
    allowed: frozenset[str] = frozenset()  # its ``-- schemadiff: allow`` effects


def _strongest(locks: list[dict[str, str]] | None) -> tuple[LockTaken, ...] | None:
    if locks is None:
        return None
    best: dict[str, LockTaken] = {}
    for lock in locks:
        held = best.get(lock["relation"])
        if held is None or strength(lock["mode"]) > strength(held.mode):
            kind = lock.get("kind", "r")
            best[lock["relation"]] = LockTaken(lock["relation"], lock["mode"], kind)
    return tuple(best[relation] for relation in sorted(best))


def build_impact(
    statements: list[MeasuredStatement],
    steps: list[dict[str, Any]],
    before: Counts,
    after: Counts,
) -> Impact:
    by_index = {int(step["i"]): step for step in steps}
    measured = []
    for index, statement in enumerate(statements):
        step = by_index.get(index) if statement.probed else None
        if step is None:
            continue  # not measured (COPY data, BEGIN/COMMIT)
        dropped = [
            DataLoss(gone["name"], None, before.rows[int(gone["oid"])])
            for gone in step["gone"] or []
            if before.rows.get(int(gone["oid"]), 0) > 0
        ]
        dropped += [
            DataLoss(d["relation"], d["column"], int(d["rows"]))
            for d in step["dropped"] or []
            if int(d["rows"]) > 0
        ]
        measured.append(
            StatementImpact(
                file=statement.file,
                line=statement.line,
                sql=statement.sql.strip(),
                duration_ms=float(step["ms"]),
                locks=_strongest(step["locks"]),
                rewritten=tuple(step["rewritten"] or ()),
                wal_bytes=int(step["wal"]),
                dropped=tuple(dropped),
                allowed=tuple(sorted(statement.allowed)),
            )
        )
    tables = tables_rows(before, after)
    explained = explained_tables([s.sql for s in statements], before, after)
    lost_names = {
        after.names[oid]
        for oid, rows in before.rows.items()
        if oid in after.rows
        and oid not in before.partitions
        and after.rows[oid] < rows
        and oid not in explained
    }
    unexplained = tuple(t for t in tables if t.name in lost_names)
    unmeasured = sum(1 for statement in statements if not statement.probed)
    return Impact(tuple(measured), tuple(tables), unexplained, unmeasured)
