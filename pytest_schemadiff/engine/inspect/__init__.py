"""Catalog queries (``queries/*.sql``) into model objects.

One query per object kind, named ``queries/<name>.sql``; its output columns are named like
the fields of the dataclass it fills (``tests/engine/test_queries.py`` checks that). Every
query but ``schema.sql`` receives ``%(namespaces)s``, the oids of the selected schemas, so
schema filtering happens once. Version differences live in the SQL itself (CASE, or
``to_jsonb(row) ->> 'column'`` for a column some versions lack); a catalog a version lacks
altogether gets a file of its own for that version, ``<name>.pg<major>.sql``, with the same
columns. A query whose catalog only some sessions may read (pg_subscription's conninfo)
has a ``<name>.guard.sql`` returning one boolean: false skips the kind, and
``unmodelled.sql`` reports its objects as not compared.
"""

from __future__ import annotations

import contextlib
import dataclasses
import operator
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from functools import cache
from importlib import resources
from typing import Any, cast

import psycopg2

from ...errors import InspectError
from ..build import constructor
from ..model import (
    AccessMethod,
    Aggregate,
    Cast,
    Catalog,
    CatalogId,
    Collation,
    Column,
    CompositeType,
    Constraint,
    Conversion,
    DefaultPrivilege,
    Domain,
    Enum_,
    EventTrigger,
    Extension,
    ForeignDataWrapper,
    ForeignServer,
    ForeignTable,
    Function,
    Index,
    Key,
    Kind,
    Language,
    Operator,
    OperatorClass,
    OperatorFamily,
    Policy,
    Publication,
    PublicationSchema,
    PublicationTable,
    RangeType,
    Rule,
    Schema,
    Sequence,
    Statistics,
    Subscription,
    Table,
    TextSearchConfiguration,
    TextSearchDictionary,
    TextSearchParser,
    TextSearchTemplate,
    Transform,
    Trigger,
    UnmodelledObject,
    UserMapping,
    View,
)
from .attached import ATTACHED_FIELDS, attach
from .sql_body import add_body_dependencies

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
    # -- foreign data wrappers, servers, user mappings, foreign tables (fdw) --
    "foreign_data_wrapper": ForeignDataWrapper,
    "foreign_server": ForeignServer,
    "user_mapping": UserMapping,
    "foreign_table": ForeignTable,
    # (end of fdw)
    # -- publications, subscriptions, rules (repl) --
    "rule": Rule,
    "publication": Publication,
    "publication_table": PublicationTable,
    "publication_schema": PublicationSchema,
    "subscription": Subscription,
    # (end of repl)
    # -- operators, operator classes and families, access methods, casts (ops) --
    "access_method": AccessMethod,
    "operator": Operator,
    "operator_family": OperatorFamily,
    "operator_class": OperatorClass,
    "cast": Cast,
    # (end of ops)
    # -- text search, conversions, transforms, languages, security labels (ts) --
    "text_search_parser": TextSearchParser,
    "text_search_template": TextSearchTemplate,
    "text_search_dictionary": TextSearchDictionary,
    "text_search_configuration": TextSearchConfiguration,
    "conversion": Conversion,
    "language": Language,
    "transform": Transform,
    # (end of ts)
    # -- table storage, statistics, tablespaces (storage) --
    "statistics": Statistics,
    # (end of storage)
}

MODELLED_KIND_WORDS = frozenset(k.value for k in Kind)


@cache
def query_text(name: str) -> str:
    """The text of ``queries/<name>.sql``."""
    return resources.files(__package__).joinpath("queries", f"{name}.sql").read_text()


@cache
def _exists(name: str) -> bool:
    return resources.files(__package__).joinpath("queries", f"{name}.sql").is_file()


def _for_version(name: str, server_version: int) -> str:
    """``<name>.pg<major>`` when the server's major version has its own query file (a
    catalog a version lacks cannot be named in SQL that runs there, not even in a CASE
    branch), else ``name``."""
    variant = f"{name}.pg{server_version // 10000}"
    return variant if _exists(variant) else name


def _allowed(conn: Any, name: str) -> bool:
    """Whether ``queries/<name>.sql`` may run on ``conn``: its ``<name>.guard.sql``, if it
    has one, says so (a catalog column only a superuser reads: pg_subscription's
    subconninfo; a failed permission check would abort the whole inspection)."""
    if not _exists(f"{name}.guard"):
        return True
    with conn.cursor() as cur:
        try:
            cur.execute(query_text(f"{name}.guard"))
        except psycopg2.Error as exc:
            raise _failed(name, exc) from exc
        return bool(cur.fetchone()[0])


