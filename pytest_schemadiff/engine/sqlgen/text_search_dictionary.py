"""Text search dictionaries: CREATE TEXT SEARCH DICTIONARY with the template and the options
as PostgreSQL serialized them, options changed in place with ALTER TEXT SEARCH DICTIONARY
(a new template drops and re-creates it; the configurations using it let go of it
meanwhile, ``text_search_configuration.releases``)."""

from __future__ import annotations

from ..model import TextSearchDictionary
from ..plan import Action, Statement
from .context import Context
from .quoting import ident, qualified

__all__ = ["alter", "create", "drop", "option_items"]


def option_items(options: str | None) -> list[tuple[str, str]]:
    """``dictinitoption`` split into (name, ``name = 'value'`` as SQL), in order.

    PostgreSQL writes it as ``name = 'value'`` items joined by ", ": names quoted as
    identifiers where needed, values as string literals (``E'...'`` with backslashes)."""
    items: list[tuple[str, str]] = []
    if not options:
        return items
    start = 0
    quote: str | None = None
    escaped_string = False
    i = 0
    while i < len(options):
        ch = options[i]
        if quote is not None:
            if escaped_string and ch == "\\":
                i += 2
                continue
            if ch == quote:
                if i + 1 < len(options) and options[i + 1] == quote:
                    i += 2
                    continue
                quote = None
        elif ch in "'\"":
            quote = ch
            escaped_string = ch == "'" and i > 0 and options[i - 1] in "Ee"
        elif ch == ",":
            items.append(_item(options[start:i]))
            start = i + 1
        i += 1
    items.append(_item(options[start:]))
    return items


def _item(text: str) -> tuple[str, str]:
    text = text.strip()
    if not text.startswith('"'):
        return text.split("=", 1)[0].strip(), text
    end = 1
    while (end := text.index('"', end)) + 1 < len(text) and text[end + 1] == '"':
        end += 2
    return text[1:end].replace('""', '"'), text


def _name(d: TextSearchDictionary) -> str:
    return qualified(d.schema, d.name)


def create(new: TextSearchDictionary, ctx: Context) -> list[Statement]:
    options = f", {new.options}" if new.options else ""
    return [
        Statement(
            f"CREATE TEXT SEARCH DICTIONARY {_name(new)} (TEMPLATE = {new.template}{options})",
            new.key,
            Action.CREATE,
        )
    ]


def drop(old: TextSearchDictionary, ctx: Context) -> list[Statement]:
    return [Statement(f"DROP TEXT SEARCH DICTIONARY {_name(old)}", old.key, Action.DROP)]


def alter(
    old: TextSearchDictionary, new: TextSearchDictionary, ctx: Context
) -> list[Statement] | None:
    if old.template != new.template:
        return None
    if old.options == new.options:
        return []
    # ALTER removes a name given without a value, and moves a name given with one to the
    # end: naming every new option, in order, leaves exactly the new list.
    wanted = option_items(new.options)
    names = {name for name, _ in wanted}
    items = [ident(name) for name, _ in option_items(old.options) if name not in names]
    items += [sql for _, sql in wanted]
    return [
        Statement(
            f"ALTER TEXT SEARCH DICTIONARY {_name(new)} ({', '.join(items)})",
            new.key,
            Action.ALTER,
        )
    ]
