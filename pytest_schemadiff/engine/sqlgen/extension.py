"""Extensions: CREATE / DROP EXTENSION, ALTER EXTENSION UPDATE TO / SET SCHEMA."""

from __future__ import annotations

from ..model import Extension
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import ident, literal


def create(new: Extension, ctx: Context) -> list[Statement]:
    sql = f"CREATE EXTENSION IF NOT EXISTS {ident(new.name)} WITH SCHEMA {ident(new.schema)}"
    if new.version is not None and not ctx.ignore_extension_versions:
        sql += f" VERSION {literal(new.version)}"
    return [Statement(sql, new.key, Action.CREATE)]


def drop(old: Extension, ctx: Context) -> list[Statement]:
    return [
        Statement(
            f"DROP EXTENSION {ident(old.name)}",
            old.key,
            Action.DROP,
            frozenset({Hazard.DELETES_DATA}),
        )
    ]


def alter(old: Extension, new: Extension, ctx: Context) -> list[Statement] | None:
    out = []
    if old.schema != new.schema:
        out.append(
            Statement(
                f"ALTER EXTENSION {ident(new.name)} SET SCHEMA {ident(new.schema)}",
                new.key,
                Action.ALTER,
            )
        )
    if old.version != new.version and new.version is not None:
        out.append(
            Statement(
                f"ALTER EXTENSION {ident(new.name)} UPDATE TO {literal(new.version)}",
                new.key,
                Action.ALTER,
            )
        )
    return out
