"""Aggregates: CREATE AGGREGATE with every option, DROP AGGREGATE, and CREATE OR REPLACE
AGGREGATE in place when the kind and result type stay (else drop and re-create).
Dropping an aggregate breaks its callers: unsafe, like a function."""

from __future__ import annotations

from ..model import Aggregate
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import literal, qualified

_MODIFY = {"r": "READ_ONLY", "s": "SHAREABLE", "w": "READ_WRITE"}
_PARALLEL = {"s": "SAFE", "r": "RESTRICTED", "u": "UNSAFE"}


def _options(a: Aggregate) -> list[str]:
    out = [f"SFUNC = {a.sfunc}", f"STYPE = {a.stype}"]
    if a.sspace:
        out.append(f"SSPACE = {a.sspace}")
    if a.finalfunc:
        out.append(f"FINALFUNC = {a.finalfunc}")
        if a.finalfunc_extra:
            out.append("FINALFUNC_EXTRA")
        out.append(f"FINALFUNC_MODIFY = {_MODIFY[a.finalfunc_modify]}")
    for word, value in (
        ("COMBINEFUNC", a.combinefunc),
        ("SERIALFUNC", a.serialfunc),
        ("DESERIALFUNC", a.deserialfunc),
    ):
        if value:
            out.append(f"{word} = {value}")
    if a.initcond is not None:
        out.append(f"INITCOND = {literal(a.initcond)}")
    if a.msfunc:
        out.append(f"MSFUNC = {a.msfunc}")
        out.append(f"MINVFUNC = {a.minvfunc}")
        out.append(f"MSTYPE = {a.mstype}")
        if a.msspace:
            out.append(f"MSSPACE = {a.msspace}")
        if a.mfinalfunc:
            out.append(f"MFINALFUNC = {a.mfinalfunc}")
            if a.mfinalfunc_extra:
                out.append("MFINALFUNC_EXTRA")
            out.append(f"MFINALFUNC_MODIFY = {_MODIFY[a.mfinalfunc_modify]}")
        if a.minitcond is not None:
            out.append(f"MINITCOND = {literal(a.minitcond)}")
    if a.sortop:
        out.append(f"SORTOP = {a.sortop}")
    out.append(f"PARALLEL = {_PARALLEL[a.parallel]}")
    if a.aggregate_kind == "h":
        out.append("HYPOTHETICAL")
    return out


def _create(a: Aggregate, head: str, action: Action) -> Statement:
    options = ",\n    ".join(_options(a))
    sql = f"{head} {qualified(a.schema, a.name)}({a.arguments or '*'}) (\n    {options}\n)"
    return Statement(sql, a.key, action)


def create(new: Aggregate, ctx: Context) -> list[Statement]:
    return [_create(new, "CREATE AGGREGATE", Action.CREATE)]


def drop(old: Aggregate, ctx: Context) -> list[Statement]:
    return [
        Statement(
            f"DROP AGGREGATE {qualified(old.schema, old.name)}({old.signature or '*'})",
            old.key,
            Action.DROP,
            frozenset({Hazard.DELETES_DATA}),
        )
    ]


def alter(old: Aggregate, new: Aggregate, ctx: Context) -> list[Statement] | None:
    if (old.aggregate_kind, old.result, old.arguments) != (
        new.aggregate_kind,
        new.result,
        new.arguments,
    ):
        return None
    return [_create(new, "CREATE OR REPLACE AGGREGATE", Action.ALTER)]
