"""What a statement does to a live system, derived from its form, in one place.

Generators say what only they know (a column type change that rewrites, a drop that
deletes data); everything PostgreSQL's documentation says about a statement FORM is
derived here, so a generator added later gets it too: the lock each form takes on which
relations (the "lock level" of each ALTER TABLE form, CREATE INDEX, triggers, policies...),
whether it scans the table, builds an index, breaks dependents, changes authorization or
cannot run in a transaction, and a reason for every hazard in words.

Lock levels (PostgreSQL 14-18, ``ALTER TABLE`` and the commands' reference pages):

- ``ADD COLUMN`` (no volatile default), ``DROP COLUMN``, ``SET/DROP DEFAULT``,
  ``DROP NOT NULL``, identity, ``SET STORAGE``, ``SET COMPRESSION``, ``ADD/DROP
  CONSTRAINT`` (other than foreign keys), ``ALTER CONSTRAINT``, row level security,
  ``REPLICA IDENTITY``, ``OWNER TO``, ``INHERIT``: AccessExclusiveLock, brief (catalog only);
- ``SET NOT NULL``, ``ADD CHECK`` / ``PRIMARY KEY`` (validated): AccessExclusiveLock held
  while the whole table is scanned;
- ``ALTER COLUMN TYPE`` and ``SET LOGGED/UNLOGGED``: AccessExclusiveLock; a rewrite of the
  table and all its indexes unless the types are binary-coercible (the generator knows);
- ``ADD FOREIGN KEY``: ShareRowExclusiveLock on both tables (scans the referencing one
  unless ``NOT VALID``); ``VALIDATE CONSTRAINT``: ShareUpdateExclusiveLock, scans;
- ``SET STATISTICS``, ``SET (storage parameters)``, ``CLUSTER ON``, ``ATTACH PARTITION``
  (on the parent): ShareUpdateExclusiveLock; ``DETACH PARTITION``: AccessExclusiveLock;
- ``ENABLE/DISABLE TRIGGER``, ``CREATE TRIGGER``: ShareRowExclusiveLock;
- ``CREATE INDEX``: ShareLock (blocks writes while it builds); ``CONCURRENTLY``:
  ShareUpdateExclusiveLock, not in a transaction; ``DROP INDEX``: AccessExclusiveLock on
  the table; ``REINDEX`` and ``REFRESH MATERIALIZED VIEW``: AccessExclusiveLock;
- ``DROP TABLE / VIEW / ...``, ``CREATE OR REPLACE VIEW``, ``CREATE/ALTER/DROP POLICY``,
  ``CREATE RULE``, ``DROP TRIGGER``: AccessExclusiveLock;
- ``ALTER MATERIALIZED VIEW`` and ``ALTER FOREIGN TABLE``: as the same ALTER TABLE form;
  every ``ALTER VIEW`` form (options, column defaults): AccessExclusiveLock;
- ``ALTER SEQUENCE`` options, ``RESTART``, ``OWNED BY``: ShareRowExclusiveLock (blocks
  ``nextval``); its ``OWNER TO`` / ``RENAME`` / ``SET SCHEMA``: AccessExclusiveLock;
- ``ALTER PUBLICATION ... ADD / DROP / SET TABLE``: ShareUpdateExclusiveLock on each table.

tests/engine/test_locks_measured.py checks these against pg_locks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .model import Key
    from .plan import Action

__all__ = [
    "ACCESS_EXCLUSIVE",
    "SHARE",
    "SHARE_ROW_EXCLUSIVE",
    "SHARE_UPDATE_EXCLUSIVE",
    "Assessment",
    "HazardReason",
    "Lock",
    "assess",
    "display",
    "referenced_table",
    "relation_name",
    "statistics_table",
    "type_change_rewrites",
]

ACCESS_EXCLUSIVE = "AccessExclusiveLock"
SHARE_ROW_EXCLUSIVE = "ShareRowExclusiveLock"
SHARE = "ShareLock"
SHARE_UPDATE_EXCLUSIVE = "ShareUpdateExclusiveLock"
# Locks that block writes to the relation (ShareUpdateExclusive only blocks DDL and VACUUM).
_BLOCKS_WRITES = frozenset({SHARE, SHARE_ROW_EXCLUSIVE, "ExclusiveLock"})


class Lock(NamedTuple):
    """A lock a statement takes: the relation (``schema.name``) and PostgreSQL's mode name."""

    relation: str
    mode: str

    def __str__(self) -> str:
        return f"{self.mode} on {self.relation}"


class HazardReason(NamedTuple):
    """A hazard of one statement and why, in words a reviewer can act on."""

    hazard: Hazard
    reason: str

    def __str__(self) -> str:
        return f"{self.hazard.value}: {self.reason}"


@dataclass(frozen=True)
class Assessment:
    hazards: frozenset[Hazard]
    locks: tuple[Lock, ...]
    reasons: tuple[HazardReason, ...]


# -- names in our own SQL ------------------------------------------------------------------

