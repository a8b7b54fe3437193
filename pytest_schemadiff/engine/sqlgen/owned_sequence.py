"""Sequences that survive the drop of the column that OWNS them.

``ALTER SEQUENCE ... OWNED BY`` makes a sequence part of its column: dropping the column
or its table drops the sequence too. When B keeps the sequence under another owner, the
drop must let go of it first. The release is an ALTER of the dropped table or column, in
its drop's statements just before it; the sequence's own OWNED BY (``sequence.alter``)
requires the old owner, so it comes after the release, never before it.
"""

from __future__ import annotations

from ..hazards import ACCESS_EXCLUSIVE, Lock
from ..model import Column, Key, Kind, Sequence
from ..plan import Action, Statement
from .context import Context
from .quoting import qualified

__all__ = ["release", "sequence_locks"]


def release(key: Key, ctx: Context) -> list[Statement]:
    """``OWNED BY NONE`` for A's sequences owned by ``key`` (a table, or one column) that B
    keeps with another owner; statements about ``key``, to put before its DROP."""
    table = key.parent() or key
    out = []
    for seq_key in ctx.sequences_owned_by(table):
        old: Sequence = ctx.a.objects[seq_key]
        new = ctx.b.objects.get(seq_key)
        column = old.owner_column
        if not isinstance(new, Sequence) or new.owned_by == old.owned_by or column is None:
            continue
        if key.kind is Kind.COLUMN and column != key:
            continue
        out.append(
            Statement(
                f"ALTER SEQUENCE {qualified(old.schema, old.name)} OWNED BY NONE",
                key,
                Action.ALTER,
            )
        )
    return out


def sequence_locks(key: Key, ctx: Context, *, released: bool = False) -> tuple[Lock, ...]:
    """AccessExclusiveLock on A's sequences that belong to ``key`` (a table, or one
    column): its identity sequences and those OWNED BY it; without ``released``, not
    those ``release`` lets go of first. What dropping it, or ALTER TABLE ... OWNER TO
    (which passes the owner on to them), locks though its SQL does not name them."""
    table = key.parent() if key.kind is Kind.COLUMN else key
    if table is None:
        return ()
    let_go = (
        set()
        if released
        else {s.sql.split()[2] for s in release(key, ctx)}  # ALTER SEQUENCE <name> ...
    )
    names: list[str] = []
    columns = [ctx.a.objects[key]] if key.kind is Kind.COLUMN else ctx.a.members(table, Kind.COLUMN)
    for column in columns:
        if isinstance(column, Column) and column.identity and column.identity_sequence:
            names.append(column.identity_sequence)
    for seq_key in ctx.sequences_owned_by(table):
        seq: Sequence = ctx.a.objects[seq_key]
        name = qualified(seq.schema, seq.name)
        if (key.kind is not Kind.COLUMN or seq.owner_column == key) and name not in let_go:
            names.append(name)
    return tuple(Lock(name, ACCESS_EXCLUSIVE) for name in dict.fromkeys(names))
