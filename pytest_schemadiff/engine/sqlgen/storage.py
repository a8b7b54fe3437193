"""Physical attributes pg_dump writes apart from CREATE TABLE / CREATE INDEX, as SQL:

- per column: ``SET STATISTICS``, ``SET STORAGE`` (against the type's default, as pg_dump
  compares it) and ``SET COMPRESSION``, always with ``ONLY`` (a partition or inheritance
  child has its own values, which pg_dump writes per table);
- per index (or the index behind a constraint): expression columns' statistics targets,
  ``CLUSTER ON`` / ``SET WITHOUT CLUSTER``, ``REPLICA IDENTITY USING INDEX`` and the
  tablespace. These marks live on the index (``pg_index``), so the index's own statements
  set them: a re-created index gets them back, and they run after it exists;
- per table: ``REPLICA IDENTITY`` DEFAULT / FULL / NOTHING, the access method and the
  tablespace.

Statistics targets and CLUSTER ON take a SHARE UPDATE EXCLUSIVE lock (no hazard); SET
STORAGE, SET COMPRESSION and REPLICA IDENTITY an ACCESS EXCLUSIVE one (PostgreSQL's ALTER
TABLE documentation); ``SET ACCESS METHOD`` and a table's ``SET TABLESPACE`` rewrite (copy)
the table, an index's ``SET TABLESPACE`` copies the index.
"""

from __future__ import annotations

from typing import Any

from ..model import Catalog, Column, Key, Kind, Table
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import ident, qualified

__all__ = [
    "column_clauses",
    "column_statements",
    "created_table_columns",
    "index_marks",
    "missing_tablespaces",
    "table_clauses",
    "tablespace_clause",
    "using_clause",
]

STORAGE_WORDS = {"p": "PLAIN", "e": "EXTERNAL", "x": "EXTENDED", "m": "MAIN"}
COMPRESSION_WORDS = {"p": "pglz", "l": "lz4"}
REPLICA_IDENTITY_WORDS = {"d": "DEFAULT", "n": "NOTHING", "f": "FULL"}
# What a table or index is in when it names no tablespace (pg_dump leaves it out).
_DEFAULT_TABLESPACE = "pg_default"
_EXCLUSIVE = frozenset({Hazard.ACCESS_EXCLUSIVE_LOCK})


def column_clauses(
    old: Column | None,
    new: Column,
    *,
    type_changed: bool = False,
    inherited_storage: str | None = None,
    inherited_compression: str | None = None,
) -> list[tuple[str, frozenset[Hazard]]]:
    """``ALTER COLUMN`` clauses (with their hazards) that take ``new`` from ``old``'s
    statistics target, storage and compression (``old`` None: a new column, which has the
    defaults, or ``inherited_*`` for a column a new child or partition copies from its
    parent).

    A type change resets the storage to the new type's default and the compression to the
    default (the statistics target stays), so then they start from the defaults."""
    was_statistics = old.statistics if old is not None else None
    if old is None:
        was_storage, was_compression = inherited_storage, inherited_compression
    elif type_changed:
        was_storage, was_compression = None, None
    else:
        was_storage, was_compression = old.storage, old.compression
    prefix = f"ALTER COLUMN {ident(new.name)}"
    out: list[tuple[str, frozenset[Hazard]]] = []
    if was_statistics != new.statistics:
        target = -1 if new.statistics is None else new.statistics
        out.append((f"{prefix} SET STATISTICS {target}", frozenset()))
    if was_storage != new.storage:
        word = STORAGE_WORDS[new.storage or new.type_storage]
        out.append((f"{prefix} SET STORAGE {word}", _EXCLUSIVE))
    if was_compression != new.compression:
        method = COMPRESSION_WORDS.get(new.compression or "", "DEFAULT")
        out.append((f"{prefix} SET COMPRESSION {method}", _EXCLUSIVE))
    return out


def column_statements(
    old: Column | None, new: Column, action: Action, **how: Any
) -> list[Statement]:
    """``column_clauses`` as statements about the column (``ALTER TABLE ONLY``)."""
    table = qualified(new.schema, new.table)
    return [
        Statement(f"ALTER TABLE ONLY {table} {clause}", new.key, action, hazards)
        for clause, hazards in column_clauses(old, new, **how)
    ]


def created_table_columns(table: Table, columns: list[Column], ctx: Context) -> list[Statement]:
    """The settings of the columns CREATE TABLE makes, after it. A partition or
    inheritance child copies its parent's storage and compression (not statistics)."""
    parents = [k for k in ctx.b.dependencies.get(table.key, ()) if k.kind is Kind.TABLE]
    out = []
    for c in columns:
        inherited: dict[str, Any] = {}
        if c.inherited:
            for p in parents:
                found = ctx.b.get(Key(Kind.COLUMN, p.schema, p.name, c.name))
                if found is not None:
                    inherited = {
                        "inherited_storage": found.storage,
                        "inherited_compression": found.compression,
                    }
                    break
        for clause, hazards in column_clauses(None, c, **inherited):
            out.append(
                Statement(
                    f"ALTER TABLE ONLY {qualified(table.schema, table.name)} {clause}",
                    table.key,
                    Action.CREATE,
                    hazards,
                )
            )
    return out


