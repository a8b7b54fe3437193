"""Views and materialized views. A view whose new columns extend the old ones (same names
and types, in order) is changed with CREATE OR REPLACE VIEW; anything else, and every
materialized view change, drops and re-creates it (the engine re-creates its dependents).
Column defaults are set after CREATE and kept by CREATE OR REPLACE."""

from __future__ import annotations

from ..model import View
from ..plan import Action, Hazard, Statement
from .context import Context
from .quoting import ident, qualified


def _word(v: View) -> str:
    return "MATERIALIZED VIEW" if v.materialized else "VIEW"


def _with(v: View) -> str:
    return f" WITH ({', '.join(v.options_order)})" if v.options_order else ""


def _body(v: View) -> str:
    return v.definition.strip().rstrip(";")


def _defaults(v: View) -> dict[str, str]:
    return dict(zip(v.default_columns, v.default_values, strict=True))


def _set_defaults(old: View | None, new: View, action: Action) -> list[Statement]:
    """ALTER VIEW ... ALTER COLUMN ... SET / DROP DEFAULT from ``old``'s defaults to ``new``'s."""
    before = _defaults(old) if old is not None else {}
    after = _defaults(new)
    prefix = f"ALTER VIEW {qualified(new.schema, new.name)} ALTER COLUMN"
    out = [
        Statement(f"{prefix} {ident(column)} DROP DEFAULT", new.key, action)
        for column in before
        if column not in after
    ]
    out += [
        Statement(f"{prefix} {ident(column)} SET DEFAULT {value}", new.key, action)
        for column, value in after.items()
        if before.get(column) != value
    ]
    return out


def create(new: View, ctx: Context) -> list[Statement]:
    sql = f"CREATE {_word(new)} {qualified(new.schema, new.name)}{_with(new)} AS\n{_body(new)}"
    hazards: frozenset[Hazard] = frozenset()
    if new.materialized:
        sql += "\nWITH DATA"
        hazards = frozenset({Hazard.SCANS_TABLE})
    return [
        Statement(sql, new.key, Action.CREATE, hazards),
        *_set_defaults(None, new, Action.CREATE),
    ]


def drop(old: View, ctx: Context) -> list[Statement]:
    hazards = frozenset({Hazard.DELETES_DATA}) if old.materialized else frozenset()
    return [
        Statement(
            f"DROP {_word(old)} {qualified(old.schema, old.name)}", old.key, Action.DROP, hazards
        )
    ]


def alter(old: View, new: View, ctx: Context) -> list[Statement] | None:
    if old.materialized or new.materialized:
        return None
    if new.columns[: len(old.columns)] != old.columns:
        return None
    name = qualified(new.schema, new.name)
    out = []
    if old.definition != new.definition or old.columns != new.columns:
        out.append(
            Statement(
                f"CREATE OR REPLACE VIEW {name}{_with(new)} AS\n{_body(new)}", new.key, Action.ALTER
            )
        )
    if old.options != new.options:
        new_keys = {o.split("=", 1)[0] for o in new.options}
        removed = [o.split("=", 1)[0] for o in old.options if o.split("=", 1)[0] not in new_keys]
        if removed:
            out.append(
                Statement(f"ALTER VIEW {name} RESET ({', '.join(removed)})", new.key, Action.ALTER)
            )
        if new.options_order:
            out.append(
                Statement(
                    f"ALTER VIEW {name} SET ({', '.join(new.options_order)})", new.key, Action.ALTER
                )
            )
    out += _set_defaults(old, new, Action.ALTER)
    return out
