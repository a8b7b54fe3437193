"""What a generator may read besides the object itself: both catalogs and the options."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..model import Catalog, DefaultPrivilege, Key, Kind, Sequence, Table

__all__ = ["Context"]


@dataclass(frozen=True)
class Context:
    a: Catalog
    b: Catalog
    ignore_extension_versions: bool = False
    # Write secret option values into SQL (else a placeholder: engine/secrets.py).
    show_secrets: bool = False
    # The secrets SQL holds placeholders for ("user mapping ... option password"), for
    # the diff's warnings; generators append to it.
    withheld: list[str] = field(default_factory=list, compare=False)

    @cached_property
    def creation_defaults(self) -> dict[tuple[str, str], DefaultPrivilege]:
        """(schema or "", object type) -> the default privileges entry that applies to what
        the plan creates: A's entries of the role running it (the one that inspected A)
        that B keeps (see ``initial_privileges``). Worked out once per plan."""
        return {
            (d.schema, d.object_type): d
            for key, d in self.a.objects.items()
            if key.kind is Kind.DEFAULT_PRIVILEGE and d.for_current_user and key in self.b.objects
        }

    @cached_property
    def _owned_sequences(self) -> dict[Key, list[Key]]:
        found: dict[Key, list[Key]] = {}
        for key, obj in self.a.objects.items():
            if isinstance(obj, Sequence) and obj.owner_column is not None:
                table = obj.owner_column.parent()
                if table is not None:
                    found.setdefault(table, []).append(key)
        return found

    def sequences_owned_by(self, table: Key) -> list[Key]:
        """A's sequences OWNED BY a column of ``table`` (a table key)."""
        return self._owned_sequences.get(Key(Kind.TABLE, table.schema, table.name), [])

    @cached_property
    def _children(self) -> dict[str, list[Table]]:
        found: dict[str, list[Table]] = {}
        for obj in self.a.objects.values():
            if isinstance(obj, Table):
                for parent in obj.inherits:
                    found.setdefault(parent, []).append(obj)
        return found

    def inheritance_children(self, parent: str) -> list[Table]:
        """A's tables that inherit from ``parent`` (qualified as ``Table.inherits`` is)."""
        return self._children.get(parent, [])
