"""Triggers on tables and views: CREATE from ``pg_get_triggerdef``, DROP TRIGGER, the
enabled state with ALTER TABLE ... ENABLE [REPLICA | ALWAYS] / DISABLE TRIGGER, and other
changes with CREATE OR REPLACE TRIGGER (which resets the state, so it is set again). A
constraint trigger cannot be replaced: it is dropped and re-created.

On a partitioned table only the parent's trigger is modelled; partitions get their clones
from it."""

from __future__ import annotations

from ..model import Trigger
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import ident, qualified

_STATE = {
    "O": "ENABLE TRIGGER",
    "D": "DISABLE TRIGGER",
    "R": "ENABLE REPLICA TRIGGER",
    "A": "ENABLE ALWAYS TRIGGER",
}
_CREATE = "CREATE TRIGGER "


def _state(t: Trigger, action: Action) -> Statement:
    return Statement(
        f"ALTER TABLE {qualified(t.schema, t.table)} {_STATE[t.enabled]} {ident(t.name)}",
        t.key,
        action,
        frozenset({Hazard.SHARE_LOCK}),
    )


def create(new: Trigger, ctx: Context) -> list[Statement]:
    out = [Statement(new.definition, new.key, Action.CREATE, frozenset({Hazard.SHARE_LOCK}))]
    if new.enabled != "O":
        out.append(_state(new, Action.CREATE))
    return out


def drop(old: Trigger, ctx: Context) -> list[Statement]:
    return [
        Statement(
            f"DROP TRIGGER {ident(old.name)} ON {qualified(old.schema, old.table)}",
            old.key,
            Action.DROP,
            frozenset({Hazard.ACCESS_EXCLUSIVE_LOCK}),
        )
    ]


def alter(old: Trigger, new: Trigger, ctx: Context) -> list[Statement] | None:
    if old.definition == new.definition and old.constraint == new.constraint:
        return [_state(new, Action.ALTER)]
    if old.constraint or new.constraint or not new.definition.startswith(_CREATE):
        return None
    replace = "CREATE OR REPLACE TRIGGER " + new.definition[len(_CREATE) :]
    out = [Statement(replace, new.key, Action.ALTER, frozenset({Hazard.SHARE_LOCK}))]
    if new.enabled != "O":
        out.append(_state(new, Action.ALTER))
    return out
