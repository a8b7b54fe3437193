"""Schemas: CREATE / DROP SCHEMA (a schema has nothing to alter but its owner)."""

from __future__ import annotations

from ..model import Schema
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import ident


def create(new: Schema, ctx: Context) -> list[Statement]:
    return [Statement(f"CREATE SCHEMA {ident(new.name)}", new.key, Action.CREATE)]


def drop(old: Schema, ctx: Context) -> list[Statement]:
    return [
        Statement(
            f"DROP SCHEMA {ident(old.name)}",
            old.key,
            Action.DROP,
            frozenset({Hazard.DELETES_DATA}),
        )
    ]


def alter(old: Schema, new: Schema, ctx: Context) -> list[Statement] | None:
    return []
