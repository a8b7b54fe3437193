"""The privileges an object has right after the plan creates it.

PostgreSQL does not start a new object from the built-in default of its type when default
privileges (ALTER DEFAULT PRIVILEGES) exist for the role creating it: a global entry of
that role replaces the built-in default, and an entry for the object's schema adds to the
result. The plan runs as the role that inspected A, so the entries that apply are A's
entries of that role (``DefaultPrivilege.for_current_user``) that are still there when the
object is created. ``default_privilege`` orders that moment: entries the plan drops go
first among the drops, entries it creates or changes come after every object of their
scope, so every creation sees A's entries that B keeps.

A later ALTER ... OWNER TO carries the grants over to the new owner, which the
owner-relative ``Grant`` (the owner is grantee "") already expresses.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Address, Grant, Key, grants
from .context import Context

__all__ = ["initial_privileges"]

# Address.type -> pg_default_acl.defaclobjtype of the entries that apply to it.
_OBJECT_TYPES = {
    "table": "r",
    "view": "r",
    "materialized view": "r",
    "foreign table": "r",
    "sequence": "S",
    "function": "f",
    "procedure": "f",
    "aggregate": "f",
    "type": "T",
    "domain": "T",
    "schema": "n",
}


def _merge(*sets: Iterable[Grant]) -> tuple[Grant, ...]:
    """The union of grant sets, a privilege granted with the option if any set has it."""
    merged: dict[tuple[str, str, str], Grant] = {}
    for g in (g for s in sets for g in s):
        found = merged.get((g.grantee, g.privilege, g.column))
        if found is None or (g.grantable and not found.grantable):
            merged[g.grantee, g.privilege, g.column] = g
    return grants(merged.values())


def initial_privileges(key: Key, address: Address, ctx: Context) -> tuple[Grant, ...] | None:
    """The owner-relative privileges of ``key`` right after the plan creates it (None: the
    object type has no privileges)."""
    builtin = address.default_privileges
    object_type = _OBJECT_TYPES.get(address.type)
    if builtin is None or object_type is None:
        return builtin
    entries = ctx.creation_defaults
    if not entries:
        return builtin
    global_entry = entries.get(("", object_type))
    start = global_entry.grants if global_entry is not None else builtin
    # Schemas have no per-schema entries; every other kind lives in its key's schema.
    in_schema = entries.get((key.schema, object_type)) if key.schema else None
    return _merge(start, in_schema.grants) if in_schema is not None else start
