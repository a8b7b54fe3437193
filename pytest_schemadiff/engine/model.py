"""Plain values for every schema object kind we compare, and the one place keys are built.

Models are frozen dataclasses with generated equality: every field takes part in comparison
except volatile catalog identifiers (oids), declared ``field(compare=False)``. Models never
render SQL (that is ``sqlgen``'s job); they only know their key, their parent's key and where
they live in the catalog (``catalog_id``) so catalog dependencies can be mapped onto keys.
"""

from __future__ import annotations

import dataclasses
import operator
from collections import abc
from dataclasses import dataclass, field
from enum import Enum
from functools import cache, cached_property
from typing import Any, NamedTuple, Protocol

__all__ = [
    "ATTACHED_FIELDS",
    "AccessMethod",
    "Address",
    "Aggregate",
    "Cast",
    "Catalog",
    "CatalogId",
    "Collation",
    "Column",
    "CompositeType",
    "Constraint",
    "Conversion",
    "DefaultPrivilege",
    "Domain",
    "Enum_",
    "EventTrigger",
    "Extension",
    "ForeignColumn",
    "ForeignDataWrapper",
    "ForeignServer",
    "ForeignTable",
    "Function",
    "Grant",
    "Index",
    "Key",
    "Kind",
    "Language",
    "Model",
    "Operator",
    "OperatorClass",
    "OperatorFamily",
    "Policy",
    "Publication",
    "PublicationSchema",
    "PublicationTable",
    "RangeType",
    "Rule",
    "Schema",
    "Sequence",
    "Statistics",
    "Subscription",
    "Table",
    "TextSearchConfiguration",
    "TextSearchDictionary",
    "TextSearchParser",
    "TextSearchTemplate",
    "TopLevel",
    "Transform",
    "Trigger",
    "UnmodelledObject",
    "UserMapping",
    "View",
    "attached_fields",
    "grants",
    "operator_key",
    "user_mapping_name",
]

# (catalog table, oid, sub-object id): how pg_depend names an object.
CatalogId = tuple[str, int, int]


class Kind(str, Enum):
    """Object kinds the engine models. The value is the word used in messages and keys."""

    SCHEMA = "schema"
    EXTENSION = "extension"
    SEQUENCE = "sequence"
    TABLE = "table"
    COLUMN = "column"
    CONSTRAINT = "constraint"
    INDEX = "index"
    VIEW = "view"
    MATERIALIZED_VIEW = "materialized view"
    POLICY = "policy"
    DEFAULT_PRIVILEGE = "default privilege"
    ENUM = "enum"
    DOMAIN = "domain"
    COMPOSITE_TYPE = "composite type"
    RANGE_TYPE = "range type"
    COLLATION = "collation"
    FUNCTION = "function"
    PROCEDURE = "procedure"
    AGGREGATE = "aggregate"
    TRIGGER = "trigger"
    EVENT_TRIGGER = "event trigger"

    # -- foreign data wrappers, servers, user mappings, foreign tables (fdw) --
    FOREIGN_DATA_WRAPPER = "foreign data wrapper"
    FOREIGN_SERVER = "foreign server"
    USER_MAPPING = "user mapping"
    FOREIGN_TABLE = "foreign table"
    # (end of fdw)

    # -- publications, subscriptions, rules (repl) --
    PUBLICATION = "publication"
    PUBLICATION_TABLE = "publication table"
    PUBLICATION_SCHEMA = "publication schema"
    SUBSCRIPTION = "subscription"
    RULE = "rule"
    # (end of repl)

    # -- operators, operator classes and families, access methods, casts (ops) --
    OPERATOR = "operator"
    OPERATOR_FAMILY = "operator family"
    OPERATOR_CLASS = "operator class"
    ACCESS_METHOD = "access method"
    CAST = "cast"
    # (end of ops)

    # -- text search, conversions, transforms, languages, security labels (ts) --
    TEXT_SEARCH_CONFIGURATION = "text search configuration"
    TEXT_SEARCH_DICTIONARY = "text search dictionary"
    TEXT_SEARCH_PARSER = "text search parser"
    TEXT_SEARCH_TEMPLATE = "text search template"
    CONVERSION = "conversion"
    TRANSFORM = "transform"
    LANGUAGE = "language"
    # (end of ts)

    # -- table storage, statistics, tablespaces (storage) --
    STATISTICS = "statistics"
    # (end of storage)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Key(NamedTuple):
    """The stable identity of one schema object.

    ``schema`` and ``name`` name the object (``schema`` is empty for schemas and extensions);
    ``member`` names a part of a table (column, constraint); ``signature`` is the argument
    type list of a function-like object. Keys sort deterministically.

    A named tuple, not a dataclass: keys are built, hashed and compared hundreds of
    thousands of times per diff, and a tuple does all three in C.
    """

    kind: Kind
    schema: str
    name: str
    member: str = ""
    signature: str = ""

    def parent(self) -> Key | None:
        """The table a member (column, constraint) belongs to."""
        if self.member:
            return Key(Kind.TABLE, self.schema, self.name)
        return None

    def qualified(self) -> str:
        parts = [p for p in (self.schema, self.name, self.member) if p]
        text = ".".join(_quote(p) for p in parts)
        if self.signature or self.kind in (Kind.FUNCTION, Kind.PROCEDURE, Kind.AGGREGATE):
            text += f"({self.signature})"  # f() is told apart from its overloads
        return text

    def __str__(self) -> str:
        return f"{self.kind.value} {self.qualified()}"

    def as_dict(self) -> dict[str, str]:
        return {
            "kind": self.kind.value,
            "schema": self.schema,
            "name": self.name,
            "member": self.member,
            "signature": self.signature,
        }


# Fields any kind may declare that one generic mechanism fills (inspect.attached), compares
# under the ignore_* options (the engine blanks them) and turns into SQL (sqlgen.attached).
# ``security_labels``: (provider, label) pairs sorted, on the kinds SECURITY LABEL takes.
ATTACHED_FIELDS = ("comment", "member_comments", "privileges", "owner", "security_labels")


