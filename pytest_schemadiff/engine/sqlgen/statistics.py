"""Extended statistics (CREATE STATISTICS): created from ``pg_get_statisticsobjdef``, its
target set with ALTER STATISTICS; any other change drops and re-creates it.

PostgreSQL keeps a statistics object through a type change of its columns (it rebuilds
it) and drops it with a dropped column, so the catalog's dependencies on the columns order
everything else: a statistics object A had on a dropped column is dropped first, one B has
on a new column is created after it.
"""

from __future__ import annotations

from ..hazards import SHARE_UPDATE_EXCLUSIVE, Lock, statistics_table
from ..model import Statistics
from ..plan import Action, Statement
from .context import Context
from .quoting import qualified


def _target(new: Statistics, action: Action) -> Statement:
    target = -1 if new.target is None else new.target
    return Statement(
        f"ALTER STATISTICS {qualified(new.schema, new.name)} SET STATISTICS {target}",
        new.key,
        action,
    )


def create(new: Statistics, ctx: Context) -> list[Statement]:
    out = [Statement(new.definition, new.key, Action.CREATE)]
    if new.target is not None:
        out.append(_target(new, Action.CREATE))
    return out


def drop(old: Statistics, ctx: Context) -> list[Statement]:
    # The drop locks the table the statistics are on, which its SQL does not name.
    table = statistics_table(old.definition)
    return [
        Statement(
            f"DROP STATISTICS {qualified(old.schema, old.name)}",
            old.key,
            Action.DROP,
            implied_locks=(Lock(table, SHARE_UPDATE_EXCLUSIVE),) if table else (),
        )
    ]


def alter(old: Statistics, new: Statistics, ctx: Context) -> list[Statement] | None:
    if old.definition != new.definition:
        return None
    return [_target(new, Action.ALTER)] if old.target != new.target else []
