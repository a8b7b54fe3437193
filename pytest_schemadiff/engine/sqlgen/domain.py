"""Domains: CREATE / DROP DOMAIN, and ALTER DOMAIN in place for the default, NOT NULL and
CHECK constraints (ADD, DROP, VALIDATE). A new base type or collation cannot be set in
place: the domain is rebuilt (see ``typerebuild``), its columns converted."""

from __future__ import annotations

from ..hazards import SHARE, Lock, relation_name
from ..model import Domain, Key, Kind
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import ident, qualified
from .typerebuild import rebuild_statements

_NOT_VALID = " NOT VALID"


def _name(d: Domain) -> str:
    return qualified(d.schema, d.name)


def _constraints(d: Domain) -> dict[str, str]:
    return dict(zip(d.constraint_names, d.constraint_definitions, strict=True))


def _add_constraint(name: str, constraint: str, definition: str) -> str:
    return f"ALTER DOMAIN {name} ADD CONSTRAINT {ident(constraint)} {definition}"


def _create_sql(d: Domain, name: str) -> list[str]:
    parts = [f"CREATE DOMAIN {name} AS {d.base_type}"]
    if d.collation:
        parts.append(f"COLLATE {d.collation}")
    if d.default is not None:
        parts.append(f"DEFAULT {d.default}")
    if d.not_null:
        parts.append("NOT NULL")
    later = []
    for constraint, definition in _constraints(d).items():
        # CREATE DOMAIN takes no NOT VALID constraint.
        if definition.endswith(_NOT_VALID):
            later.append(_add_constraint(name, constraint, definition))
        else:
            parts.append(f"CONSTRAINT {ident(constraint)} {definition}")
    return [" ".join(parts), *later]


def create(new: Domain, ctx: Context) -> list[Statement]:
    return [Statement(sql, new.key, Action.CREATE) for sql in _create_sql(new, _name(new))]


def drop(old: Domain, ctx: Context) -> list[Statement]:
    return [
        Statement(
            f"DROP DOMAIN {_name(old)}", old.key, Action.DROP, frozenset({Hazard.DELETES_DATA})
        )
    ]


def rebuilds(old: Domain, new: Domain, ctx: Context) -> bool:
    return (old.base_type, old.collation) != (new.base_type, new.collation)


def _convert(expr: str, target: str, old: Domain, new: Domain) -> str:
    return f"{expr}::{target}"


def alter(old: Domain, new: Domain, ctx: Context) -> list[Statement] | None:
    name = _name(new)
    if rebuilds(old, new, ctx):
        return rebuild_statements(
            old,
            new,
            ctx,
            _create_sql,
            _convert,
            rename_word="DOMAIN",
            drop_word="DOMAIN",
            lossy=old.base_type != new.base_type,
        )
    # Every statement is an alteration: a domain over this one may change in the same
    # migration, and drops of what a changed object used wait for its alteration.
    out: list[Statement] = []
    checking: list[Statement] = []

    def add(sql: str, *hazards: Hazard, scans: bool = False) -> None:
        statement = Statement(
            f"ALTER DOMAIN {name} {sql}",
            new.key,
            Action.ALTER,
            frozenset(hazards),
            implied_locks=_checked_tables(old.key, ctx) if scans else (),
        )
        (checking if scans else out).append(statement)

    old_checks, new_checks = _constraints(old), _constraints(new)
    for constraint, definition in old_checks.items():
        after = new_checks.get(constraint)
        if after != definition and (after is None or not _validates(definition, after)):
            add(f"DROP CONSTRAINT {ident(constraint)}")
    if old.default is not None and new.default is None:
        add("DROP DEFAULT")
    if old.not_null and not new.not_null:
        add("DROP NOT NULL")
    if new.default is not None and new.default != old.default:
        add(f"SET DEFAULT {new.default}")
    if new.not_null and not old.not_null:
        add("SET NOT NULL", Hazard.SCANS_TABLE, scans=True)
    for constraint, definition in new_checks.items():
        before = old_checks.get(constraint)
        if before == definition:
            continue
        if before is not None and _validates(before, definition):
            add(f"VALIDATE CONSTRAINT {ident(constraint)}", Hazard.SCANS_TABLE, scans=True)
        else:
            validated = not definition.endswith(_NOT_VALID)
            hazards = (Hazard.SCANS_TABLE,) if validated else ()
            add(f"ADD CONSTRAINT {ident(constraint)} {definition}", *hazards, scans=validated)
    if checking:
        out += _around_array_columns(old, new, ctx, checking)
    return out


def _checked_tables(key: Key, ctx: Context) -> tuple[Lock, ...]:
    """The tables whose columns of the domain (or of a domain over it) a check reads:
    ShareLock on each while it scans them (validateDomainCheckConstraint; measured)."""
    tables = {
        relation_name(table.schema, table.name)
        for domain in _sub_domains(key, ctx)
        for dependent in ctx.a.dependents(domain)
        if dependent.kind is Kind.COLUMN and (table := dependent.parent()) is not None
    }
    return tuple(Lock(table, SHARE) for table in sorted(tables))


def _sub_domains(key: Key, ctx: Context) -> set[Key]:
    """``key`` and the domains of A built on it, at any depth."""
    found = {key}
    todo = [key]
    while todo:
        for dependent in ctx.a.dependents(todo.pop()):
            if dependent.kind is Kind.DOMAIN and dependent not in found:
                found.add(dependent)
                todo.append(dependent)
    return found


def _around_array_columns(
    old: Domain, new: Domain, ctx: Context, checking: list[Statement]
) -> list[Statement]:
    """PostgreSQL cannot check a domain's values inside arrays ("cannot alter type ...
    because column ... uses it"): such columns hold the base type's array while the
    domain is checked, and are converted back after, which checks their elements."""
    domains = _sub_domains(old.key, ctx)
    columns = []
    users = {d for domain in domains for d in ctx.a.dependents(domain)}
    for dependent in sorted(users):
        a_col, b_col = ctx.a.get(dependent), ctx.b.get(dependent)
        if (
            dependent.kind is Kind.COLUMN
            and a_col.data_type.endswith("[]")
            and b_col is not None
            and b_col.data_type == a_col.data_type
            and not a_col.inherited
        ):
            columns.append((a_col, b_col))
    before, after = [], []
    for a_col, b_col in columns:
        prefix = (
            f"ALTER TABLE {qualified(a_col.schema, a_col.table)} ALTER COLUMN {ident(a_col.name)}"
        )
        hazards = frozenset({Hazard.REWRITES_TABLE, Hazard.ACCESS_EXCLUSIVE_LOCK})
        if a_col.default is not None:
            before.append(Statement(f"{prefix} DROP DEFAULT", new.key, Action.ALTER))
        before.append(
            Statement(
                f"{prefix} TYPE {old.base_type}[] USING {ident(a_col.name)}::{old.base_type}[]",
                new.key,
                Action.ALTER,
                hazards,
            )
        )
        after.append(
            Statement(
                f"{prefix} TYPE {b_col.data_type} USING {ident(a_col.name)}::{b_col.data_type}",
                new.key,
                Action.ALTER,
                hazards,
            )
        )
        if a_col.default is not None and a_col.default == b_col.default:
            after.append(Statement(f"{prefix} SET DEFAULT {b_col.default}", new.key, Action.ALTER))
    return before + checking + after


def _validates(old_definition: str, new_definition: str) -> bool:
    """Whether only validation turns the old constraint into the new one."""
    return old_definition == new_definition + _NOT_VALID
