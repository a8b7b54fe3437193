"""Tables: CREATE TABLE (regular, unlogged, partitioned, partitions, inheritance children),
DROP TABLE, and in place: SET LOGGED / UNLOGGED, ATTACH / DETACH PARTITION, INHERIT /
NO INHERIT, row level security, storage parameters, and through ``storage`` REPLICA
IDENTITY, access method and tablespace (SET ACCESS METHOD needs PostgreSQL 15: before, a
change of access method re-creates the table). A change of kind or partition key
drops and re-creates the table.

CREATE TABLE carries the columns (in B's order); constraints and indexes are separate
statements, so the dependency graph can place foreign keys after both tables.
"""

from __future__ import annotations

from ..hazards import ACCESS_EXCLUSIVE, Lock
from ..model import Column, Kind, Table
from ..plan import Action, Hazard, Statement
from . import column as column_sql
from . import owned_sequence
from .context import Context
from .quoting import qualified
from .storage import created_table_columns, table_clauses, tablespace_clause, using_clause


def _name(t: Table) -> str:
    return qualified(t.schema, t.name)


def create(new: Table, ctx: Context) -> list[Statement]:
    columns: list[Column] = sorted(
        (c for c in ctx.b.members(new.key, Kind.COLUMN) if c.is_local or not c.inherited),
        key=lambda c: c.position,
    )
    unlogged = "UNLOGGED " if new.persistence == "u" else ""
    head = f"CREATE {unlogged}TABLE {_name(new)}"
    if new.partition_of:
        sql = f"{head} PARTITION OF {new.partition_of} {new.partition_bound}"
    else:
        body = ",\n".join(f"    {column_sql.definition(c)}" for c in columns)
        sql = f"{head} (\n{body}\n)" if body else f"{head} ()"
        if new.inherits:
            sql += f" INHERITS ({', '.join(new.inherits)})"
    if new.partition_key:
        sql += f" PARTITION BY {new.partition_key}"
    sql += using_clause(new)
    if new.options_order:
        sql += f" WITH ({', '.join(new.options_order)})"
    sql += tablespace_clause(new)
    out = [Statement(sql, new.key, Action.CREATE)]
    out += _rls(None, new, Action.CREATE)
    all_columns = sorted(ctx.b.members(new.key, Kind.COLUMN), key=lambda c: c.position)
    out += created_table_columns(new, all_columns, ctx)
    out += table_clauses(None, new, ctx)
    return out


def drop(old: Table, ctx: Context) -> list[Statement]:
    return [
        *owned_sequence.release(old.key, ctx),
        Statement(
            f"DROP TABLE {_name(old)}",
            old.key,
            Action.DROP,
            frozenset({Hazard.DELETES_DATA, Hazard.ACCESS_EXCLUSIVE_LOCK}),
            # A partition's drop locks its parent too (heap_drop_with_catalog).
            implied_locks=(
                *((Lock(old.partition_of, ACCESS_EXCLUSIVE),) if old.partition_of else ()),
                # Its sequences go with it.
                *owned_sequence.sequence_locks(old.key, ctx),
            ),
        ),
    ]


def _rls(old: Table | None, new: Table, action: Action) -> list[Statement]:
    out = []
    was_enabled = old.rls_enabled if old else False
    was_forced = old.rls_forced if old else False
    if new.rls_enabled != was_enabled:
        verb = "ENABLE" if new.rls_enabled else "DISABLE"
        out.append(
            Statement(f"ALTER TABLE {_name(new)} {verb} ROW LEVEL SECURITY", new.key, action)
        )
    if new.rls_forced != was_forced:
        verb = "FORCE" if new.rls_forced else "NO FORCE"
        out.append(
            Statement(f"ALTER TABLE {_name(new)} {verb} ROW LEVEL SECURITY", new.key, action)
        )
    return out


def alter(old: Table, new: Table, ctx: Context) -> list[Statement] | None:
    if (old.relkind, old.partition_key) != (new.relkind, new.partition_key):
        return None
    if old.access_method != new.access_method and ctx.a.server_version < 150000:
        # ALTER TABLE ... SET ACCESS METHOD is PostgreSQL 15's: before, only a new table.
        return None
    name = _name(new)
    out: list[Statement] = []

    def add(sql: str, *hazards: Hazard) -> None:
        out.append(Statement(sql, new.key, Action.ALTER, frozenset(hazards)))

    if (old.partition_of, old.partition_bound) != (new.partition_of, new.partition_bound):
        if old.partition_of:
            add(
                f"ALTER TABLE {old.partition_of} DETACH PARTITION {name}",
                Hazard.ACCESS_EXCLUSIVE_LOCK,
            )
        if new.partition_of:
            add(
                f"ALTER TABLE {new.partition_of} ATTACH PARTITION {name} {new.partition_bound}",
                Hazard.SCANS_TABLE,
                Hazard.ACCESS_EXCLUSIVE_LOCK,
            )
    for parent in old.inherits:
        if parent not in new.inherits:
            add(f"ALTER TABLE {name} NO INHERIT {parent}")
    for parent in new.inherits:
        if parent not in old.inherits:
            add(f"ALTER TABLE {name} INHERIT {parent}", Hazard.ACCESS_EXCLUSIVE_LOCK)
    if old.persistence != new.persistence:
        verb = "UNLOGGED" if new.persistence == "u" else "LOGGED"
        add(f"ALTER TABLE {name} SET {verb}", Hazard.REWRITES_TABLE, Hazard.ACCESS_EXCLUSIVE_LOCK)
    out += _rls(old, new, Action.ALTER)
    if old.options != new.options:
        new_keys = {o.split("=", 1)[0] for o in new.options}
        removed = [o.split("=", 1)[0] for o in old.options if o.split("=", 1)[0] not in new_keys]
        if removed:
            add(f"ALTER TABLE {name} RESET ({', '.join(removed)})")
        if new.options_order:
            add(f"ALTER TABLE {name} SET ({', '.join(new.options_order)})")
    out += table_clauses(old, new, ctx)
    return out
