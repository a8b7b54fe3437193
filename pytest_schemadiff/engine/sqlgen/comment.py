"""COMMENT ON for every kind: from a model's ``comment`` and ``member_comments`` fields."""

from __future__ import annotations

from typing import Any

from ..model import Address, Key
from ..plan import Action, Statement
from .address import member_target, target
from .quoting import literal

__all__ = ["changes"]


def _is(text: str | None) -> str:
    return "NULL" if text is None else literal(text)


def changes(
    key: Key, old: Any | None, new: Any, address: Address, action: Action
) -> list[Statement]:
    """Statements giving ``new`` its comments, from ``old``'s (None: a new object)."""
    out: list[Statement] = []
    old_comment = getattr(old, "comment", None)
    new_comment = getattr(new, "comment", None)
    if old_comment != new_comment:
        text = new_comment if new_comment is not None else address.default_comment
        out.append(Statement(f"COMMENT ON {target(address)} IS {_is(text)}", key, action))
    old_members = {(k, m): c for k, m, c in getattr(old, "member_comments", None) or ()}
    new_members = {(k, m): c for k, m, c in getattr(new, "member_comments", None) or ()}
    for kind, member in sorted(old_members.keys() | new_members.keys()):
        comment = new_members.get((kind, member))
        has_member = getattr(new, "has_member", None)
        if comment is None and has_member is not None and not has_member(kind, member):
            continue  # the member is gone, and its comment with it
        if old_members.get((kind, member)) != comment:
            out.append(
                Statement(
                    f"COMMENT ON {member_target(address, kind, member)} IS {_is(comment)}",
                    key,
                    action,
                )
            )
    return out
