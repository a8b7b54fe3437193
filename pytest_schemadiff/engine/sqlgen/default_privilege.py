"""Default privileges: ALTER DEFAULT PRIVILEGES [FOR ROLE r] [IN SCHEMA s] GRANT / REVOKE.

An entry is created by granting and revoking from its baseline (what the role's new objects
get without it) and dropped by going back to the baseline: PostgreSQL removes an entry that
equals it. Grants to the role itself (grantee "") name the role.

New or changed entries are written after every object of their scope that the migration
creates: such objects would otherwise take the new defaults on top of the privileges the
engine gives them. Dropped entries go first among drops, for the same reason. So every
object the plan creates sees A's entries that B keeps, which ``initial_privileges`` starts
its grants from."""

from __future__ import annotations

from ..model import DEFAULT_PRIVILEGE_OBJECTS, DefaultPrivilege, Grant, Key, Kind
from ..plan import Action, Statement
from .context import Context
from .privileges import grant_statements, role
from .quoting import ident


def _statements(
    d: DefaultPrivilege,
    old: tuple[Grant, ...],
    new: tuple[Grant, ...],
    action: Action,
    after: tuple[Key, ...] = (),
) -> list[Statement]:
    prefix = f"ALTER DEFAULT PRIVILEGES FOR ROLE {ident(d.role)}"
    if d.schema:
        prefix += f" IN SCHEMA {ident(d.schema)}"
    on = DEFAULT_PRIVILEGE_OBJECTS[d.object_type].upper()
    owner = ident(d.role)
    return [
        Statement(f"{prefix} {sql}", d.key, action, requires=after)
        for sql in grant_statements(old, new, on, lambda g: role(g, owner))
    ]


def _scope(d: DefaultPrivilege, ctx: Context) -> tuple[Key, ...]:
    """Objects of B the entry could apply to (its schema's, or all for a global one)."""
    return tuple(
        sorted(
            k
            for k in ctx.b.objects
            if k.kind is not Kind.DEFAULT_PRIVILEGE and (not d.schema or k.schema == d.schema)
        )
    )


def create(new: DefaultPrivilege, ctx: Context) -> list[Statement]:
    return _statements(new, new.baseline, new.grants, Action.CREATE, _scope(new, ctx))


def drop(old: DefaultPrivilege, ctx: Context) -> list[Statement]:
    return _statements(old, old.grants, old.baseline, Action.DROP)


def alter(old: DefaultPrivilege, new: DefaultPrivilege, ctx: Context) -> list[Statement] | None:
    return _statements(new, old.grants, new.grants, Action.ALTER, _scope(new, ctx))