_IDENT = r'(?:"(?:[^"]|"")*"|[A-Za-z_][A-Za-z0-9_$]*)'
_QNAME = rf"{_IDENT}(?:\.{_IDENT})?"
_PART = re.compile(_IDENT)
_PLAIN = re.compile(r"[a-z_][a-z0-9_$]*")
_COLUMN_ACTION = re.compile(rf"^ALTER\s+(?:COLUMN\s+)?{_IDENT}\s+(?P<act>.*)$", re.S | re.I)


@functools.lru_cache(maxsize=4096)
def display(qname: str) -> str:
    """``"public"."t"`` -> ``public.t`` (quotes kept where a name needs them)."""
    parts = []
    for m in _PART.finditer(qname):
        text = m.group(0)
        if text.startswith('"'):
            inner = text[1:-1].replace('""', '"')
            text = inner if _PLAIN.fullmatch(inner) else text
        parts.append(text)
    return ".".join(parts)


_display = display


def _split_top_level(text: str) -> list[str]:
    """``text`` split at commas outside parentheses, quotes and dollar quotes."""
    if "," not in text:
        return [text.strip()] if text.strip() else []
    out, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch in "\"'":
            end = text.find(ch, i + 1)
            while end != -1 and end + 1 < len(text) and text[end + 1] == ch:
                end = text.find(ch, end + 2)
            i = len(text) if end == -1 else end + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(text[start:i].strip())
            start = i + 1
        i += 1
    out.append(text[start:].strip())
    return [p for p in out if p]


# -- the forms -----------------------------------------------------------------------------


class _Found:
    """What the form rules found for one statement."""

    def __init__(self) -> None:
        self.locks: list[Lock] = []
        self.reasons: dict[Hazard, str] = {}

    def lock(self, relation: str, mode: str) -> None:
        lock = Lock(_display(relation), mode)
        if lock not in self.locks:
            self.locks.append(lock)

    def add(self, hazard: Hazard, reason: str) -> None:
        self.reasons.setdefault(hazard, reason)


_ALTER_TABLE = re.compile(
    rf"^ALTER\s+(?:FOREIGN\s+TABLE|TABLE|MATERIALIZED\s+VIEW)\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?"
    rf"(?P<rel>{_QNAME})\s+(?P<rest>.*)$",
    re.S | re.I,
)
_ALTER_REL = re.compile(
    rf"^ALTER\s+(?P<what>MATERIALIZED\s+VIEW|VIEW|INDEX|SEQUENCE)\s+(?:IF\s+EXISTS\s+)?"
    rf"(?P<rel>{_QNAME})\s+(?P<rest>.*)$",
    re.S | re.I,
)
_CREATE_INDEX = re.compile(
    rf"^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?P<concurrently>CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?"
    rf"(?:{_IDENT}\s+)?ON\s+(?:ONLY\s+)?(?P<rel>{_QNAME})",
    re.S | re.I,
)
_DROP = re.compile(
    r"^DROP\s+(?P<what>TABLE|FOREIGN\s+TABLE|VIEW|MATERIALIZED\s+VIEW|INDEX|SEQUENCE|"
    r"FUNCTION|PROCEDURE|AGGREGATE|ROUTINE|TYPE|DOMAIN|SCHEMA|EXTENSION|OPERATOR|COLLATION|"
    r"CAST|TEXT\s+SEARCH\s+\w+|CONVERSION|SERVER|FOREIGN\s+DATA\s+WRAPPER|PUBLICATION|"
    r"STATISTICS|LANGUAGE)\s+(?P<concurrently>CONCURRENTLY\s+)?(?:IF\s+EXISTS\s+)?"
    rf"(?P<rel>{_QNAME})",
    re.S | re.I,
)
_ON_TABLE = re.compile(
    rf"^(?P<verb>CREATE(?:\s+OR\s+REPLACE)?(?:\s+CONSTRAINT)?\s+TRIGGER|DROP\s+TRIGGER|"
    rf"(?:CREATE|ALTER|DROP)\s+POLICY|DROP\s+RULE)\s+"
    rf"(?:IF\s+EXISTS\s+)?{_IDENT}\s+(?:.*?\s)??ON\s+(?:ONLY\s+)?(?P<rel>{_QNAME})",
    re.S | re.I,
)
_CREATE_RULE = re.compile(
    rf"^(?P<verb>CREATE(?:\s+OR\s+REPLACE)?\s+RULE)\s+{_IDENT}\s+AS\s+ON\s+\w+\s+TO\s+"
    rf"(?:ONLY\s+)?(?P<rel>{_QNAME})",
    re.S | re.I,
)
_REPLACE_VIEW = re.compile(
    rf"^CREATE\s+OR\s+REPLACE\s+(?:TEMP(?:ORARY)?\s+)?(?:RECURSIVE\s+)?VIEW\s+(?P<rel>{_QNAME})",
    re.S | re.I,
)
_CREATE_MATVIEW = re.compile(
    rf"^CREATE\s+MATERIALIZED\s+VIEW\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<rel>{_QNAME})", re.S | re.I
)
_REFRESH = re.compile(
    rf"^REFRESH\s+MATERIALIZED\s+VIEW\s+(?P<concurrently>CONCURRENTLY\s+)?(?P<rel>{_QNAME})",
    re.S | re.I,
)
_PARTITION_OF = re.compile(
    rf"^CREATE\s+(?:UNLOGGED\s+|FOREIGN\s+)?TABLE\s+{_QNAME}\s+PARTITION\s+OF\s+(?P<parent>{_QNAME})",
    re.S | re.I,
)
_INHERITS = re.compile(
    r"\sINHERITS\s*\((?P<list>[^()]*)\)\s*(?:$|\s(?:PARTITION|USING|WITH|SERVER|TABLESPACE)\b)",
    re.I,
)
# COMMENT ON / SECURITY LABEL ON a relation or a column of one: ShareUpdateExclusiveLock
# on the relation (comment.c and seclabel.c look the object up with that lock; measured).
# On a constraint, trigger, policy or rule, the relation is only read (AccessShareLock).
_ANNOTATE = re.compile(
    r"^(?:COMMENT\s+ON|SECURITY\s+LABEL\s+(?:FOR\s+\S+\s+)?ON)\s+"
    r"(?P<what>TABLE|FOREIGN\s+TABLE|VIEW|MATERIALIZED\s+VIEW|SEQUENCE|INDEX|COLUMN)\s+"
    r"(?P<rest>.*)$",
    re.S | re.I,
)
_COLUMN_NAME = re.compile(rf"^(?P<rel>{_IDENT}(?:\.{_IDENT})?)\.{_IDENT}\s", re.S)
_REFERENCES = re.compile(rf"\bREFERENCES\s+(?P<rel>{_QNAME})", re.I)
_OWNER_TO = re.compile(r"\sOWNER\s+TO\s", re.I)
_SECURITY_DEFINER = re.compile(r"\bSECURITY\s+DEFINER\b", re.I)