# Column names, the rows (plain tuples, read once) and the column type oids of a query.
Result = tuple[list[str], Iterable[tuple[Any, ...]], list[int]]

# Rows per round trip when a query is streamed: libpq never holds a whole large result
# (at 5000 tables the column query alone is ~30 MB in libpq, memory glibc keeps).
_CHUNK = 4000


def _query(conn: Any, name: str, params: Mapping[str, Any]) -> Result:
    """Run ``queries/<name>.sql``; its rows are read as they are iterated, so read them
    before the next query. Inside a transaction (any connection not in autocommit) they
    come through a server-side cursor, ``_CHUNK`` rows at a time."""
    streamed = not conn.autocommit
    cur = conn.cursor(
        f"schemadiff_{name}" if streamed else None, cursor_factory=psycopg2.extensions.cursor
    )
    try:
        cur.execute(query_text(_for_version(name, conn.server_version)), params)
        # A server-side cursor has no description before its first FETCH.
        first = cur.fetchmany(_CHUNK) if streamed else ()
    except psycopg2.Error as exc:
        cur.close()
        raise _failed(name, exc) from exc
    description = cur.description
    return (
        [d.name for d in description],
        _rows(cur, name, first),
        [d.type_code for d in description],
    )


def _rows(cur: Any, name: str, first: Iterable[tuple[Any, ...]]) -> Iterable[tuple[Any, ...]]:
    with cur:
        try:
            yield from first
            while chunk := cur.fetchmany(_CHUNK):
                yield from chunk
        except psycopg2.Error as exc:
            raise _failed(name, exc) from exc


def _failed(name: str, exc: psycopg2.Error) -> InspectError:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return InspectError(f"inspecting {name} objects: {message}")


def _run(conn: Any, name: str, params: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """The rows of ``queries/<name>.sql`` as dicts, one at a time."""
    names, rows, _ = _query(conn, name, params)
    return (dict(zip(names, row, strict=True)) for row in rows)


# Column types psycopg2 never returns as a list (arrays and json can be lists).
_SCALAR_TYPES = frozenset(
    {16, 18, 19, 20, 21, 23, 25, 26, 700, 701, 1042, 1043, 1700, 1082, 1114, 1184}
)
# Columns whose values repeat on many objects (column names, types, defaults, the oid of a
# table on each of its columns): each distinct value is kept once per inspection (memory).
_SHARED_VALUES = frozenset(
    {
        "schema",
        "table",
        "name",
        "data_type",
        "collation",
        "table_kind",
        "default",
        "definition",
        "constraint_type",
        "table_oid",
    }
)
_SHAREABLE_TYPES = frozenset({19, 25, 1043, 20, 23, 26})  # name, text, varchar, ints, oid


def _unread(f: dataclasses.Field[Any], ignored_fields: Collection[str]) -> Any:
    """What an attached field holds before attached.py fills it: its default, or None when
    the comparison ignores it (as the comparison blanks it)."""
    if f.name in ignored_fields or f.default is dataclasses.MISSING:
        return None
    return f.default


def _maker(
    cls: type,
    names: list[str],
    types: list[int],
    shared_values: dict[Any, Any],
    ignored_fields: Collection[str],
) -> Any:
    """A function building ``cls`` from one row straight from its tuple, or None when the
    query and the dataclass do not line up field for field (then ``_build`` says why).
    Values of ``_SHARED_VALUES`` columns are replaced by the equal one in ``shared_values``;
    ``ignored_fields`` are None, as the comparison blanks them."""
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
            constants.append(_unread(f, ignored_fields))
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
        if column < len(names)
        and names[column] in _SHARED_VALUES
        and types[column] in _SHAREABLE_TYPES
    ]
    if len(order) == 1:
        return None
    construct = constructor(cls)
    if not lists and not shared:
        return lambda row: construct(pick(row + extra))

    share = shared_values.setdefault

    def make(row: tuple[Any, ...]) -> Any:
        values = list(pick(row + extra))
        for i in lists:
            if isinstance(values[i], list):
                values[i] = tuple(values[i])
        for i in shared:
            value = values[i]
            values[i] = share(value, value)
        return construct(values)

    return make


