"""Operator families: CREATE / DROP OPERATOR FAMILY, and ALTER OPERATOR FAMILY ... ADD /
DROP for their loose members (members of a class are the class's: ``operator_class``).
A family's only other attribute, its index method, is part of its key."""

from __future__ import annotations

from ..model import OperatorFamily
from ..plan import Action, Statement
from .context import Context
from .quoting import ident, qualified

__all__ = ["alter", "create", "drop", "name"]


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
