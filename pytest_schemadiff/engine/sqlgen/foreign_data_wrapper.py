"""Foreign data wrappers: CREATE / DROP FOREIGN DATA WRAPPER, and ALTER FOREIGN DATA WRAPPER
in place for the handler, the validator and options (``OPTIONS (ADD / SET / DROP)``)."""

from __future__ import annotations

from ..model import ForeignDataWrapper
from ..plan import Action, Statement
from .context import Context
from .fdw_options import alter_clause, create_clause
from .quoting import ident


def _owner(w: ForeignDataWrapper) -> str:
    return f"foreign data wrapper {ident(w.name)}"


def create(new: ForeignDataWrapper, ctx: Context) -> list[Statement]:
    sql = f"CREATE FOREIGN DATA WRAPPER {ident(new.name)}"
    if new.handler:
        sql += f" HANDLER {new.handler}"
    if new.validator:
        sql += f" VALIDATOR {new.validator}"
    sql += create_clause(new.options_order, _owner(new), ctx)
    return [Statement(sql, new.key, Action.CREATE)]


def drop(old: ForeignDataWrapper, ctx: Context) -> list[Statement]:
    return [Statement(f"DROP FOREIGN DATA WRAPPER {ident(old.name)}", old.key, Action.DROP)]


def alter(old: ForeignDataWrapper, new: ForeignDataWrapper, ctx: Context) -> list[Statement] | None:
    clauses = []
    if old.handler != new.handler:
        clauses.append(f" HANDLER {new.handler}" if new.handler else " NO HANDLER")
    if old.validator != new.validator:
        clauses.append(f" VALIDATOR {new.validator}" if new.validator else " NO VALIDATOR")
    # Options are checked by the validator in force once the statement has run: one
    # statement changes both.
    clauses.append(alter_clause(old.options_order, new.options_order, _owner(new), ctx))
    text = "".join(clauses)
    if not text:
        return []
    return [Statement(f"ALTER FOREIGN DATA WRAPPER {ident(new.name)}{text}", new.key, Action.ALTER)]
