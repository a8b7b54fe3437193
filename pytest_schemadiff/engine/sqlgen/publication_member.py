"""The tables and schemas of a publication, as pg_dump writes them: ``ALTER PUBLICATION ...
ADD TABLE ONLY t (columns) WHERE (filter)`` / ``ADD TABLES IN SCHEMA s`` and their DROP.
ONLY: the row names one table, not its inheritance children (which have rows of their
own). PostgreSQL cannot change one table's column list or row filter alone (SET TABLE
replaces every table of the publication), so such a change drops and adds that table."""

from __future__ import annotations

from ..model import PublicationSchema, PublicationTable
from ..plan import Action, Statement
from .context import Context
from .quoting import ident, qualified

__all__ = [
    "alter_schema",
    "alter_table",
    "create_schema",
    "create_table",
    "drop_schema",
    "drop_table",
]


def create_table(new: PublicationTable, ctx: Context) -> list[Statement]:
    sql = f"ALTER PUBLICATION {ident(new.publication)} ADD TABLE ONLY "
    sql += qualified(new.schema, new.table)
    if new.columns is not None:
        sql += f" ({', '.join(ident(c) for c in new.columns)})"
    if new.row_filter is not None:
        sql += f" WHERE ({new.row_filter})"
    return [Statement(sql, new.key, Action.CREATE)]


def drop_table(old: PublicationTable, ctx: Context) -> list[Statement]:
    return [
        Statement(
            f"ALTER PUBLICATION {ident(old.publication)} DROP TABLE ONLY "
            f"{qualified(old.schema, old.table)}",
            old.key,
            Action.DROP,
        )
    ]


def alter_table(
    old: PublicationTable, new: PublicationTable, ctx: Context
) -> list[Statement] | None:
    return None


def create_schema(new: PublicationSchema, ctx: Context) -> list[Statement]:
    return [
        Statement(
            f"ALTER PUBLICATION {ident(new.publication)} ADD TABLES IN SCHEMA {ident(new.schema)}",
            new.key,
            Action.CREATE,
        )
    ]


def drop_schema(old: PublicationSchema, ctx: Context) -> list[Statement]:
    return [
        Statement(
            f"ALTER PUBLICATION {ident(old.publication)} DROP TABLES IN SCHEMA {ident(old.schema)}",
            old.key,
            Action.DROP,
        )
    ]


def alter_schema(
    old: PublicationSchema, new: PublicationSchema, ctx: Context
) -> list[Statement] | None:
    return None