def relation_name(schema: str, name: str) -> str:
    """``schema.name`` as ``Lock.relation`` writes it: quoted only where a part needs it."""
    return ".".join(
        part if _PLAIN.fullmatch(part) else '"' + part.replace('"', '""') + '"'
        for part in (schema, name)
    )


def referenced_table(definition: str) -> str | None:
    """The table a foreign key's ``definition`` (``... REFERENCES t(c)``) references, as
    ``Lock.relation`` writes it."""
    ref = _REFERENCES.search(definition)
    if not ref:
        return None
    referenced = _display(ref.group("rel"))
    # pg_get_constraintdef leaves out the schema only when the table is on the
    # inspection's search path, which is public's (measured: a table of another schema
    # referencing public.t reads "REFERENCES t").
    return referenced if "." in referenced else f"public.{referenced}"


_STATISTICS_FROM = re.compile(rf"\sFROM\s+(?:ONLY\s+)?(?P<rel>{_QNAME})\s*$", re.S | re.I)


def statistics_table(definition: str) -> str | None:
    """The table of a ``CREATE STATISTICS ... FROM t`` statement, as ``Lock.relation``
    writes it (pg_get_statisticsobjdef leaves out a schema on the search path: public)."""
    m = _STATISTICS_FROM.search(definition)
    if not m:
        return None
    table = _display(m.group("rel"))
    return table if "." in table else f"public.{table}"


