"""Access methods: CREATE / DROP ACCESS METHOD. There is no ALTER ACCESS METHOD: a changed
type or handler drops and re-creates it, and the engine re-creates what uses it (operator
families and classes, and their indexes)."""

from __future__ import annotations

from ..model import AccessMethod
from ..plan import Action, Statement
from .context import Context
from .quoting import ident

__all__ = ["alter", "create", "drop"]

_TYPES = {"i": "INDEX", "t": "TABLE"}


def create(new: AccessMethod, ctx: Context) -> list[Statement]:
    sql = (
        f"CREATE ACCESS METHOD {ident(new.name)} TYPE {_TYPES[new.method_type]} "
        f"HANDLER {new.handler}"
    )
    return [Statement(sql, new.key, Action.CREATE)]


def drop(old: AccessMethod, ctx: Context) -> list[Statement]:
    return [Statement(f"DROP ACCESS METHOD {ident(old.name)}", old.key, Action.DROP)]


def alter(old: AccessMethod, new: AccessMethod, ctx: Context) -> list[Statement] | None:
    return None
