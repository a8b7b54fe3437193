"""Text search templates: CREATE / DROP TEXT SEARCH TEMPLATE. No ALTER changes a template's
functions, so a changed template is dropped and re-created (with the dictionaries using it;
the configurations using those let go of them meanwhile)."""

from __future__ import annotations

from ..model import TextSearchTemplate
from ..plan import Action, Statement
from .context import Context
from .quoting import qualified

__all__ = ["alter", "create", "drop"]


def create(new: TextSearchTemplate, ctx: Context) -> list[Statement]:
    functions = [f"LEXIZE = {new.lexize}"]
    if new.init is not None:
        functions.insert(0, f"INIT = {new.init}")
    return [
        Statement(
            f"CREATE TEXT SEARCH TEMPLATE {qualified(new.schema, new.name)} "
            f"({', '.join(functions)})",
            new.key,
            Action.CREATE,
        )
    ]


def drop(old: TextSearchTemplate, ctx: Context) -> list[Statement]:
    return [
        Statement(
            f"DROP TEXT SEARCH TEMPLATE {qualified(old.schema, old.name)}", old.key, Action.DROP
        )
    ]


def alter(old: TextSearchTemplate, new: TextSearchTemplate, ctx: Context) -> list[Statement] | None:
    # Only comments differ in place (sqlgen.attached); anything else has no ALTER.
    return None