def table_clauses(old: Table | None, new: Table, ctx: Context) -> list[Statement]:
    """REPLICA IDENTITY (but USING INDEX, which the index sets), access method and
    tablespace of ``new``; ``old`` None: a table CREATE TABLE just made (in the default
    tablespace with the default replica identity; its access method comes with it)."""
    name = qualified(new.schema, new.name)
    action = Action.CREATE if old is None else Action.ALTER
    out = []
    was_identity = old.replica_identity if old is not None else "d"
    if new.replica_identity != was_identity and new.replica_identity in REPLICA_IDENTITY_WORDS:
        out.append(
            Statement(
                f"ALTER TABLE {name} REPLICA IDENTITY "
                f"{REPLICA_IDENTITY_WORDS[new.replica_identity]}",
                new.key,
                action,
                frozenset({Hazard.ACCESS_EXCLUSIVE_LOCK}),
            )
        )
    if old is not None and old.access_method != new.access_method:
        method = ident(new.access_method) if new.access_method else "DEFAULT"
        out.append(
            Statement(
                f"ALTER TABLE {name} SET ACCESS METHOD {method}",
                new.key,
                action,
                frozenset({Hazard.REWRITES_TABLE, Hazard.ACCESS_EXCLUSIVE_LOCK}),
            )
        )
    if old is not None and old.tablespace != new.tablespace:
        out.append(
            Statement(
                f"ALTER TABLE {name} SET TABLESPACE {ident(new.tablespace or _DEFAULT_TABLESPACE)}",
                new.key,
                action,
                frozenset({Hazard.REWRITES_TABLE, Hazard.ACCESS_EXCLUSIVE_LOCK}),
            )
        )
    return out


def using_clause(new: Table) -> str:
    """CREATE TABLE's `` USING am``: for another method than heap (the default), or for a
    partitioned table that names one (PostgreSQL 17; its partitions then take it)."""
    if new.access_method and (new.access_method != "heap" or new.relkind == "p"):
        return f" USING {ident(new.access_method)}"
    return ""


def tablespace_clause(new: Table) -> str:
    """CREATE TABLE's `` TABLESPACE name`` (a tablespace is cluster-wide: it must exist)."""
    return f" TABLESPACE {ident(new.tablespace)}" if new.tablespace else ""


def _clustered_elsewhere(table: Key, name: str, ctx: Context) -> bool:
    """Whether B clusters ``table`` on an index other than ``name`` (whose CLUSTER ON
    moves the mark, so no SET WITHOUT CLUSTER is needed)."""
    return any(
        member.name != name and getattr(member, "clustered", False)
        for kind in (Kind.INDEX, Kind.CONSTRAINT)
        for member in ctx.b.members(table, kind)
    )


def index_marks(
    old: Any | None, new: Any, key: Key, action: Action, ctx: Context
) -> list[Statement]:
    """Statements that give index-like ``new`` (an Index or a PK / UNIQUE / EXCLUDE
    Constraint, whose index has its name) the statistics targets, CLUSTER ON, REPLICA
    IDENTITY and tablespace ``old`` did not have (``old`` None: just created)."""
    index = qualified(new.schema, new.name)
    table = qualified(new.schema, new.table)
    out = []

    def add(sql: str, *hazards: Hazard) -> None:
        out.append(Statement(sql, key, action, frozenset(hazards)))

    old_stats = set(getattr(old, "column_statistics", ())) if old is not None else set()
    new_stats = getattr(new, "column_statistics", ())
    new_columns = {s.split("=", 1)[0] for s in new_stats}
    for setting in sorted(old_stats):
        column = setting.split("=", 1)[0]
        if column not in new_columns:
            add(f"ALTER INDEX {index} ALTER COLUMN {column} SET STATISTICS -1")
    for setting in new_stats:
        if setting not in old_stats:
            column, target = setting.split("=", 1)
            add(f"ALTER INDEX {index} ALTER COLUMN {column} SET STATISTICS {target}")
    was_tablespace = old.tablespace if old is not None else None
    if new.tablespace != was_tablespace:
        add(
            f"ALTER INDEX {index} SET TABLESPACE {ident(new.tablespace or _DEFAULT_TABLESPACE)}",
            Hazard.ACCESS_EXCLUSIVE_LOCK,
        )
    was_clustered = old.clustered if old is not None else False
    if new.clustered and not was_clustered:
        add(f"ALTER TABLE {table} CLUSTER ON {ident(new.name)}")
    elif was_clustered and not new.clustered:
        parent = Key(Kind.TABLE, new.schema, new.table)
        if not _clustered_elsewhere(parent, new.name, ctx):
            add(f"ALTER TABLE {table} SET WITHOUT CLUSTER")
    was_identity = old.replica_identity if old is not None else False
    if new.replica_identity and not was_identity:
        add(
            f"ALTER TABLE {table} REPLICA IDENTITY USING INDEX {ident(new.name)}",
            Hazard.ACCESS_EXCLUSIVE_LOCK,
        )
    return out


def missing_tablespaces(a: Catalog, b: Catalog) -> list[str]:
    """Warnings for B's tables, materialized views and indexes in a tablespace A's server
    does not have (the plan's CREATE or SET TABLESPACE would fail there): tablespaces
    belong to the whole server, so the plan cannot create them."""
    if a.tablespaces is None:
        return []
    out = []
    for obj in b.of_kind(Kind.TABLE, Kind.INDEX, Kind.CONSTRAINT, Kind.MATERIALIZED_VIEW):
        space = getattr(obj, "tablespace", None)
        if space is not None and space not in a.tablespaces:
            out.append(
                f"{obj.key} is in tablespace {space!r}, which A's server does not have: create "
                "it there first (a tablespace belongs to the whole server; the plan does "
                "not create it)"
            )
    return sorted(out)
