"""Operator families: CREATE / DROP OPERATOR FAMILY, and ALTER OPERATOR FAMILY ... ADD /
DROP for their loose members (members of a class are the class's: ``operator_class``).
A family's only other attribute, its index method, is part of its key.

When an operator or function a loose member uses is re-created, the family lets go of that
member and takes it back (``releases``) instead of being re-created: re-creating it would
drop its classes and rebuild every index using them."""

from __future__ import annotations

from ..model import Key, Kind, OperatorFamily
from ..plan import Action, Statement
from .context import Context
from .quoting import ident, qualified

__all__ = ["alter", "create", "drop", "name", "releases"]


def name(schema: str, family: str, method: str) -> str:
    """``"schema"."family" USING "method"``, as every statement about a family or class
    names it."""
    return f"{qualified(schema, family)} USING {ident(method)}"


def _name(f: OperatorFamily) -> str:
    return name(f.schema, f.name, f.method)


def create(new: OperatorFamily, ctx: Context) -> list[Statement]:
    out = [Statement(f"CREATE OPERATOR FAMILY {_name(new)}", new.key, Action.CREATE)]
    members = [*new.operators, *new.functions]
    if members:
        sql = f"ALTER OPERATOR FAMILY {_name(new)} ADD {', '.join(members)}"
        out.append(Statement(sql, new.key, Action.CREATE))
    return out


def drop(old: OperatorFamily, ctx: Context) -> list[Statement]:
    # Takes the family's classes with it; the engine drops them (and their indexes) first.
    return [Statement(f"DROP OPERATOR FAMILY {_name(old)}", old.key, Action.DROP)]


def alter(old: OperatorFamily, new: OperatorFamily, ctx: Context) -> list[Statement] | None:
    out = []
    drop_forms = dict(zip((*old.operators, *old.functions), old.member_drops, strict=True))
    new_members = {*new.operators, *new.functions}
    # A member changed in place (same number and operand types) is dropped, then added.
    removed = [drop_forms[m] for m in drop_forms if m not in new_members]
    added = [m for m in (*new.operators, *new.functions) if m not in drop_forms]
    if removed:
        sql = f"ALTER OPERATOR FAMILY {_name(new)} DROP {', '.join(removed)}"
        out.append(Statement(sql, new.key, Action.ALTER))
    if added:
        sql = f"ALTER OPERATOR FAMILY {_name(new)} ADD {', '.join(added)}"
        out.append(Statement(sql, new.key, Action.ALTER))
    return out


# What a member uses: an operator, or a support function.
_MEMBER_USES = {Kind.OPERATOR: "pg_operator", Kind.FUNCTION: "pg_proc"}


def releases(
    old: OperatorFamily, new: OperatorFamily, used: Key, ctx: Context
) -> tuple[list[Statement], list[Statement]] | None:
    """ALTER OPERATOR FAMILY ... DROP the loose members using ``used`` before it is
    re-created, and ADD them back after; None (re-create the family) when the family
    changes too, or ``used`` is not what its members use."""
    user = ctx.a.objects.get(used)
    catalog = _MEMBER_USES.get(used.kind)
    if user is None or catalog is None or user.catalog_id[0] != catalog:
        return None
    if (old.operators, old.functions) != (new.operators, new.functions):
        return None
    members = (*old.operators, *old.functions)
    released = [
        (member, drop_form)
        for member, drop_form, uses in zip(members, old.member_drops, old.member_uses, strict=True)
        if uses == user.catalog_id[1]
    ]
    if not released:
        return None
    drop_sql = f"ALTER OPERATOR FAMILY {_name(old)} DROP {', '.join(d for _, d in released)}"
    add_sql = f"ALTER OPERATOR FAMILY {_name(new)} ADD {', '.join(m for m, _ in released)}"
    # The DROP needs only A's objects; the ADD is a creation that waits for B's.
    return [Statement(drop_sql, old.key, Action.DROP)], [Statement(add_sql, new.key, Action.CREATE)]
