"""Identifier quoting. Every identifier is quoted, so odd names (spaces, quotes, capitals,
keywords) are always correct; never build identifiers by plain string formatting."""

from __future__ import annotations

__all__ = ["ident", "literal", "qualified"]


def ident(name: str) -> str:
    """``name`` as a quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def qualified(schema: str, name: str) -> str:
    """``"schema"."name"``."""
    return f"{ident(schema)}.{ident(name)}"


def literal(text: str) -> str:
    """``text`` as a standard-conforming SQL string literal."""
    return "'" + text.replace("'", "''") + "'"
