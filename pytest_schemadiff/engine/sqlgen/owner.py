"""ALTER ... OWNER TO for every kind with an ``owner`` field (compared only when owners are:
the engine blanks the field otherwise)."""

from __future__ import annotations

from typing import Any

from ..model import Address, Key
from ..plan import Action, Statement
from .address import target
from .quoting import ident

__all__ = ["changes"]


def changes(
    key: Key, old: Any | None, new: Any, address: Address, action: Action
) -> list[Statement]:
    owner = getattr(new, "owner", None)
    if owner is None or owner == getattr(old, "owner", None):
        return []
    return [Statement(f"ALTER {target(address)} OWNER TO {ident(owner)}", key, action)]
