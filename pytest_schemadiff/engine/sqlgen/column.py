"""Columns: ADD / DROP COLUMN, and ALTER COLUMN in place (TYPE, DEFAULT, NOT NULL,
identity; statistics target, storage and compression through ``storage``). A changed
generation expression drops and re-adds the column.

Columns a table inherits (from its parent or partitioned table) change through the parent.
"""

from __future__ import annotations

import re

from ..hazards import (
    ACCESS_EXCLUSIVE,
    SHARE_ROW_EXCLUSIVE,
    Lock,
    display,
    referenced_table,
    relation_name,
    type_change_rewrites,
)
from ..model import Column, Constraint, Domain, Key, Kind
from ..plan import Action, Hazard, Statement
from . import not_null, owned_sequence
from .context import Context
from .foreign_table import has_foreign_children
from .quoting import ident, qualified
from .sequence import needs_restart
from .storage import column_statements


def definition(c: Column) -> str:
    """``name type ...`` as in CREATE TABLE and ADD COLUMN."""
    parts = [ident(c.name), c.data_type]
    if c.collation:
        parts.append(f"COLLATE {c.collation}")
    if c.generated is not None:
        stored = "VIRTUAL" if c.generated_kind == "v" else "STORED"
        parts.append(f"GENERATED ALWAYS AS ({c.generated}) {stored}")
    if c.default is not None:
        parts.append(f"DEFAULT {c.default}")
    if c.identity:
        parts.append(_identity_clause(c))
    if c.not_null:
        # PostgreSQL 18 names the constraint (None before): keep B's name.
        parts.append(not_null.clause(c.not_null_name, c.table, c.name))
    return " ".join(parts)


def _identity_clause(c: Column) -> str:
    when = "ALWAYS" if c.identity == "a" else "BY DEFAULT"
    return f"GENERATED {when} AS IDENTITY ({_identity_options(c)})"


def _identity_options(c: Column) -> str:
    cycle = "CYCLE" if c.identity_cycle else "NO CYCLE"
    return (
        f"START WITH {c.identity_start} INCREMENT BY {c.identity_increment} "
        f"MINVALUE {c.identity_min} MAXVALUE {c.identity_max} CACHE {c.identity_cache} {cycle}"
    )


def _table(c: Column) -> str:
    return qualified(c.schema, c.table)


# Built-in volatile functions (pg_proc.provolatile 'v') a column default may call.
_VOLATILE_BUILTINS = frozenset(
    {
        "nextval",
        "currval",
        "lastval",
        "setval",
        "random",
        "random_normal",
        "gen_random_uuid",
        "uuidv4",
        "uuidv7",
        "clock_timestamp",
        "timeofday",
        "uuid_generate_v1",
        "uuid_generate_v1mc",
        "uuid_generate_v4",
        "gen_random_bytes",
        "gen_salt",
    }
)
_STRING = re.compile(r"'(?:[^']|'')*'")
_NAME = r'(?:"(?:[^"]|"")*"|[A-Za-z_][A-Za-z0-9_$]*)'
_CALL = re.compile(rf"(?:(?P<schema>{_NAME})\s*\.\s*)?(?P<name>{_NAME})\s*\(")


def _unquote(name: str) -> str:
    return name[1:-1].replace('""', '"') if name.startswith('"') else name


def volatile_default(default: str, ctx: Context) -> bool:
    """Whether ``default`` calls a volatile function (a built-in one, or one of B's):
    ADD COLUMN then computes it row by row, rewriting the table, where any other default
    is stored once in the catalog."""
    for call in _CALL.finditer(_STRING.sub("''", default)):
        name = _unquote(call.group("name"))
        schema = _unquote(call.group("schema")) if call.group("schema") else None
        if schema in (None, "pg_catalog") and name in _VOLATILE_BUILTINS:
            return True
        if any(
            f.name == name and schema in (None, f.schema) and f.volatility == "v"
            for f in ctx.b.of_kind(Kind.FUNCTION)
        ):
            return True
    return False