@cache
def attached_fields(cls: type) -> tuple[str, ...]:
    """The ``ATTACHED_FIELDS`` model class ``cls`` declares."""
    names = {f.name for f in dataclasses.fields(cls)}
    return tuple(n for n in ATTACHED_FIELDS if n in names)


class TopLevel:
    """Base of the models that belong to no table: they have no parent."""

    __slots__ = ()

    @property
    def parent(self) -> Key | None:
        return None


@dataclass(frozen=True, order=True, slots=True)
class Grant:
    """One privilege one grantee holds on an object (or on one of its columns), as
    ``aclexplode`` reports it. The object's owner is grantee ``""``, so that privileges
    compare equal whoever owns the object (owners are compared on their own); ``PUBLIC`` is
    ``"PUBLIC"``. Grantors are not compared."""

    grantee: str
    privilege: str
    column: str = ""
    grantable: bool = False

    def __str__(self) -> str:
        column = f" ({self.column})" if self.column else ""
        grantee = self.grantee or "the owner"
        option = " WITH GRANT OPTION" if self.grantable else ""
        return f"{self.privilege}{column} TO {grantee}{option}"


def grants(rows: Any) -> tuple[Grant, ...]:
    """Grants from query rows ``[grantee, privilege, column, grantable]``, sorted."""
    built = [r if isinstance(r, Grant) else Grant(*r) for r in rows or ()]
    # A key of plain tuples: the dataclass's own ordering runs __lt__ in Python.
    built.sort(key=_GRANT_ORDER)
    return tuple(built)


_GRANT_ORDER = operator.attrgetter("grantee", "privilege", "column", "grantable")


@dataclass(frozen=True, slots=True)
class Address:
    """How SQL names one object (``pg_identify_object_as_address``: its type word, names and
    argument types), with what GRANT and ALTER OWNER need and nobody compares: the
    owner's name and the privileges a new object gets by default (owner-relative)."""

    type: str
    names: tuple[str, ...]
    args: tuple[str, ...]
    owner: str | None = None
    default_privileges: tuple[Grant, ...] | None = None
    # Grantees in the order of the object's ACL.
    grantee_order: tuple[str, ...] = ()
    # The comment creating the object gives it (an extension's, from its control file),
    # which the model's ``comment`` holds as None.
    default_comment: str | None = None
    # An aggregate's signature as ALTER AGGREGATE and COMMENT ON AGGREGATE write it
    # ("float8 ORDER BY float8", "" for ``(*)``); GRANT takes ``args``.
    aggregate_signature: str | None = None


class Model(Protocol):
    """What every model offers (structurally): its key, parent and catalog identity."""

    @property
    def key(self) -> Key: ...

    @property
    def parent(self) -> Key | None: ...

    @property
    def catalog_id(self) -> CatalogId: ...


