"""Operators: CREATE / DROP OPERATOR, and ALTER OPERATOR ... SET for what PostgreSQL lets
change in place: RESTRICT and JOIN always; COMMUTATOR, NEGATOR, HASHES and MERGES from
PostgreSQL 17, and only where they were not set (they cannot be changed or unset once
set). Anything else (the function) drops and re-creates the operator, and the engine
re-creates what uses it (operator classes, indexes, constraints, views).

A COMMUTATOR or NEGATOR naming an operator that does not exist yet makes a shell operator
that the later CREATE OPERATOR fills in, so creations need no order between the two;
ALTER ... SET COMMUTATOR does need the other operator to exist (``requires``).
"""

from __future__ import annotations

from ..model import Operator, operator_key
from ..plan import Action, Statement
from .context import Context
from .quoting import ident

__all__ = ["alter", "create", "drop", "operator_name", "signature"]

# ALTER OPERATOR ... SET (COMMUTATOR | NEGATOR | HASHES | MERGES) came in PostgreSQL 17.
_SET_LINKS_FROM = 170000


def operator_name(schema: str, name: str) -> str:
    """``"schema".op``: an operator's name is never quoted, its schema is."""
    return f"{ident(schema)}.{name}"


def signature(o: Operator) -> str:
    """``"s".op (left, right)`` as ALTER / DROP OPERATOR name it."""
    return f"{operator_name(o.schema, o.name)} ({o.left_type or 'NONE'}, {o.right_type})"


def _link(link: tuple[str, ...]) -> str:
    return f"OPERATOR({operator_name(link[0], link[1])})"


def create(new: Operator, ctx: Context) -> list[Statement]:
    options = [f"FUNCTION = {new.function}"]
    if new.left_type is not None:
        options.append(f"LEFTARG = {new.left_type}")
    options.append(f"RIGHTARG = {new.right_type}")
    if new.commutator is not None:
        options.append(f"COMMUTATOR = {_link(new.commutator)}")
    if new.negator is not None:
        options.append(f"NEGATOR = {_link(new.negator)}")
    if new.restrict is not None:
        options.append(f"RESTRICT = {new.restrict}")
    if new.join is not None:
        options.append(f"JOIN = {new.join}")
    if new.hashes:
        options.append("HASHES")
    if new.merges:
        options.append("MERGES")
    sql = f"CREATE OPERATOR {operator_name(new.schema, new.name)} ({', '.join(options)})"
    return [Statement(sql, new.key, Action.CREATE)]


def drop(old: Operator, ctx: Context) -> list[Statement]:
    return [Statement(f"DROP OPERATOR {signature(old)}", old.key, Action.DROP)]


def alter(old: Operator, new: Operator, ctx: Context) -> list[Statement] | None:
    if old.function != new.function:
        return None
    settings: list[str] = []
    requires = []
    estimators = (("RESTRICT", old.restrict, new.restrict), ("JOIN", old.join, new.join))
    for word, before, after in estimators:
        if before != after:
            settings.append(f"{word} = {after or 'NONE'}")
    # The commutator of op(l, r) is op2(r, l) (only binary operators have one); the
    # negator has our operand types.
    links = (
        ("COMMUTATOR", old.commutator, new.commutator, new.right_type, new.left_type or ""),
        ("NEGATOR", old.negator, new.negator, new.left_type, new.right_type),
    )
    can_set = ctx.a.server_version >= _SET_LINKS_FROM
    for word, before_link, after_link, left, right in links:
        if before_link == after_link:
            continue
        if before_link is not None or after_link is None or not can_set:
            return None
        settings.append(f"{word} = {_link(after_link)}")
        other = operator_key(after_link[0], after_link[1], left, right)
        if other != new.key:
            # SET names an existing operator (CREATE would make a shell).
            requires.append(other)
    for word, was, now in (("HASHES", old.hashes, new.hashes), ("MERGES", old.merges, new.merges)):
        if was == now:
            continue
        if was or not can_set:
            return None
        settings.append(word)
    if not settings:
        return []
    sql = f"ALTER OPERATOR {signature(new)} SET ({', '.join(settings)})"
    return [Statement(sql, new.key, Action.ALTER, requires=tuple(requires))]