def _checked_domain(data_type: str, ctx: Context) -> bool:
    """Whether ``data_type`` (format_type's) is one of B's domains with a constraint, or
    one over such a domain: ADD COLUMN then checks the constraint row by row, rewriting the
    table (measured on 17 and 18)."""
    domains = {}
    for d in ctx.b.of_kind(Kind.DOMAIN):
        if isinstance(d, Domain):
            domains[relation_name(d.schema, d.name)] = d
            if d.schema == "public":
                domains[relation_name(d.schema, d.name).split(".", 1)[1]] = d
    seen: set[str] = set()
    name = display(data_type)
    while name in domains and name not in seen:
        seen.add(name)
        domain = domains[name]
        if domain.not_null or domain.constraint_names:
            return True
        name = display(domain.base_type)
    return False


def create(new: Column, ctx: Context) -> list[Statement]:
    if new.inherited and not new.is_local:
        return []
    hazards = set()
    if (new.generated is not None and new.generated_kind != "v") or new.identity:
        hazards.add(Hazard.REWRITES_TABLE)
    if new.default is not None and volatile_default(new.default, ctx):
        hazards.add(Hazard.REWRITES_TABLE)
    if _checked_domain(new.data_type, ctx):
        hazards.add(Hazard.REWRITES_TABLE)
    hazards.add(Hazard.ACCESS_EXCLUSIVE_LOCK)
    return [
        Statement(
            f"ALTER TABLE {_table(new)} ADD COLUMN {definition(new)}",
            new.key,
            Action.CREATE,
            frozenset(hazards),
        ),
        *column_statements(None, new, Action.CREATE),
    ]


def drop(old: Column, ctx: Context) -> list[Statement]:
    if old.inherited:
        return []
    hazards = frozenset({Hazard.DELETES_DATA, Hazard.ACCESS_EXCLUSIVE_LOCK})
    keep, lose = _children_of_dropped(old, ctx)
    # Sequences that go with the column are dropped with it.
    implied = owned_sequence.sequence_locks(old.key, ctx)
    # When a child keeps the column as its own in B, ONLY leaves it (and its data) in
    # every child as a local column; the children that lose it drop it themselves.
    only = "ONLY " if keep else ""
    return [
        *owned_sequence.release(old.key, ctx),
        Statement(
            f"ALTER TABLE {only}{_table(old)} DROP COLUMN {ident(old.name)}",
            old.key,
            Action.DROP,
            hazards,
            implied_locks=implied,
        ),
        *(
            Statement(
                f"ALTER TABLE {_table(c)} DROP COLUMN {ident(c.name)}",
                old.key,
                Action.DROP,
                hazards,
            )
            for c in (lose if keep else ())
        ),
    ]


def _format_ident(name: str) -> str:
    """``name`` as format('%I') writes it (quoted only when needed; keywords aside)."""
    return name if re.fullmatch(r"[a-z_][a-z0-9_$]*", name) else ident(name)


def _children_of_dropped(old: Column, ctx: Context) -> tuple[list[Column], list[Column]]:
    """The inheritance children (in A, kept in B) of the table whose column ``old`` is
    dropped, that inherit the column: those whose B column is their own, and the rest."""
    parent = f"{_format_ident(old.schema)}.{_format_ident(old.table)}"
    keep: list[Column] = []
    lose: list[Column] = []
    for child in ctx.inheritance_children(parent):
        key = Key(Kind.COLUMN, child.schema, child.name, old.name)
        column = ctx.a.objects.get(key)
        if child.key not in ctx.b.objects or column is None or not column.inherited:
            continue
        target = ctx.b.objects.get(key)
        if target is not None and (target.is_local or not target.inherited):
            keep.append(column)
        else:
            lose.append(column)
    return keep, lose


# What a plain (not generated) column can only use through its default.
_DEFAULT_USES = frozenset({Kind.FUNCTION, Kind.PROCEDURE, Kind.AGGREGATE, Kind.SEQUENCE})


def releases(
    old: Column, new: Column, used: Key, ctx: Context
) -> tuple[list[Statement], list[Statement]] | None:
    """A function or sequence the default uses is dropped and re-created: drop the default
    before and set it again after, rather than re-creating the column (and its data)."""
    if (
        used.kind not in _DEFAULT_USES
        or old.generated is not None
        or new.generated is not None
        or old.default is None
        or old.default != new.default
    ):
        # A changed default is the column's own ALTER, which must run before A's function
        # is dropped: it cannot also wait for B's (the column is re-created instead).
        return None
    prefix = f"ALTER TABLE {_table(new)} ALTER COLUMN {ident(new.name)}"
    before = Statement(f"{prefix} DROP DEFAULT", new.key, Action.DROP)
    # A creation: it waits for B's function and nothing waits for A's to be dropped.
    after = Statement(f"{prefix} SET DEFAULT {new.default}", new.key, Action.CREATE)
    return [before], [after]