@dataclass(frozen=True, slots=True)
class Schema(TopLevel):
    name: str
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    privileges: tuple[Grant, ...] | None = None
    owner: str | None = None
    security_labels: tuple[tuple[str, str], ...] | None = ()

    @property
    def key(self) -> Key:
        return Key(Kind.SCHEMA, "", self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_namespace", self.oid, 0)


@dataclass(frozen=True, slots=True)
class Extension(TopLevel):
    name: str
    schema: str
    version: str | None
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.EXTENSION, "", self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_extension", self.oid, 0)


@dataclass(frozen=True, slots=True)
class Sequence(TopLevel):
    schema: str
    name: str
    data_type: str
    start_value: int
    increment: int
    min_value: int
    max_value: int
    cache_size: int
    cycle: bool
    # Qualified and quoted "schema"."table"."column", or None.
    owned_by: str | None
    owned_by_table: tuple[str, ...] | None = field(compare=False)
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    privileges: tuple[Grant, ...] | None = None
    owner: str | None = None
    security_labels: tuple[tuple[str, str], ...] | None = ()

    @property
    def key(self) -> Key:
        return Key(Kind.SEQUENCE, self.schema, self.name)

    @property
    def owner_column(self) -> Key | None:
        """The column OWNED BY names, as a key."""
        if self.owned_by_table is None:
            return None
        schema, table, column = self.owned_by_table
        return Key(Kind.COLUMN, schema, table, column)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_class", self.oid, 0)


@dataclass(frozen=True, slots=True)
class Table(TopLevel):
    schema: str
    name: str
    # 'r' regular, 'p' partitioned.
    relkind: str
    # 'p' permanent, 'u' unlogged.
    persistence: str
    partition_key: str | None
    # Qualified parent of a partition, and its bound ("FOR VALUES ..." or "DEFAULT").
    partition_of: str | None
    partition_bound: str | None
    # Qualified parents of a (non-partition) inheritance child, in inheritance order.
    inherits: tuple[str, ...]
    rls_enabled: bool
    rls_forced: bool
    # Storage parameters ("name=value", TOAST ones prefixed "toast."), sorted; and the same
    # in catalog order, which SQL follows so pg_dump output matches too.
    options: tuple[str, ...]
    # REPLICA IDENTITY: 'd' default, 'n' nothing, 'f' full, 'i' an index (whose own
    # ``replica_identity`` says which; it sets it).
    replica_identity: str
    # The table access method (None: a partitioned table without one) and the tablespace
    # (None: the database's default), by name.
    access_method: str | None
    tablespace: str | None
    options_order: tuple[str, ...] = field(compare=False)
    # Column names in attnum order: compared only with column_order=True.
    column_order: tuple[str, ...] = field(compare=False)
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    privileges: tuple[Grant, ...] | None = None
    owner: str | None = None
    security_labels: tuple[tuple[str, str], ...] | None = ()

    @property
    def key(self) -> Key:
        return Key(Kind.TABLE, self.schema, self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_class", self.oid, 0)


@dataclass(frozen=True, slots=True)
class Column:
    schema: str
    table: str
    name: str
    data_type: str
    collation: str | None
    not_null: bool
    # The NOT NULL constraint's name (PostgreSQL 18 and later; None before).
    not_null_name: str | None
    default: str | None
    # '' none, 'a' ALWAYS, 'd' BY DEFAULT.
    identity: str
    # Options of the identity sequence (None when the column is not an identity).
    identity_start: int | None
    identity_increment: int | None
    identity_min: int | None
    identity_max: int | None
    identity_cache: int | None
    identity_cycle: bool | None
    # The expression of a generated column, and 's' stored or 'v' virtual (PostgreSQL 18).
    generated: str | None
    generated_kind: str
    # Physical attributes pg_dump writes as ALTER COLUMN: the statistics target (None: the
    # default), the storage when it differs from the type's (``type_storage``), and the
    # compression method ('p' pglz, 'l' lz4; None: default_toast_compression).
    statistics: int | None
    storage: str | None
    compression: str | None
    type_storage: str = field(compare=False)
    # Inherited from a parent table or partitioned table: changed through the parent.
    inherited: bool = field(compare=False)
    is_local: bool = field(compare=False)
    position: int = field(compare=False)
    table_oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    # Its own grants (column privileges); a new column has none.
    privileges: tuple[Grant, ...] | None = ()
    security_labels: tuple[tuple[str, str], ...] | None = ()
    # The identity's sequence, qualified (None when the column is not an identity): what
    # its identity changes lock, though their SQL does not name it.
    identity_sequence: str | None = field(default=None, compare=False)

    @property
    def key(self) -> Key:
        return Key(Kind.COLUMN, self.schema, self.table, self.name)

    @property
    def parent(self) -> Key | None:
        return Key(Kind.TABLE, self.schema, self.table)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_class", self.table_oid, self.position)


@dataclass(frozen=True, slots=True)
class Constraint:
    schema: str
    table: str
    name: str
    # 'p', 'u', 'f', 'c', 'x' as in pg_constraint.contype.
    constraint_type: str
    # pg_get_constraintdef: carries NOT VALID, NO INHERIT, DEFERRABLE, NULLS NOT DISTINCT,
    # FK actions and match type.
    definition: str
    validated: bool
    # Storage parameters of the index behind a PK / UNIQUE / EXCLUDE constraint, which
    # pg_get_constraintdef leaves out.
    index_options: tuple[str, ...]
    # That index's CLUSTER ON and REPLICA IDENTITY USING INDEX marks, and its tablespace
    # (None: the database's default).
    clustered: bool
    replica_identity: bool
    tablespace: str | None
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.CONSTRAINT, self.schema, self.table, self.name)

    @property
    def parent(self) -> Key | None:
        return Key(Kind.TABLE, self.schema, self.table)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_constraint", self.oid, 0)


@dataclass(frozen=True, slots=True)
class Index:
    schema: str
    name: str
    table: str
    unique: bool
    # What follows "ON table USING " in pg_get_indexdef: method, columns and expressions with
    # opclasses and collations, INCLUDE, NULLS NOT DISTINCT, WITH (...), WHERE.
    definition: str
    # Statistics targets of expression columns ("column number=target"), the CLUSTER ON and
    # REPLICA IDENTITY USING INDEX marks, and the tablespace (None: the database's default).
    column_statistics: tuple[str, ...]
    clustered: bool
    replica_identity: bool
    tablespace: str | None
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.INDEX, self.schema, self.name)

    @property
    def parent(self) -> Key | None:
        return Key(Kind.TABLE, self.schema, self.table)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_class", self.oid, 0)


