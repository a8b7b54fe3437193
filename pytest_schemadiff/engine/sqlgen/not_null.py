"""NOT NULL constraint names (PostgreSQL 18 records NOT NULL as a named pg_constraint row;
before 18 there is no name and these return the plain forms)."""

from __future__ import annotations

from .quoting import ident

__all__ = ["clause", "is_default_name"]

# NAMEDATALEN - 1: longer generated names are shortened (and then not "the default" here).
_MAX_NAME_BYTES = 63


def is_default_name(name: str | None, table: str, column: str) -> bool:
    """Whether ``name`` is what ``SET NOT NULL`` / a plain ``NOT NULL`` would name the
    constraint (``<table>_<column>_not_null``; None: a server without names)."""
    if name is None:
        return True
    default = f"{table}_{column}_not_null"
    return len(default.encode()) <= _MAX_NAME_BYTES and name == default


def clause(name: str | None, table: str, column: str) -> str:
    """``NOT NULL`` in a column definition, with ``CONSTRAINT name`` when it is not the
    default (as pg_dump writes it)."""
    if is_default_name(name, table, column):
        return "NOT NULL"
    return f"CONSTRAINT {ident(name or '')} NOT NULL"
