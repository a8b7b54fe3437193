"""Composite types: CREATE TYPE ... AS (...), DROP TYPE, and ALTER TYPE ... ADD / DROP /
ALTER ATTRIBUTE in place. PostgreSQL refuses ALTER ATTRIBUTE ... TYPE while a table column
stores the type, and ADD ATTRIBUTE only appends: then the type is rebuilt (``typerebuild``),
its columns converted attribute by attribute."""

from __future__ import annotations

from ..model import CompositeType, Kind
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import ident, qualified
from .typerebuild import columns_using, rebuild_statements


def _name(t: CompositeType) -> str:
    return qualified(t.schema, t.name)


def _attributes(t: CompositeType) -> dict[str, str]:
    """name -> "type [COLLATE collation]", in order."""
    return {
        name: f"{type_}{f' COLLATE {collation}' if collation else ''}"
        for name, type_, collation in zip(
            t.attribute_names, t.attribute_types, t.attribute_collations, strict=True
        )
    }


def _create_sql(t: CompositeType, name: str) -> list[str]:
    body = ", ".join(f"{ident(n)} {d}" for n, d in _attributes(t).items())
    return [f"CREATE TYPE {name} AS ({body})"]


def create(new: CompositeType, ctx: Context) -> list[Statement]:
    return [Statement(sql, new.key, Action.CREATE) for sql in _create_sql(new, _name(new))]


def drop(old: CompositeType, ctx: Context) -> list[Statement]:
    return [
        Statement(f"DROP TYPE {_name(old)}", old.key, Action.DROP, frozenset({Hazard.DELETES_DATA}))
    ]


def _in_place(old: CompositeType, new: CompositeType, ctx: Context) -> bool:
    before, after = _attributes(old), _attributes(new)
    kept = [n for n in before if n in after]
    # ADD ATTRIBUTE appends, so kept attributes must come first, in their old order.
    if list(after)[: len(kept)] != kept:
        return False
    retyped = any(before[n] != after[n] for n in kept)
    stored = any(d.kind is Kind.COLUMN for d in ctx.a.dependents(old.key))
    return not (retyped and stored)


def rebuilds(old: CompositeType, new: CompositeType, ctx: Context) -> bool:
    return not _in_place(old, new, ctx)


def _convert(expr: str, target: str, old: CompositeType, new: CompositeType) -> str:
    if target.endswith("[]"):
        return f"{expr}::text::{target}"
    fields = [
        f"({expr}).{ident(n)}" if n in old.attribute_names else "NULL" for n in new.attribute_names
    ]
    row = f"ROW({', '.join(fields)})::{target}"
    return f"CASE WHEN {expr}::text IS NULL THEN NULL ELSE {row} END"


def alter(old: CompositeType, new: CompositeType, ctx: Context) -> list[Statement] | None:
    if rebuilds(old, new, ctx):
        if any(b.data_type.endswith("[]") for _, b in columns_using(new.key, ctx)):
            # USING cannot convert arrays element by element (no subqueries there).
            return None
        lossy = any(n not in new.attribute_names for n in old.attribute_names)
        return rebuild_statements(old, new, ctx, _create_sql, _convert, lossy=lossy)
    name = _name(new)
    before, after = _attributes(old), _attributes(new)
    out = []
    for attribute in before:
        if attribute not in after:
            out.append(
                Statement(
                    f"ALTER TYPE {name} DROP ATTRIBUTE {ident(attribute)}",
                    new.key,
                    Action.ALTER,
                    frozenset({Hazard.DELETES_DATA}),
                )
            )
    for attribute, definition in after.items():
        if attribute not in before:
            out.append(
                Statement(
                    f"ALTER TYPE {name} ADD ATTRIBUTE {ident(attribute)} {definition}",
                    new.key,
                    Action.ALTER,
                )
            )
        elif before[attribute] != definition:
            out.append(
                Statement(
                    f"ALTER TYPE {name} ALTER ATTRIBUTE {ident(attribute)} TYPE {definition}",
                    new.key,
                    Action.ALTER,
                )
            )
    return out
