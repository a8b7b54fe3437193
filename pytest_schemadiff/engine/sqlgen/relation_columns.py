"""Per-column physical settings of relations other than tables (materialized views, foreign
tables), which pg_dump writes as ``ALTER <kind> ... ALTER COLUMN``: the statistics target,
the storage (against the type's) and, for materialized views, the compression; for foreign
tables also attribute options (``n_distinct``).

The models hold them as "name value..." strings (the name as ``format('%I')`` writes it),
only for columns that differ from the defaults, so an unchanged relation compares equal
whatever its columns. A setting that disappears is reset to the default: statistics -1,
the storage the type had (the entry carries it), compression DEFAULT, RESET of the options.

Locks come from ``engine/hazards.py`` (statistics and attribute options: ShareUpdateExclusive;
storage and compression: AccessExclusive, catalog only).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from ..model import Key
from ..plan import Action, Statement
from .quoting import ident
from .storage import COMPRESSION_WORDS, STORAGE_WORDS

__all__ = ["ColumnSettings", "statements", "without_columns"]


class ColumnSettings(NamedTuple):
    """A relation's non-default column settings, as its model holds them."""

    statistics: tuple[str, ...] = ()
    storage: tuple[str, ...] = ()
    compression: tuple[str, ...] = ()
    attribute_options: tuple[str, ...] = ()


def _name(quoted: str) -> str:
    """The column name from ``format('%I')``'s spelling (quoted only where needed)."""
    if quoted.startswith('"') and quoted.endswith('"') and len(quoted) > 1:
        return quoted[1:-1].replace('""', '"')
    return quoted


def _entries(values: tuple[str, ...], parts: int) -> dict[str, list[str]]:
    """column name -> the ``parts`` space-free values after it (names may hold spaces)."""
    out = {}
    for entry in values:
        pieces = entry.rsplit(" ", parts)
        out[_name(pieces[0])] = pieces[1:]
    return out


def without_columns(
    values: tuple[str, ...], columns: Collection[str], parts: int
) -> tuple[str, ...]:
    """``values`` (entries of ``parts`` values after the name) but those of ``columns``."""
    return tuple(e for e in values if _name(e.rsplit(" ", parts)[0]) not in columns)


def _options(text: str) -> list[str]:
    return [o for o in text.split(",") if o]


def statements(
    prefix: str, key: Key, old: ColumnSettings | None, new: ColumnSettings, action: Action
) -> list[Statement]:
    """``<prefix> ALTER COLUMN ...`` statements (``prefix``: ``ALTER MATERIALIZED VIEW
    "s"."m"``) taking the columns from ``old``'s settings to ``new``'s (``old`` None: a
    relation just created, with the defaults)."""
    old = old or ColumnSettings()
    out: list[Statement] = []

    def add(column: str, clause: str) -> None:
        out.append(Statement(f"{prefix} ALTER COLUMN {ident(column)} {clause}", key, action))

    before, after = _entries(old.statistics, 1), _entries(new.statistics, 1)
    for column in before.keys() - after.keys():
        add(column, "SET STATISTICS -1")
    for column, (target,) in after.items():
        if before.get(column) != [target]:
            add(column, f"SET STATISTICS {int(target)}")
    before, after = _entries(old.storage, 2), _entries(new.storage, 2)
    for column, (_, default) in before.items():
        if column not in after:
            add(column, f"SET STORAGE {STORAGE_WORDS[default]}")
    for column, (storage, _) in after.items():
        if before.get(column, [None])[0] != storage:
            add(column, f"SET STORAGE {STORAGE_WORDS[storage]}")
    before, after = _entries(old.compression, 1), _entries(new.compression, 1)
    for column in before.keys() - after.keys():
        add(column, "SET COMPRESSION DEFAULT")
    for column, (method,) in after.items():
        if before.get(column) != [method]:
            add(column, f"SET COMPRESSION {COMPRESSION_WORDS.get(method, 'DEFAULT')}")
    before, after = _entries(old.attribute_options, 1), _entries(new.attribute_options, 1)
    for column in sorted(before.keys() | after.keys()):
        was = _options(before.get(column, [""])[0])
        now = _options(after.get(column, [""])[0])
        if was == now:
            continue
        names = {o.split("=", 1)[0] for o in now}
        removed = [o.split("=", 1)[0] for o in was if o.split("=", 1)[0] not in names]
        if removed:
            add(column, f"RESET ({', '.join(removed)})")
        if now:
            add(column, f"SET ({', '.join(now)})")
    out.sort(key=lambda s: s.sql)
    return out
