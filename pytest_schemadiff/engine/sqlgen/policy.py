"""Row level security policies: CREATE / DROP POLICY, and ALTER POLICY for roles, USING and
WITH CHECK. PostgreSQL cannot change a policy's command or PERMISSIVE / RESTRICTIVE, nor
remove an expression in place: those drop and re-create it."""

from __future__ import annotations

from ..model import Policy
from ..plan import Action, Statement
from .context import Context
from .quoting import ident, qualified

_COMMANDS = {"r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE", "*": "ALL"}


def _on(p: Policy) -> str:
    return f"{ident(p.name)} ON {qualified(p.schema, p.table)}"


def _roles(p: Policy) -> str:
    return ", ".join("PUBLIC" if r == "PUBLIC" else ident(r) for r in p.roles)


def create(new: Policy, ctx: Context) -> list[Statement]:
    kind = "PERMISSIVE" if new.permissive else "RESTRICTIVE"
    sql = f"CREATE POLICY {_on(new)} AS {kind} FOR {_COMMANDS[new.command]} TO {_roles(new)}"
    if new.using is not None:
        sql += f" USING ({new.using})"
    if new.with_check is not None:
        sql += f" WITH CHECK ({new.with_check})"
    return [Statement(sql, new.key, Action.CREATE)]


def drop(old: Policy, ctx: Context) -> list[Statement]:
    return [Statement(f"DROP POLICY {_on(old)}", old.key, Action.DROP)]


def alter(old: Policy, new: Policy, ctx: Context) -> list[Statement] | None:
    if (old.permissive, old.command) != (new.permissive, new.command):
        return None
    if (new.using is None and old.using is not None) or (
        new.with_check is None and old.with_check is not None
    ):
        return None
    sql = f"ALTER POLICY {_on(new)}"
    if old.roles != new.roles:
        sql += f" TO {_roles(new)}"
    if old.using != new.using:
        sql += f" USING ({new.using})"
    if old.with_check != new.with_check:
        sql += f" WITH CHECK ({new.with_check})"
    return [Statement(sql, new.key, Action.ALTER)]
