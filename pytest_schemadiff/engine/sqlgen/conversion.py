"""Encoding conversions: CREATE [DEFAULT] CONVERSION / DROP CONVERSION. Nothing but the name,
owner and comment can be altered: any other change drops and re-creates it."""

from __future__ import annotations

from ..model import Conversion
from ..plan import Action, Statement
from .context import Context
from .quoting import literal, qualified

__all__ = ["alter", "create", "drop"]


def create(new: Conversion, ctx: Context) -> list[Statement]:
    default = "DEFAULT " if new.default else ""
    return [
        Statement(
            f"CREATE {default}CONVERSION {qualified(new.schema, new.name)} "
            f"FOR {literal(new.source_encoding)} TO {literal(new.destination_encoding)} "
            f"FROM {new.function}",
            new.key,
            Action.CREATE,
        )
    ]


def drop(old: Conversion, ctx: Context) -> list[Statement]:
    return [Statement(f"DROP CONVERSION {qualified(old.schema, old.name)}", old.key, Action.DROP)]


def alter(old: Conversion, new: Conversion, ctx: Context) -> list[Statement] | None:
    return None
