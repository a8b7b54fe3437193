"""Text search configurations: CREATE TEXT SEARCH CONFIGURATION with its parser, then one
mapping statement per group of token types sharing a dictionary list (what pg_dump writes as
ADD MAPPING lines). A changed mapping is altered in place, so the indexes, generated columns
and views that use the configuration survive; only a new parser re-creates it.

In place, ``ALTER MAPPING FOR`` sets a token type's dictionaries whether it had a mapping or
not, and ``DROP MAPPING IF EXISTS`` removes one: each statement states its end result, so
the statements that let go of a re-created dictionary (``releases``) and the configuration's
own alteration may overlap and still agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Key, Kind, TextSearchConfiguration
from ..plan import Action, Statement
from .context import Context
from .quoting import ident, qualified

__all__ = ["alter", "create", "drop", "releases"]

# What a mapping's dictionary is, as a dependency: itself, or the extension that made it.
_DICTIONARY_OWNERS = frozenset({Kind.TEXT_SEARCH_DICTIONARY, Kind.EXTENSION})

# One name of a WITH list as format('%I') writes it: quoted, or a plain identifier.
_IDENT = r'"(?:[^"]|"")*"|[^".,\s]+'
_QUALIFIED = re.compile(rf"({_IDENT})\.({_IDENT})")


def _unquote(name: str) -> str:
    return name[1:-1].replace('""', '"') if name.startswith('"') else name


def dictionary_keys(with_list: str) -> list[Key]:
    """The dictionaries of a mapping's WITH list (qualified names), as keys."""
    return [
        Key(Kind.TEXT_SEARCH_DICTIONARY, _unquote(schema), _unquote(name))
        for schema, name in _QUALIFIED.findall(with_list)
    ]


def _name(c: TextSearchConfiguration) -> str:
    return qualified(c.schema, c.name)


def _grouped(c: TextSearchConfiguration, tokens: Iterable[str]) -> list[tuple[list[str], str]]:
    """``tokens`` grouped by their dictionaries in ``c``, in token order: one statement each."""
    mappings = c.mappings()
    groups: dict[str, list[str]] = {}
    for token in tokens:
        groups.setdefault(mappings[token], []).append(token)
    return [(group, with_list) for with_list, group in groups.items()]


def _set_mappings(
    c: TextSearchConfiguration, tokens: Iterable[str], verb: str, action: Action
) -> list[Statement]:
    return [
        Statement(
            f"ALTER TEXT SEARCH CONFIGURATION {_name(c)} {verb} MAPPING FOR "
            f"{', '.join(ident(t) for t in group)} WITH {with_list}",
            c.key,
            action,
        )
        for group, with_list in _grouped(c, tokens)
    ]


def _drop_mappings(
    c: TextSearchConfiguration, tokens: list[str], action: Action
) -> list[Statement]:
    if not tokens:
        return []
    return [
        Statement(
            f"ALTER TEXT SEARCH CONFIGURATION {_name(c)} DROP MAPPING IF EXISTS FOR "
            f"{', '.join(ident(t) for t in tokens)}",
            c.key,
            action,
        )
    ]


def create(new: TextSearchConfiguration, ctx: Context) -> list[Statement]:
    out = [
        Statement(
            f"CREATE TEXT SEARCH CONFIGURATION {_name(new)} (PARSER = {new.parser})",
            new.key,
            Action.CREATE,
        )
    ]
    return out + _set_mappings(new, new.mapping_tokens, "ADD", Action.CREATE)


def drop(old: TextSearchConfiguration, ctx: Context) -> list[Statement]:
    return [Statement(f"DROP TEXT SEARCH CONFIGURATION {_name(old)}", old.key, Action.DROP)]


def alter(
    old: TextSearchConfiguration, new: TextSearchConfiguration, ctx: Context
) -> list[Statement] | None:
    if old.parser != new.parser:
        # No ALTER changes the parser (token types are the parser's).
        return None
    before, after = old.mappings(), new.mappings()
    removed = [t for t in old.mapping_tokens if t not in after]
    changed = [t for t in new.mapping_tokens if before.get(t) != after[t]]
    return _drop_mappings(new, removed, Action.ALTER) + _set_mappings(
        new, changed, "ALTER", Action.ALTER
    )


def releases(
    old: TextSearchConfiguration, new: TextSearchConfiguration, used: Key, ctx: Context
) -> tuple[list[Statement], list[Statement]] | None:
    """A dictionary the configuration maps to is dropped or re-created: take the token types
    that use it off it before, and map them again after, instead of re-creating the
    configuration (and the indexes and columns computed with it)."""
    if used.kind in _DICTIONARY_OWNERS and used not in ctx.b.objects:
        # Dropped for good (a dictionary, or the extension that made it): every mapping
        # that used it changes, and the configuration's own ALTER runs before the DROP.
        return [], []
    if used.kind is not Kind.TEXT_SEARCH_DICTIONARY:
        return None
    if (old.parser, old.mapping_tokens, old.mapping_dictionaries) != (
        new.parser,
        new.mapping_tokens,
        new.mapping_dictionaries,
    ):
        # Its own ALTER would wait for the new dictionary, which waits for the old one's
        # DROP, which waits for that ALTER: re-created instead.
        return None
    # Any changing dictionary, not only ``used``: the engine keeps one release per object.
    changing = {
        k
        for k in (*ctx.a.objects, *ctx.b.objects)
        if k.kind is Kind.TEXT_SEARCH_DICTIONARY and ctx.a.objects.get(k) != ctx.b.objects.get(k)
    } | {used}
    tokens = [
        t
        for t, with_list in old.mappings().items()
        if any(k in changing for k in dictionary_keys(with_list))
    ]
    if not tokens:
        return None
    # The drop only needs what A had; the new mapping waits for B's dictionary.
    return _drop_mappings(old, tokens, Action.DROP), _set_mappings(
        new, tokens, "ALTER", Action.CREATE
    )