def _alter_table(rel: str, rest: str, given: frozenset[Hazard], found: _Found) -> None:
    name = _display(rel)
    for cmd in _split_top_level(rest):
        upper = " ".join(cmd.split()).upper()
        # ALTER [COLUMN] c <action>: the action follows the column name.
        column_action = _COLUMN_ACTION.match(cmd) if upper.startswith("ALTER ") else None
        act = " ".join(column_action.group("act").split()).upper() if column_action else ""
        if upper.startswith("ADD CONSTRAINT") or upper.startswith(
            ("ADD PRIMARY KEY", "ADD UNIQUE", "ADD CHECK", "ADD FOREIGN KEY", "ADD EXCLUDE")
        ):
            not_valid = upper.endswith("NOT VALID")
            if " FOREIGN KEY " in f" {upper} ":
                found.lock(rel, SHARE_ROW_EXCLUSIVE)
                referenced = referenced_table(cmd)
                if referenced:
                    found.lock(referenced, SHARE_ROW_EXCLUSIVE)
                if not not_valid:
                    found.add(
                        Hazard.SCANS_TABLE,
                        f"checks every row of {name} against the referenced table, blocking "
                        "writes to both meanwhile (NOT VALID, then VALIDATE CONSTRAINT avoids it)",
                    )
                continue
            found.lock(rel, ACCESS_EXCLUSIVE)
            builds = " USING INDEX " not in f" {upper} " and any(
                w in f" {upper} " for w in (" PRIMARY KEY ", " UNIQUE ", " EXCLUDE ")
            )
            if builds:
                found.add(
                    Hazard.BUILDS_INDEX,
                    f"builds the constraint's index on {name} while holding AccessExclusiveLock",
                )
            if " CHECK " in f" {upper} " and not not_valid:
                found.add(
                    Hazard.SCANS_TABLE,
                    f"checks every row of {name} under AccessExclusiveLock (NOT VALID, then "
                    "VALIDATE CONSTRAINT avoids it)",
                )
            elif " PRIMARY KEY " in f" {upper} ":
                found.add(
                    Hazard.SCANS_TABLE,
                    f"checks every row of {name} for NULLs and duplicates under "
                    "AccessExclusiveLock",
                )
        elif upper.startswith("VALIDATE CONSTRAINT"):
            found.lock(rel, SHARE_UPDATE_EXCLUSIVE)
            found.add(
                Hazard.SCANS_TABLE,
                f"scans {name} to validate the constraint; ShareUpdateExclusiveLock lets reads "
                "and writes go on",
            )
        elif upper.startswith("ADD ") or upper.startswith("ADD COLUMN"):
            found.lock(rel, ACCESS_EXCLUSIVE)
            if Hazard.REWRITES_TABLE in given:
                found.add(
                    Hazard.REWRITES_TABLE,
                    f"the new column's value is computed for every row: {name} and its "
                    "indexes are rewritten under AccessExclusiveLock",
                )
        elif upper.startswith("DROP COLUMN") or (
            upper.startswith("DROP ")
            and not upper.startswith(("DROP CONSTRAINT", "DROP EXPR"))
            and " NOT NULL" not in upper
        ):
            found.lock(rel, ACCESS_EXCLUSIVE)
            found.add(
                Hazard.DELETES_DATA,
                f"drops the column's values in every row of {name}",
            )
        elif upper.startswith("DROP CONSTRAINT"):
            found.lock(rel, ACCESS_EXCLUSIVE)
        elif act.startswith(("TYPE ", "SET DATA TYPE ")):
            found.lock(rel, ACCESS_EXCLUSIVE)
            if Hazard.REWRITES_TABLE in given:
                found.add(
                    Hazard.REWRITES_TABLE,
                    f"converts the column in every row: {name} and all its indexes are "
                    "rewritten under AccessExclusiveLock",
                )
        elif act.startswith("SET NOT NULL"):
            found.lock(rel, ACCESS_EXCLUSIVE)
            found.add(
                Hazard.SCANS_TABLE,
                f"scans all of {name} for NULLs under AccessExclusiveLock (a validated "
                "CHECK (col IS NOT NULL) first avoids the scan)",
            )
        elif act.startswith(("SET STATISTICS", "SET (", "RESET (")):
            found.lock(rel, SHARE_UPDATE_EXCLUSIVE)
        elif act:
            # SET/DROP DEFAULT, DROP NOT NULL, identity, SET STORAGE, SET COMPRESSION,
            # SET/DROP EXPRESSION: catalog changes under a brief AccessExclusiveLock.
            found.lock(rel, ACCESS_EXCLUSIVE)
        elif upper.startswith(
            ("SET LOGGED", "SET UNLOGGED", "SET TABLESPACE", "SET ACCESS METHOD")
        ):
            found.lock(rel, ACCESS_EXCLUSIVE)
            found.add(
                Hazard.REWRITES_TABLE,
                f"rewrites {name} and all its indexes under AccessExclusiveLock",
            )
        elif upper.startswith(("SET (", "RESET (", "CLUSTER ON", "SET WITHOUT CLUSTER")):
            found.lock(rel, SHARE_UPDATE_EXCLUSIVE)
        elif upper.startswith(
            ("ENABLE TRIGGER", "DISABLE TRIGGER", "ENABLE ALWAYS TRIGGER", "ENABLE REPLICA TRIGGER")
        ):
            found.lock(rel, SHARE_ROW_EXCLUSIVE)
        elif upper.startswith("ATTACH PARTITION"):
            found.lock(rel, SHARE_UPDATE_EXCLUSIVE)
            part = re.match(rf"ATTACH\s+PARTITION\s+(?P<p>{_QNAME})", cmd, re.I)
            if part:
                found.lock(part.group("p"), ACCESS_EXCLUSIVE)
                found.add(
                    Hazard.SCANS_TABLE,
                    f"scans {_display(part.group('p'))} to check its rows fit the partition "
                    "bound (a matching CHECK constraint first avoids it)",
                )
        elif upper.startswith("DETACH PARTITION"):
            found.lock(rel, ACCESS_EXCLUSIVE)
            part = re.match(rf"DETACH\s+PARTITION\s+(?P<p>{_QNAME})", cmd, re.I)
            if part:
                found.lock(part.group("p"), ACCESS_EXCLUSIVE)
        elif upper.startswith(
            ("ENABLE ROW LEVEL", "DISABLE ROW LEVEL", "FORCE ROW", "NO FORCE ROW")
        ):
            found.lock(rel, ACCESS_EXCLUSIVE)
            found.add(
                Hazard.CHANGES_AUTHORIZATION,
                f"changes which rows of {name} each role can see and change",
            )
        elif upper.startswith("INHERIT "):
            found.lock(rel, ACCESS_EXCLUSIVE)
            parent = re.match(rf"INHERIT\s+(?P<p>{_QNAME})", cmd, re.I)
            if parent:
                # The new parent: ShareUpdateExclusiveLock (ATExecAddInherit; measured).
                found.lock(parent.group("p"), SHARE_UPDATE_EXCLUSIVE)
        elif upper.startswith(("RENAME", "SET SCHEMA")):
            found.lock(rel, ACCESS_EXCLUSIVE)
            found.add(
                Hazard.BREAKS_DEPENDENTS,
                f"queries and code that name {name} or the renamed part fail afterwards",
            )
        else:
            # INHERIT, NO INHERIT, REPLICA IDENTITY, OWNER TO, ALTER CONSTRAINT, ...
            found.lock(rel, ACCESS_EXCLUSIVE)