@dataclass(frozen=True, slots=True)
class View(TopLevel):
    schema: str
    name: str
    materialized: bool
    definition: str
    # Options sorted (compared) and in catalog order (used for SQL).
    options: tuple[str, ...]
    options_order: tuple[str, ...] = field(compare=False)
    # "name type" of each output column: decides whether CREATE OR REPLACE can work.
    columns: tuple[str, ...] = field(compare=True)
    # Column defaults (ALTER VIEW ... ALTER COLUMN ... SET DEFAULT): names and expressions.
    default_columns: tuple[str, ...]
    default_values: tuple[str, ...]
    # A materialized view's physical attributes (empty / None for a view): "name value"
    # per column (the name quoted as SQL needs) for statistics targets, storage other than
    # the type's ('p', 'e', 'x', 'm') and compression ('p', 'l'); the table access method
    # and the tablespace (None: the database's default).
    column_statistics: tuple[str, ...]
    column_storage: tuple[str, ...]
    column_compression: tuple[str, ...]
    access_method: str | None
    tablespace: str | None
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    member_comments: tuple[tuple[str, str, str], ...] | None = ()
    privileges: tuple[Grant, ...] | None = None
    owner: str | None = None
    security_labels: tuple[tuple[str, str], ...] | None = ()

    @property
    def key(self) -> Key:
        kind = Kind.MATERIALIZED_VIEW if self.materialized else Kind.VIEW
        return Key(kind, self.schema, self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_class", self.oid, 0)


# -- routines and triggers --


@dataclass(frozen=True, slots=True)
class Function(TopLevel):
    """A function or procedure (``prokind`` 'f', 'w' or 'p'), keyed by its identity
    argument types."""

    schema: str
    name: str
    # pg_get_function_identity_arguments: the key's signature.
    signature: str
    # 'f' function, 'p' procedure, 'w' window function.
    prokind: str
    # pg_get_function_arguments: names, modes and defaults.
    arguments: str
    # pg_get_function_result (None for procedures).
    result: str | None
    language: str
    # The source text, or the SQL-standard body (BEGIN ATOMIC / RETURN) as PostgreSQL
    # deparses it.
    body: str
    sql_body: bool
    # 'i' immutable, 's' stable, 'v' volatile.
    volatility: str
    strict: bool
    security_definer: bool
    leakproof: bool
    # 's' safe, 'r' restricted, 'u' unsafe.
    parallel: str
    cost: float
    rows: float
    # SET options ("name=value"), as in proconfig.
    config: tuple[str, ...]
    # pg_get_functiondef: the CREATE OR REPLACE statement that makes exactly this routine.
    definition: str = field(compare=False)
    # What CREATE OR REPLACE may not change: input argument names, the output columns
    # ("name type" of OUT / INOUT / TABLE arguments) and how many arguments have defaults.
    input_names: tuple[str, ...] = field(compare=False)
    output_columns: tuple[str, ...] = field(compare=False)
    default_count: int = field(compare=False)
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    privileges: tuple[Grant, ...] | None = None
    owner: str | None = None
    security_labels: tuple[tuple[str, str], ...] | None = ()

    @property
    def key(self) -> Key:
        kind = Kind.PROCEDURE if self.prokind == "p" else Kind.FUNCTION
        return Key(kind, self.schema, self.name, signature=self.signature)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_proc", self.oid, 0)


@dataclass(frozen=True, slots=True)
class Aggregate(TopLevel):
    """An aggregate: CREATE AGGREGATE's options, functions schema-qualified."""

    schema: str
    name: str
    signature: str
    # pg_get_function_arguments (ORDER BY for ordered-set aggregates).
    arguments: str
    # 'n' normal, 'o' ordered-set, 'h' hypothetical-set.
    aggregate_kind: str
    sfunc: str
    stype: str
    sspace: int
    finalfunc: str | None
    finalfunc_extra: bool
    # 'r' read only, 's' shareable, 'w' read write.
    finalfunc_modify: str
    combinefunc: str | None
    serialfunc: str | None
    deserialfunc: str | None
    initcond: str | None
    msfunc: str | None
    minvfunc: str | None
    mstype: str | None
    msspace: int
    mfinalfunc: str | None
    mfinalfunc_extra: bool
    mfinalfunc_modify: str
    minitcond: str | None
    sortop: str | None
    parallel: str
    result: str = field(compare=False)
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    privileges: tuple[Grant, ...] | None = None
    owner: str | None = None
    security_labels: tuple[tuple[str, str], ...] | None = ()

    @property
    def key(self) -> Key:
        return Key(Kind.AGGREGATE, self.schema, self.name, signature=self.signature)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_proc", self.oid, 0)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger on a table or view (on a partitioned table: the parent's, not its clones)."""

    schema: str
    table: str
    name: str
    # pg_get_triggerdef: events, timing, columns, WHEN, transition tables, constraint
    # trigger deferrability, function and arguments.
    definition: str
    constraint: bool
    # 'O' origin, 'D' disabled, 'R' replica, 'A' always.
    enabled: str
    # The relation's relkind: 'v' for a view.
    table_kind: str = field(compare=False)
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.TRIGGER, self.schema, self.table, self.name)

    @property
    def parent(self) -> Key | None:
        kind = _TRIGGER_PARENTS.get(self.table_kind, Kind.TABLE)
        return Key(kind, self.schema, self.table)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_trigger", self.oid, 0)


# The relkind of a trigger's relation -> the kind of its parent's key.
_TRIGGER_PARENTS = {"v": Kind.VIEW, "f": Kind.FOREIGN_TABLE}


