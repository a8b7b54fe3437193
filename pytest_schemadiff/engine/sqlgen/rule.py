"""Rewrite rules: CREATE RULE from ``pg_get_ruledef``, DROP RULE, a changed rule with CREATE
OR REPLACE RULE (which keeps the enabled state, so that is set only when it changes), and
the state with ALTER TABLE ... ENABLE [REPLICA | ALWAYS] / DISABLE RULE (tables only:
PostgreSQL has no such form for views, whose rules are always enabled)."""

from __future__ import annotations

from ..model import Rule
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import ident, qualified

__all__ = ["alter", "create", "drop"]

_STATE = {
    "O": "ENABLE RULE",
    "D": "DISABLE RULE",
    "R": "ENABLE REPLICA RULE",
    "A": "ENABLE ALWAYS RULE",
}
_CREATE = "CREATE RULE "
# Creating, replacing or dropping a rule, or changing its state, locks the relation
# ACCESS EXCLUSIVE (it changes how every query on it is rewritten).
_LOCK = frozenset({Hazard.ACCESS_EXCLUSIVE_LOCK})


def _definition(r: Rule) -> str:
    return r.definition.strip().rstrip(";")


def _state(r: Rule, action: Action) -> Statement:
    return Statement(
        f"ALTER TABLE {qualified(r.schema, r.table)} {_STATE[r.enabled]} {ident(r.name)}",
        r.key,
        action,
        _LOCK,
    )


def create(new: Rule, ctx: Context) -> list[Statement]:
    out = [Statement(_definition(new), new.key, Action.CREATE, _LOCK)]
    if new.enabled != "O":
        out.append(_state(new, Action.CREATE))
    return out


def drop(old: Rule, ctx: Context) -> list[Statement]:
    return [
        Statement(
            f"DROP RULE {ident(old.name)} ON {qualified(old.schema, old.table)}",
            old.key,
            Action.DROP,
            _LOCK,
        )
    ]


def alter(old: Rule, new: Rule, ctx: Context) -> list[Statement] | None:
    out = []
    if old.definition != new.definition:
        definition = _definition(new)
        if not definition.startswith(_CREATE):
            return None
        replace = "CREATE OR REPLACE RULE " + definition[len(_CREATE) :]
        out.append(Statement(replace, new.key, Action.ALTER, _LOCK))
    if old.enabled != new.enabled:
        out.append(_state(new, Action.ALTER))
    return out
