"""The one generic comparison: two keyed collections of models -> structured differences.

A difference names the object (its key), the attribute that differs (None when the object
exists on one side only) and the old (A) and new (B) values. Output is sorted by key and
attribute, so it is deterministic.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .model import Key, Kind

__all__ = ["Difference", "diff_objects"]


@dataclass(frozen=True)
class Difference:
    key: Key
    # None: the whole object is only in A (new is None) or only in B (old is None).
    attribute: str | None
    old: Any
    new: Any

    @property
    def kind(self) -> Kind:
        return self.key.kind

    @property
    def change(self) -> str:
        if self.attribute is not None:
            return "changed"
        return "only in A" if self.new is None else "only in B"


def diff_objects(a: Mapping[Key, Any], b: Mapping[Key, Any]) -> list[Difference]:
    """Every difference between ``a`` and ``b`` (compared fields only), sorted."""
    # Only the keys that differ are sorted: most objects are equal.
    changed = [key for key, old in a.items() if old != b.get(key)]
    changed += [key for key in b.keys() - a.keys()]
    out: list[Difference] = []
    for key in sorted(changed):
        old, new = a.get(key), b.get(key)
        if old is None or new is None:
            out.append(Difference(key, None, old, new))
        else:
            for f in dataclasses.fields(old):
                if f.compare and getattr(old, f.name) != getattr(new, f.name):
                    out.append(Difference(key, f.name, getattr(old, f.name), getattr(new, f.name)))
    return out