@dataclass(frozen=True, slots=True)
class EventTrigger(TopLevel):
    name: str
    event: str
    tags: tuple[str, ...]
    # Schema-qualified and quoted.
    function: str
    # 'O' origin, 'D' disabled, 'R' replica, 'A' always.
    enabled: str
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    owner: str | None = None
    security_labels: tuple[tuple[str, str], ...] | None = ()

    @property
    def key(self) -> Key:
        return Key(Kind.EVENT_TRIGGER, "", self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_event_trigger", self.oid, 0)


# -- types and collations --


@dataclass(frozen=True, slots=True)
class Enum_(TopLevel):
    schema: str
    name: str
    # In sort order.
    labels: tuple[str, ...]
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    privileges: tuple[Grant, ...] | None = None
    owner: str | None = None
    security_labels: tuple[tuple[str, str], ...] | None = ()

    @property
    def key(self) -> Key:
        return Key(Kind.ENUM, self.schema, self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_type", self.oid, 0)


@dataclass(frozen=True, slots=True)
class Domain(TopLevel):
    schema: str
    name: str
    # format_type of the base type with its modifiers (may itself be a domain).
    base_type: str
    # Qualified collation when it differs from the base type's, else None.
    collation: str | None
    default: str | None
    not_null: bool
    # CHECK constraints sorted by name: names and pg_get_constraintdef (with NOT VALID),
    # pairwise.
    constraint_names: tuple[str, ...]
    constraint_definitions: tuple[str, ...]
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    member_comments: tuple[tuple[str, str, str], ...] | None = ()
    privileges: tuple[Grant, ...] | None = None
    owner: str | None = None
    security_labels: tuple[tuple[str, str], ...] | None = ()

    @property
    def key(self) -> Key:
        return Key(Kind.DOMAIN, self.schema, self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_type", self.oid, 0)


@dataclass(frozen=True, slots=True)
class CompositeType(TopLevel):
    schema: str
    name: str
    # Attributes in order: names, format_type and qualified collation (None: the type's
    # default), pairwise.
    attribute_names: tuple[str, ...]
    attribute_types: tuple[str, ...]
    attribute_collations: tuple[str | None, ...]
    # pg_depend names a composite type's uses through its pg_class row.
    relid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    member_comments: tuple[tuple[str, str, str], ...] | None = ()
    privileges: tuple[Grant, ...] | None = None
    owner: str | None = None
    security_labels: tuple[tuple[str, str], ...] | None = ()

    @property
    def key(self) -> Key:
        return Key(Kind.COMPOSITE_TYPE, self.schema, self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_class", self.relid, 0)


@dataclass(frozen=True, slots=True)
class RangeType(TopLevel):
    schema: str
    name: str
    subtype: str
    # Qualified names; None where the subtype's default applies.
    subtype_opclass: str | None
    collation: str | None
    canonical: str | None
    subtype_diff: str | None
    multirange: str
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    privileges: tuple[Grant, ...] | None = None
    owner: str | None = None
    security_labels: tuple[tuple[str, str], ...] | None = ()

    @property
    def key(self) -> Key:
        return Key(Kind.RANGE_TYPE, self.schema, self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_type", self.oid, 0)


@dataclass(frozen=True, slots=True)
class Collation(TopLevel):
    schema: str
    name: str
    # 'c' libc, 'i' ICU, 'b' builtin (PostgreSQL 17).
    provider: str
    lc_collate: str | None
    lc_ctype: str | None
    # ICU / builtin locale (PostgreSQL 15 and later) and ICU rules (16 and later).
    locale: str | None
    icu_rules: str | None
    deterministic: bool
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    owner: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.COLLATION, self.schema, self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_collation", self.oid, 0)


@dataclass(frozen=True, slots=True)
class Policy:
    """A row level security policy on a table."""

    schema: str
    table: str
    name: str
    permissive: bool
    # 'r' SELECT, 'a' INSERT, 'w' UPDATE, 'd' DELETE, '*' ALL.
    command: str
    # Role names, sorted; "PUBLIC" for everyone.
    roles: tuple[str, ...]
    using: str | None
    with_check: str | None
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql.
    comment: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.POLICY, self.schema, self.table, self.name)

    @property
    def parent(self) -> Key | None:
        return Key(Kind.TABLE, self.schema, self.table)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_policy", self.oid, 0)


@dataclass(frozen=True, slots=True)
class DefaultPrivilege(TopLevel):
    """ALTER DEFAULT PRIVILEGES FOR ROLE ``role`` [IN SCHEMA ``schema``] for one object type.

    ``grants`` is the stored ACL, owner-relative (``role`` is grantee ""); ``baseline`` is
    what the role's new objects get without this entry: the built-in default for a global
    entry, nothing for a per-schema one (PostgreSQL adds those to the global ones)."""

    role: str
    # "" for a global entry.
    schema: str
    # pg_default_acl.defaclobjtype: 'r' tables, 'S' sequences, 'f' functions, 'T' types,
    # 'n' schemas, 'L' large objects.
    object_type: str
    grants: tuple[Grant, ...]
    baseline: tuple[Grant, ...] = field(compare=False)
    # Whether the inspecting role is ``role``: PostgreSQL applies an entry only to objects
    # its own role creates, and a plan is applied as the role that inspected its source.
    for_current_user: bool = field(compare=False)
    oid: int = field(compare=False)

    def __post_init__(self) -> None:
        # Rows come from JSON as lists.
        object.__setattr__(self, "grants", grants(self.grants))
        object.__setattr__(self, "baseline", grants(self.baseline))

    @property
    def key(self) -> Key:
        return Key(
            Kind.DEFAULT_PRIVILEGE,
            self.schema,
            f"for role {self.role} on "
            f"{DEFAULT_PRIVILEGE_OBJECTS.get(self.object_type, self.object_type)}",
        )

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_default_acl", self.oid, 0)


# pg_default_acl.defaclobjtype -> the words ALTER DEFAULT PRIVILEGES uses.
DEFAULT_PRIVILEGE_OBJECTS = {
    "r": "tables",
    "S": "sequences",
    "f": "functions",
    "T": "types",
    "n": "schemas",
    "L": "large objects",
}


# -- foreign data wrappers, servers, user mappings, foreign tables (fdw) --
#
# Options are "name=value" as the catalog stores them: ``options`` sorted (compared: their
# order means nothing) and ``options_order`` in catalog order (what SQL follows, so that
# pg_dump output matches too). Values may be secrets: see ``engine/secrets.py``.


@dataclass(frozen=True, slots=True)
class ForeignDataWrapper(TopLevel):
    name: str
    # Schema-qualified, quoted function names, or None (NO HANDLER / NO VALIDATOR).
    handler: str | None
    validator: str | None
    options: tuple[str, ...]
    options_order: tuple[str, ...] = field(compare=False)
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    privileges: tuple[Grant, ...] | None = None
    owner: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.FOREIGN_DATA_WRAPPER, "", self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_foreign_data_wrapper", self.oid, 0)


@dataclass(frozen=True, slots=True)
class ForeignServer(TopLevel):
    name: str
    wrapper: str
    # TYPE and VERSION: None when not given.
    server_type: str | None
    server_version: str | None
    options: tuple[str, ...]
    options_order: tuple[str, ...] = field(compare=False)
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    privileges: tuple[Grant, ...] | None = None
    owner: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.FOREIGN_SERVER, "", self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_foreign_server", self.oid, 0)


def user_mapping_name(user: str, server: str) -> str:
    """The key name of the user mapping of ``user`` ("PUBLIC" for everyone) on ``server``."""
    return f"for {user} server {server}"


@dataclass(frozen=True, slots=True)
class UserMapping(TopLevel):
    # The role's name, or "PUBLIC".
    user: str
    server: str
    options: tuple[str, ...]
    options_order: tuple[str, ...] = field(compare=False)
    oid: int = field(compare=False)

    @property
    def key(self) -> Key:
        return Key(Kind.USER_MAPPING, "", user_mapping_name(self.user, self.server))

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_user_mapping", self.oid, 0)


@dataclass(frozen=True, slots=True)
class ForeignColumn:
    """One column of a foreign table (a part of ``ForeignTable``, not an object of its own:
    pg_depend's links to it land on the foreign table)."""

    name: str
    data_type: str
    # Qualified collation when it differs from the type's, else None.
    collation: str | None
    not_null: bool
    default: str | None
    options: tuple[str, ...]
    options_order: tuple[str, ...] = field(compare=False)
    # False: inherited from a parent (or partitioned) table only, made by it.
    is_local: bool = True
    # The name of its own NOT NULL constraint (PostgreSQL 18 and later; None before, or
    # when the constraint is only inherited).
    not_null_name: str | None = None

    def __str__(self) -> str:
        parts = [self.name, self.data_type]
        if self.options_order:
            parts.append(f"OPTIONS ({', '.join(self.options_order)})")
        if self.collation:
            parts.append(f"COLLATE {self.collation}")
        if self.not_null:
            parts.append("NOT NULL")
        if self.default is not None:
            parts.append(f"DEFAULT {self.default}")
        if not self.is_local:
            parts.append("(inherited)")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class ForeignTable(TopLevel):
    schema: str
    name: str
    server: str
    options: tuple[str, ...]
    options_order: tuple[str, ...] = field(compare=False)
    # Sorted by name (compared: column order is not, as for tables), and the names in
    # attnum order (the order CREATE follows).
    columns: tuple[ForeignColumn, ...]
    column_order: tuple[str, ...] = field(compare=False)
    # CHECK constraints declared on it, sorted by name: names and pg_get_constraintdef,
    # pairwise.
    constraint_names: tuple[str, ...]
    constraint_definitions: tuple[str, ...]
    # Qualified parent of a partition, and its bound; qualified parents of an inheritance
    # child, in inheritance order.
    partition_of: str | None
    partition_bound: str | None
    inherits: tuple[str, ...]
    # What ALTER FOREIGN TABLE ... ALTER COLUMN sets beyond the columns (sqlgen/
    # relation_columns.py): "name value" per column that has a statistics target, a
    # storage other than its type's ("name storage type's-storage"), attribute options.
    column_statistics: tuple[str, ...]
    column_storage: tuple[str, ...]
    column_attribute_options: tuple[str, ...]
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    member_comments: tuple[tuple[str, str, str], ...] | None = ()
    privileges: tuple[Grant, ...] | None = None
    owner: str | None = None
    security_labels: tuple[tuple[str, str], ...] | None = ()

    def __post_init__(self) -> None:
        # Rows come from JSON as lists of column objects.
        columns = tuple(
            c if isinstance(c, ForeignColumn) else _foreign_column(c) for c in self.columns
        )
        object.__setattr__(self, "columns", columns)

    def has_member(self, kind: str, name: str) -> bool:
        """Whether the part ``name`` of ``member_comments``' kind ``kind`` exists."""
        if kind == "column":
            return any(c.name == name for c in self.columns)
        return name in self.constraint_names

    @property
    def key(self) -> Key:
        return Key(Kind.FOREIGN_TABLE, self.schema, self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_class", self.oid, 0)


def _foreign_column(row: Any) -> ForeignColumn:
    values = dict(row)
    for name in ("options", "options_order"):
        values[name] = tuple(values.get(name) or ())
    return ForeignColumn(**values)


# (end of fdw)

# -- publications, subscriptions, rules (repl) --


@dataclass(frozen=True, slots=True)
class Publication(TopLevel):
    """A publication (database-wide, like pg_dump, compared when no schema list narrows
    the comparison). Its tables and schemas are ``PublicationTable`` and
    ``PublicationSchema`` objects of their own, as pg_dump writes them: adding or dropping
    one is one ALTER PUBLICATION, never a re-created publication."""

    name: str
    all_tables: bool
    # What it publishes, of insert, update, delete, truncate (in that order).
    publish: tuple[str, ...]
    via_partition_root: bool
    # publish_generated_columns (PostgreSQL 18: 'n' none, 's' stored; None before).
    generated_columns: str | None
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    owner: str | None = None
    security_labels: tuple[tuple[str, str], ...] | None = ()

    @property
    def key(self) -> Key:
        return Key(Kind.PUBLICATION, "", self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_publication", self.oid, 0)


@dataclass(frozen=True, slots=True)
class PublicationTable:
    """One table of a publication (``ALTER PUBLICATION ... ADD TABLE ONLY``), a member of
    the table: dropping the table takes it out of the publication, re-creating the table
    adds it back after."""

    schema: str
    table: str
    publication: str
    # The published columns in column order (PostgreSQL 15); None: all of them.
    columns: tuple[str, ...] | None
    # The row filter, pg_get_expr (PostgreSQL 15); None: every row.
    row_filter: str | None
    oid: int = field(compare=False)

    @property
    def key(self) -> Key:
        return Key(Kind.PUBLICATION_TABLE, self.schema, self.table, self.publication)

    @property
    def parent(self) -> Key | None:
        return Key(Kind.TABLE, self.schema, self.table)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_publication_rel", self.oid, 0)


@dataclass(frozen=True, slots=True)
class PublicationSchema(TopLevel):
    """``TABLES IN SCHEMA`` of a publication (PostgreSQL 15)."""

    schema: str
    publication: str
    oid: int = field(compare=False)

    @property
    def key(self) -> Key:
        return Key(Kind.PUBLICATION_SCHEMA, self.schema, self.publication)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_publication_namespace", self.oid, 0)


@dataclass(frozen=True, slots=True)
class Subscription(TopLevel):
    """A subscription of the current database (pg_subscription is cluster-wide; pg_dump
    writes the rows whose subdbid is this database). Compared when no schema list narrows
    the comparison and the session may read ``subconninfo`` (a superuser, as pg_dump
    requires); otherwise they are reported as not compared."""

    name: str
    # Holds secrets (password=...): masked in everything meant for people.
    conninfo: str
    publications: tuple[str, ...]
    # None: NONE (no slot).
    slot_name: str | None
    enabled: bool
    # WITH options as CREATE SUBSCRIPTION spells them, "name=value", sorted: binary,
    # streaming, synchronous_commit, two_phase, disable_on_error, password_required,
    # run_as_owner, origin, failover (those the server has).
    options: tuple[str, ...]
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    owner: str | None = None
    security_labels: tuple[tuple[str, str], ...] | None = ()

    @property
    def key(self) -> Key:
        return Key(Kind.SUBSCRIPTION, "", self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_subscription", self.oid, 0)


@dataclass(frozen=True, slots=True)
class Rule:
    """A rewrite rule (CREATE RULE) on a table or view; a view's own ``_RETURN`` rule is
    the view."""

    schema: str
    table: str
    name: str
    # pg_get_ruledef: event, WHERE, INSTEAD / ALSO, actions or NOTHING.
    definition: str
    # 'O' origin, 'D' disabled, 'R' replica, 'A' always.
    enabled: str
    # The relation's relkind: 'v' for a view.
    table_kind: str = field(compare=False)
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.RULE, self.schema, self.table, self.name)

    @property
    def parent(self) -> Key | None:
        kind = {"v": Kind.VIEW, "m": Kind.MATERIALIZED_VIEW}.get(self.table_kind, Kind.TABLE)
        return Key(kind, self.schema, self.table)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_rewrite", self.oid, 0)


# (end of repl)

# -- operators, operator classes and families, access methods, casts (ops) --


@dataclass(frozen=True, slots=True)
class Operator(TopLevel):
    """CREATE OPERATOR: keyed by its operand types (``NONE`` on the left of a prefix one)."""

    schema: str
    name: str
    # format_type of the operands; None for a prefix operator's missing left operand.
    left_type: str | None
    right_type: str
    # The implementing function, quoted and qualified (the operands give its arguments).
    function: str
    # (schema, name) of the commutator and negator (their operand types follow from ours).
    commutator: tuple[str, ...] | None
    negator: tuple[str, ...] | None
    # Selectivity estimators, quoted and qualified; None when not set.
    restrict: str | None
    join: str | None
    hashes: bool
    merges: bool
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    owner: str | None = None

    @property
    def key(self) -> Key:
        return operator_key(self.schema, self.name, self.left_type, self.right_type)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_operator", self.oid, 0)


def operator_key(schema: str, name: str, left: str | None, right: str) -> Key:
    """The key of operator ``schema.name(left, right)``."""
    return Key(Kind.OPERATOR, schema, name, signature=f"{left or 'NONE'}, {right}")


@dataclass(frozen=True, slots=True)
class OperatorFamily(TopLevel):
    """CREATE OPERATOR FAMILY ... USING ``method``, with its loose members (those
    ALTER OPERATOR FAMILY ... ADD made, or an index method moved out of a class: pg_depend
    ties them to the family, not to a class)."""

    schema: str
    name: str
    method: str
    # Members as CREATE OPERATOR CLASS / ALTER OPERATOR FAMILY ADD write them, sorted:
    # "OPERATOR 1 "s".<(integer, integer)", "FUNCTION 1 (integer, integer) "s".f(...)".
    operators: tuple[str, ...]
    functions: tuple[str, ...]
    # How ALTER OPERATOR FAMILY ... DROP names each member ("OPERATOR 1 (integer,
    # integer)"), pairwise with operators + functions.
    member_drops: tuple[str, ...] = field(compare=False)
    # The oid of the operator or function each member uses, pairwise as member_drops.
    member_uses: tuple[int, ...] = field(compare=False)
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    owner: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.OPERATOR_FAMILY, self.schema, self.name, signature=self.method)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_opfamily", self.oid, 0)


@dataclass(frozen=True, slots=True)
class OperatorClass(TopLevel):
    """CREATE OPERATOR CLASS: its members are those pg_depend ties to the class."""

    schema: str
    name: str
    method: str
    # format_type of the indexed type and of STORAGE (None: the input type).
    input_type: str
    default: bool
    # The family, quoted and qualified.
    family: str
    storage: str | None
    # As in OperatorFamily.
    operators: tuple[str, ...]
    functions: tuple[str, ...]
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    owner: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.OPERATOR_CLASS, self.schema, self.name, signature=self.method)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_opclass", self.oid, 0)


@dataclass(frozen=True, slots=True)
class AccessMethod(TopLevel):
    """CREATE ACCESS METHOD (database-wide, not in a schema)."""

    name: str
    # 'i' index, 't' table.
    method_type: str
    # The handler function, quoted and qualified.
    handler: str
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql.
    comment: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.ACCESS_METHOD, "", self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_am", self.oid, 0)


@dataclass(frozen=True, slots=True)
class Cast(TopLevel):
    """CREATE CAST (database-wide): kept when its types or function are in a selected
    schema, as pg_dump does, or all of them built in when no schemas are selected."""

    # format_type of both types.
    source: str
    target: str
    # 'f' WITH FUNCTION, 'b' WITHOUT FUNCTION, 'i' WITH INOUT.
    method: str
    # The function, quoted and qualified with its argument types.
    function: str | None
    # 'e' explicit, 'a' AS ASSIGNMENT, 'i' AS IMPLICIT.
    context: str
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql.
    comment: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.CAST, "", f"{self.source} AS {self.target}")

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_cast", self.oid, 0)


# (end of ops)

# -- text search, conversions, transforms, languages, security labels (ts) --


@dataclass(frozen=True, slots=True)
class TextSearchConfiguration(TopLevel):
    """CREATE TEXT SEARCH CONFIGURATION with its parser, and its mappings: which
    dictionaries, in order, each token type of the parser goes through."""

    schema: str
    name: str
    # Qualified and quoted.
    parser: str
    # Token type aliases in token id order, and the dictionaries of each (a WITH list of
    # qualified, quoted names in consulting order), pairwise.
    mapping_tokens: tuple[str, ...]
    mapping_dictionaries: tuple[str, ...]
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    owner: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.TEXT_SEARCH_CONFIGURATION, self.schema, self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_ts_config", self.oid, 0)

    def mappings(self) -> dict[str, str]:
        """Token type alias -> its dictionaries (a WITH list)."""
        return dict(zip(self.mapping_tokens, self.mapping_dictionaries, strict=True))


@dataclass(frozen=True, slots=True)
class TextSearchDictionary(TopLevel):
    schema: str
    name: str
    # Qualified and quoted.
    template: str
    # pg_ts_dict.dictinitoption as PostgreSQL serializes it ("name = 'value', ..."; None
    # for none): in order, as pg_dump writes it.
    options: str | None
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    owner: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.TEXT_SEARCH_DICTIONARY, self.schema, self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_ts_dict", self.oid, 0)


@dataclass(frozen=True, slots=True)
class TextSearchParser(TopLevel):
    """A parser's functions, qualified and quoted (HEADLINE is optional). Parsers have no
    owner."""

    schema: str
    name: str
    start: str
    gettoken: str
    end: str
    lextypes: str
    headline: str | None
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql.
    comment: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.TEXT_SEARCH_PARSER, self.schema, self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_ts_parser", self.oid, 0)


@dataclass(frozen=True, slots=True)
class TextSearchTemplate(TopLevel):
    """A template's functions, qualified and quoted (INIT is optional). Templates have no
    owner."""

    schema: str
    name: str
    init: str | None
    lexize: str
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql.
    comment: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.TEXT_SEARCH_TEMPLATE, self.schema, self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_ts_template", self.oid, 0)


@dataclass(frozen=True, slots=True)
class Conversion(TopLevel):
    schema: str
    name: str
    # Encoding names as CREATE CONVERSION takes them.
    source_encoding: str
    destination_encoding: str
    # Qualified and quoted.
    function: str
    # CREATE DEFAULT CONVERSION.
    default: bool
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    owner: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.CONVERSION, self.schema, self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_conversion", self.oid, 0)


@dataclass(frozen=True, slots=True)
class Transform(TopLevel):
    """CREATE TRANSFORM FOR a type and a language (database-wide, keyed by both); the
    functions are qualified names with their argument types, None where not given."""

    # format_type of the type, and the language's name.
    type: str
    language: str
    from_sql: str | None
    to_sql: str | None
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql.
    comment: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.TRANSFORM, "", f"for {self.type} language {self.language}")

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_transform", self.oid, 0)


@dataclass(frozen=True, slots=True)
class Language(TopLevel):
    """A procedural language not made by an extension (database-wide); functions are
    qualified and quoted names, None where not given."""

    name: str
    trusted: bool
    handler: str
    inline: str | None
    validator: str | None
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    privileges: tuple[Grant, ...] | None = None
    owner: str | None = None
    security_labels: tuple[tuple[str, str], ...] | None = ()

    @property
    def key(self) -> Key:
        return Key(Kind.LANGUAGE, "", self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_language", self.oid, 0)


# (end of ts)

# -- table storage, statistics, tablespaces (storage) --


@dataclass(frozen=True, slots=True)
class Statistics(TopLevel):
    """An extended statistics object (CREATE STATISTICS), in its own schema: it lives on
    as long as the columns it covers (PostgreSQL rebuilds it when their type changes and
    drops it with them)."""

    schema: str
    name: str
    # pg_get_statisticsobjdef: the whole CREATE STATISTICS statement (kinds, columns and
    # expressions, table).
    definition: str
    # ALTER STATISTICS ... SET STATISTICS (None: the default).
    target: int | None
    oid: int = field(compare=False)
    # Filled by inspect.attached from comments.sql / privileges.sql.
    comment: str | None = None
    owner: str | None = None

    @property
    def key(self) -> Key:
        return Key(Kind.STATISTICS, self.schema, self.name)

    @property
    def catalog_id(self) -> CatalogId:
        return ("pg_statistic_ext", self.oid, 0)


# (end of storage)


@dataclass(frozen=True, slots=True)
class UnmodelledObject:
    """An object of a kind the engine does not compare yet; reported, never dropped silently."""

    kind: str
    schema: str
    name: str


@dataclass(frozen=True)
class Catalog:
    """Everything inspected from one database."""

    objects: dict[Key, Any]
    # dependent key -> keys it references, mapped from pg_depend.
    dependencies: dict[Key, tuple[Key, ...]]
    unmodelled: tuple[UnmodelledObject, ...]
    server_version: int
    # Attached fields the inspection did not read (None on every object): a comparison
    # that ignores them has nothing to blank.
    unread: frozenset[str] = frozenset()
    # How SQL names each object that has a comment, privileges or an owner.
    addresses: dict[Key, Address] = field(default_factory=dict)
    # The tablespaces the server has (cluster-wide; None: not known), so a plan that puts
    # an object in one A's server lacks says so.
    tablespaces: frozenset[str] | None = None
    # Modelled object -> (type, identity) of the objects of unmodelled kinds that depend on
    # it (pg_identify_object): they must go before it does.
    unmodelled_dependents: dict[Key, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    def get(self, key: Key) -> Any:
        return self.objects.get(key)

    @cached_property
    def _by_kind(self) -> dict[Kind, list[Any]]:
        by_kind: dict[Kind, list[Any]] = {}
        for key, obj in self.objects.items():
            found = by_kind.get(key.kind)
            if found is None:
                by_kind[key.kind] = [obj]
            else:
                found.append(obj)
        return by_kind

    def of_kind(self, *kinds: Kind) -> list[Any]:
        """The objects of ``kinds``, in catalog order per kind: what a generator looking
        for, say, A's sequences reads instead of walking every object of the catalog."""
        if len(kinds) == 1:
            return self._by_kind.get(kinds[0], [])
        return [obj for kind in kinds for obj in self._by_kind.get(kind, ())]

    @cached_property
    def _children(self) -> dict[Key, list[Any]]:
        children: dict[Key, list[Any]] = {}
        for obj in self.objects.values():
            parent = obj.parent
            if parent is not None:
                children.setdefault(parent, []).append(obj)
        return children

    @cached_property
    def _dependents(self) -> dict[Key, list[Key]]:
        # Lists: each (dependent, ref) pair occurs once, and a set costs four times more.
        dependents: dict[Key, list[Key]] = {}
        for dependent, refs in self.dependencies.items():
            for ref in refs:
                found = dependents.get(ref)
                if found is None:
                    dependents[ref] = [dependent]
                else:
                    found.append(dependent)
        return dependents

    def dependents(self, key: Key) -> abc.Sequence[Key]:
        """The keys whose ``dependencies`` name ``key`` (pg_depend read backwards)."""
        return self._dependents.get(key, ())

    def children(self) -> dict[Key, list[Any]]:
        """Parent key -> the objects whose ``parent`` it is (members), in catalog order."""
        return self._children

    def members(self, table: Key, kind: Kind) -> list[Any]:
        """Members of ``kind`` whose parent is ``table``."""
        return [o for o in self._children.get(table, ()) if o.key.kind is kind]
