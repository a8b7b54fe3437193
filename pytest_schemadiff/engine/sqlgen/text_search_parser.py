"""Text search parsers: CREATE / DROP TEXT SEARCH PARSER. No ALTER changes a parser's
functions, so a changed parser is dropped and re-created (with the configurations using it,
and what those configurations are used by)."""

from __future__ import annotations

from ..model import TextSearchParser
from ..plan import Action, Statement
from .context import Context
from .quoting import qualified

__all__ = ["alter", "create", "drop"]


def create(new: TextSearchParser, ctx: Context) -> list[Statement]:
    functions = [
        f"START = {new.start}",
        f"GETTOKEN = {new.gettoken}",
        f"END = {new.end}",
        f"LEXTYPES = {new.lextypes}",
    ]
    if new.headline is not None:
        functions.append(f"HEADLINE = {new.headline}")
    return [
        Statement(
            f"CREATE TEXT SEARCH PARSER {qualified(new.schema, new.name)} ({', '.join(functions)})",
            new.key,
            Action.CREATE,
        )
    ]


def drop(old: TextSearchParser, ctx: Context) -> list[Statement]:
    return [
        Statement(
            f"DROP TEXT SEARCH PARSER {qualified(old.schema, old.name)}", old.key, Action.DROP
        )
    ]


def alter(old: TextSearchParser, new: TextSearchParser, ctx: Context) -> list[Statement] | None:
    # Only comments differ in place (sqlgen.attached); anything else has no ALTER.
    return None
