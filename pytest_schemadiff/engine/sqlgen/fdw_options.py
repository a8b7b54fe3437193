"""``OPTIONS (...)`` clauses of wrappers, servers, user mappings and foreign tables (and
their columns): written whole on creation, changed in place with ``ADD`` / ``SET`` /
``DROP`` on alteration. A secret value is written as a token of the context
(``Context.secret``): its real value where the plan runs, a placeholder where people read it
(``engine/secrets.py``)."""

from __future__ import annotations

from ..secrets import is_secret, option_secret, placeholder
from .context import Context
from .quoting import ident, literal

__all__ = ["alter_clause", "create_clause"]


def _split(option: str) -> tuple[str, str]:
    name, _, value = option.partition("=")
    return name, value


def _value(name: str, value: str, owner: str, ctx: Context) -> str:
    if is_secret(name):
        what = option_secret(owner, name)
        return ctx.secret(literal(value), placeholder(what), what)
    return literal(value)


def create_clause(options: tuple[str, ...], owner: str, ctx: Context) -> str:
    """`` OPTIONS (a 'x', b 'y')`` for ``options`` in catalog order ("" for none); ``owner``
    names the object for a secret's placeholder."""
    if not options:
        return ""
    items = [f"{ident(n)} {_value(n, v, owner, ctx)}" for n, v in map(_split, options)]
    return f" OPTIONS ({', '.join(items)})"


def alter_clause(old: tuple[str, ...], new: tuple[str, ...], owner: str, ctx: Context) -> str:
    """`` OPTIONS (DROP a, SET b 'y', ADD c 'z')`` taking options ``old`` to ``new`` (both in
    catalog order), "" when they are equal. ``SET`` keeps an option's place and ``ADD``
    appends, so options that would end up out of B's order are dropped and added again."""
    if old == new:
        return ""
    before = dict(map(_split, old))
    after = dict(map(_split, new))
    wanted = list(after)
    # The longest prefix of B's order that A's options already have, in that order: those
    # stay where they are; every other option of B is added after them.
    kept = 0
    present = [n for n in before if n in after]
    while kept < len(wanted) and kept < len(present) and present[kept] == wanted[kept]:
        kept += 1
    stay = set(wanted[:kept])
    items = [f"DROP {ident(n)}" for n in before if n not in stay]
    items += [
        f"SET {ident(n)} {_value(n, after[n], owner, ctx)}"
        for n in wanted[:kept]
        if before[n] != after[n]
    ]
    items += [f"ADD {ident(n)} {_value(n, after[n], owner, ctx)}" for n in wanted[kept:]]
    return f" OPTIONS ({', '.join(items)})" if items else ""
