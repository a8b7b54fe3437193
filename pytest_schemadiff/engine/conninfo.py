"""Secrets inside a subscription's connection string (``password=...``), kept out of what
people read.

A conninfo is compared on its real value, but differences show it with every password
replaced by ``MASK``, and SQL written to be applied carries ``placeholder()`` in its place
(text that makes the statement fail until someone fills the value in, never a wrong
password). Both key/value strings (``host=x password='s e'``) and URIs
(``postgresql://user:secret@host/db?password=...``) are covered. ``MASK`` and the
placeholder's form come from ``secrets``, as for foreign data wrapper options, so a reader
meets one convention.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import Any

from .diff import Difference
from .model import Kind, Subscription
from .secrets import MASK, placeholder

__all__ = [
    "PASSWORD_CHANGED",
    "has_password",
    "mask",
    "mask_differences",
    "password_secret",
    "with_placeholder",
]

# Appended to the new side of a connection string whose only change is a password.
PASSWORD_CHANGED = "(password changed)"

# password = value, the value bare or single-quoted with backslash escapes (libpq's rules).
_KEYWORD = re.compile(r"(?i)(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s']\S*)")
_URI = re.compile(r"(?i)\s*postgres(?:ql)?://")
# postgresql://user:password@host and ...?password=value in a URI.
_URI_USER = re.compile(r"(?i)^(\s*postgres(?:ql)?://[^:/@?]*:)([^@/?]*)(@)")
_URI_PARAM = re.compile(r"(?i)([?&]password=)([^&]*)")


def _replace(conninfo: str, by: str) -> str:
    if _URI.match(conninfo):
        text = _URI_USER.sub(lambda m: m.group(1) + by + m.group(3), conninfo)
        return _URI_PARAM.sub(lambda m: m.group(1) + by, text)
    return _KEYWORD.sub(lambda m: m.group(1) + by, conninfo)


def has_password(conninfo: str) -> bool:
    """Whether ``conninfo`` holds a password."""
    return _replace(conninfo, MASK) != conninfo


def mask(conninfo: str) -> str:
    """``conninfo`` with every password shown as ``MASK``."""
    return _replace(conninfo, MASK)


def password_secret(subscription: str) -> str:
    """How the password in ``subscription``'s conninfo is named in placeholders and
    warnings."""
    return f"subscription {subscription} password"


def with_placeholder(conninfo: str, subscription: str) -> str:
    """``conninfo`` with every password replaced by the placeholder of
    ``password_secret(subscription)``."""
    return _replace(conninfo, placeholder(password_secret(subscription)))


def _masked(value: Any) -> Any:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, Subscription):
        return dataclasses.replace(value, conninfo=mask(value.conninfo))
    return value


def mask_differences(differences: Iterable[Difference]) -> list[Difference]:
    """``differences`` with the passwords in subscriptions' connection strings masked."""
    out = []
    for d in differences:
        if d.key.kind is Kind.SUBSCRIPTION and d.attribute in (None, "conninfo"):
            old, new = _masked(d.old), _masked(d.new)
            if d.attribute == "conninfo" and old == new:
                # Only a password differs: say so, or the two sides would read the same.
                new = f"{new} {PASSWORD_CHANGED}"
            d = dataclasses.replace(d, old=old, new=new)
        out.append(d)
    return out
