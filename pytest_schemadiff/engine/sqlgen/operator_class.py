"""Operator classes: CREATE / DROP OPERATOR CLASS. PostgreSQL cannot change a class's
members, type, default flag or family in place, so any change drops and re-creates it; the
engine re-creates the indexes (and constraints) that use it around that."""

from __future__ import annotations

from ..model import OperatorClass
from ..plan import Action, Statement
from .context import Context
from .operator_family import name
from .quoting import ident, qualified

__all__ = ["alter", "create", "drop"]


def create(new: OperatorClass, ctx: Context) -> list[Statement]:
    items = [*new.operators, *new.functions]
    if new.storage is not None:
        items.append(f"STORAGE {new.storage}")
    if not items:
        # The grammar wants one item; STORAGE of the input type changes nothing (pg_dump
        # writes the same).
        items.append(f"STORAGE {new.input_type}")
    default = " DEFAULT" if new.default else ""
    sql = (
        f"CREATE OPERATOR CLASS {qualified(new.schema, new.name)}{default} "
        f"FOR TYPE {new.input_type} USING {ident(new.method)} FAMILY {new.family} "
        f"AS {', '.join(items)}"
    )
    return [Statement(sql, new.key, Action.CREATE)]


def drop(old: OperatorClass, ctx: Context) -> list[Statement]:
    sql = f"DROP OPERATOR CLASS {name(old.schema, old.name, old.method)}"
    return [Statement(sql, old.key, Action.DROP)]


def alter(old: OperatorClass, new: OperatorClass, ctx: Context) -> list[Statement] | None:
    # Called only when something but the comment or owner differs.
    return None
