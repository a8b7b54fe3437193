"""Constraints: ADD / DROP CONSTRAINT from pg_get_constraintdef, VALIDATE CONSTRAINT when
only validation changes; any other change drops and re-adds the constraint."""

from __future__ import annotations

from ..model import Constraint
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import ident, qualified

_NOT_VALID = " NOT VALID"


def create(new: Constraint, ctx: Context) -> list[Statement]:
    hazards = {Hazard.ACCESS_EXCLUSIVE_LOCK}
    if new.validated:
        hazards.add(Hazard.SCANS_TABLE)
    if new.constraint_type in ("p", "u", "x"):
        hazards.add(Hazard.BUILDS_INDEX)
    return [
        Statement(
            f"ALTER TABLE {qualified(new.schema, new.table)} "
            f"ADD CONSTRAINT {ident(new.name)} {new.definition}",
            new.key,
            Action.CREATE,
            frozenset(hazards),
        )
    ]


def drop(old: Constraint, ctx: Context) -> list[Statement]:
    return [
        Statement(
            f"ALTER TABLE {qualified(old.schema, old.table)} DROP CONSTRAINT {ident(old.name)}",
            old.key,
            Action.DROP,
            frozenset({Hazard.ACCESS_EXCLUSIVE_LOCK}),
        )
    ]


def alter(old: Constraint, new: Constraint, ctx: Context) -> list[Statement] | None:
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