# The first words of every form _forms knows: anything else is not looked at further.
_FORM_HEADS = ("ALTER ", "CREATE ", "DROP ", "REFRESH ", "COMMENT ", "SECURITY LABEL ")


def _annotate(text: str, found: _Found) -> None:
    """COMMENT ON / SECURITY LABEL ON a relation, or a column of one:
    ShareUpdateExclusiveLock on the relation (blocks only other DDL)."""
    m = _ANNOTATE.match(text)
    if not m:
        return
    rest = m.group("rest")
    if m.group("what").upper() == "COLUMN":
        part = _COLUMN_NAME.match(rest)
    else:
        part = re.match(rf"(?P<rel>{_QNAME})", rest)
    if part:
        found.lock(part.group("rel"), SHARE_UPDATE_EXCLUSIVE)


def _forms(sql: str, head: str, table: Key | None, given: frozenset[Hazard], found: _Found) -> None:
    if not head.startswith(_FORM_HEADS):
        return
    text = sql.lstrip()
    # ALTER MATERIALIZED VIEW runs ALTER TABLE's code: the same lock per form.
    if head.startswith(("ALTER TABLE ", "ALTER FOREIGN TABLE ", "ALTER MATERIALIZED VIEW ")):
        m = _ALTER_TABLE.match(text)
        if m:
            _alter_table(m.group("rel"), m.group("rest"), given, found)
        return
    if head.startswith(("CREATE INDEX ", "CREATE UNIQUE INDEX ")):
        _create_index(text, found)
    elif head.startswith("DROP "):
        _drop(text, table, found)
    elif head.startswith(_ON_TABLE_HEADS):
        _on_table(text, found)
    elif head.startswith("CREATE OR REPLACE ") and " VIEW " in head:
        m = _REPLACE_VIEW.match(text)
        if m:
            found.lock(m.group("rel"), ACCESS_EXCLUSIVE)
    elif head.startswith("CREATE MATERIALIZED VIEW "):
        m = _CREATE_MATVIEW.match(text)
        if m and not re.search(r"\bWITH\s+NO\s+DATA\s*$", text, re.I):
            found.add(
                Hazard.SCANS_TABLE,
                f"runs the query of {_display(m.group('rel'))} over the tables it reads to fill it",
            )
    elif head.startswith("REFRESH "):
        m = _REFRESH.match(text)
        if m:
            mode = SHARE_UPDATE_EXCLUSIVE if m.group("concurrently") else ACCESS_EXCLUSIVE
            found.lock(m.group("rel"), mode)
            found.add(Hazard.SCANS_TABLE, f"runs the query of {_display(m.group('rel'))} again")
    elif head.startswith(("CREATE TABLE ", "CREATE UNLOGGED TABLE ", "CREATE FOREIGN TABLE ")):
        m = _PARTITION_OF.match(text) if " PARTITION OF " in head else None
        if m:
            found.lock(m.group("parent"), ACCESS_EXCLUSIVE)
        inherits = _INHERITS.search(text)
        if inherits:
            # The parents, in ShareUpdateExclusiveLock mode (MergeAttributes).
            for parent in _split_top_level(inherits.group("list")):
                found.lock(parent, SHARE_UPDATE_EXCLUSIVE)
    elif head.startswith(("COMMENT ON ", "SECURITY LABEL ")):
        _annotate(text, found)
    elif head.startswith("CREATE STATISTICS "):
        on = statistics_table(text)
        if on:
            # ShareUpdateExclusiveLock on the table (CreateStatistics; measured).
            found.lock(on, SHARE_UPDATE_EXCLUSIVE)
    elif head.startswith(("ALTER VIEW ", "ALTER INDEX ", "ALTER SEQUENCE ")):
        _alter_relation(text, found)
    elif head.startswith("ALTER PUBLICATION "):
        _publication(text, found)
    if head.startswith(("ALTER SUBSCRIPTION ", "DROP SUBSCRIPTION ")):
        _subscription(text, head, found)


_ON_TABLE_HEADS = (
    "CREATE TRIGGER ",
    "CREATE OR REPLACE TRIGGER ",
    "CREATE CONSTRAINT TRIGGER ",
    "CREATE OR REPLACE CONSTRAINT TRIGGER ",
    "CREATE POLICY ",
    "ALTER POLICY ",
    "CREATE RULE ",
    "CREATE OR REPLACE RULE ",
)


def _create_index(text: str, found: _Found) -> None:
    m = _CREATE_INDEX.match(text)
    if not m:
        return
    name = _display(m.group("rel"))
    if m.group("concurrently"):
        found.lock(m.group("rel"), SHARE_UPDATE_EXCLUSIVE)
        found.add(
            Hazard.BUILDS_INDEX,
            f"builds the index on {name} concurrently: reads and writes go on, slower",
        )
    else:
        found.lock(m.group("rel"), SHARE)
        found.add(
            Hazard.BUILDS_INDEX,
            f"builds the index on {name}, blocking writes to it meanwhile (CREATE INDEX "
            "CONCURRENTLY, outside a transaction, does not)",
        )


