"""Rows per table of a database at one moment (see ``rows``), and their form in a template's
record: the rows a state's template holds are the rows the next state's migration starts
from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Counts"]


@dataclass(frozen=True)
class Counts:
    """Rows per table oid, with names, and which tables reference which (foreign keys).
    A partitioned table's rows are its partitions'; any other table's, its own."""

    rows: dict[int, int]
    names: dict[int, str]
    partitions: frozenset[int]
    references: dict[int, set[int]]  # referenced oid -> the oids that reference it
    partitioned: frozenset[int] = field(default=frozenset())

    def with_rows(self) -> list[int]:
        """Oids of the tables (not partitioned ones) that hold at least one row."""
        return sorted(oid for oid, n in self.rows.items() if n and oid not in self.partitioned)

    def to_json(self) -> dict[str, Any]:
        return {
            "rows": {str(oid): n for oid, n in self.rows.items()},
            "names": {str(oid): name for oid, name in self.names.items()},
            "partitions": sorted(self.partitions),
            "partitioned": sorted(self.partitioned),
            "references": {str(oid): sorted(refs) for oid, refs in self.references.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Counts:
        """Raises KeyError, ValueError or TypeError on a record that is not one."""
        return cls(
            rows={int(oid): int(n) for oid, n in data["rows"].items()},
            names={int(oid): str(name) for oid, name in data["names"].items()},
            partitions=frozenset(int(oid) for oid in data["partitions"]),
            references={
                int(oid): {int(r) for r in refs} for oid, refs in data["references"].items()
            },
            partitioned=frozenset(int(oid) for oid in data["partitioned"]),
        )