def type_changes(old: Column, new: Column) -> bool:
    """Whether the column's stored type or collation changes (dependents must make way)."""
    return (old.data_type, old.collation) != (new.data_type, new.collation)


_IDENT = re.compile(r'"((?:[^"]|"")*)"|([^."]+)')


def _user_enum(data_type: str, ctx: Context) -> bool:
    """Whether ``data_type`` (as format_type writes it, maybe an array) is an enum of
    either catalog."""
    base = data_type
    while base.endswith("[]"):
        base = base[:-2]
    parts = [
        m.group(1).replace('""', '"') if m.group(1) is not None else m.group(2)
        for m in _IDENT.finditer(base)
    ]
    if not parts:
        return False
    # format_type qualifies a type only when it is not visible: bare means public.
    key = Key(Kind.ENUM, parts[-2] if len(parts) > 1 else "public", parts[-1])
    return key in ctx.a.objects or key in ctx.b.objects


def _conversion(old: Column, new: Column, ctx: Context) -> str:
    """The USING expression of a type change. PostgreSQL has no cast from or to an enum
    but text (one enum to another, an integer to an enum): those go through the text
    form, which every type has; others take the cast, which keeps its semantics (a
    numeric rounds to an integer, a boolean becomes 0 or 1)."""
    column = ident(new.name)
    if _user_enum(old.data_type, ctx) or _user_enum(new.data_type, ctx):
        return f"{column}::text::{new.data_type}"
    return f"{column}::{new.data_type}"


def _set_not_null(new: Column) -> Statement:
    """SET NOT NULL, or on PostgreSQL 18 when B's constraint has another name than the
    default one, ADD CONSTRAINT name NOT NULL, which gives it that name."""
    hazards = frozenset({Hazard.SCANS_TABLE, Hazard.ACCESS_EXCLUSIVE_LOCK})
    if not not_null.is_default_name(new.not_null_name, new.table, new.name):
        sql = (
            f"ALTER TABLE {_table(new)} ADD CONSTRAINT {ident(new.not_null_name or '')} "
            f"NOT NULL {ident(new.name)}"
        )
    else:
        sql = f"ALTER TABLE {_table(new)} ALTER COLUMN {ident(new.name)} SET NOT NULL"
    return Statement(sql, new.key, Action.ALTER, hazards)


_FOREIGN_KEY = re.compile(
    r"^FOREIGN KEY \((?P<columns>[^)]*)\) REFERENCES (?P<rel>.+?)\((?P<referenced>[^)]*)\)"
)


def _foreign_key_locks(old: Column, ctx: Context) -> tuple[Lock, ...]:
    """A type change rebuilds the foreign keys over the column, from it and to it, which
    locks the table at their other end (AccessExclusiveLock, measured)."""
    table = relation_name(old.schema, old.table)
    name = _format_ident(old.name)
    found: list[str] = []
    for constraint in ctx.a.of_kind(Kind.CONSTRAINT):
        if not isinstance(constraint, Constraint) or constraint.constraint_type != "f":
            continue
        m = _FOREIGN_KEY.match(constraint.definition)
        referenced = referenced_table(constraint.definition)
        if m is None or referenced is None:
            continue
        own = relation_name(constraint.schema, constraint.table)
        if own == table and name in [c.strip() for c in m["columns"].split(",")]:
            found.append(referenced)
        elif referenced == table and name in [c.strip() for c in m["referenced"].split(",")]:
            found.append(own)
    return tuple(Lock(t, ACCESS_EXCLUSIVE) for t in dict.fromkeys(found) if t != table)


