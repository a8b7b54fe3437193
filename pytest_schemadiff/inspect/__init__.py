"""Catalog queries (``queries/*.sql``) into model objects.

One query per object kind, named ``queries/<name>.sql``; its output columns are named like
the fields of the dataclass it fills (``tests/engine/test_queries.py`` checks that). Every
query but ``schema.sql`` receives ``%(namespaces)s``, the oids of the selected schemas, so
schema filtering happens once. Version differences live in the SQL itself.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

import psycopg2
import psycopg2.extras

from ..errors import InspectError
from ..model import (
    Aggregate,
    Catalog,
    CatalogId,
    Collation,
    Column,
    CompositeType,
    Constraint,
    Domain,
    Enum_,
    EventTrigger,
    Extension,
    Function,
    Index,
    Key,
    Kind,
    RangeType,
    Schema,
    Sequence,
    Table,
    Trigger,
    UnmodelledObject,
    View,
)

__all__ = ["MODELS", "inspect_catalog", "query_text"]

# Query file name -> the dataclass its rows fill. A new kind adds one entry here.
MODELS: dict[str, type] = {
    "schema": Schema,
    "extension": Extension,
    "sequence": Sequence,
    "table": Table,
    "column": Column,
    "constraint": Constraint,
    "index": Index,
    "view": View,
    "collation": Collation,
    "enum": Enum_,
    "domain": Domain,
    "composite_type": CompositeType,
    "range_type": RangeType,
    "function": Function,
    "aggregate": Aggregate,
    "trigger": Trigger,
    "event_trigger": EventTrigger,
}

MODELLED_KIND_WORDS = frozenset(k.value for k in Kind)


@cache
def query_text(name: str) -> str:
    """The text of ``queries/<name>.sql``."""
    return resources.files(__package__).joinpath("queries", f"{name}.sql").read_text()


def _run(cur: Any, name: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
    try:
        cur.execute(query_text(name), params)
    except psycopg2.Error as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InspectError(f"inspecting {name} objects: {message}") from exc
    return [dict(row) for row in cur.fetchall()]


def _build(cls: type, row: dict[str, Any]) -> Any:
    # Arrays come back as lists; models hold tuples so they stay hashable.
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in row.items()}
    return cls(**values)


def inspect_catalog(
    conn: Any,
    *,
    schemas: Iterable[str] | None = None,
    exclude_schemas: Iterable[str] = (),
) -> Catalog:
    """Read every modelled object of the selected schemas from ``conn``."""
    params: dict[str, Any] = {
        "schemas": list(schemas) if schemas is not None else None,
        "exclude_schemas": list(exclude_schemas),
    }
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        schema_rows = _run(cur, "schema", params)
        params["namespaces"] = [row["oid"] for row in schema_rows]
        objects: dict[Key, Any] = {}
        by_catalog_id: dict[CatalogId, Key] = {}
        for name, cls in MODELS.items():
            rows = schema_rows if name == "schema" else _run(cur, name, params)
            for row in rows:
                try:
                    obj = _build(cls, row)
                except TypeError as exc:
                    raise InspectError(f"query {name}.sql does not match {cls.__name__}") from exc
                objects[obj.key] = obj
                by_catalog_id[obj.catalog_id] = obj.key
        dependencies = _dependencies(
            _run(cur, "dependencies", params), _run(cur, "dependency_ids", params), by_catalog_id
        )
        unmodelled = tuple(
            UnmodelledObject(**row)
            for row in _run(cur, "unmodelled", params)
            if row["kind"] not in MODELLED_KIND_WORDS
        )
    return Catalog(
        objects=objects,
        dependencies=dependencies,
        unmodelled=unmodelled,
        server_version=conn.server_version,
    )


def _dependencies(
    edges: list[dict[str, Any]],
    ids: list[dict[str, Any]],
    by_catalog_id: Mapping[CatalogId, Key],
) -> dict[Key, frozenset[Key]]:
    """pg_depend rows mapped onto keys; a column we do not model falls back to its table."""
    normalized = {
        (row["classid"], row["objid"], row["objsubid"]): (row["catalog"], row["oid"], row["sub"])
        for row in ids
    }

    def key_of(raw: tuple[int, int, int]) -> Key | None:
        found = normalized.get(raw)
        if found is None:
            return None
        catalog, oid, sub = found
        key = by_catalog_id.get((catalog, oid, sub))
        if key is None and sub:
            key = by_catalog_id.get((catalog, oid, 0))
        return key

    result: dict[Key, set[Key]] = {}
    for row in edges:
        dependent = key_of((row["classid"], row["objid"], row["objsubid"]))
        referenced = key_of((row["refclassid"], row["refobjid"], row["refobjsubid"]))
        if dependent is None or referenced is None or dependent == referenced:
            continue
        if referenced == dependent.parent() or dependent == referenced.parent():
            # A member's link to its own table is structure, not a use.
            continue
        if (
            dependent.kind is Kind.SEQUENCE
            and referenced.kind is Kind.COLUMN
            and row["deptype"] == "a"
        ):
            # OWNED BY: the column's default uses the sequence, not the other way round;
            # sqlgen emits OWNED BY as its own statement that requires the column.
            continue
        result.setdefault(dependent, set()).add(referenced)
    return {k: frozenset(v) for k, v in result.items()}


def model_fields(cls: type) -> list[str]:
    """Field names of a model dataclass, in order (for the query/column check)."""
    return [f.name for f in dataclasses.fields(cls)]
