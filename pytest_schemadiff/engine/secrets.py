"""Which options hold secrets, and how they are kept out of what people read.

Foreign data wrappers, servers, user mappings and foreign tables carry ``OPTIONS`` as
``name=value`` text. Some of those values are secrets (a user mapping's ``password``, a
server's ``api_key``). The engine compares them on their real values, but:

- everything meant for people (differences as text and JSON, assertion failure text) shows
  ``MASK`` in their place (``mask_difference``, applied by ``compare`` before a
  ``SchemaDiff`` is returned);
- SQL written to be applied carries ``placeholder(...)`` instead of the value: text that is
  not valid SQL, so a script run without filling it in fails rather than setting a wrong
  password, and the diff warns about it (``sqlgen.fdw_options``).

``show_secrets=True`` (``--show-secrets``) turns both off.

The rule, by option name (case-insensitive):

- one of ``SECRET_NAMES``: ``password``, ``passwd``, ``pwd``, ``secret``, ``api_key``,
  ``apikey``, ``token``, ``key``, ``sslpassword``, ``credentials``, ``access_key``,
  ``secret_key``, ``private_key``; or
- ending with one of ``SECRET_SUFFIXES``: ``_key``, ``_password``, ``_passwd``, ``_secret``,
  ``_token``, ``_credentials`` (``aws_secret_access_key``, ``db_password``).

``sslkey`` and ``sslcert`` (postgres_fdw: file paths) are not secrets.
"""

from __future__ import annotations

import dataclasses
from typing import Any

__all__ = [
    "MASK",
    "SECRET_NAMES",
    "SECRET_SUFFIXES",
    "is_secret",
    "mask_difference",
    "mask_options",
    "option_secret",
    "placeholder",
]

SECRET_NAMES = frozenset(
    {
        "password",
        "passwd",
        "pwd",
        "secret",
        "api_key",
        "apikey",
        "token",
        "key",
        "sslpassword",
        "credentials",
        "access_key",
        "secret_key",
        "private_key",
    }
)
SECRET_SUFFIXES = ("_key", "_password", "_passwd", "_secret", "_token", "_credentials")

MASK = "********"
# What the new side of a changed secret shows, so a reader sees that it differs.
CHANGED_MASK = f"{MASK} (changed)"

# Model fields holding "name=value" options, and fields holding models that do.
_OPTION_FIELDS = ("options", "options_order")
_NESTED_FIELDS = ("columns",)


def is_secret(name: str) -> bool:
    """Whether an option called ``name`` holds a secret."""
    lowered = name.lower()
    return lowered in SECRET_NAMES or lowered.endswith(SECRET_SUFFIXES)


def placeholder(secret: str) -> str:
    """What SQL carries instead of the value of ``secret`` (named as the warning names it:
    ``option_secret``, ``conninfo.password_secret``). In place of an option's value it is
    not a string literal, and inside a connection string it breaks its syntax: either way
    PostgreSQL refuses the statement until someone puts the value in."""
    return f"<secret: {secret}>"


def option_secret(owner: str, name: str) -> str:
    """How the secret option ``name`` of ``owner`` is named in placeholders and warnings."""
    return f"{owner} option {name}"


def _split(option: str) -> tuple[str, str]:
    name, _, value = option.partition("=")
    return name, value


def _has_secret(options: Any) -> bool:
    return isinstance(options, tuple) and any(
        isinstance(o, str) and is_secret(_split(o)[0]) for o in options
    )


def mask_options(options: tuple[str, ...], other: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """``options`` with each secret value replaced by ``MASK``; with ``other`` (the old side
    of a change), a secret whose value differs from ``other``'s shows ``CHANGED_MASK``."""
    before = dict(_split(o) for o in other or ()) if other is not None else None
    out = []
    for option in options:
        name, value = _split(option)
        if not is_secret(name):
            out.append(option)
        elif before is not None and name in before and before[name] != value:
            out.append(f"{name}={CHANGED_MASK}")
        else:
            out.append(f"{name}={MASK}")
    return tuple(out)


# Model class -> its fields that may hold secrets, worked out once per class.
_MASKED_FIELDS: dict[type, tuple[str, ...]] = {}


def _masked_fields(cls: type) -> tuple[str, ...]:
    """The fields of model class ``cls`` that may hold secrets (most have none: a diff of
    thousands of tables and columns pays one lookup per object)."""
    found = _MASKED_FIELDS.get(cls)
    if found is None:
        names = {f.name for f in dataclasses.fields(cls)} if dataclasses.is_dataclass(cls) else ()
        found = tuple(f for f in (*_OPTION_FIELDS, *_NESTED_FIELDS) if f in names)
        _MASKED_FIELDS[cls] = found
    return found


def _needs_mask(value: Any) -> bool:
    if isinstance(value, tuple):
        return _has_secret(value) or any(_needs_mask(v) for v in value)
    return any(_needs_mask(getattr(value, f)) for f in _masked_fields(type(value)))


def _mask(value: Any) -> Any:
    """``value`` (options, a model, a tuple of models) with its secrets masked."""
    if isinstance(value, tuple):
        if _has_secret(value):
            return mask_options(value)
        return tuple(_mask(v) for v in value)
    changes = {
        f: _mask(getattr(value, f))
        for f in _masked_fields(type(value))
        if _needs_mask(getattr(value, f))
    }
    return dataclasses.replace(value, **changes) if changes else value


def mask_difference(difference: Any) -> Any:
    """A ``diff.Difference`` fit for people: secret option values masked (a changed one
    marked so). The difference itself stays: it was found on the real values."""
    old, new = difference.old, difference.new
    if (
        not isinstance(old, tuple)
        and not isinstance(new, tuple)
        and not _masked_fields(type(old))
        and not _masked_fields(type(new))
    ):
        return difference  # most: objects and attributes that hold no options
    if not (_needs_mask(old) or _needs_mask(new)):
        return difference
    if _has_secret(old) or _has_secret(new):
        masked_old = mask_options(old) if isinstance(old, tuple) else old
        masked_new = mask_options(new, old) if isinstance(new, tuple) else new
        return dataclasses.replace(difference, old=masked_old, new=masked_new)
    return dataclasses.replace(difference, old=_mask(old), new=_mask(new))
