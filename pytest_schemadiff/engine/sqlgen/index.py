"""Indexes: CREATE / DROP INDEX; a change of definition drops and re-creates the index,
while statistics targets, CLUSTER ON, REPLICA IDENTITY USING INDEX and the tablespace change
in place (``storage``). An index on a partitioned table is created on the parent (its
partitions get theirs automatically)."""

from __future__ import annotations

from ..model import Index
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import ident, qualified
from .storage import index_marks


def create(new: Index, ctx: Context) -> list[Statement]:
    unique = "UNIQUE " if new.unique else ""
    return [
        Statement(
            f"CREATE {unique}INDEX {ident(new.name)} ON {qualified(new.schema, new.table)} "
            f"USING {new.definition}",
            new.key,
            Action.CREATE,
            frozenset({Hazard.BUILDS_INDEX, Hazard.SHARE_LOCK}),
        ),
        *index_marks(None, new, new.key, Action.CREATE, ctx),
    ]


def drop(old: Index, ctx: Context) -> list[Statement]:
    return [
        Statement(
            f"DROP INDEX {qualified(old.schema, old.name)}",
            old.key,
            Action.DROP,
            frozenset({Hazard.ACCESS_EXCLUSIVE_LOCK}),
            table=old.parent,  # DROP INDEX locks the table too; its SQL does not name it
        )
    ]


def alter(old: Index, new: Index, ctx: Context) -> list[Statement] | None:
    if (old.unique, old.table, old.definition) != (new.unique, new.table, new.definition):
        return None
    return index_marks(old, new, new.key, Action.ALTER, ctx)
