"""Publications: CREATE / DROP PUBLICATION and ALTER PUBLICATION ... SET (publish, ...).
``FOR ALL TABLES`` cannot be switched in place: the publication is dropped and re-created
(its tables and schemas, objects of their own, follow it). Tables and schemas join and
leave with ``publication_member``."""

from __future__ import annotations

from ..model import Publication
from ..plan import Action, Statement
from .context import Context
from .quoting import ident, literal

__all__ = ["alter", "create", "drop"]

_GENERATED = {"n": "none", "s": "stored"}


def _options(p: Publication) -> str:
    options = [
        f"publish = {literal(', '.join(p.publish))}",
        f"publish_via_partition_root = {str(p.via_partition_root).lower()}",
    ]
    if p.generated_columns is not None:
        options.append(f"publish_generated_columns = {_GENERATED[p.generated_columns]}")
    return ", ".join(options)


def create(new: Publication, ctx: Context) -> list[Statement]:
    scope = " FOR ALL TABLES" if new.all_tables else ""
    return [
        Statement(
            f"CREATE PUBLICATION {ident(new.name)}{scope} WITH ({_options(new)})",
            new.key,
            Action.CREATE,
        )
    ]


def drop(old: Publication, ctx: Context) -> list[Statement]:
    return [Statement(f"DROP PUBLICATION {ident(old.name)}", old.key, Action.DROP)]


def alter(old: Publication, new: Publication, ctx: Context) -> list[Statement] | None:
    if old.all_tables != new.all_tables:
        return None
    return [
        Statement(
            f"ALTER PUBLICATION {ident(new.name)} SET ({_options(new)})", new.key, Action.ALTER
        )
    ]