def _build(cls: type, row: dict[str, Any], ignored_fields: Collection[str]) -> Any:
    # Arrays come back as lists; models hold tuples so they stay hashable.
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in row.items()}
    # Comments, privileges and owners come from attached.py, not from the kind's query.
    for f in dataclasses.fields(cls):
        if f.name in ATTACHED_FIELDS and f.name not in values:
            values[f.name] = _unread(f, ignored_fields)
    return cls(**values)


def inspect_catalog(
    conn: Any,
    *,
    schemas: Iterable[str] | None = None,
    exclude_schemas: Iterable[str] = (),
    ignored_fields: Collection[str] = (),
) -> Catalog:
    """Read every modelled object of the selected schemas from ``conn``.

    ``ignored_fields``: attached fields (``ATTACHED_FIELDS``) a comparison will blank
    anyway; they are left at their defaults."""
    params: dict[str, Any] = {
        "schemas": list(schemas) if schemas is not None else None,
        "exclude_schemas": list(exclude_schemas),
    }
    with _planned_for_all_rows(conn):
        names, rows, types = _query(conn, "schema", params)
        schema_result = names, list(rows), types
        oid_column = names.index("oid")
        params["namespaces"] = [row[oid_column] for row in schema_result[1]]
        objects: dict[Key, Any] = {}
        shared_values: dict[Any, Any] = {}
        by_catalog_id: dict[CatalogId, Key] = {}
        absent = _absent_kinds(conn, params)
        verify = _verify_presence()
        functions: list[Any] = []
        for name, cls in MODELS.items():
            if name in absent and not verify:
                continue
            if not _allowed(conn, name):
                continue
            names, rows, types = schema_result if name == "schema" else _query(conn, name, params)
            if name in absent:
                rows = _verified_empty(name, rows)
            make = _maker(cls, names, types, shared_values, ignored_fields)
            try:
                made = (
                    [make(row) for row in rows]
                    if make is not None
                    else [
                        _build(cls, dict(zip(names, row, strict=True)), ignored_fields)
                        for row in rows
                    ]
                )
                for obj in made:
                    key = obj.key
                    objects[key] = obj
                    by_catalog_id[obj.catalog_id] = key
            except TypeError as exc:
                raise InspectError(f"query {name}.sql does not match {cls.__name__}") from exc
            del rows
            if name == "function":
                functions = made
        del shared_values
        addresses, attached_unmodelled = attach(
            lambda name: _run(conn, name, params), objects, by_catalog_id, ignored_fields
        )
        dependencies = _dependencies(lambda name: _query(conn, name, params), by_catalog_id)
        # What LANGUAGE sql string bodies use: pg_depend does not record it.
        add_body_dependencies(objects, dependencies, functions)
        unmodelled_dependents = _unmodelled_dependents(
            _run(conn, "unmodelled_dependents", params), by_catalog_id
        )
        unmodelled = tuple(
            UnmodelledObject(**row)
            for row in _run(conn, "unmodelled", params)
            if row["kind"] not in MODELLED_KIND_WORDS
        ) + tuple(attached_unmodelled)
    return Catalog(
        objects=objects,
        dependencies=dependencies,
        unmodelled=unmodelled,
        server_version=conn.server_version,
        unread=frozenset(ignored_fields),
        addresses=addresses,
        tablespaces=frozenset(row["name"] for row in _run(conn, "tablespaces", params)),
        unmodelled_dependents=unmodelled_dependents,
    )


# Set by the test suite: run the queries presence.sql says cannot return rows anyway, and
# fail when one does (a probe that is not a superset of its query would hide objects).
def _verify_presence() -> bool:
    return os.environ.get("SCHEMADIFF_VERIFY_PRESENCE") == "1"


def _absent_kinds(conn: Any, params: Mapping[str, Any]) -> frozenset[str]:
    """The query names ``presence.sql`` rules out: no candidate object in their catalog."""
    names, rows, _ = _query(conn, "presence", params)
    (row,) = list(rows)
    return frozenset(name for name, present in zip(names, row, strict=True) if not present)


