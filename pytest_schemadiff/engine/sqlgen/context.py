"""What a generator may read besides the object itself: both catalogs and the options."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..model import Catalog, DefaultPrivilege, Key, Kind, Sequence, Table

__all__ = ["Context", "Secret"]


@dataclass(frozen=True)
class Secret:
    """A secret in generated SQL: the text that runs (its real value, quoted), the text
    people read instead (a placeholder) and its name for the warning ("server s option
    api_key"), see ``engine/secrets.py``."""

    value: str
    shown: str
    name: str


@dataclass(frozen=True)
class Context:
    a: Catalog
    b: Catalog
    ignore_extension_versions: bool = False
    # The secrets the generated SQL holds, by the token that stands for each in it: a plan
    # is made once, and both its runnable and its shown text are resolved from it.
    secrets: dict[str, Secret] = field(default_factory=dict, compare=False)

    def secret(self, value: str, shown: str, name: str) -> str:
        """The token to write into SQL for a secret (see ``Secret``): the same one for the
        same secret, so statements that hold it compare equal. NUL cannot occur in
        catalog text, so a token is never mistaken for anything else."""
        secret = Secret(value, shown, name)
        for token, known in self.secrets.items():
            if known == secret:
                return token
        token = f"\0secret{len(self.secrets)}\0"
        self.secrets[token] = secret
        return token

    @cached_property
    def creation_defaults(self) -> dict[tuple[str, str], DefaultPrivilege]:
        """(schema or "", object type) -> the default privileges entry that applies to what
        the plan creates: A's entries of the role running it (the one that inspected A)
        that B keeps (see ``initial_privileges``). Worked out once per plan."""
        return {
            (d.schema, d.object_type): d
            for d in self.a.of_kind(Kind.DEFAULT_PRIVILEGE)
            if d.for_current_user and d.key in self.b.objects
        }

    @cached_property
    def _owned_sequences(self) -> dict[Key, list[Key]]:
        found: dict[Key, list[Key]] = {}
        for obj in self.a.of_kind(Kind.SEQUENCE):
            if isinstance(obj, Sequence) and obj.owner_column is not None:
                table = obj.owner_column.parent()
                if table is not None:
                    found.setdefault(table, []).append(obj.key)
        return found

    def sequences_owned_by(self, table: Key) -> list[Key]:
        """A's sequences OWNED BY a column of ``table`` (a table key)."""
        return self._owned_sequences.get(Key(Kind.TABLE, table.schema, table.name), [])

    @cached_property
    def _children(self) -> dict[str, list[Table]]:
        found: dict[str, list[Table]] = {}
        for obj in self.a.of_kind(Kind.TABLE):
            if isinstance(obj, Table):
                for parent in obj.inherits:
                    found.setdefault(parent, []).append(obj)
        return found

    def inheritance_children(self, parent: str) -> list[Table]:
        """A's tables that inherit from ``parent`` (qualified as ``Table.inherits`` is)."""
        return self._children.get(parent, [])
