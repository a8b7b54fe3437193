"""Indexes: CREATE / DROP INDEX; any change drops and re-creates the index. An index on a
partitioned table is created on the parent (its partitions get theirs automatically)."""

from __future__ import annotations

from ..model import Index
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import ident, qualified


def create(new: Index, ctx: Context) -> list[Statement]:
    unique = "UNIQUE " if new.unique else ""
    return [
        Statement(
            f"CREATE {unique}INDEX {ident(new.name)} ON {qualified(new.schema, new.table)} "
            f"USING {new.definition}",
            new.key,
            Action.CREATE,
            frozenset({Hazard.BUILDS_INDEX, Hazard.SHARE_LOCK}),
        )
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
    return None
