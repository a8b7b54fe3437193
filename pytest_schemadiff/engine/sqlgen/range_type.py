"""Range types: CREATE TYPE ... AS RANGE with its multirange's name, DROP TYPE. A range type
cannot be altered: it is rebuilt (``typerebuild``), its columns converted through text."""

from __future__ import annotations

from ..model import RangeType
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import ident, qualified
from .typerebuild import old_name, rebuild_statements


def _name(r: RangeType) -> str:
    return qualified(r.schema, r.name)


def _create_sql(r: RangeType, name: str) -> list[str]:
    options = [f"subtype = {r.subtype}"]
    if r.subtype_opclass:
        options.append(f"subtype_opclass = {r.subtype_opclass}")
    if r.collation:
        options.append(f"collation = {r.collation}")
    if r.canonical:
        options.append(f"canonical = {r.canonical}")
    if r.subtype_diff:
        options.append(f"subtype_diff = {r.subtype_diff}")
    options.append(f"multirange_type_name = {r.multirange}")
    return [f"CREATE TYPE {name} AS RANGE ({', '.join(options)})"]


def create(new: RangeType, ctx: Context) -> list[Statement]:
    return [Statement(sql, new.key, Action.CREATE) for sql in _create_sql(new, _name(new))]


def drop(old: RangeType, ctx: Context) -> list[Statement]:
    return [
        Statement(f"DROP TYPE {_name(old)}", old.key, Action.DROP, frozenset({Hazard.DELETES_DATA}))
    ]


def _definition(r: RangeType) -> tuple[object, ...]:
    return (r.subtype, r.subtype_opclass, r.collation, r.canonical, r.subtype_diff, r.multirange)


def rebuilds(old: RangeType, new: RangeType, ctx: Context) -> bool:
    # Comments, privileges and owners change in place (sqlgen.attached).
    return _definition(old) != _definition(new)


def _convert(expr: str, target: str, old: RangeType, new: RangeType) -> str:
    return f"{expr}::text::{target}"


def alter(old: RangeType, new: RangeType, ctx: Context) -> list[Statement] | None:
    if not rebuilds(old, new, ctx):
        return []
    # The old multirange and the constructor functions keep their names when the range is
    # renamed: move them too (DROP TYPE of the old range drops them all).
    renamed, renamed_multi = ident(old_name(old.name)), ident(old_name(old.name + "_multi"))
    range_name, subtype = qualified(old.schema, old.name), old.subtype
    also_rename = (
        f"ALTER TYPE {old.multirange} RENAME TO {renamed_multi}",
        f"ALTER FUNCTION {range_name}({subtype}, {subtype}) RENAME TO {renamed}",
        f"ALTER FUNCTION {range_name}({subtype}, {subtype}, text) RENAME TO {renamed}",
        f"ALTER FUNCTION {old.multirange}() RENAME TO {renamed_multi}",
    )
    return rebuild_statements(
        old,
        new,
        ctx,
        _create_sql,
        _convert,
        also_rename=also_rename,
        lossy=old.subtype != new.subtype,
    )
