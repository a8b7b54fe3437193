"""Sequences: CREATE / DROP / ALTER SEQUENCE. OWNED BY is its own statement, after the
column exists, because the column's default usually uses the sequence."""

from __future__ import annotations

from ..model import Key, Kind, Sequence
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import ident, qualified


def _options(s: Sequence) -> str:
    return (
        f"AS {s.data_type} START WITH {s.start_value} INCREMENT BY {s.increment} "
        f"MINVALUE {s.min_value} MAXVALUE {s.max_value} CACHE {s.cache_size} "
        f"{'CYCLE' if s.cycle else 'NO CYCLE'}"
    )


def _owned_by(s: Sequence, action: Action, old: Sequence | None = None) -> Statement:
    column = s.owner_column
    # The old owner may be dropped in the plan, letting go of the sequence first
    # (owned_sequence.release, an ALTER of that column or table): after that.
    before: tuple[Key, ...] = ()
    if old is not None and old.owner_column is not None:
        before = (old.owner_column, Key(Kind.TABLE, *old.owner_column[1:3]))
    owner = "NONE"
    if s.owned_by_table is not None:
        owner = ".".join(ident(part) for part in s.owned_by_table)
    return Statement(
        f"ALTER SEQUENCE {qualified(s.schema, s.name)} OWNED BY {owner}",
        s.key,
        action,
        requires=((column,) if column is not None else ()) + before,
    )


def needs_restart(old_min: int, old_max: int, new_min: int, new_max: int) -> bool:
    """Whether the current value may fall outside a narrowed range, which PostgreSQL
    refuses: the sequence then restarts at its START value."""
    return new_min > old_min or new_max < old_max


def create(new: Sequence, ctx: Context) -> list[Statement]:
    out = [
        Statement(
            f"CREATE SEQUENCE {qualified(new.schema, new.name)} {_options(new)}",
            new.key,
            Action.CREATE,
        )
    ]
    if new.owned_by:
        out.append(_owned_by(new, Action.CREATE))
    return out


def drop(old: Sequence, ctx: Context) -> list[Statement]:
    # An owned sequence goes away with its column when that is dropped first.
    if_exists = "IF EXISTS " if old.owned_by else ""
    return [
        Statement(
            f"DROP SEQUENCE {if_exists}{qualified(old.schema, old.name)}",
            old.key,
            Action.DROP,
            frozenset({Hazard.DELETES_DATA}),
        )
    ]


def alter(old: Sequence, new: Sequence, ctx: Context) -> list[Statement] | None:
    out = []
    if _options(old) != _options(new):
        restart = (
            " RESTART"
            if needs_restart(old.min_value, old.max_value, new.min_value, new.max_value)
            else ""
        )
        out.append(
            Statement(
                f"ALTER SEQUENCE {qualified(new.schema, new.name)} {_options(new)}{restart}",
                new.key,
                Action.ALTER,
            )
        )
    if old.owned_by != new.owned_by:
        out.append(_owned_by(new, Action.ALTER, old))
    return out
