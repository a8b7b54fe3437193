"""Database URLs as text: masking passwords, and the spellings libpq and SQLAlchemy want.

No driver is imported here: the plugin's hooks mask reports and describe servers with these
before (and without) any connection.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

__all__ = ["libpq_url", "mask_password", "remember_password", "sqlalchemy_url"]

_DRIVER_SUFFIX = re.compile(r"^(postgres(?:ql)?)\+[A-Za-z0-9_]+://")
_URL_PASSWORD = re.compile(r"(://[^:/@?#]*:)[^@/?#]*@")
_URL_PASSWORD_VALUE = re.compile(r"://[^:/@?#]*:([^@/?#]*)@")
_DSN_PASSWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)

# Passwords that passed through our connections, so that they can be masked wherever they
# show up, not only inside a URL (a test's captured output, a failure's locals).
_known_passwords: set[str] = set()
# Shorter ones would mask ordinary words; inside URLs and DSNs they are masked anyway.
_MIN_MASKED_LENGTH = 4


def remember_password(password: str | None) -> None:
    """Mask ``password`` in everything ``mask_password`` sees from now on."""
    if password and len(password) >= _MIN_MASKED_LENGTH:
        _known_passwords.add(password)


def mask_password(text: str) -> str:
    """Return ``text`` with every password in URLs or ``password=`` pairs, and every password
    our connections used or this function saw in a URL, replaced by ``***``.

    A password seen here is remembered as written and percent-decoded: a driver's error
    quotes it on its own (``invalid percent-encoded token: "Top%Secret"``), with no URL
    around it to recognise it by.
    """
    for match in _URL_PASSWORD_VALUE.finditer(text):
        remember_password(match.group(1))
        remember_password(unquote(match.group(1)))
    text = _URL_PASSWORD.sub(r"\1***@", text)
    text = _DSN_PASSWORD.sub(r"\1***", text)
    for password in sorted(_known_passwords, key=len, reverse=True):
        text = text.replace(password, "***")
    return text


def libpq_url(url: str) -> str:
    """Drop a SQLAlchemy driver suffix so libpq tools (psql, pg_dump) accept the URL."""
    return _DRIVER_SUFFIX.sub(r"postgresql://", url)


def sqlalchemy_url(url: str) -> str:
    """The URL spelled for SQLAlchemy 2.x with psycopg2.

    SQLAlchemy 2.1 maps a bare ``postgresql://`` to psycopg 3 (installed with us, so migra's
    snippets work as written); a psycopg2 session is one the engine reads through as it is,
    its open transaction included.
    """
    if _DRIVER_SUFFIX.match(url):
        return _DRIVER_SUFFIX.sub("postgresql+psycopg2://", url)
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg2://" + url.split("://", 1)[1]
    return url
