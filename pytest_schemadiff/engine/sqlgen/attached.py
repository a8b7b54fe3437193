"""Comments, privileges, owners and security labels of any kind (the model fields
``inspect.attached`` fills): one generic generator the engine runs after a kind's own create
or alter.

A kind's own generators never see these fields (``strip`` blanks them), so a comment or
grant change never re-creates an object, and a re-created object gets them back here.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..model import Key, Kind, attached_fields
from ..plan import Action, Statement
from . import comment, owned_sequence, owner, privileges, security_label
from .context import Context
from .initial_privileges import initial_privileges
from .quoting import ident

__all__ = ["statements", "strip"]


def strip(obj: Any) -> Any:
    """``obj`` without its comment, privileges and owner (what its kind's SQL is about)."""
    blank = dict.fromkeys(attached_fields(type(obj)))  # type: ignore[arg-type]
    return dataclasses.replace(obj, **blank) if blank else obj


def statements(key: Key, old: Any | None, new: Any, ctx: Context) -> list[Statement]:
    """COMMENT / ALTER OWNER / GRANT / REVOKE / SECURITY LABEL taking ``old`` (None: just
    created) to ``new``. Created objects' statements are CREATE steps, in-place ones ALTER
    steps."""
    address = ctx.b.addresses.get(key) or ctx.a.addresses.get(key)
    if address is None:
        return []
    action = Action.CREATE if old is None else Action.ALTER
    out = owner.changes(key, old, new, address, action)
    if out and key.kind is Kind.TABLE and old is not None:
        # ALTER TABLE ... OWNER TO passes the owner on to the table's sequences.
        locks = owned_sequence.sequence_locks(key, ctx, released=True)
        out = [dataclasses.replace(s, implied_locks=locks) for s in out]
    # Grants to the owner name whoever owns the object once the owner statement ran.
    if getattr(new, "owner", None) is not None:
        owner_sql = ident(new.owner)
    elif old is not None and key in ctx.a.addresses and ctx.a.addresses[key].owner:
        owner_sql = ident(ctx.a.addresses[key].owner or "")
    else:
        owner_sql = "CURRENT_USER"
    # A new object starts from the default privileges in effect when the plan creates it.
    initial = initial_privileges(key, address, ctx) if old is None else None
    out += privileges.changes(key, old, new, address, action, owner_sql, initial)
    out += comment.changes(key, old, new, address, action)
    out += security_label.changes(key, old, new, address, action)
    return out
