"""Transforms: CREATE TRANSFORM FOR a type and a language with its FROM SQL and TO SQL
functions; a change is made in place with CREATE OR REPLACE TRANSFORM."""

from __future__ import annotations

from ..model import Transform
from ..plan import Action, Statement
from .context import Context
from .quoting import ident

__all__ = ["alter", "create", "drop"]


def _target(t: Transform) -> str:
    return f"FOR {t.type} LANGUAGE {ident(t.language)}"


def _sql(new: Transform, replace: bool) -> str:
    functions = []
    if new.from_sql is not None:
        functions.append(f"FROM SQL WITH FUNCTION {new.from_sql}")
    if new.to_sql is not None:
        functions.append(f"TO SQL WITH FUNCTION {new.to_sql}")
    head = "CREATE OR REPLACE" if replace else "CREATE"
    return f"{head} TRANSFORM {_target(new)} ({', '.join(functions)})"


def create(new: Transform, ctx: Context) -> list[Statement]:
    return [Statement(_sql(new, replace=False), new.key, Action.CREATE)]


def drop(old: Transform, ctx: Context) -> list[Statement]:
    return [Statement(f"DROP TRANSFORM {_target(old)}", old.key, Action.DROP)]


def alter(old: Transform, new: Transform, ctx: Context) -> list[Statement] | None:
    return [Statement(_sql(new, replace=True), new.key, Action.ALTER)]