def _verified_empty(name: str, rows: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    found = list(rows)
    if found:
        raise InspectError(
            f"presence.sql says there are no {name} objects, yet {name}.sql found "
            f"{len(found)}: its test in presence.sql must cover what {name}.sql reads"
        )
    return found


def _unmodelled_dependents(
    rows: Iterable[dict[str, Any]], by_catalog_id: Mapping[CatalogId, Key]
) -> dict[Key, tuple[tuple[str, str], ...]]:
    """Modelled key -> the unmodelled objects (type, identity) depending on it."""
    found: dict[Key, list[tuple[str, str]]] = {}
    for row in rows:
        if (row["catalog"], row["oid"], 0) in by_catalog_id:
            continue  # a kind some model describes now: ordinary dependencies order it
        ref = by_catalog_id.get((row["ref_catalog"], row["ref_oid"], row["ref_sub"]))
        if ref is None:
            ref = by_catalog_id.get((row["ref_catalog"], row["ref_oid"], 0))
        if ref is None:
            continue
        entry = (row["type"], row["identity"])
        if entry not in found.setdefault(ref, []):
            found[ref].append(entry)
    return {key: tuple(entries) for key, entries in found.items()}


@contextlib.contextmanager
def _planned_for_all_rows(conn: Any) -> Iterator[None]:
    """Plan the streamed queries for reading every row, as plain queries are: a cursor's
    plan aims at its first 10% (cursor_tuple_fraction) and picks nested loops that are
    slow over the whole result. Set for our transaction only and put back afterwards."""
    if conn.autocommit:
        yield
        return
    with conn.cursor() as cur:
        cur.execute(
            "SELECT current_setting('cursor_tuple_fraction'),"
            " set_config('cursor_tuple_fraction', '1', true)"
        )
        before = cur.fetchone()[0]
    try:
        yield
    finally:
        if conn.info.transaction_status == psycopg2.extensions.TRANSACTION_STATUS_INTRANS:
            with conn.cursor() as cur:
                cur.execute("SELECT set_config('cursor_tuple_fraction', %s, true)", (before,))


_UNKNOWN: Any = object()


def _dependencies(
    query: Callable[[str], Result], by_catalog_id: Mapping[CatalogId, Key]
) -> dict[Key, tuple[Key, ...]]:
    """pg_depend rows mapped onto keys; a column we do not model falls back to its table."""
    names, rows, _ = query("catalog_names")
    catalog_names = {oid: name for oid, name in rows}
    names, rows, _ = query("dependency_ids")
    id_column = names.index("id")
    found_of = operator.itemgetter(*(names.index(n) for n in ("catalog", "oid", "sub")))

    def model_of(found: CatalogId) -> Key | None:
        """The key of a catalog identity; a column we do not model falls back to its table
        (None: not a modelled object)."""
        key = by_catalog_id.get(found)
        if key is None and found[2]:
            key = by_catalog_id.get((found[0], found[1], 0))
        return key

    # The identities that stand for another object (a view's rule, a column's default...),
    # by their packed id with objsubid 0; every other identity stands for itself.
    stand_ins = {row[id_column]: model_of(found_of(row)) for row in rows}
    del rows

    def key_of(packed: int) -> Key | None:
        """The key of a packed pg_depend identity (None: not a modelled object)."""
        key = stand_ins.get(packed & ~0xFFFF, _UNKNOWN)
        if key is not _UNKNOWN:
            return cast("Key | None", key)
        catalog = catalog_names.get(packed >> 48)
        if catalog is None:
            return None
        return model_of((catalog, (packed >> 16) & 0xFFFFFFFF, packed & 0xFFFF))

    names, rows, _ = query("dependencies")
    id_column, ref_column, auto_column = (names.index(n) for n in ("id", "ref_id", "auto"))
    # Lists turned into tuples at the end, not sets: most objects use one or two others,
    # and a set costs four times more.
    result: dict[Key, Any] = {}
    for row in rows:
        dependent = key_of(row[id_column])
        if dependent is None:
            continue
        referenced = key_of(row[ref_column])
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
        if dependent.kind is Kind.SEQUENCE and referenced.kind is Kind.COLUMN and row[auto_column]:
            # OWNED BY: the column's default uses the sequence, not the other way round;
            # sqlgen emits OWNED BY as its own statement that requires the column.
            continue
        refs = result.get(dependent)
        if refs is None:
            result[dependent] = [referenced]
        elif referenced not in refs:
            refs.append(referenced)
    stand_ins.clear()  # memory: the lookups are done
    for dependent, refs in result.items():  # in place: no second dict at the peak
        result[dependent] = tuple(refs)
    return result


def model_fields(cls: type) -> list[str]:
    """Field names of a model dataclass, in order (for the query/column check)."""
    return [f.name for f in dataclasses.fields(cls) if f.name not in ATTACHED_FIELDS]
