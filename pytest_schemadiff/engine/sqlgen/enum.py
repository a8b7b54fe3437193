"""Enums: CREATE TYPE ... AS ENUM, DROP TYPE, and ALTER TYPE ... ADD VALUE [BEFORE | AFTER]
for new values.

A value added by ADD VALUE cannot be used in the transaction that added it, and removing or
reordering values is impossible in place: then the type is rebuilt (``rebuild``): renamed
away, created anew, every column using it (arrays too) converted through text, the old type
dropped. The engine re-creates everything else that used the old type around that.
"""

from __future__ import annotations

from ..model import Enum_
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import literal, qualified
from .typerebuild import rebuild_statements, used_by_changed_objects


def _name(e: Enum_) -> str:
    return qualified(e.schema, e.name)


def _create_sql(e: Enum_, name: str) -> list[str]:
    return [f"CREATE TYPE {name} AS ENUM ({', '.join(literal(v) for v in e.labels)})"]


def create(new: Enum_, ctx: Context) -> list[Statement]:
    return [Statement(sql, new.key, Action.CREATE) for sql in _create_sql(new, _name(new))]


def drop(old: Enum_, ctx: Context) -> list[Statement]:
    return [
        Statement(f"DROP TYPE {_name(old)}", old.key, Action.DROP, frozenset({Hazard.DELETES_DATA}))
    ]


def _additions(old: tuple[str, ...], new: tuple[str, ...]) -> list[str] | None:
    """ADD VALUE clauses that turn ``old`` into ``new``, or None if values go or move."""
    if [v for v in new if v in old] != list(old):
        return None
    present = set(old)
    clauses = []
    for i, value in enumerate(new):
        if value in present:
            continue
        if i > 0:
            clauses.append(f"{literal(value)} AFTER {literal(new[i - 1])}")
        elif old:
            clauses.append(f"{literal(value)} BEFORE {literal(old[0])}")
        else:
            clauses.append(literal(value))
        present.add(value)
    return clauses


def rebuilds(old: Enum_, new: Enum_, ctx: Context) -> bool:
    """Whether ``alter`` rebuilds the type rather than adding values in place."""
    if old.labels == new.labels:
        return False
    if _additions(old.labels, new.labels) is None:
        return True
    # A value added in place cannot be used in the same transaction ("unsafe use of new
    # value"): if anything using the type is created or changed too, rebuild instead
    # (values of a type created in the transaction are usable at once).
    return used_by_changed_objects(new.key, ctx)


def _convert(expr: str, target: str, old: Enum_, new: Enum_) -> str:
    # Through text: works for arrays too; a value B lacks fails loudly, as it should.
    return f"{expr}::text::{target}"


def alter(old: Enum_, new: Enum_, ctx: Context) -> list[Statement] | None:
    if rebuilds(old, new, ctx):
        return rebuild_statements(old, new, ctx, _create_sql, _convert)
    clauses = _additions(old.labels, new.labels) or []
    # Since PostgreSQL 12 ADD VALUE runs inside a transaction block; the new value only
    # becomes usable after commit, which ``rebuilds`` accounts for.
    return [
        Statement(f"ALTER TYPE {_name(new)} ADD VALUE {clause}", new.key, Action.ALTER)
        for clause in clauses
    ]
