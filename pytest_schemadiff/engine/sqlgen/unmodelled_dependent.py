"""Objects of kinds no model describes that stand in the way of a drop.

PostgreSQL refuses to drop a function an operator is defined over, a table a rule uses,
and so on, unless CASCADE removes whatever depends on it, which the plan never guesses.
The catalog names such dependents (``Catalog.unmodelled_dependents``, by the type and
identity ``pg_identify_object`` gives). One that B no longer has is dropped by that
address just before what it uses; one that B keeps cannot be re-created by the engine,
so the plan says so instead of failing with PostgreSQL's message only.
"""

from __future__ import annotations

from ..model import Catalog, Key
from ..plan import Action, Hazard, Statement

__all__ = ["release"]

# pg_identify_object's type -> the words DROP takes, where they differ from the type.
_DROP_WORDS = {
    "statistics object": "STATISTICS",
    "foreign-data wrapper": "FOREIGN DATA WRAPPER",
}
# Types whose identity is not what DROP takes.
_NOT_DROPPABLE = frozenset({"transform"})


def release(key: Key, a: Catalog, b: Catalog) -> tuple[list[Statement], list[str]]:
    """DROP statements for the unmodelled dependents of ``key`` (dropped by the plan) that
    B does not have, and a warning for each that B keeps or that has no DROP address."""
    found = a.unmodelled_dependents.get(key, ())
    if not found:
        return [], []
    in_b = {entry for entries in b.unmodelled_dependents.values() for entry in entries}
    statements: list[Statement] = []
    warnings: list[str] = []
    for kind, identity in found:
        if (kind, identity) in in_b or kind in _NOT_DROPPABLE:
            warnings.append(
                f"{key} is dropped, but {kind} {identity} (not compared) depends on it: "
                "drop and re-create it around the migration"
            )
            continue
        word = _DROP_WORDS.get(kind, kind.upper())
        # IF EXISTS: it may depend on several objects the plan drops, each releasing it.
        statements.append(
            Statement(
                f"DROP {word} IF EXISTS {identity}",
                key,
                Action.DROP,
                frozenset({Hazard.DELETES_DATA}),
            )
        )
    return statements, warnings
