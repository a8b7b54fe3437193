"""Catalog queries (``queries/*.sql``) into model objects.

One query per object kind, named ``queries/<name>.sql``; its output columns are named like
the fields of the dataclass it fills (``tests/engine/test_queries.py`` checks that). Every
query but ``schema.sql`` receives ``%(namespaces)s``, the oids of the selected schemas, so
schema filtering happens once. Version differences live in the SQL itself.
"""

from __future__ import annotations

import dataclasses
import operator
import sys
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

import psycopg2

from ..errors import InspectError
from ..model import (
    Aggregate,
    Catalog,
    CatalogId,
    Collation,
    Column,
    CompositeType,
    Constraint,
    DefaultPrivilege,
    Domain,
    Enum_,
    EventTrigger,
    Extension,
    Function,
    Index,
    Key,
    Kind,
    Policy,
    RangeType,
    Schema,
    Sequence,
    Table,
    Trigger,
    UnmodelledObject,
    View,
)
from .attached import ATTACHED_FIELDS, attach

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
    "policy": Policy,
    "default_privilege": DefaultPrivilege,
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


# Column names, the rows (plain tuples, read once) and the column type oids of a query.
Result = tuple[list[str], Iterable[tuple[Any, ...]], list[int]]


def _query(cur: Any, name: str, params: Mapping[str, Any]) -> Result:
    """Run ``queries/<name>.sql``. Its rows are read from ``cur`` one by one (no list of
    them all), so read them before the next query."""
    try:
        cur.execute(query_text(name), params)
    except psycopg2.Error as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InspectError(f"inspecting {name} objects: {message}") from exc
    return [d.name for d in cur.description], cur, [d.type_code for d in cur.description]


def _run(cur: Any, name: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
    names, rows, _ = _query(cur, name, params)
    return [dict(zip(names, row, strict=True)) for row in rows]


# Column types psycopg2 never returns as a list (arrays and json can be lists).
_SCALAR_TYPES = frozenset(
    {16, 18, 19, 20, 21, 23, 25, 26, 700, 701, 1042, 1043, 1700, 1082, 1114, 1184}
)
# Columns whose few distinct values repeat on many objects: one string each (memory).
_SHARED_VALUES = frozenset({"schema", "table", "data_type", "collation", "table_kind"})
_TEXT = frozenset({19, 25, 1043})  # name, text, varchar


def _maker(cls: type, names: list[str], types: list[int]) -> Any:
    """A function building ``cls`` from one row straight from its tuple, or None when the
    query and the dataclass do not line up field for field (then ``_build`` says why)."""
    fields = dataclasses.fields(cls)
    if any(not f.init for f in fields) or set(names) - {f.name for f in fields}:
        return None
    position = {n: i for i, n in enumerate(names)}
    # Fields the query does not fill get their attached defaults, appended to the row.
    constants: list[Any] = []
    order: list[int] = []
    for f in fields:
        if f.name in position:
            order.append(position[f.name])
        elif f.name in ATTACHED_FIELDS:
            order.append(len(names) + len(constants))
            constants.append(f.default if f.default is not dataclasses.MISSING else None)
        else:
            return None
    extra = tuple(constants)
    pick = operator.itemgetter(*order)
    # Arrays come back as lists; models hold tuples so they stay hashable.
    lists = [
        i
        for i, column in enumerate(order)
        if column < len(names) and types[column] not in _SCALAR_TYPES
    ]
    shared = [
        i
        for i, column in enumerate(order)
        if column < len(names) and names[column] in _SHARED_VALUES and types[column] in _TEXT
    ]
    if len(order) == 1:
        return None
    if not lists and not shared:
        return lambda row: cls(*pick(row + extra))

    def make(row: tuple[Any, ...]) -> Any:
        values = list(pick(row + extra))
        for i in lists:
            if isinstance(values[i], list):
                values[i] = tuple(values[i])
        for i in shared:
            if values[i] is not None:
                values[i] = sys.intern(values[i])
        return cls(*values)

    return make


def _build(cls: type, row: dict[str, Any]) -> Any:
    # Arrays come back as lists; models hold tuples so they stay hashable.
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in row.items()}
    # Comments, privileges and owners come from attached.py, not from the kind's query.
    for f in dataclasses.fields(cls):
        if f.name in ATTACHED_FIELDS and f.name not in values:
            values[f.name] = f.default if f.default is not dataclasses.MISSING else None
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
    # Plain tuple rows (whatever cursor the connection defaults to): dict rows cost more
    # than the queries themselves (see bench/README.md).
    with conn.cursor(cursor_factory=psycopg2.extensions.cursor) as cur:
        names, rows, types = _query(cur, "schema", params)
        schema_result = names, list(rows), types
        oid_column = names.index("oid")
        params["namespaces"] = [row[oid_column] for row in schema_result[1]]
        objects: dict[Key, Any] = {}
        by_catalog_id: dict[CatalogId, Key] = {}
        for name, cls in MODELS.items():
            names, rows, types = schema_result if name == "schema" else _query(cur, name, params)
            make = _maker(cls, names, types)
            try:
                for row in rows:
                    obj = (
                        make(row)
                        if make is not None
                        else _build(cls, dict(zip(names, row, strict=True)))
                    )
                    key = obj.key
                    objects[key] = obj
                    by_catalog_id[obj.catalog_id] = key
            except TypeError as exc:
                raise InspectError(f"query {name}.sql does not match {cls.__name__}") from exc
            del rows
        addresses, attached_unmodelled = attach(
            lambda name: _run(cur, name, params), objects, by_catalog_id
        )
        dependencies = _dependencies(lambda name: _query(cur, name, params), by_catalog_id)
        unmodelled = tuple(
            UnmodelledObject(**row)
            for row in _run(cur, "unmodelled", params)
            if row["kind"] not in MODELLED_KIND_WORDS
        ) + tuple(attached_unmodelled)
    return Catalog(
        objects=objects,
        dependencies=dependencies,
        unmodelled=unmodelled,
        server_version=conn.server_version,
        addresses=addresses,
    )


