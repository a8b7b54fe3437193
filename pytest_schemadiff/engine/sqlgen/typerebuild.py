"""Rebuilding a type in place of an impossible ALTER, keeping the data of its columns.

The old type is renamed away, the new one created under the name, every table column
using it (or an array of it) converted with ALTER COLUMN ... TYPE ... USING, and the old
type dropped. Everything else that used the old type (views, indexes, constraints,
functions, other types) is dropped and re-created around the rebuild by the engine
(``KindSQL.rebuilds``), and views on the converted columns too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import Catalog, Column, Key, Kind
from ..plan import Action, Hazard, Statement
from . import attached
from .context import Context
from .quoting import ident, qualified

__all__ = ["columns_using", "old_name", "rebuild_statements", "used_by_changed_objects"]

# (column expression, target type, old model, new model) -> USING expression.
Convert = Callable[[str, str, Any, Any], str]


def old_name(name: str) -> str:
    """The name the old type is renamed to while it is rebuilt (63 bytes at most)."""
    suffix = "_schemadiff_old"
    head = name.encode()[: 63 - len(suffix)].decode(errors="ignore")
    return head + suffix


def used_by_changed_objects(key: Key, ctx: Context) -> bool:
    """Whether something that uses ``key`` in B is created or changed by the migration."""
    # Comments, privileges and owners use nothing.
    return any(
        dependent != key and _stripped(ctx.a, dependent) != _stripped(ctx.b, dependent)
        for dependent in ctx.b.dependents(key)
    )


def _stripped(catalog: Catalog, key: Key) -> Any:
    obj = catalog.get(key)
    return None if obj is None else attached.strip(obj)


def columns_using(key: Key, ctx: Context) -> list[tuple[Column, Column]]:
    """(A, B) versions of the table columns that use ``key`` on both sides; inherited
    columns follow their parent's conversion."""
    out = []
    for dependent in sorted(ctx.a.dependents(key)):
        if dependent.kind is not Kind.COLUMN:
            continue
        old, new = ctx.a.get(dependent), ctx.b.get(dependent)
        if new is None or key not in ctx.b.dependencies.get(dependent, ()) or old.inherited:
            continue
        out.append((old, new))
    return out


def rebuild_statements(
    old: Any,
    new: Any,
    ctx: Context,
    create_sql: Callable[[Any, str], list[str]],
    convert: Convert,
    *,
    rename_word: str = "TYPE",
    drop_word: str = "TYPE",
    also_rename: tuple[str, ...] = (),
    lossy: bool = False,
) -> list[Statement]:
    """``lossy``: the conversion drops or narrows data (a removed composite attribute, a
    new base type), so it deletes data.

    ``also_rename``: more statements that move what the new object's CREATE would
    collide with (a range type's multirange and constructor functions) out of the way."""
    name = qualified(new.schema, new.name)
    renamed = old_name(old.name)
    key = new.key
    out = [
        Statement(f"ALTER {rename_word} {name} RENAME TO {ident(renamed)}", key, Action.ALTER),
        *(Statement(sql, key, Action.ALTER) for sql in also_rename),
    ]
    out += [Statement(sql, key, Action.ALTER) for sql in create_sql(new, name)]
    for a_col, b_col in columns_using(key, ctx):
        table = qualified(b_col.schema, b_col.table)
        prefix = f"ALTER TABLE {table} ALTER COLUMN {ident(b_col.name)}"
        if a_col.default is not None:
            # The old default is of the old type and cannot be cast automatically.
            out.append(Statement(f"{prefix} DROP DEFAULT", key, Action.ALTER))
        collate = f" COLLATE {b_col.collation}" if b_col.collation else ""
        using = convert(ident(b_col.name), b_col.data_type, old, new)
        out.append(
            Statement(
                f"{prefix} TYPE {b_col.data_type}{collate} USING {using}",
                key,
                Action.ALTER,
                frozenset(
                    {Hazard.ACCESS_EXCLUSIVE_LOCK}
                    # A new collation leaves the rows as they are (measured); a new type
                    # converts every one.
                    | ({Hazard.REWRITES_TABLE} if key.kind is not Kind.COLLATION else set())
                    | ({Hazard.DELETES_DATA} if lossy else set())
                ),
            )
        )
        if a_col.default is not None and a_col.default == b_col.default:
            # A changed default is set by the column's own alter, after this.
            out.append(Statement(f"{prefix} SET DEFAULT {b_col.default}", key, Action.ALTER))
    out.append(Statement(f"DROP {drop_word} {qualified(old.schema, renamed)}", key, Action.DROP))
    return out
