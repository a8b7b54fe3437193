"""Foreign tables: CREATE / DROP FOREIGN TABLE (plain, inheritance children, partitions),
and ALTER FOREIGN TABLE in place for columns (ADD / DROP COLUMN, TYPE, DEFAULT, NOT NULL,
column OPTIONS, statistics targets, storage and attribute options), CHECK constraints (ADD /
DROP CONSTRAINT; a changed one is dropped and added) and the table's OPTIONS. A changed
server, partition bound or parent list drops and re-creates it: a foreign table holds no
local data, so nothing is lost but its grants and comments, which the engine gives back.
"""

from __future__ import annotations

import dataclasses
import weakref
from typing import Any

from ..hazards import ACCESS_EXCLUSIVE, Lock
from ..model import Catalog, ForeignColumn, ForeignTable, Key, Kind
from ..plan import Action, Hazard, Statement
from . import not_null
from .context import Context
from .fdw_options import alter_clause, create_clause
from .quoting import ident, literal, qualified
from .relation_columns import ColumnSettings, statements, without_columns

_LOCK = frozenset({Hazard.ACCESS_EXCLUSIVE_LOCK})


def _name(t: ForeignTable) -> str:
    return qualified(t.schema, t.name)


def _owner(t: ForeignTable, column: str | None = None) -> str:
    where = f"foreign table {_name(t)}"
    return f"{where} column {ident(column)}" if column is not None else where


def _column_definition(t: ForeignTable, c: ForeignColumn, ctx: Context) -> str:
    parts = [ident(c.name), c.data_type]
    options = create_clause(c.options_order, _owner(t, c.name), ctx)
    if options:
        parts.append(options.strip())
    if c.collation:
        parts.append(f"COLLATE {c.collation}")
    if c.not_null:
        parts.append(not_null.clause(c.not_null_name, t.name, c.name))
    if c.default is not None:
        parts.append(f"DEFAULT {c.default}")
    return " ".join(parts)


def _in_order(t: ForeignTable) -> list[ForeignColumn]:
    """The columns in the table's own order (``columns`` is sorted by name)."""
    position = {name: i for i, name in enumerate(t.column_order)}
    return sorted(t.columns, key=lambda c: position.get(c.name, 0))


def create(new: ForeignTable, ctx: Context) -> list[Statement]:
    head = f"CREATE FOREIGN TABLE {_name(new)}"
    local = [c for c in _in_order(new) if c.is_local]
    checks = [
        f"CONSTRAINT {ident(n)} {d}"
        for n, d in zip(new.constraint_names, new.constraint_definitions, strict=True)
    ]
    if new.partition_of:
        sql = f"{head} PARTITION OF {new.partition_of} {new.partition_bound}"
    else:
        body = ",\n".join(f"    {_column_definition(new, c, ctx)}" for c in local)
        sql = f"{head} (\n{body}\n)" if body else f"{head} ()"
        if new.inherits:
            sql += f" INHERITS ({', '.join(new.inherits)})"
    sql += f" SERVER {ident(new.server)}"
    sql += create_clause(new.options_order, _owner(new), ctx)
    out = [Statement(sql, new.key, Action.CREATE)]
    # Columns made by the parent (all of a partition's): what this table sets on them.
    for c in _in_order(new):
        if new.partition_of or not c.is_local:
            inherited, _ = _inherited_column(new, c, ctx)
            out += _column_changes(new, inherited, c, ctx, Action.CREATE)
    # CHECK constraints after the columns: a NOT VALID one cannot be written inline.
    out += [
        Statement(f"ALTER FOREIGN TABLE {_name(new)} ADD {check}", new.key, Action.CREATE, _LOCK)
        for check in checks
    ]
    out += _settings_changes(None, new, Action.CREATE)
    return out


def _settings(t: ForeignTable, leave_out: frozenset[str] = frozenset()) -> ColumnSettings:
    """``t``'s column settings; the storage of columns ``leave_out`` (whose type changes,
    which resets the storage to the new type's) left out."""
    storage = without_columns(t.column_storage, leave_out, 2)
    return ColumnSettings(t.column_statistics, storage, (), t.column_attribute_options)


def _settings_changes(
    old: ForeignTable | None,
    new: ForeignTable,
    action: Action,
    retyped: frozenset[str] = frozenset(),
) -> list[Statement]:
    before = _settings(old, retyped) if old is not None else None
    return statements(f"ALTER FOREIGN TABLE {_name(new)}", new.key, before, _settings(new), action)


