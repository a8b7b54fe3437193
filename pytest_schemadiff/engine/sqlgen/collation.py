"""Collations: CREATE / DROP COLLATION. A collation cannot be altered (but for its
version): it is rebuilt (``typerebuild``), the columns using it re-collated in place."""

from __future__ import annotations

from ..model import Collation
from ..plan import Action, Statement
from .context import Context
from .quoting import literal, qualified
from .typerebuild import rebuild_statements

_PROVIDERS = {"c": "libc", "i": "icu", "b": "builtin", "d": "default"}


def _name(c: Collation) -> str:
    return qualified(c.schema, c.name)


def _create_sql(c: Collation, name: str) -> list[str]:
    options = [f"provider = {_PROVIDERS[c.provider]}"]
    if c.provider == "c":
        if c.lc_collate == c.lc_ctype:
            options.append(f"locale = {literal(c.lc_collate or '')}")
        else:
            options.append(f"lc_collate = {literal(c.lc_collate or '')}")
            options.append(f"lc_ctype = {literal(c.lc_ctype or '')}")
    elif c.locale is not None:
        options.append(f"locale = {literal(c.locale)}")
    if c.icu_rules is not None:
        options.append(f"rules = {literal(c.icu_rules)}")
    if not c.deterministic:
        options.append("deterministic = false")
    return [f"CREATE COLLATION {name} ({', '.join(options)})"]


def create(new: Collation, ctx: Context) -> list[Statement]:
    return [Statement(sql, new.key, Action.CREATE) for sql in _create_sql(new, _name(new))]


def drop(old: Collation, ctx: Context) -> list[Statement]:
    return [Statement(f"DROP COLLATION {_name(old)}", old.key, Action.DROP)]


def _definition(c: Collation) -> tuple[object, ...]:
    return (c.provider, c.lc_collate, c.lc_ctype, c.locale, c.icu_rules, c.deterministic)


def rebuilds(old: Collation, new: Collation, ctx: Context) -> bool:
    # Comments and owners change in place (sqlgen.attached); anything else cannot.
    return _definition(old) != _definition(new)


def _convert(expr: str, target: str, old: Collation, new: Collation) -> str:
    return expr


def alter(old: Collation, new: Collation, ctx: Context) -> list[Statement] | None:
    if not rebuilds(old, new, ctx):
        return []
    return rebuild_statements(
        old, new, ctx, _create_sql, _convert, rename_word="COLLATION", drop_word="COLLATION"
    )
