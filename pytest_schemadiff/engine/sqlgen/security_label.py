"""SECURITY LABEL for every kind with a ``security_labels`` field: one statement per provider
whose label changes (``IS NULL`` removes one). A new object starts without labels."""

from __future__ import annotations

from typing import Any

from ..model import Address, Key
from ..plan import Action, Statement
from .address import target
from .quoting import ident, literal

__all__ = ["changes"]


def changes(
    key: Key, old: Any | None, new: Any, address: Address, action: Action
) -> list[Statement]:
    before = dict(getattr(old, "security_labels", None) or ())
    after = dict(getattr(new, "security_labels", None) or ())
    out = []
    for provider in sorted(before.keys() | after.keys()):
        label = after.get(provider)
        if before.get(provider) != label:
            text = "NULL" if label is None else literal(label)
            out.append(
                Statement(
                    f"SECURITY LABEL FOR {ident(provider)} ON {target(address)} IS {text}",
                    key,
                    action,
                )
            )
    return out