def alter(old: Column, new: Column, ctx: Context) -> list[Statement] | None:
    if (old.generated, old.generated_kind) != (new.generated, new.generated_kind):
        return None
    if old.inherited and new.inherited and not new.is_local:
        # Its statistics target, storage and compression are still its own.
        return column_statements(old, new, Action.ALTER)
    prefix = f"ALTER TABLE {_table(new)} ALTER COLUMN {ident(new.name)}"
    out: list[Statement] = []

    # The identity's sequence, which its SQL does not name, is locked by the identity's
    # own changes and by a type change (which changes the sequence's type too; measured).
    sequence = old.identity_sequence if old.identity else None

    def add(
        sql: str,
        *hazards: Hazard,
        action: Action = Action.ALTER,
        sequence_lock: str = "",
        also: tuple[Lock, ...] = (),
    ) -> None:
        implied: tuple[Lock, ...] = (
            (Lock(sequence, sequence_lock),) if sequence and sequence_lock else ()
        )
        implied += also
        out.append(
            Statement(f"{prefix} {sql}", new.key, action, frozenset(hazards), implied_locks=implied)
        )

    # Removals are DROP statements: they only need what A had, so they run before B's new
    # objects are created (a serial's sequence may take the identity sequence's name).
    if old.identity and (not new.identity):
        add("DROP IDENTITY", action=Action.DROP, sequence_lock=ACCESS_EXCLUSIVE)
    if old.default is not None and old.default != new.default:
        add("DROP DEFAULT", action=Action.DROP)
    if type_changes(old, new):
        collate = f" COLLATE {new.collation}" if new.collation else ""
        # The change recurses to inheritance children and partitions, and PostgreSQL
        # refuses USING when one of them is a foreign table.
        using = (
            ""
            if has_foreign_children(ctx.b, new.schema, new.table)
            else f" USING {_conversion(old, new, ctx)}"
        )
        # A binary-coercible change (a wider varchar, varchar -> text) only takes the lock;
        # so does a change of collation alone (the rows stay as they are, measured).
        rewrites = type_change_rewrites(old.data_type, new.data_type)
        add(
            f"TYPE {new.data_type}{collate}{using}",
            *((Hazard.REWRITES_TABLE,) if rewrites else ()),
            Hazard.ACCESS_EXCLUSIVE_LOCK,
            sequence_lock=SHARE_ROW_EXCLUSIVE,
            also=_foreign_key_locks(old, ctx),
        )
    if new.default is not None and old.default != new.default:
        add(f"SET DEFAULT {new.default}")
    if new.identity and not old.identity:
        if not old.not_null:
            # Identity requires NOT NULL already in place.
            out.append(_set_not_null(new))
        add(f"ADD {_identity_clause(new)}", Hazard.ACCESS_EXCLUSIVE_LOCK)
    elif new.identity and old.identity:
        if old.identity != new.identity:
            add(
                f"SET GENERATED {'ALWAYS' if new.identity == 'a' else 'BY DEFAULT'}",
                sequence_lock=SHARE_ROW_EXCLUSIVE,
            )
        if _identity_options(old) != _identity_options(new):
            add(
                f"SET START WITH {new.identity_start} SET INCREMENT BY {new.identity_increment}"
                f" SET MINVALUE {new.identity_min} SET MAXVALUE {new.identity_max}"
                f" SET CACHE {new.identity_cache}"
                f" SET {'CYCLE' if new.identity_cycle else 'NO CYCLE'}"
                + (
                    " RESTART"
                    if needs_restart(
                        old.identity_min or 0,
                        old.identity_max or 0,
                        new.identity_min or 0,
                        new.identity_max or 0,
                    )
                    else ""
                ),
                sequence_lock=SHARE_ROW_EXCLUSIVE,
            )
    if new.not_null and not old.not_null and not (new.identity and not old.identity):
        out.append(_set_not_null(new))
    elif old.not_null and not new.not_null:
        add("DROP NOT NULL", action=Action.DROP)
    if (
        old.not_null
        and new.not_null
        and old.not_null_name != new.not_null_name
        and not (old.inherited and new.inherited)
    ):
        # PostgreSQL 18: ATTACH / INHERIT / DETACH / NO INHERIT keep the name the parent
        # gave, and an inherited constraint cannot be renamed. So rename while the column
        # is the table's own: before it becomes inherited (planned as a DROP-side
        # statement, which runs before the table's ALTER), or after it stops being so.
        out.append(
            Statement(
                f"ALTER TABLE {_table(new)} RENAME CONSTRAINT {ident(old.not_null_name or '')} "
                f"TO {ident(new.not_null_name or '')}",
                new.key,
                Action.DROP if new.inherited else Action.ALTER,
            )
        )
    out += column_statements(old, new, Action.ALTER, type_changed=type_changes(old, new))
    return out
