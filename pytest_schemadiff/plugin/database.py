"""What the ``db`` fixture yields: a database URL that also knows its migration state."""

from __future__ import annotations

from typing import Any

import psycopg2.extensions

from ..connect import open_connection, sqlalchemy_url

__all__ = ["Database"]


class Database(str):
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
        return str.__str__(self)

    @property
    def sqlalchemy_url(self) -> str:
        return sqlalchemy_url(self.url)

    def connect(self, **kwargs: Any) -> psycopg2.extensions.connection:
        """A new psycopg2 connection to this database (closed by the caller)."""
        conn = open_connection(self.url)
        for name, value in kwargs.items():
            setattr(conn, name, value)
        return conn

    def __repr__(self) -> str:
        return f"<Database {self.state} {self.name}>"