def _inherited_column(
    t: ForeignTable, c: ForeignColumn, ctx: Context
) -> tuple[ForeignColumn, Key | None]:
    """What a column made by a parent is like before this table changes it (the parent's
    type, NOT NULL and default, no options), and the parent's column's key (None: not a
    column model) for ordering."""
    parents = [t.partition_of] if t.partition_of else list(t.inherits)
    for parent in parents:
        found = _parent_column(parent, c.name, ctx)
        if found is not None:
            return found
    return ForeignColumn(c.name, c.data_type, c.collation, False, None, (), (), False), None


def _parents(parent: str, catalog: Catalog) -> list[Any]:
    """B's tables and foreign tables named ``parent`` (as the catalog queries spell it)."""
    return [
        obj
        for obj in catalog.of_kind(Kind.TABLE, Kind.FOREIGN_TABLE)
        if parent in (_format_id(obj.schema, obj.name), qualified(obj.schema, obj.name))
    ]


def _parent_column(parent: str, name: str, ctx: Context) -> tuple[ForeignColumn, Key | None] | None:
    """Column ``name`` of B's table or foreign table ``parent``, with no options."""
    for obj in _parents(parent, ctx.b):
        if isinstance(obj, ForeignTable):
            columns: list[Any] = list(obj.columns)
            key = None
        else:
            columns = ctx.b.members(obj.key, Kind.COLUMN)
            key = Key(Kind.COLUMN, obj.schema, obj.name, name)
        for col in columns:
            if col.name == name:
                found = ForeignColumn(
                    name, col.data_type, col.collation, col.not_null, col.default, (), ()
                )
                return found, key
    return None


def has_foreign_children(catalog: Catalog, schema: str, table: str) -> bool:
    """Whether a foreign table inherits from (or is a partition of) ``schema.table``:
    PostgreSQL refuses ``ALTER COLUMN ... TYPE ... USING`` on such a table, as the change
    recurses to the foreign table."""
    parents = _foreign_parents(catalog)
    return bool(parents) and not parents.isdisjoint(
        (_format_id(schema, table), qualified(schema, table))
    )


# The parents of a catalog's foreign tables, worked out once per catalog (a plan asks per
# column type change). A weak reference: the catalog is not kept alive for this.
_FOREIGN_PARENTS: dict[int, tuple[weakref.ref[Catalog], frozenset[str]]] = {}


def _foreign_parents(catalog: Catalog) -> frozenset[str]:
    found = _FOREIGN_PARENTS.get(id(catalog))
    if found is not None and found[0]() is catalog:
        return found[1]
    parents = frozenset(
        name
        for obj in catalog.of_kind(Kind.FOREIGN_TABLE)
        if isinstance(obj, ForeignTable)
        for name in (*obj.inherits, *([obj.partition_of] if obj.partition_of else []))
    )
    _FOREIGN_PARENTS.clear()  # one plan at a time: keep only the latest catalog's
    _FOREIGN_PARENTS[id(catalog)] = (weakref.ref(catalog), parents)
    return parents


def _format_id(schema: str, name: str) -> str:
    """``schema.name`` as ``format('%I.%I')`` writes it (quoted only when needed, keywords
    aside), the spelling the catalog queries use for parents."""
    return f"{_format_ident(schema)}.{_format_ident(name)}"


def _format_ident(name: str) -> str:
    plain = name.isidentifier() and name == name.lower() and name.isascii()
    return name if plain else ident(name)


def drop(old: ForeignTable, ctx: Context) -> list[Statement]:
    # A partition's drop locks its parent too (heap_drop_with_catalog).
    parent = (Lock(old.partition_of, ACCESS_EXCLUSIVE),) if old.partition_of else ()
    return [
        Statement(
            f"DROP FOREIGN TABLE {_name(old)}", old.key, Action.DROP, _LOCK, implied_locks=parent
        )
    ]


def type_changes(old: ForeignTable, new: ForeignTable) -> bool:
    """Whether a column kept by name changes type or collation (views using it must make
    way)."""
    before = {c.name: (c.data_type, c.collation) for c in old.columns}
    return any(
        c.name in before and before[c.name] != (c.data_type, c.collation) for c in new.columns
    )


