"""SQL generation: one module per object kind, each turning models into typed statements.

Every kind has three functions, registered in ``GENERATORS``::

    create(new, ctx: Context) -> list[Statement]
    drop(old, ctx: Context) -> list[Statement]
    alter(old, new, ctx: Context) -> list[Statement] | None   # None: drop and re-create

They read models and ``ctx`` (both catalogs and the options) and never touch a database.
The engine decides which to call, skips members whose table is created or dropped with
them, re-creates dependents of replaced objects, and orders everything in ``plan``.

How to add an object kind (say, enums)
======================================

1. ``model.py``: add ``Kind.ENUM = "enum"`` (the value must equal the word ``unmodelled.sql``
   reports for that kind, so the "not compared" warning disappears by itself) and a frozen
   dataclass ``Enum_`` with ``key`` (build it with ``Key(Kind.ENUM, schema, name)``; functions
   put their identity argument types in ``signature``), ``parent`` (the table key for
   table members such as triggers and policies; other kinds subclass ``TopLevel``, whose
   ``parent`` is None) and ``catalog_id``
   (``("pg_type", oid, 0)``: how ``pg_depend`` names it). Oids are ``field(compare=False)``.
   Comments, privileges and owners are declared, not queried: add the fields
   ``comment: str | None = None``, ``privileges: tuple[Grant, ...] | None = None`` and
   ``owner: str | None = None`` (those the object type has; ``member_comments = ()`` for
   comments on parts no model describes, such as a view's columns or a domain's
   constraints) after the oid, and ``security_labels: tuple[tuple[str, str], ...] | None =
   ()`` where SECURITY LABEL takes the object type. ``inspect/attached.py`` fills them for
   every kind from ``comments.sql`` / ``privileges.sql`` / ``security_labels.sql`` by
   ``catalog_id``, the engine blanks them for the ignore_* options, and
   ``sqlgen/attached.py`` writes COMMENT ON, GRANT / REVOKE, ALTER ... OWNER TO and
   SECURITY LABEL after the kind's own create or alter (whose generators never see these
   fields); a re-created object gets them back. Until a kind declares them, its comments,
   non-default privileges, owners and security labels are reported as "not compared".
2. ``inspect/queries/enum.sql``: one query; output columns named exactly like the dataclass
   fields; filter with ``<namespace column> = ANY (%(namespaces)s::oid[])``; leave out
   extension members (``pg_depend`` deptype ``'e'``); write ``%%`` for a literal ``%``.
   Handle PostgreSQL 14-18 differences in the SQL (CASE, or a separate file).
3. ``inspect/__init__.py``: add ``"enum": Enum_`` to ``MODELS``.
4. ``sqlgen/enum.py``: ``create``, ``drop``, ``alter`` as above, quoting with
   ``quoting.ident`` / ``quoting.qualified``; put hazards on statements (``Hazard``) that
   only the generator knows (whether a drop deletes data, whether a change rewrites); the
   locks, scans, index builds and reasons of each statement FORM are derived centrally in
   ``engine/hazards.py`` (add a form there, not per generator); mark
   ``transactional=False`` where PostgreSQL requires it; add ``Statement.requires`` only for
   order the catalog cannot know.
5. Here: add ``Kind.ENUM: KindSQL(enum.create, enum.drop, enum.alter)`` to ``GENERATORS``.
   Set ``embedded_in_parent=True`` if the parent's CREATE already makes it (like columns),
   ``blocks_dependency_change=True`` if PostgreSQL refuses to change what it uses while it
   exists (like views), so it is dropped and re-created around such a change, and
   ``changes_type=fn(old, new) -> bool`` if an in-place alter of the kind is such a change
   (a column's type), and ``rebuilds=fn(old, new, ctx) -> bool`` if its alter re-creates
   the object under its name while converting the columns that use it (a type PostgreSQL
   cannot alter: ``typerebuild.py``); the engine then re-creates everything else that
   used it. ``releases=fn(old, new, used, ctx) -> (before, after) | None`` lets an object
   let go of something re-created under it instead of being re-created itself (a column
   drops its default before a function is replaced and sets it after). A statement whose
   body uses what the catalog does not record (a LANGUAGE sql function) is
   ``deferred=True``: among ready statements it goes last.
6. Dependency edges come from ``pg_depend`` automatically once ``catalog_id`` maps the
   object; if the kind is reached through an intermediate catalog row (as a view through
   its ``pg_rewrite`` rule, or a default through ``pg_attrdef``), add that mapping to
   ``inspect/queries/dependencies.sql``.
7. Add acceptance cases ``tests/cases/<kind>_<change>/{a,b}.sql`` and remove the kind's
   cases from ``XFAIL`` in ``tests/test_cases.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..model import Key, Kind
from ..plan import Statement
from . import (
    access_method,
    aggregate,
    cast,
    collation,
    column,
    composite_type,
    constraint,
    conversion,
    default_privilege,
    domain,
    enum,
    event_trigger,
    extension,
    foreign_data_wrapper,
    foreign_server,
    foreign_table,
    function,
    index,
    language,
    operator,
    operator_class,
    operator_family,
    policy,
    publication,
    publication_member,
    range_type,
    rule,
    schema,
    sequence,
    statistics,
    subscription,
    table,
    text_search_configuration,
    text_search_dictionary,
    text_search_parser,
    text_search_template,
    transform,
    trigger,
    user_mapping,
    view,
)
from .context import Context

__all__ = ["GENERATORS", "Context", "KindSQL"]


@dataclass(frozen=True)
class KindSQL:
    """The SQL generators of one object kind and how the engine treats it."""

    create: Callable[[Any, Context], list[Statement]]
    drop: Callable[[Any, Context], list[Statement]]
    alter: Callable[[Any, Any, Context], list[Statement] | None]
    # Made by its parent's CREATE statement (columns by CREATE TABLE).
    embedded_in_parent: bool = False
    # PostgreSQL refuses to change the type of, or drop, what this object uses while it
    # exists: drop it and re-create it around such a change.
    blocks_dependency_change: bool = False
    # For an in-place alter(old, new): whether it is such a change (a column's type).
    changes_type: Callable[[Any, Any], bool] | None = None
    # When something this object uses is dropped and re-created: (old, new, used key, ctx)
    # -> statements that let go of it before and take it back after, instead of
    # re-creating this object (a column's default using a function); None if it cannot.
    releases: (
        Callable[[Any, Any, Key, Context], tuple[list[Statement], list[Statement]] | None] | None
    ) = None
    # For an in-place alter(old, new, ctx): whether it rebuilds the object under its name
    # (a type: rename the old away, create the new, convert the table columns using it,
    # drop the old). Everything else that used the old object is dropped and re-created
    # around it, and the converted columns count as changing type.
    rebuilds: Callable[[Any, Any, Context], bool] | None = None


GENERATORS: dict[Kind, KindSQL] = {
    Kind.SCHEMA: KindSQL(schema.create, schema.drop, schema.alter),
    Kind.EXTENSION: KindSQL(extension.create, extension.drop, extension.alter),
    Kind.SEQUENCE: KindSQL(sequence.create, sequence.drop, sequence.alter),
    Kind.TABLE: KindSQL(table.create, table.drop, table.alter),
    Kind.COLUMN: KindSQL(
        column.create,
        column.drop,
        column.alter,
        embedded_in_parent=True,
        changes_type=column.type_changes,
        releases=column.releases,
        # A generated column blocks a type change of a column its expression uses (the
        # only column-on-column dependency): it is dropped and added again around it.
        blocks_dependency_change=True,
    ),
    Kind.CONSTRAINT: KindSQL(constraint.create, constraint.drop, constraint.alter),
    Kind.INDEX: KindSQL(index.create, index.drop, index.alter),
    Kind.VIEW: KindSQL(view.create, view.drop, view.alter, blocks_dependency_change=True),
    Kind.MATERIALIZED_VIEW: KindSQL(
        view.create, view.drop, view.alter, blocks_dependency_change=True
    ),
    # PostgreSQL refuses ALTER COLUMN TYPE on a column a policy uses.
    Kind.POLICY: KindSQL(policy.create, policy.drop, policy.alter, blocks_dependency_change=True),
    Kind.DEFAULT_PRIVILEGE: KindSQL(
        default_privilege.create, default_privilege.drop, default_privilege.alter
    ),
    # -- routines and triggers --
    # A SQL-standard body (BEGIN ATOMIC) and a trigger's UPDATE OF / WHEN pin the columns
    # they use: PostgreSQL refuses ALTER COLUMN TYPE under them.
    Kind.FUNCTION: KindSQL(
        function.create, function.drop, function.alter, blocks_dependency_change=True
    ),
    Kind.PROCEDURE: KindSQL(
        function.create, function.drop, function.alter, blocks_dependency_change=True
    ),
    Kind.AGGREGATE: KindSQL(aggregate.create, aggregate.drop, aggregate.alter),
    Kind.TRIGGER: KindSQL(
        trigger.create, trigger.drop, trigger.alter, blocks_dependency_change=True
    ),
    Kind.EVENT_TRIGGER: KindSQL(event_trigger.create, event_trigger.drop, event_trigger.alter),
    # -- types and collations --
    Kind.COLLATION: KindSQL(
        collation.create, collation.drop, collation.alter, rebuilds=collation.rebuilds
    ),
    Kind.ENUM: KindSQL(enum.create, enum.drop, enum.alter, rebuilds=enum.rebuilds),
    Kind.DOMAIN: KindSQL(domain.create, domain.drop, domain.alter, rebuilds=domain.rebuilds),
    Kind.COMPOSITE_TYPE: KindSQL(
        composite_type.create,
        composite_type.drop,
        composite_type.alter,
        rebuilds=composite_type.rebuilds,
    ),
    Kind.RANGE_TYPE: KindSQL(
        range_type.create, range_type.drop, range_type.alter, rebuilds=range_type.rebuilds
    ),
    # -- foreign data wrappers, servers, user mappings, foreign tables (fdw) --
    Kind.FOREIGN_DATA_WRAPPER: KindSQL(
        foreign_data_wrapper.create, foreign_data_wrapper.drop, foreign_data_wrapper.alter
    ),
    Kind.FOREIGN_SERVER: KindSQL(foreign_server.create, foreign_server.drop, foreign_server.alter),
    Kind.USER_MAPPING: KindSQL(user_mapping.create, user_mapping.drop, user_mapping.alter),
    Kind.FOREIGN_TABLE: KindSQL(
        foreign_table.create,
        foreign_table.drop,
        foreign_table.alter,
        changes_type=foreign_table.type_changes,
    ),
    # (end of fdw)
    # -- publications, subscriptions, rules (repl) --
    Kind.PUBLICATION: KindSQL(publication.create, publication.drop, publication.alter),
    # PostgreSQL refuses ALTER COLUMN TYPE on a column a row filter or column list uses.
    Kind.PUBLICATION_TABLE: KindSQL(
        publication_member.create_table,
        publication_member.drop_table,
        publication_member.alter_table,
        blocks_dependency_change=True,
    ),
    Kind.PUBLICATION_SCHEMA: KindSQL(
        publication_member.create_schema,
        publication_member.drop_schema,
        publication_member.alter_schema,
    ),
    Kind.SUBSCRIPTION: KindSQL(subscription.create, subscription.drop, subscription.alter),
    # "cannot alter type of a column used by a view or rule".
    Kind.RULE: KindSQL(rule.create, rule.drop, rule.alter, blocks_dependency_change=True),
    # (end of repl)
    # -- operators, operator classes and families, access methods, casts (ops) --
    Kind.ACCESS_METHOD: KindSQL(access_method.create, access_method.drop, access_method.alter),
    Kind.OPERATOR: KindSQL(operator.create, operator.drop, operator.alter),
    Kind.OPERATOR_FAMILY: KindSQL(
        operator_family.create,
        operator_family.drop,
        operator_family.alter,
        releases=operator_family.releases,
    ),
    Kind.OPERATOR_CLASS: KindSQL(operator_class.create, operator_class.drop, operator_class.alter),
    Kind.CAST: KindSQL(cast.create, cast.drop, cast.alter),
    # (end of ops)
    # -- text search, conversions, transforms, languages, security labels (ts) --
    Kind.TEXT_SEARCH_PARSER: KindSQL(
        text_search_parser.create, text_search_parser.drop, text_search_parser.alter
    ),
    Kind.TEXT_SEARCH_TEMPLATE: KindSQL(
        text_search_template.create, text_search_template.drop, text_search_template.alter
    ),
    Kind.TEXT_SEARCH_DICTIONARY: KindSQL(
        text_search_dictionary.create, text_search_dictionary.drop, text_search_dictionary.alter
    ),
    # A configuration lets go of a dictionary re-created under it (its mappings), so what
    # is computed with the configuration (indexes, generated columns) is not re-created.
    Kind.TEXT_SEARCH_CONFIGURATION: KindSQL(
        text_search_configuration.create,
        text_search_configuration.drop,
        text_search_configuration.alter,
        releases=text_search_configuration.releases,
    ),
    Kind.CONVERSION: KindSQL(conversion.create, conversion.drop, conversion.alter),
    Kind.LANGUAGE: KindSQL(language.create, language.drop, language.alter),
    Kind.TRANSFORM: KindSQL(transform.create, transform.drop, transform.alter),
    # (end of ts)
    # -- table storage, statistics, tablespaces (storage) --
    Kind.STATISTICS: KindSQL(statistics.create, statistics.drop, statistics.alter),
    # (end of storage)
}
