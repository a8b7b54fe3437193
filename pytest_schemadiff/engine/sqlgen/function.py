"""Functions and procedures: CREATE from ``pg_get_functiondef``, DROP, and CREATE OR REPLACE
in place when PostgreSQL allows it (same result type, input argument names and output
columns, no argument default removed, same kind); otherwise drop and re-create, and the
engine re-creates what depends on the routine.

Dropping a routine breaks its callers, so a DROP carries ``Hazard.DELETES_DATA`` (unsafe).
"""

from __future__ import annotations

from ..model import Function
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import qualified

_REPLACE = "CREATE OR REPLACE "


def _word(f: Function) -> str:
    return "PROCEDURE" if f.prokind == "p" else "FUNCTION"


def _definition(f: Function, *, replace: bool) -> str:
    text = f.definition.strip()
    if not replace and text.startswith(_REPLACE):
        text = "CREATE " + text[len(_REPLACE) :]
    return text


def _unchecked(f: Function, action: Action) -> list[Statement]:
    # PostgreSQL validates a LANGUAGE sql string body on creation, but records nothing it
    # references, so the plan cannot order the function after those objects: skip the
    # check as pg_dump does (a BEGIN ATOMIC body's references are in pg_depend instead).
    if f.language == "sql" and not f.sql_body:
        return [Statement("SET check_function_bodies = off", f.key, action, deferred=True)]
    return []


def create(new: Function, ctx: Context) -> list[Statement]:
    return [
        *_unchecked(new, Action.CREATE),
        Statement(_definition(new, replace=False), new.key, Action.CREATE, deferred=True),
    ]


def drop(old: Function, ctx: Context) -> list[Statement]:
    return [
        Statement(
            f"DROP {_word(old)} {qualified(old.schema, old.name)}({old.signature})",
            old.key,
            Action.DROP,
            frozenset({Hazard.DELETES_DATA}),
        )
    ]


def replaceable(old: Function, new: Function) -> bool:
    """Whether CREATE OR REPLACE can turn ``old`` into ``new``."""
    return (
        old.prokind == new.prokind
        and old.result == new.result
        and old.input_names == new.input_names
        and old.output_columns == new.output_columns
        and new.default_count >= old.default_count
    )


def alter(old: Function, new: Function, ctx: Context) -> list[Statement] | None:
    if not replaceable(old, new):
        return None
    return [
        *_unchecked(new, Action.ALTER),
        Statement(_definition(new, replace=True), new.key, Action.ALTER, deferred=True),
    ]