def _dependencies(
    query: Callable[[str], Result], by_catalog_id: Mapping[CatalogId, Key]
) -> dict[Key, frozenset[Key]]:
    """pg_depend rows mapped onto keys; a column we do not model falls back to its table."""
    names, rows, _ = query("dependency_ids")
    raw_of = operator.itemgetter(*(names.index(n) for n in ("classid", "objid", "objsubid")))
    found_of = operator.itemgetter(*(names.index(n) for n in ("catalog", "oid", "sub")))
    # Each pg_depend identity straight to its key (None: not a modelled object).
    keys: dict[tuple[int, int, int], Key | None] = {}
    for row in rows:
        catalog, oid, sub = found = found_of(row)
        key = by_catalog_id.get(found)
        if key is None and sub:
            key = by_catalog_id.get((catalog, oid, 0))
        keys[raw_of(row)] = key
    del rows

    names, rows, _ = query("dependencies")
    dependent_of = operator.itemgetter(*(names.index(n) for n in ("classid", "objid", "objsubid")))
    referenced_of = operator.itemgetter(
        *(names.index(n) for n in ("refclassid", "refobjid", "refobjsubid"))
    )
    deptype = names.index("deptype")
    result: dict[Key, set[Key]] = {}
    for row in rows:
        dependent = keys.get(dependent_of(row))
        if dependent is None:
            continue
        referenced = keys.get(referenced_of(row))
        if referenced is None or dependent == referenced:
            continue
        if (
            # A member's link to its own table is structure, not a use. (Compared field
            # by field first: most links are between members of one table.)
            bool(dependent.member) != bool(referenced.member)
            and dependent.name == referenced.name
            and dependent.schema == referenced.schema
            and (referenced == dependent.parent() or dependent == referenced.parent())
        ):
            continue
        if (
            dependent.kind is Kind.SEQUENCE
            and referenced.kind is Kind.COLUMN
            and row[deptype] == "a"
        ):
            # OWNED BY: the column's default uses the sequence, not the other way round;
            # sqlgen emits OWNED BY as its own statement that requires the column.
            continue
        refs = result.get(dependent)
        if refs is None:
            result[dependent] = refs = set()
        refs.add(referenced)
    return {k: frozenset(v) for k, v in result.items()}


def model_fields(cls: type) -> list[str]:
    """Field names of a model dataclass, in order (for the query/column check)."""
    return [f.name for f in dataclasses.fields(cls) if f.name not in ATTACHED_FIELDS]
