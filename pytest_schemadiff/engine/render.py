"""Differences and plans for people and programs: text grouped by object, SQL, JSON."""

from __future__ import annotations

import dataclasses
import difflib
import json
from collections.abc import Iterable
from typing import Any

from .diff import Difference
from .model import Grant
from .plan import Statement

__all__ = [
    "describe_hazards",
    "render_hazards",
    "render_json",
    "render_sql",
    "render_text",
    "shown_differences",
]


def render_sql(statements: Iterable[Statement]) -> str:
    """The statements as a script, each ending with a semicolon."""
    return "".join(f"{s.sql};\n\n" for s in statements)


def describe_hazards(statement: Statement) -> str:
    """The statement's hazards with their reasons, on one line ("" without hazards)."""
    return "; ".join(str(r) for r in statement.reasons)


def render_hazards(statements: Iterable[Statement]) -> str:
    """What each statement with hazards or locks does to a live system: the statement's
    first line, then one line per hazard with its reason, then its locks."""
    lines: list[str] = []
    for s in statements:
        if not s.reasons and not s.locks:
            continue
        sql_lines = s.sql.strip().splitlines()
        lines.append(f"  {sql_lines[0]}{' ...' if len(sql_lines) > 1 else ''}")
        lines += [f"    {r}" for r in s.reasons]
        if s.locks:
            lines.append(f"    locks: {', '.join(str(lock) for lock in s.locks)}")
    return "\n".join(lines) + ("\n" if lines else "")


def _value(value: Any) -> str:
    if isinstance(value, tuple):
        return "(" + ", ".join(str(v) for v in value) + ")"
    return repr(value) if isinstance(value, str) else str(value)


def _grants(value: Any) -> frozenset[Grant] | None:
    """``value`` as a set of grants, if it is a privilege list (None: the defaults)."""
    if value is None or (isinstance(value, tuple) and all(isinstance(g, Grant) for g in value)):
        return frozenset(value or ())
    return None


def _grant_text(grant: Grant, sign: str) -> str:
    column = f" ({grant.column})" if grant.column else ""
    who = grant.grantee or "the owner"
    option = " with grant option" if grant.grantable else ""
    return f"{sign} {grant.privilege}{column} {'to' if sign == '+' else 'from'} {who}{option}"


def grant_changes(old: Any, new: Any) -> tuple[list[Grant], list[Grant]] | None:
    """The grants B adds and the grants it revokes, for a privilege difference (None for
    any other value)."""
    before, after = _grants(old), _grants(new)
    if before is None or after is None or (old is None and new is None):
        return None
    if old is None or new is None:
        # The default privileges are the owner's (compared apart, as owners are): leave
        # the owner's own grants out rather than list all of them as a change.
        before = frozenset(g for g in before if g.grantee)
        after = frozenset(g for g in after if g.grantee)
    return sorted(after - before, key=_grant_order), sorted(before - after, key=_grant_order)


def _grant_order(grant: Grant) -> tuple[str, str, str, bool]:
    return (grant.grantee, grant.column, grant.privilege, grant.grantable)


def _is_long(value: Any) -> bool:
    return isinstance(value, str) and ("\n" in value.strip() or len(value) > 100)


def _changed_lines(d: Difference) -> list[str]:
    """One changed attribute, read at a glance: grants added and revoked, a unified diff
    of a long definition, else ``old -> new``."""
    grants = grant_changes(d.old, d.new)
    if grants is not None:
        added, revoked = grants
        note = " (A has the default privileges)" if d.old is None else ""
        note = " (B has the default privileges)" if d.new is None else note
        return [
            f"    {d.attribute}:{note}",
            *(f"      {_grant_text(g, '+')}" for g in added),
            *(f"      {_grant_text(g, '-')}" for g in revoked),
        ]
    if (_is_long(d.old) or _is_long(d.new)) and isinstance(d.old, str) and isinstance(d.new, str):
        diff = difflib.unified_diff(
            d.old.strip().splitlines(), d.new.strip().splitlines(), "A", "B", lineterm="", n=1
        )
        body = [line for line in diff if not line.startswith(("--- ", "+++ "))]
        return [f"    {d.attribute}:", *(f"      {line}".rstrip() for line in body)]
    return [f"    {d.attribute}: {_value(d.old)} -> {_value(d.new)}"]


def shown_differences(differences: Iterable[Difference]) -> list[Difference]:
    """The differences a reader is shown: a member (column, constraint, index) of a table
    that is itself only on one side is shown through its table."""
    diffs = list(differences)
    whole = {(d.key, d.change) for d in diffs if d.attribute is None}
    return [
        d
        for d in diffs
        if d.attribute is not None
        or (getattr(d.old or d.new, "parent", None), d.change) not in whole
    ]


def render_text(differences: Iterable[Difference], warnings: Iterable[str] = ()) -> str:
    """Differences grouped: objects only in A, only in B, then changed attributes old -> new."""
    diffs = shown_differences(differences)
    lines: list[str] = []
    only_a = [d for d in diffs if d.change == "only in A"]
    only_b = [d for d in diffs if d.change == "only in B"]
    changed: dict[Any, list[Difference]] = {}
    for d in diffs:
        if d.change == "changed":
            changed.setdefault(d.key, []).append(d)
    if only_a:
        lines.append("only in A:")
        lines += [f"  {d.key}" for d in only_a]
    if only_b:
        lines.append("only in B:")
        lines += [f"  {d.key}" for d in only_b]
    if changed:
        lines.append("changed:")
        for key, ds in changed.items():
            lines.append(f"  {key}")
            for d in ds:
                lines += _changed_lines(d)
    for w in warnings:
        lines.append(f"warning: {w}")
    return "\n".join(lines) + ("\n" if lines else "")


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _jsonable(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.compare
        }
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    return value


def _json_changes(d: Difference) -> dict[str, Any]:
    """Extra fields for a privilege difference: the grants added and revoked."""
    grants = grant_changes(d.old, d.new) if d.attribute is not None else None
    if grants is None:
        return {}
    added, revoked = grants
    return {
        "grants_added": [_jsonable(g) for g in added],
        "grants_revoked": [_jsonable(g) for g in revoked],
    }


def render_json(
    differences: Iterable[Difference], statements: Iterable[Statement], warnings: Iterable[str]
) -> str:
    """Differences, statements (with hazards) and warnings as a JSON document."""
    document = {
        "differences": [
            {
                "key": d.key.as_dict(),
                "change": d.change,
                "attribute": d.attribute,
                "old": _jsonable(d.old),
                "new": _jsonable(d.new),
                **_json_changes(d),
            }
            for d in differences
        ],
        "statements": [
            {
                "sql": s.sql,
                "object": s.key.as_dict(),
                "action": s.action.value,
                "hazards": sorted(h.value for h in s.hazards),
                "hazard_reasons": [
                    {"hazard": r.hazard.value, "reason": r.reason} for r in s.reasons
                ],
                "locks": [{"relation": lk.relation, "mode": lk.mode} for lk in s.locks],
                "transactional": s.transactional,
            }
            for s in statements
        ],
        "warnings": list(warnings),
    }
    return json.dumps(document, indent=2, sort_keys=True)
