"""What the ``db`` fixture yields: a database URL that also knows its migration state."""

from __future__ import annotations

import reprlib
from typing import TYPE_CHECKING, Any

from ..urls import mask_password, sqlalchemy_url

if TYPE_CHECKING:
    import psycopg2.extensions

__all__ = ["Database", "MaskedUrl", "explain_comparison"]

_short = reprlib.Repr()
_short.maxstring = 160
_short.maxother = 160


class MaskedUrl(str):
    """A URL string whose ``repr`` hides its password: pytest shows values by ``repr`` in
    assertion failures, ``-l`` locals and junit files. ``str()`` and every string operation
    still give the URL itself."""

    def __repr__(self) -> str:
        return repr(mask_password(str.__str__(self)))


class Database(MaskedUrl):
    """A libpq URL (usable wherever the seed's ``db`` URL string was) with helpers.

    ``state`` is ``"pre"`` (the production dump) or ``"post"`` (dump + pending migration).
    For SQLAlchemy or sqlbag, use ``sqlalchemy_url``: SQLAlchemy 2.1 reads a bare
    ``postgresql://`` as psycopg 3.
    """

    state: str
    name: str

    def __new__(cls, url: str, *, state: str, name: str) -> Database:
        handle = super().__new__(cls, url)
        handle.state = state
        handle.name = name
        return handle

    @property
    def url(self) -> str:
        return MaskedUrl(str.__str__(self))

    @property
    def sqlalchemy_url(self) -> str:
        return MaskedUrl(sqlalchemy_url(self.url))

    def connect(self, **kwargs: Any) -> psycopg2.extensions.connection:
        """A new psycopg2 connection to this database (closed by the caller)."""
        from ..connection import open_connection

        conn = open_connection(self.url)
        for name, value in kwargs.items():
            setattr(conn, name, value)
        return conn

    def __repr__(self) -> str:
        return f"<Database {self.state} {self.name}>"


def _shown(value: object) -> str:
    if isinstance(value, str):
        return repr(mask_password(str.__str__(value)))
    return _short.repr(value)


def explain_comparison(op: str, left: object, right: object) -> list[str]:
    """pytest's explanation of ``left op right`` when one side is a ``MaskedUrl``.

    pytest's own would diff the two strings character by character, password included.
    """
    return [
        f"{_short.repr(left)} {op} {_short.repr(right)}",
        "(database URLs are shown with their password masked)",
        f"left:  {_shown(left)}",
        f"right: {_shown(right)}",
    ]
