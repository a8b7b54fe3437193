"""Foreign servers: CREATE / DROP SERVER, and ALTER SERVER in place for VERSION and options
(``OPTIONS (ADD / SET / DROP)``). A changed wrapper or TYPE (which ALTER SERVER cannot
change) drops and re-creates the server, with its user mappings and foreign tables (the
engine re-creates what depends on it)."""

from __future__ import annotations

from ..model import ForeignServer
from ..plan import Action, Statement
from .context import Context
from .fdw_options import alter_clause, create_clause
from .quoting import ident, literal


def _owner(s: ForeignServer) -> str:
    return f"server {ident(s.name)}"


def create(new: ForeignServer, ctx: Context) -> list[Statement]:
    sql = f"CREATE SERVER {ident(new.name)}"
    if new.server_type is not None:
        sql += f" TYPE {literal(new.server_type)}"
    if new.server_version is not None:
        sql += f" VERSION {literal(new.server_version)}"
    sql += f" FOREIGN DATA WRAPPER {ident(new.wrapper)}"
    sql += create_clause(new.options_order, _owner(new), ctx)
    return [Statement(sql, new.key, Action.CREATE)]


def drop(old: ForeignServer, ctx: Context) -> list[Statement]:
    return [Statement(f"DROP SERVER {ident(old.name)}", old.key, Action.DROP)]


def alter(old: ForeignServer, new: ForeignServer, ctx: Context) -> list[Statement] | None:
    if (old.wrapper, old.server_type) != (new.wrapper, new.server_type):
        return None
    text = ""
    if old.server_version != new.server_version:
        version = "NULL" if new.server_version is None else literal(new.server_version)
        text += f" VERSION {version}"
    text += alter_clause(old.options_order, new.options_order, _owner(new), ctx)
    if not text:
        return []
    return [Statement(f"ALTER SERVER {ident(new.name)}{text}", new.key, Action.ALTER)]