def _drop(text: str, table: Key | None, found: _Found) -> None:
    m = _DROP.match(text)
    if not m:
        _on_table(text, found)  # DROP TRIGGER / POLICY / RULE
        return
    what = " ".join(m.group("what").split()).lower()
    name = _display(m.group("rel"))
    if what in ("table", "foreign table", "view", "materialized view", "sequence"):
        found.lock(m.group("rel"), ACCESS_EXCLUSIVE)
    elif what == "index":
        mode = SHARE_UPDATE_EXCLUSIVE if m.group("concurrently") else ACCESS_EXCLUSIVE
        if table is not None:
            # DROP INDEX locks the index's table, not only the index.
            found.lock(relation_name(table.schema, table.name), mode)
        found.lock(m.group("rel"), mode)
    if what == "table" or what == "materialized view":
        found.add(Hazard.DELETES_DATA, f"drops {what} {name} and every row in it")
    elif what == "schema":
        found.add(Hazard.DELETES_DATA, f"drops schema {name} with everything left in it")
    elif what == "sequence":
        found.add(Hazard.DELETES_DATA, f"drops sequence {name} and its current value")
    elif what in ("type", "domain"):
        found.add(Hazard.DELETES_DATA, f"drops {what} {name}: columns of it lose their data")
    elif what == "extension":
        found.add(Hazard.DELETES_DATA, f"drops extension {name} and what it created")
    elif what in ("function", "procedure", "aggregate", "routine"):
        found.add(Hazard.DELETES_DATA, f"drops {what} {name}: its callers fail afterwards")
    if what != "index":
        found.add(
            Hazard.BREAKS_DEPENDENTS,
            f"queries and code outside the schema that use {what} {name} fail afterwards",
        )


def _on_table(text: str, found: _Found) -> None:
    m = _ON_TABLE.match(text) or _CREATE_RULE.match(text)
    if not m:
        return
    verb = " ".join(m.group("verb").split()).upper()
    name = _display(m.group("rel"))
    if "TRIGGER" in verb and verb.startswith("CREATE"):
        found.lock(m.group("rel"), SHARE_ROW_EXCLUSIVE)
    else:
        found.lock(m.group("rel"), ACCESS_EXCLUSIVE)
    if "POLICY" in verb:
        found.add(
            Hazard.CHANGES_AUTHORIZATION,
            f"changes which rows of {name} each role can see and change",
        )


# ALTER SEQUENCE forms that ALTER TABLE's code runs (AccessExclusiveLock); the others
# (options, RESTART, OWNED BY) lock the sequence in ShareRowExclusiveLock mode, which
# blocks nextval(): inserts that draw from it wait.
_SEQUENCE_AS_TABLE = ("OWNER TO", "RENAME", "SET SCHEMA", "SET LOGGED", "SET UNLOGGED")


def _alter_relation(text: str, found: _Found) -> None:
    m = _ALTER_REL.match(text)
    if not m:
        return
    rest = " ".join(m.group("rest").split()).upper()
    what = " ".join(m.group("what").split()).upper()
    name = _display(m.group("rel"))
    if what == "VIEW":
        # Every ALTER VIEW form, view options and column defaults included (measured).
        found.lock(m.group("rel"), ACCESS_EXCLUSIVE)
    elif what == "SEQUENCE":
        if rest.startswith(_SEQUENCE_AS_TABLE):
            found.lock(m.group("rel"), ACCESS_EXCLUSIVE)
        else:
            found.lock(m.group("rel"), SHARE_ROW_EXCLUSIVE)
        if re.search(r"\bRESTART\b", rest):
            found.add(
                Hazard.BREAKS_DEPENDENTS,
                f"RESTART sets {name} back to its start value: the values it hands out "
                "again may collide with rows that already hold them",
            )
    elif rest.startswith(
        ("SET (", "RESET (", "SET STATISTICS", "ALTER COLUMN", "ATTACH PARTITION")
    ):
        found.lock(m.group("rel"), SHARE_UPDATE_EXCLUSIVE)
    else:
        found.lock(m.group("rel"), ACCESS_EXCLUSIVE)
    if rest.startswith(("RENAME", "SET SCHEMA")):
        found.add(
            Hazard.BREAKS_DEPENDENTS,
            f"queries and code that name {_display(m.group('rel'))} fail afterwards",
        )


_PUBLICATION_TABLES = re.compile(
    r"^ALTER\s+PUBLICATION\s+\S+\s+(?:ADD|DROP|SET)\s+TABLE\s+(?P<list>.*)$", re.S | re.I
)
_TABLE_ENTRY = re.compile(rf"^(?:TABLE\s+)?(?:ONLY\s+)?(?P<rel>{_QNAME})", re.I)
_SUBSCRIPTION = re.compile(rf"^(?:ALTER|DROP)\s+SUBSCRIPTION\s+(?P<name>{_IDENT})", re.I)


