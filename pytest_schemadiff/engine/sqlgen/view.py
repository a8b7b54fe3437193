"""Views and materialized views. A view whose new columns extend the old ones (same names
and types, in order) is changed with CREATE OR REPLACE VIEW; anything else, and every
materialized view change of its query or columns, drops and re-creates it (the engine
re-creates its dependents). Column defaults are set after CREATE and kept by CREATE OR
REPLACE. A materialized view's storage parameters, column statistics targets, storage and
compression, its tablespace and access method are set in place (``SET ACCESS METHOD``
needs PostgreSQL 15: on 14 it is re-created); a re-created one gets them back."""

from __future__ import annotations

from dataclasses import replace

from ..model import View
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import ident, qualified
from .relation_columns import ColumnSettings, statements

# SET ACCESS METHOD on a materialized view (PostgreSQL 15).
_SET_ACCESS_METHOD_FROM = 150000
# What a relation is in when it names no tablespace.
_DEFAULT_TABLESPACE = "pg_default"


def _word(v: View) -> str:
    return "MATERIALIZED VIEW" if v.materialized else "VIEW"


def _with(v: View) -> str:
    return f" WITH ({', '.join(v.options_order)})" if v.options_order else ""


def _body(v: View) -> str:
    return v.definition.strip().rstrip(";")


def _defaults(v: View) -> dict[str, str]:
    return dict(zip(v.default_columns, v.default_values, strict=True))


def _set_defaults(old: View | None, new: View, action: Action) -> list[Statement]:
    """ALTER VIEW ... ALTER COLUMN ... SET / DROP DEFAULT from ``old``'s defaults to ``new``'s."""
    before = _defaults(old) if old is not None else {}
    after = _defaults(new)
    prefix = f"ALTER VIEW {qualified(new.schema, new.name)} ALTER COLUMN"
    out = [
        Statement(f"{prefix} {ident(column)} DROP DEFAULT", new.key, action)
        for column in before
        if column not in after
    ]
    out += [
        Statement(f"{prefix} {ident(column)} SET DEFAULT {value}", new.key, action)
        for column, value in after.items()
        if before.get(column) != value
    ]
    return out


def _settings(v: View) -> ColumnSettings:
    return ColumnSettings(v.column_statistics, v.column_storage, v.column_compression)


def _column_settings(old: View | None, new: View, action: Action) -> list[Statement]:
    prefix = f"ALTER MATERIALIZED VIEW {qualified(new.schema, new.name)}"
    return statements(prefix, new.key, _settings(old) if old else None, _settings(new), action)


def create(new: View, ctx: Context) -> list[Statement]:
    name = qualified(new.schema, new.name)
    using = ""
    if new.access_method and new.access_method != "heap":
        using = f" USING {ident(new.access_method)}"
    space = f" TABLESPACE {ident(new.tablespace)}" if new.tablespace else ""
    sql = f"CREATE {_word(new)} {name}{using}{_with(new)}{space} AS\n{_body(new)}"
    hazards: frozenset[Hazard] = frozenset()
    if new.materialized:
        sql += "\nWITH DATA"
        hazards = frozenset({Hazard.SCANS_TABLE})
    return [
        Statement(sql, new.key, Action.CREATE, hazards),
        *_set_defaults(None, new, Action.CREATE),
        *_column_settings(None, new, Action.CREATE),
    ]


def drop(old: View, ctx: Context) -> list[Statement]:
    hazards = frozenset({Hazard.DELETES_DATA}) if old.materialized else frozenset()
    return [
        Statement(
            f"DROP {_word(old)} {qualified(old.schema, old.name)}", old.key, Action.DROP, hazards
        )
    ]


def _alter_materialized(old: View, new: View, ctx: Context) -> list[Statement] | None:
    """In place when only the physical attributes and storage parameters differ, else
    None (re-create)."""
    if old != replace(
        new,
        options=old.options,
        options_order=old.options_order,
        column_statistics=old.column_statistics,
        column_storage=old.column_storage,
        column_compression=old.column_compression,
        access_method=old.access_method,
        tablespace=old.tablespace,
    ):
        return None
    if old.access_method != new.access_method and (ctx.a.server_version < _SET_ACCESS_METHOD_FROM):
        return None
    name = f"ALTER MATERIALIZED VIEW {qualified(new.schema, new.name)}"
    out = _set_options(old, new) + _column_settings(old, new, Action.ALTER)
    # Moving copies the data: both rewrite it under an ACCESS EXCLUSIVE lock.
    rewrites = frozenset({Hazard.REWRITES_TABLE})
    if old.access_method != new.access_method:
        method = ident(new.access_method or "heap")
        out.append(Statement(f"{name} SET ACCESS METHOD {method}", new.key, Action.ALTER, rewrites))
    if old.tablespace != new.tablespace:
        space = ident(new.tablespace or _DEFAULT_TABLESPACE)
        out.append(Statement(f"{name} SET TABLESPACE {space}", new.key, Action.ALTER, rewrites))
    return out


def alter(old: View, new: View, ctx: Context) -> list[Statement] | None:
    if old.materialized and new.materialized:
        return _alter_materialized(old, new, ctx)
    if old.materialized or new.materialized:
        return None
    if new.columns[: len(old.columns)] != old.columns:
        return None
    name = qualified(new.schema, new.name)
    out = []
    if old.definition != new.definition or old.columns != new.columns:
        out.append(
            Statement(
                f"CREATE OR REPLACE VIEW {name}{_with(new)} AS\n{_body(new)}", new.key, Action.ALTER
            )
        )
    out += _set_options(old, new)
    out += _set_defaults(old, new, Action.ALTER)
    return out


def _set_options(old: View, new: View) -> list[Statement]:
    """``ALTER [MATERIALIZED] VIEW ... RESET / SET (options)`` from ``old``'s to ``new``'s."""
    if old.options == new.options:
        return []
    name = f"ALTER {_word(new)} {qualified(new.schema, new.name)}"
    new_keys = {o.split("=", 1)[0] for o in new.options}
    removed = [o.split("=", 1)[0] for o in old.options if o.split("=", 1)[0] not in new_keys]
    out = []
    if removed:
        out.append(Statement(f"{name} RESET ({', '.join(removed)})", new.key, Action.ALTER))
    if new.options_order:
        out.append(Statement(f"{name} SET ({', '.join(new.options_order)})", new.key, Action.ALTER))
    return out
