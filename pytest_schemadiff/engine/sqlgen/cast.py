"""Casts: CREATE / DROP CAST. There is no ALTER CAST: a changed method, function or context
drops and re-creates it. Expressions that apply a cast record its function, not the cast,
so what uses a cast follows its function (re-created with it when the function is)."""

from __future__ import annotations

from ..model import Cast
from ..plan import Action, Statement
from .context import Context

__all__ = ["alter", "create", "drop"]

_CONTEXTS = {"e": "", "a": " AS ASSIGNMENT", "i": " AS IMPLICIT"}


def _pair(c: Cast) -> str:
    return f"({c.source} AS {c.target})"


def create(new: Cast, ctx: Context) -> list[Statement]:
    if new.method == "f":
        how = f"WITH FUNCTION {new.function}"
    elif new.method == "i":
        how = "WITH INOUT"
    else:
        how = "WITHOUT FUNCTION"
    sql = f"CREATE CAST {_pair(new)} {how}{_CONTEXTS[new.context]}"
    return [Statement(sql, new.key, Action.CREATE)]


def drop(old: Cast, ctx: Context) -> list[Statement]:
    return [Statement(f"DROP CAST {_pair(old)}", old.key, Action.DROP)]


def alter(old: Cast, new: Cast, ctx: Context) -> list[Statement] | None:
    return None