def _publication(text: str, found: _Found) -> None:
    """``ALTER PUBLICATION ... ADD / DROP / SET TABLE t [(columns)] [WHERE (...)], ...``:
    ShareUpdateExclusiveLock on each table (publicationcmds.c, OpenTableList; measured). A
    schema's tables (TABLES IN SCHEMA) are not locked one by one."""
    m = _PUBLICATION_TABLES.match(text)
    if not m:
        return
    for entry in _split_top_level(m.group("list")):
        if re.match(r"TABLES\s", entry, re.I):
            continue
        table = _TABLE_ENTRY.match(entry)
        if table:
            found.lock(table.group("rel"), SHARE_UPDATE_EXCLUSIVE)


def _subscription(text: str, head: str, found: _Found) -> None:
    """A dropped subscription stops replication into this database, and what becomes of
    its replication slot on the publisher is the hazard to name."""
    m = _SUBSCRIPTION.match(text)
    if not m:
        return
    name = _display(m.group("name"))
    if head.startswith("DROP "):
        found.add(
            Hazard.BREAKS_DEPENDENTS,
            f"stops replication into this database through {name}; while it still has a "
            "slot (slot_name not NONE) DROP SUBSCRIPTION connects to the publisher and drops "
            "the slot there, and cannot run in a transaction",
        )
    elif re.search(r"\bslot_name\s*=\s*NONE\b", text, re.I):
        found.add(
            Hazard.BREAKS_DEPENDENTS,
            f"detaches {name} from its replication slot, which stays on the publisher and "
            "keeps WAL there until someone drops it (pg_drop_replication_slot on the "
            "publisher)",
        )


def _authorization(sql: str, head: str, found: _Found) -> None:
    text = sql.lstrip()
    if head.startswith(("GRANT ", "REVOKE ", "ALTER DEFAULT PRIVILEGES")):
        if head.startswith("REVOKE"):
            found.add(
                Hazard.CHANGES_AUTHORIZATION,
                "takes privileges away: queries of the roles named fail afterwards",
            )
        else:
            found.add(Hazard.CHANGES_AUTHORIZATION, "changes who may do what")
    elif head.startswith("ALTER ") and _OWNER_TO.search(text):
        found.add(
            Hazard.CHANGES_AUTHORIZATION,
            "changes the owner, who holds every privilege on it and may alter or drop it",
        )
    elif head.startswith(("CREATE OR REPLACE FUNCTION", "CREATE FUNCTION", "ALTER FUNCTION")) and (
        _SECURITY_DEFINER.search(text)
    ):
        found.add(
            Hazard.CHANGES_AUTHORIZATION, "runs with its owner's privileges (SECURITY DEFINER)"
        )


_TYPMOD = re.compile(
    r"^(?P<base>[a-z ]+?)(?:\((?P<mod>[0-9, ]+)\))?(?P<tz> with(?:out)? time zone)?$"
)
# Types whose typmod only limits values: a larger (or no) limit needs no rewrite, as
# PostgreSQL's planner support functions (varchar_support, numeric_support,
# timestamp_support, ...) reduce the length coercion to nothing.
_WIDENABLE = frozenset(
    {"character varying", "bit varying", "numeric", "timestamp", "time", "interval"}
)
# Binary-coercible pairs (pg_cast castmethod 'b') PostgreSQL changes without a rewrite.
_RELABEL = frozenset(
    {
        ("character varying", "text"),
        ("text", "character varying"),
        ("character", "text"),
        ("cidr", "inet"),
        ("xml", "text"),
        # citext's casts from and to text and varchar are WITHOUT FUNCTION.
        ("text", "citext"),
        ("citext", "text"),
        ("character varying", "citext"),
        ("citext", "character varying"),
    }
)


_INTERVAL = re.compile(r"^interval(?: (?P<fields>[a-z ]+?))?(?:\((?P<precision>\d+)\))?$")
# intervaltypmodleastfield's numbers: the least significant field an interval keeps.
_LEAST_FIELD = {"second": 0, "minute": 1, "hour": 2, "day": 3, "month": 4, "year": 5}
_MAX_INTERVAL_PRECISION = 6


def _interval_change_rewrites(old: re.Match[str], new: re.Match[str]) -> bool:
    """PostgreSQL's interval_support: the cast is skipped when the new type keeps the same
    or a less significant least field and (where seconds are kept) no less precision."""
    if new["fields"] is None and new["precision"] is None:
        return False  # unconstrained
    old_least = _LEAST_FIELD[old["fields"].split()[-1]] if old["fields"] else 0
    new_least = _LEAST_FIELD[new["fields"].split()[-1]] if new["fields"] else 0
    # A missing precision is the full one.
    new_precision = int(new["precision"]) if new["precision"] else _MAX_INTERVAL_PRECISION
    old_precision = int(old["precision"]) if old["precision"] else _MAX_INTERVAL_PRECISION
    keeps = (
        old_least > 0 or new_precision >= _MAX_INTERVAL_PRECISION or new_precision >= old_precision
    )
    return not (new_least <= old_least and keeps)


