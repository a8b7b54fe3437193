"""GRANT / REVOKE for every kind with a ``privileges`` field, and the grant arithmetic
default privileges share.

Privileges are owner-relative ``Grant`` sets (see ``model.Grant``). From the old set to the
new one we revoke what goes, revoke the grant option where only it goes, grant what comes
and add the grant option where only it comes: one statement per grantee and kind of change,
privileges sorted, so the SQL is minimal and deterministic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ..model import Address, Grant, Key
from ..plan import Action, Statement
from .address import grant_target
from .quoting import ident

__all__ = ["changes", "grant_statements", "role"]


def role(grantee: str, owner: str) -> str:
    """A grantee as SQL; ``owner`` (SQL) stands for the owner, grantee ""."""
    if grantee == "PUBLIC":
        return "PUBLIC"
    return owner if grantee == "" else ident(grantee)


def _privilege_list(grants: Iterable[Grant]) -> str:
    whole = sorted({g.privilege for g in grants if not g.column})
    columns: dict[str, list[str]] = {}
    for g in grants:
        if g.column:
            columns.setdefault(g.privilege, []).append(ident(g.column))
    parts = whole + [f"{p} ({', '.join(sorted(cs))})" for p, cs in sorted(columns.items())]
    return ", ".join(parts)


def grant_statements(
    old: Iterable[Grant],
    new: Iterable[Grant],
    on: str,
    grantee_sql: Callable[[str], str],
    order: Sequence[str] = (),
) -> list[str]:
    """GRANT / REVOKE texts (without a prefix) taking ``old`` to ``new`` on ``on``. Grants
    follow the grantee ``order`` of the target ACL (PostgreSQL appends new grantees, and
    pg_dump lists them in that order), then names."""
    rank = {grantee: i for i, grantee in enumerate(order)}
    before = {(g.grantee, g.privilege, g.column): g for g in old}
    after = {(g.grantee, g.privilege, g.column): g for g in new}
    revoke: dict[tuple[str, bool], list[Grant]] = {}
    grant: dict[tuple[str, bool], list[Grant]] = {}
    for ident_, g in before.items():
        other = after.get(ident_)
        if other is None:
            revoke.setdefault((g.grantee, False), []).append(g)
        elif g.grantable and not other.grantable:
            revoke.setdefault((g.grantee, True), []).append(g)
    for ident_, g in after.items():
        other = before.get(ident_)
        if other is None or (g.grantable and not other.grantable):
            grant.setdefault((g.grantee, g.grantable), []).append(g)
    out = []
    for (grantee, option_only), gs in sorted(revoke.items()):
        head = "REVOKE GRANT OPTION FOR" if option_only else "REVOKE"
        out.append(f"{head} {_privilege_list(gs)} ON {on} FROM {grantee_sql(grantee)}")
    for (grantee, grantable), gs in sorted(
        grant.items(), key=lambda item: (rank.get(item[0][0], len(rank)), item[0])
    ):
        option = " WITH GRANT OPTION" if grantable else ""
        out.append(f"GRANT {_privilege_list(gs)} ON {on} TO {grantee_sql(grantee)}{option}")
    return out


def changes(
    key: Key,
    old: Any | None,
    new: Any,
    address: Address,
    action: Action,
    owner: str,
    initial: tuple[Grant, ...] | None = None,
) -> list[Statement]:
    """Statements giving ``new`` its privileges, from ``old``'s (None: a new object, which
    starts with ``initial``, by default the built-in default). ``owner`` is the owner as
    SQL."""
    wanted = getattr(new, "privileges", None)
    if old is not None:
        current = getattr(old, "privileges", None)
    else:
        current = initial if initial is not None else address.default_privileges
    if wanted is None or current is None or wanted == current:
        return []
    return [
        Statement(sql, key, action)
        for sql in grant_statements(
            current,
            wanted,
            grant_target(address),
            lambda g: role(g, owner),
            address.grantee_order,
        )
    ]
