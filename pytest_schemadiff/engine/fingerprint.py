"""A schema's fingerprint: one short string that is equal exactly when two catalogs compare
equal, so a plan can name the schema it starts from and refuse any other.

Built from what the comparison compares (dataclass fields with ``compare=True``, never
oids), in key order, so it is stable across runs, servers' oid assignments and equal
schemas built in any order. Callers normalize the catalog for their comparison options
first (``compare.schema_fingerprint``): an ignored field is not part of it.

Every ``schemadiff A B`` computes one (the plan's origin line), so it has to be cheap next
to the diff: each object becomes one nested tuple of plain values (strings, numbers,
booleans, None) through an encoder made once per model class, which reads the fields its
annotations say are plain without looking at them; ``marshal`` of those tuples (C code,
deterministic for plain values) is what is hashed. Measured at 1000 tables (~19k objects):
~0.1 s against ~1 s for a walk over every value in Python.
"""

from __future__ import annotations

import dataclasses
import hashlib
import marshal
import types
import typing
from collections.abc import Callable
from enum import Enum
from typing import Any

from .model import Catalog

__all__ = ["FINGERPRINT_PREFIX", "catalog_fingerprint"]

# Names the hash and the encoding below; a change to either changes the prefix, so a plan
# written by another version is refused as "another schema", never matched by accident.
FINGERPRINT_PREFIX = "sha256:v1:"

_PLAIN_TYPES = frozenset({str, int, float, bool, type(None), bytes})
Encoder = Callable[[Any], Any]
_encoders: dict[type, Encoder] = {}


def catalog_fingerprint(catalog: Catalog) -> str:
    """``sha256:v1:<hex>`` of the compared content of ``catalog``'s objects and of the
    objects of kinds we do not model (by kind and name)."""
    objects = catalog.objects
    encoded = [((key.kind._value_, *key[1:]), _encode(objects[key])) for key in sorted(objects)]
    unmodelled = sorted((o.kind, o.schema, o.name) for o in catalog.unmodelled)
    # marshal's version 0 has no references or interning flags: the same values give the
    # same bytes in any process.
    try:
        data = marshal.dumps((encoded, unmodelled), 0)
    except ValueError:
        # A value of a subclass (a str enum where ``str`` is annotated): slower, as exact.
        data = repr((encoded, unmodelled)).encode()
    return FINGERPRINT_PREFIX + hashlib.sha256(data).hexdigest()


def _encode(value: Any) -> Any:
    """``value`` as nested tuples of plain values: dataclasses by their compared fields
    (the class name first), sets sorted, mappings by sorted key, enums by value."""
    cls = type(value)
    if cls in _PLAIN_TYPES:
        return value
    encoder = _encoders.get(cls)
    if encoder is None:
        encoder = _encoders[cls] = _encoder_for(cls)
    return encoder(value)


def _encoder_for(cls: type) -> Encoder:
    if issubclass(cls, Enum):
        return lambda value: ("enum", _encode(value.value))
    if cls is tuple or cls is list or issubclass(cls, tuple):
        return lambda value: tuple(
            item if type(item) in _PLAIN_TYPES else _encode(item) for item in value
        )
    if cls is frozenset or cls is set:
        return lambda value: ("set", *sorted((_encode(item) for item in value), key=repr))
    if cls is dict:
        return lambda value: (
            "dict",
            *sorted(((_encode(k), _encode(v)) for k, v in value.items()), key=repr),
        )
    if dataclasses.is_dataclass(cls):
        return _dataclass_encoder(cls)
    return lambda value: ("repr", repr(value))


def _dataclass_encoder(cls: type) -> Encoder:
    """A function returning ``(class name, field, ...)`` for the compared fields, written
    once for the class: fields annotated as plain (``str``, ``int | None`` ...) are taken
    as they are, the others go through ``_encode``."""
    try:
        hints = typing.get_type_hints(cls)
    except (NameError, TypeError):  # pragma: no cover - an annotation we cannot resolve
        hints = {}
    lines, items = [], [repr(cls.__name__)]
    for i, f in enumerate(dataclasses.fields(cls)):
        if not f.compare:
            continue
        if _is_plain(hints.get(f.name)):
            items.append(f"value.{f.name}")
        else:
            # Mostly None (no privileges, no labels): no call for those.
            lines.append(f"    f{i} = value.{f.name}")
            items.append(f"(f{i} if f{i}.__class__ in plain else encode(f{i}))")
    source = "\n".join(["def encoder(value):", *lines, f"    return ({', '.join(items)},)"])
    namespace: dict[str, Any] = {"encode": _encode, "plain": _PLAIN_TYPES}
    # Code of our own, from the class's field names.
    exec(source, namespace)
    encoder: Encoder = namespace["encoder"]
    return encoder


def _is_plain(hint: Any) -> bool:
    """Whether every value an annotation allows is plain: marshalled as it is, with one
    encoding per value (no sets, whose order varies, and no objects)."""
    if hint is None:
        return False
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return all(_is_plain(arg) for arg in typing.get_args(hint))
    if origin is tuple:
        # A tuple of plain values (tuple[str, ...], tuple[str, str]) marshals as it is.
        return all(arg is Ellipsis or _is_plain(arg) for arg in typing.get_args(hint))
    return hint in _PLAIN_TYPES