def _column_changes(
    t: ForeignTable, old: ForeignColumn, new: ForeignColumn, ctx: Context, action: Action
) -> list[Statement]:
    prefix = f"ALTER FOREIGN TABLE {_name(t)} ALTER COLUMN {ident(new.name)}"
    out: list[Statement] = []

    def add(sql: str, step: Action = action) -> None:
        out.append(Statement(f"{prefix} {sql}", t.key, step, _LOCK))

    if old.default is not None and old.default != new.default:
        add("DROP DEFAULT", Action.DROP if action is Action.ALTER else action)
    if (old.data_type, old.collation) != (new.data_type, new.collation):
        collate = f" COLLATE {new.collation}" if new.collation else ""
        add(f"TYPE {new.data_type}{collate}")
    if new.default is not None and old.default != new.default:
        add(f"SET DEFAULT {new.default}")
    if new.not_null and not old.not_null:
        if not not_null.is_default_name(new.not_null_name, t.name, new.name):
            # PostgreSQL 18: SET NOT NULL would give the constraint its default name.
            out.append(
                Statement(
                    f"ALTER FOREIGN TABLE {_name(t)} ADD CONSTRAINT "
                    f"{ident(new.not_null_name or '')} NOT NULL {ident(new.name)}",
                    t.key,
                    action,
                    _LOCK,
                )
            )
        else:
            add("SET NOT NULL")
    elif old.not_null and not new.not_null:
        add("DROP NOT NULL")
    elif old.not_null_name and new.not_null_name and old.not_null_name != new.not_null_name:
        # ALTER FOREIGN TABLE has no RENAME CONSTRAINT; ALTER TABLE takes a foreign table.
        out.append(
            Statement(
                f"ALTER TABLE {_name(t)} RENAME CONSTRAINT {ident(old.not_null_name)} "
                f"TO {ident(new.not_null_name)}",
                t.key,
                action,
                _LOCK,
            )
        )
    options = alter_clause(old.options_order, new.options_order, _owner(t, new.name), ctx)
    if options:
        add(options.strip())
    return out


def alter(old: ForeignTable, new: ForeignTable, ctx: Context) -> list[Statement] | None:
    if (old.server, old.partition_of, old.partition_bound, old.inherits) != (
        new.server,
        new.partition_of,
        new.partition_bound,
        new.inherits,
    ):
        return None
    name = _name(new)
    out: list[Statement] = []

    def add(sql: str, action: Action = Action.ALTER) -> None:
        out.append(Statement(f"ALTER FOREIGN TABLE {name} {sql}", new.key, action, _LOCK))

    before = {c.name: c for c in old.columns}
    after = {c.name: c for c in new.columns}
    old_checks = dict(zip(old.constraint_names, old.constraint_definitions, strict=True))
    new_checks = dict(zip(new.constraint_names, new.constraint_definitions, strict=True))
    for check, definition in old_checks.items():
        if new_checks.get(check) != definition:
            add(f"DROP CONSTRAINT {ident(check)}", Action.DROP)
    for column in old.columns:
        if column.name not in after and column.is_local:
            add(f"DROP COLUMN {ident(column.name)}", Action.DROP)
    for column in _in_order(new):
        if not column.is_local:
            # Made and changed by the parent (its ALTER recurses here): only what this table
            # sets on the column itself, beyond the parent's.
            inherited, parent_column = _inherited_column(new, column, ctx)
            was = before.get(column.name)
            if was is not None:
                inherited = dataclasses.replace(
                    inherited, options=was.options, options_order=was.options_order
                )
            changes = _column_changes(new, inherited, column, ctx, Action.ALTER)
            if parent_column is not None:
                # After the parent's ADD / ALTER COLUMN that makes the column so.
                changes = [dataclasses.replace(c, requires=(parent_column,)) for c in changes]
            out += changes
        elif column.name not in before:
            add(f"ADD COLUMN {_column_definition(new, column, ctx)}")
        elif before[column.name] != column:
            out += _column_changes(new, before[column.name], column, ctx, Action.ALTER)
    options = alter_clause(old.options_order, new.options_order, _owner(new), ctx)
    if options:
        add(options.strip())
    # After ALTER COLUMN TYPE, which gives the column its new type's storage.
    retyped = frozenset(
        c.name for c in new.columns if c.name in before and before[c.name].data_type != c.data_type
    )
    out += _settings_changes(old, new, Action.ALTER, retyped)
    # A re-added constraint has lost its comment, which the attached comparison (equal on
    # both sides) would not give back.
    described = ctx.b.objects.get(new.key)
    comments = {
        member: text
        for kind, member, text in getattr(described, "member_comments", None) or ()
        if kind == "table constraint"
    }
    for check, definition in new_checks.items():
        if old_checks.get(check) != definition:
            add(f"ADD CONSTRAINT {ident(check)} {definition}")
            if check in old_checks and check in comments:
                out.append(
                    Statement(
                        f"COMMENT ON CONSTRAINT {ident(check)} ON {name} "
                        f"IS {literal(comments[check])}",
                        new.key,
                        Action.ALTER,
                    )
                )
    return out
