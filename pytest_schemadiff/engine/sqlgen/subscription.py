"""Subscriptions, made so that applying a plan never reaches the publisher:

- CREATE SUBSCRIPTION ... WITH (connect = false, create_slot = false, enabled = false,
  slot_name = ... | NONE, options), then ALTER SUBSCRIPTION ... ENABLE when B has it
  enabled (which needs a slot name, as in B);
- DROP: disable it and detach its slot (SET (slot_name = NONE)) first, so DROP
  SUBSCRIPTION neither connects to the publisher to drop the slot nor refuses to run in a
  transaction; the slot on the publisher is left for its owner to drop (and its comment
  is removed first: DROP SUBSCRIPTION leaves it behind in pg_description);
- in place: CONNECTION, SET PUBLICATION ... WITH (refresh = false) (a refresh connects),
  SET (options, slot_name), ENABLE / DISABLE. ``two_phase`` and ``failover`` change
  through the publisher's slot, so such a change drops and re-creates the subscription.

A connection string with a password is written as a token of the context
(``Context.secret``): as it is where the plan runs, with a placeholder for the password
(``conninfo``) where people read it; SQL holding the placeholder fails until someone fills
it in.
"""

from __future__ import annotations

from ..conninfo import has_password, password_secret, with_placeholder
from ..model import Subscription
from ..plan import Action, Statement
from .context import Context
from .quoting import ident, literal

__all__ = ["alter", "create", "drop"]

# Options that change the publisher's replication slot: not altered in place here.
_THROUGH_SLOT = frozenset({"two_phase", "failover"})


def _option_dict(s: Subscription) -> dict[str, str]:
    return dict(o.split("=", 1) for o in s.options)


def _value(name: str, value: str) -> str:
    if value in ("true", "false"):
        return value
    return literal(value)


def _slot(s: Subscription) -> str:
    return "NONE" if s.slot_name is None else literal(s.slot_name)


def _publications(s: Subscription) -> str:
    return ", ".join(ident(p) for p in s.publications)


def _connection(s: Subscription, ctx: Context) -> str:
    if not has_password(s.conninfo):
        return literal(s.conninfo)
    shown = literal(with_placeholder(s.conninfo, s.name))
    return ctx.secret(literal(s.conninfo), shown, password_secret(s.name))


def _alter(s: Subscription, what: str, action: Action) -> Statement:
    return Statement(f"ALTER SUBSCRIPTION {ident(s.name)} {what}", s.key, action)


def _alter_comment(s: Subscription) -> Statement:
    return Statement(f"COMMENT ON SUBSCRIPTION {ident(s.name)} IS NULL", s.key, Action.DROP)


def create(new: Subscription, ctx: Context) -> list[Statement]:
    options = [
        "connect = false",
        "create_slot = false",
        "enabled = false",
        f"slot_name = {_slot(new)}",
        *(f"{n} = {_value(n, v)}" for n, v in _option_dict(new).items()),
    ]
    sql = (
        f"CREATE SUBSCRIPTION {ident(new.name)} CONNECTION {_connection(new, ctx)} "
        f"PUBLICATION {_publications(new)} WITH ({', '.join(options)})"
    )
    out = [Statement(sql, new.key, Action.CREATE)]
    if new.enabled:
        out.append(_alter(new, "ENABLE", Action.CREATE))
    return out


def drop(old: Subscription, ctx: Context) -> list[Statement]:
    out = []
    if old.enabled:
        out.append(_alter(old, "DISABLE", Action.DROP))
    if old.slot_name is not None:
        out.append(_alter(old, "SET (slot_name = NONE)", Action.DROP))
    if old.comment is not None:
        # DROP SUBSCRIPTION leaves the comment behind in pg_description.
        out.append(_alter_comment(old))
    out.append(Statement(f"DROP SUBSCRIPTION {ident(old.name)}", old.key, Action.DROP))
    return out


def alter(old: Subscription, new: Subscription, ctx: Context) -> list[Statement] | None:
    before, after = _option_dict(old), _option_dict(new)
    changed = {n: v for n, v in after.items() if before.get(n) != v}
    if changed.keys() & _THROUGH_SLOT:
        return None
    out = []
    # A slot name changes only while the subscription is disabled.
    disabled_here = old.enabled and old.slot_name != new.slot_name
    if disabled_here:
        out.append(_alter(old, "DISABLE", Action.ALTER))
    if old.conninfo != new.conninfo:
        out.append(_alter(new, f"CONNECTION {_connection(new, ctx)}", Action.ALTER))
    if old.publications != new.publications:
        what = f"SET PUBLICATION {_publications(new)} WITH (refresh = false)"
        out.append(_alter(new, what, Action.ALTER))
    settings = [f"{n} = {_value(n, v)}" for n, v in changed.items()]
    if old.slot_name != new.slot_name:
        settings.append(f"slot_name = {_slot(new)}")
    if settings:
        out.append(_alter(new, f"SET ({', '.join(settings)})", Action.ALTER))
    if new.enabled and (disabled_here or not old.enabled):
        out.append(_alter(new, "ENABLE", Action.ALTER))
    elif old.enabled and not new.enabled and not disabled_here:
        out.append(_alter(new, "DISABLE", Action.ALTER))
    return out
