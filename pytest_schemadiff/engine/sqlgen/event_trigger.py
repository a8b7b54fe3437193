"""Event triggers: CREATE / DROP EVENT TRIGGER, and ALTER EVENT TRIGGER for the enabled
state; a changed event, tag list or function drops and re-creates it."""

from __future__ import annotations

from ..model import EventTrigger
from ..plan import Action, Statement
from .context import Context
from .quoting import ident, literal

_STATE = {"O": "ENABLE", "D": "DISABLE", "R": "ENABLE REPLICA", "A": "ENABLE ALWAYS"}


def _state(e: EventTrigger, action: Action) -> Statement:
    return Statement(f"ALTER EVENT TRIGGER {ident(e.name)} {_STATE[e.enabled]}", e.key, action)


def create(new: EventTrigger, ctx: Context) -> list[Statement]:
    when = ""
    if new.tags:
        when = f" WHEN TAG IN ({', '.join(literal(t) for t in new.tags)})"
    sql = (
        f"CREATE EVENT TRIGGER {ident(new.name)} ON {ident(new.event)}{when} "
        f"EXECUTE FUNCTION {new.function}()"
    )
    out = [Statement(sql, new.key, Action.CREATE)]
    if new.enabled != "O":
        out.append(_state(new, Action.CREATE))
    return out


def drop(old: EventTrigger, ctx: Context) -> list[Statement]:
    return [Statement(f"DROP EVENT TRIGGER {ident(old.name)}", old.key, Action.DROP)]


def alter(old: EventTrigger, new: EventTrigger, ctx: Context) -> list[Statement] | None:
    if (old.event, old.tags, old.function) != (new.event, new.tags, new.function):
        return None
    return [_state(new, Action.ALTER)]
