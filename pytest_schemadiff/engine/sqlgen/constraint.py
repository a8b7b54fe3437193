"""Constraints: ADD / DROP CONSTRAINT from pg_get_constraintdef, VALIDATE CONSTRAINT when
only validation changes; any other change drops and re-adds the constraint."""

from __future__ import annotations

import dataclasses

from ..hazards import ACCESS_EXCLUSIVE, Lock, referenced_table
from ..model import Constraint
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import ident, qualified
from .storage import index_marks

_NOT_VALID = " NOT VALID"


def create(new: Constraint, ctx: Context) -> list[Statement]:
    hazards = {Hazard.ACCESS_EXCLUSIVE_LOCK}
    if new.validated:
        hazards.add(Hazard.SCANS_TABLE)
    if new.constraint_type in ("p", "u", "x"):
        hazards.add(Hazard.BUILDS_INDEX)
    out = [
        Statement(
            f"ALTER TABLE {qualified(new.schema, new.table)} "
            f"ADD CONSTRAINT {ident(new.name)} {new.definition}",
            new.key,
            Action.CREATE,
            frozenset(hazards),
        )
    ]
    if new.index_options:
        # The constraint's index carries the constraint's name.
        out.append(
            Statement(
                f"ALTER INDEX {qualified(new.schema, new.name)} "
                f"SET ({', '.join(new.index_options)})",
                new.key,
                Action.CREATE,
            )
        )
    out += index_marks(None, new, new.key, Action.CREATE, ctx)
    return out


def drop(old: Constraint, ctx: Context) -> list[Statement]:
    # A foreign key's drop also drops its triggers on the referenced table, which it
    # locks in AccessExclusiveLock mode (measured).
    referenced = referenced_table(old.definition) if old.constraint_type == "f" else None
    return [
        Statement(
            f"ALTER TABLE {qualified(old.schema, old.table)} DROP CONSTRAINT {ident(old.name)}",
            old.key,
            Action.DROP,
            frozenset({Hazard.ACCESS_EXCLUSIVE_LOCK}),
            implied_locks=(Lock(referenced, ACCESS_EXCLUSIVE),) if referenced else (),
        )
    ]


def alter(old: Constraint, new: Constraint, ctx: Context) -> list[Statement] | None:
    # Its index's CLUSTER ON, REPLICA IDENTITY and tablespace change in place, after the
    # rest (which keeps the index).
    marks = index_marks(old, new, new.key, Action.ALTER, ctx)
    same_marks = dataclasses.replace(
        old,
        clustered=new.clustered,
        replica_identity=new.replica_identity,
        tablespace=new.tablespace,
    )
    if same_marks == new:
        return marks
    rest = _alter_definition(old, new)
    return None if rest is None else rest + marks


def _alter_definition(old: Constraint, new: Constraint) -> list[Statement] | None:
    if old.index_options != new.index_options and (old.definition, old.validated) == (
        new.definition,
        new.validated,
    ):
        name = qualified(new.schema, new.name)
        removed = [
            o.split("=", 1)[0]
            for o in old.index_options
            if o.split("=", 1)[0] not in {n.split("=", 1)[0] for n in new.index_options}
        ]
        out = []
        if removed:
            out.append(
                Statement(f"ALTER INDEX {name} RESET ({', '.join(removed)})", new.key, Action.ALTER)
            )
        if new.index_options:
            out.append(
                Statement(
                    f"ALTER INDEX {name} SET ({', '.join(new.index_options)})",
                    new.key,
                    Action.ALTER,
                )
            )
        return out
    if old.index_options != new.index_options:
        return None
    if (
        not old.validated
        and new.validated
        and old.definition.endswith(_NOT_VALID)
        and old.definition[: -len(_NOT_VALID)] == new.definition
    ):
        return [
            Statement(
                f"ALTER TABLE {qualified(new.schema, new.table)} "
                f"VALIDATE CONSTRAINT {ident(new.name)}",
                new.key,
                Action.ALTER,
                frozenset({Hazard.SCANS_TABLE}),
            )
        ]
    return None