def type_change_rewrites(old_type: str, new_type: str) -> bool:
    """Whether ``ALTER COLUMN ... TYPE`` from ``old_type`` to ``new_type`` (as
    ``format_type`` writes them) rewrites the table and its indexes; False only where
    PostgreSQL is known to skip it (widening a limit, a binary-coercible relabel).

    ``timestamp`` <-> ``timestamptz`` counts as a rewrite: PostgreSQL skips it only when
    the session's TimeZone is UTC, which a plan cannot know."""
    old_interval = _INTERVAL.match(old_type.strip())
    new_interval = _INTERVAL.match(new_type.strip())
    if old_interval and new_interval:
        return _interval_change_rewrites(old_interval, new_interval)
    old, new = _TYPMOD.match(old_type.strip()), _TYPMOD.match(new_type.strip())
    if old is None or new is None or old["tz"] != new["tz"]:
        return True
    old_base, new_base = old["base"].strip(), new["base"].strip()
    if old_base != new_base:
        # A relabel to a type without a limit (varchar(n) -> text, text -> varchar).
        return (old_base, new_base) not in _RELABEL or new["mod"] is not None
    if old_base not in _WIDENABLE:
        return old_type != new_type
    if new["mod"] is None:
        return False
    if old["mod"] is None:
        return True
    old_mod = [int(x) for x in old["mod"].split(",")]
    new_mod = [int(x) for x in new["mod"].split(",")]
    if old_base == "numeric":
        # Same scale, no smaller precision.
        old_scale = old_mod[1] if len(old_mod) > 1 else 0
        new_scale = new_mod[1] if len(new_mod) > 1 else 0
        return not (new_scale == old_scale and new_mod[0] >= old_mod[0])
    return new_mod[0] < old_mod[0]


# Said of a hazard when no form rule explains it (a generator set it for its own reasons).
_GENERIC = {
    "DELETES_DATA": "deletes data that cannot be recovered from the schema",
    "REWRITES_TABLE": "rewrites the table and all its indexes under AccessExclusiveLock",
    "SCANS_TABLE": "reads every row of the table while holding its lock",
    "BUILDS_INDEX": "builds an index, blocking writes to the table meanwhile",
    "ACCESS_EXCLUSIVE_LOCK": "blocks every read and write of the relation while it runs",
    "SHARE_LOCK": "blocks writes to the table while it runs",
    "BREAKS_DEPENDENTS": "queries and code that use it fail afterwards",
    "CHANGES_AUTHORIZATION": "changes who may do what",
    "NOT_TRANSACTIONAL": "cannot run inside a transaction: if a later statement fails, it "
    "stays done",
}


def assess(
    sql: str,
    key: Key,
    action: Action,
    given: Iterable[Hazard],
    transactional: bool,
    table: Key | None = None,
    implied_locks: Iterable[Lock] = (),
) -> Assessment:
    """The hazards (``given`` plus those of the statement's form), locks and reasons;
    ``implied_locks`` are those on relations the SQL does not name (the generator's)."""
    given = frozenset(given)
    found = _Found()
    # The statement's first words, normalized once: most rules need no more.
    head = " ".join(sql[:120].split()).upper()
    _forms(sql, head, table or key.parent(), given, found)
    for lock in implied_locks:
        found.lock(lock.relation, lock.mode)
    _authorization(sql, head, found)
    if not transactional:
        found.add(
            Hazard.NOT_TRANSACTIONAL,
            "cannot run inside a transaction block: it runs on its own after the others, "
            "and a failure leaves the earlier statements committed",
        )
    hazards = set(given)
    # The form's own hazards; DELETES_DATA only where the generator says so (it knows
    # whether there is data, and what counts as unsafe is the generator's decision).
    hazards |= {h for h in found.reasons if h is not Hazard.DELETES_DATA}
    if found.locks:
        # The locks name the mode exactly: the lock hazards follow them, not a guess.
        hazards -= {Hazard.ACCESS_EXCLUSIVE_LOCK, Hazard.SHARE_LOCK}
        exclusive = [lk.relation for lk in found.locks if lk.mode == ACCESS_EXCLUSIVE]
        blocking = [lk for lk in found.locks if lk.mode in _BLOCKS_WRITES]
        long = hazards & {Hazard.SCANS_TABLE, Hazard.REWRITES_TABLE, Hazard.BUILDS_INDEX}
        how = (
            "for as long as it works through the table"
            if long
            else "briefly (a catalog change), but it waits for running queries and every "
            "query after it waits for it"
        )
        if exclusive:
            hazards.add(Hazard.ACCESS_EXCLUSIVE_LOCK)
            found.reasons[Hazard.ACCESS_EXCLUSIVE_LOCK] = (
                f"blocks every read and write of {', '.join(exclusive)} {how}"
            )
        if blocking:
            hazards.add(Hazard.SHARE_LOCK)
            found.reasons[Hazard.SHARE_LOCK] = "blocks writes (not reads) to " + ", ".join(
                f"{lk.relation} ({lk.mode})" for lk in blocking
            )
    reasons = tuple(
        HazardReason(h, found.reasons.get(h) or _GENERIC.get(h.name, h.value))
        for h in sorted(hazards, key=lambda h: h.value)
    )
    return Assessment(frozenset(hazards), tuple(found.locks), reasons)


# At the bottom: plan imports this module at its top, so whichever is imported first, the
# other is complete by the time a statement is assessed.
from .plan import Hazard  # noqa: E402
