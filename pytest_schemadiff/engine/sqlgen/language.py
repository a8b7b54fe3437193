"""Procedural languages: CREATE [TRUSTED] LANGUAGE with its handler, inline and validator
functions; a change is made in place with CREATE OR REPLACE LANGUAGE, which keeps the owner,
the privileges and the functions written in it."""

from __future__ import annotations

from ..model import Language
from ..plan import Action, Statement
from .context import Context
from .quoting import ident

__all__ = ["alter", "create", "drop"]


def _sql(new: Language, replace: bool) -> str:
    head = "CREATE OR REPLACE" if replace else "CREATE"
    trusted = " TRUSTED" if new.trusted else ""
    sql = f"{head}{trusted} LANGUAGE {ident(new.name)} HANDLER {new.handler}"
    if new.inline is not None:
        sql += f" INLINE {new.inline}"
    if new.validator is not None:
        sql += f" VALIDATOR {new.validator}"
    return sql


def create(new: Language, ctx: Context) -> list[Statement]:
    return [Statement(_sql(new, replace=False), new.key, Action.CREATE)]


def drop(old: Language, ctx: Context) -> list[Statement]:
    return [Statement(f"DROP LANGUAGE {ident(old.name)}", old.key, Action.DROP)]


def alter(old: Language, new: Language, ctx: Context) -> list[Statement] | None:
    return [Statement(_sql(new, replace=True), new.key, Action.ALTER)]
