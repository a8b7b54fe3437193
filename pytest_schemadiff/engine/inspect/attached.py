"""Comments, privileges, owners and security labels, put on the models of every kind by one
mechanism.

They are not per-kind columns: ``queries/comments.sql`` reads ``pg_description``,
``queries/privileges.sql`` owners and ACLs and ``queries/security_labels.sql``
``pg_seclabel``, each row naming its object by catalog identity.
A row lands on the model whose ``catalog_id`` matches, in the fields ``comment``,
``privileges``, ``owner`` and ``security_labels`` (so a kind gets them by declaring the
fields); a comment on a part no model describes (a view's column, a domain's constraint)
lands in the parent's ``member_comments``. Whatever no model takes is reported as not
compared, so a kind that does not carry the field yet is never silently skipped.

Each row also says how SQL names the object (an ``Address``), kept in ``Catalog.addresses``
for the generic COMMENT / GRANT / ALTER OWNER generators.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

from ..build import replaced
from ..model import (
    ATTACHED_FIELDS,
    Address,
    CatalogId,
    Grant,
    Key,
    Kind,
    UnmodelledObject,
    attached_fields,
    grants,
)

__all__ = ["ATTACHED_FIELDS", "attach"]


Run = Callable[[str], Iterable[dict[str, Any]]]


def _has(obj: Any, name: str) -> bool:
    return name in attached_fields(type(obj))  # type: ignore[arg-type]  # classes hash


@functools.lru_cache(maxsize=4096)
def _grants(text: str) -> tuple[Grant, ...]:
    """The grants of an ACL as privileges.sql writes it. Most objects share one of a few
    ACLs (the default of their kind): each is parsed once and its tuple shared."""
    return grants(json.loads(text))


def attach(
    run: Run,
    objects: dict[Key, Any],
    by_catalog_id: Mapping[CatalogId, Key],
    ignored: Collection[str] = (),
) -> tuple[dict[Key, Address], list[UnmodelledObject]]:
    """Fill the attached fields of ``objects`` in place, but those in ``ignored`` (left at
    their defaults: no copy of every model with an owner when owners are not compared);
    return the addresses of the objects and what no model takes."""
    changes: dict[Key, dict[str, Any]] = {}
    addresses: dict[Key, Address] = {}
    unmodelled: list[UnmodelledObject] = []

    def model_with(catalog_id: CatalogId, name: str) -> Key | None:
        key = by_catalog_id.get(catalog_id)
        return key if key is not None and _has(objects[key], name) else None

    def address(row: dict[str, Any], key: Key, **extra: Any) -> Address:
        if key.kind is Kind.AGGREGATE:
            extra["aggregate_signature"] = key.signature
        return Address(row["type"], tuple(row["names"]), tuple(row["args"]), **extra)

    # Column grants no column model takes, for their relation's ``privileges``.
    column_grants: dict[Key, list[Grant]] = {}
    for row in run("privileges"):
        key = by_catalog_id.get((row["catalog"], row["oid"], row["sub"]))
        if row["sub"] and (key is None or not _has(objects[key], "privileges")):
            relation = model_with((row["catalog"], row["oid"], 0), "privileges")
            if relation is not None:
                column_grants.setdefault(relation, []).extend(_grants(row["privileges"]))
            else:
                unmodelled.append(UnmodelledObject("privilege", row["schema"], row["name"]))
            continue
        defaults = (
            _grants(row["default_privileges"]) if row["default_privileges"] is not None else None
        )
        # NULL privileges: the object has the default ones.
        privileges = _grants(row["privileges"]) if row["privileges"] is not None else defaults
        if key is not None:
            addresses[key] = address(
                row,
                key,
                owner=row["owner"],
                default_privileges=defaults,
                grantee_order=tuple(row["grantee_order"] or ()),
            )
        if key is not None and _has(objects[key], "owner"):
            changes.setdefault(key, {})["owner"] = row["owner"]
        elif not row["sub"]:
            unmodelled.append(UnmodelledObject("owner", row["schema"], row["name"]))
        if privileges is None:
            continue
        if key is not None and _has(objects[key], "privileges"):
            changes.setdefault(key, {})["privileges"] = privileges
        elif privileges != defaults:
            unmodelled.append(UnmodelledObject("privilege", row["schema"], row["name"]))

    for key, extra in column_grants.items():
        values = changes.setdefault(key, {})
        values["privileges"] = grants((*values.get("privileges", ()), *extra))

    members: dict[Key, list[tuple[str, str, str]]] = {}
    for row in run("comments"):
        key = model_with((row["catalog"], row["oid"], row["sub"]), "comment")
        parent = None
        if key is None and row["parent_catalog"] is not None:
            parent = model_with((row["parent_catalog"], row["parent_oid"], 0), "member_comments")
        if key is not None:
            if row["comment"] != row["default_comment"]:
                changes.setdefault(key, {})["comment"] = row["comment"]
            addresses.setdefault(key, address(row, key, default_comment=row["default_comment"]))
        elif parent is not None:
            members.setdefault(parent, []).append(
                (row["member_kind"], row["member"], row["comment"])
            )
        else:
            unmodelled.append(UnmodelledObject("comment", row["schema"], row["name"]))
    for key, entries in members.items():
        changes.setdefault(key, {})["member_comments"] = tuple(sorted(entries))

    labels: dict[Key, list[tuple[str, str]]] = {}
    for row in run("security_labels"):
        key = model_with((row["catalog"], row["oid"], row["sub"]), "security_labels")
        if key is None:
            unmodelled.append(UnmodelledObject("security label", row["schema"], row["name"]))
            continue
        labels.setdefault(key, []).append((row["provider"], row["label"]))
        addresses.setdefault(key, address(row, key))
    for key, found in labels.items():
        changes.setdefault(key, {})["security_labels"] = tuple(sorted(found))

    for key, values in changes.items():
        if ignored:
            values = {k: v for k, v in values.items() if k not in ignored}
        if values:
            objects[key] = replaced(objects[key], values)
    return addresses, unmodelled
