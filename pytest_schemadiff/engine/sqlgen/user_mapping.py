"""User mappings: CREATE / DROP USER MAPPING FOR role | PUBLIC SERVER s (as pg_dump writes
them: CURRENT_USER is stored as the role it named), and ALTER USER MAPPING for options. A
mapping belongs to its server: re-creating the server re-creates it."""

from __future__ import annotations

from ..model import UserMapping
from ..plan import Action, Statement
from .context import Context
from .fdw_options import alter_clause, create_clause
from .quoting import ident


def _target(m: UserMapping) -> str:
    user = "PUBLIC" if m.user == "PUBLIC" else ident(m.user)
    return f"FOR {user} SERVER {ident(m.server)}"


def _owner(m: UserMapping) -> str:
    user = "PUBLIC" if m.user == "PUBLIC" else ident(m.user)
    return f"user mapping for {user} server {ident(m.server)}"


def create(new: UserMapping, ctx: Context) -> list[Statement]:
    options = create_clause(new.options_order, _owner(new), ctx)
    return [Statement(f"CREATE USER MAPPING {_target(new)}{options}", new.key, Action.CREATE)]


def drop(old: UserMapping, ctx: Context) -> list[Statement]:
    return [Statement(f"DROP USER MAPPING {_target(old)}", old.key, Action.DROP)]


def alter(old: UserMapping, new: UserMapping, ctx: Context) -> list[Statement] | None:
    options = alter_clause(old.options_order, new.options_order, _owner(new), ctx)
    if not options:
        return []
    return [Statement(f"ALTER USER MAPPING {_target(new)}{options}", new.key, Action.ALTER)]
