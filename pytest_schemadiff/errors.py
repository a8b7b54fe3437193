"""The one error tree of pytest-schemadiff.

Every error a user can provoke with bad input is a ``SchemaDiffError``; its message is one
line that names the file, line, object or option at fault and never contains a password.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "ConnectError",
    "InspectError",
    "LoadError",
    "MissingExtensionError",
    "PlanError",
    "PlanValidationError",
    "SchemaDiffError",
    "ServerError",
    "with_driver_errors",
]


class SchemaDiffError(Exception):
    """Root of every error raised by pytest-schemadiff."""


class ConfigError(SchemaDiffError):
    """An option, ini key or argument has a value we cannot use."""


class ServerError(SchemaDiffError):
    """No PostgreSQL server could be found, started or used."""


class ConnectError(SchemaDiffError):
    """Connecting to a database failed (unreachable host, failed login, missing database)."""


class LoadError(SchemaDiffError):
    """A SQL file or dump failed to load; the message names the file and line."""


class MissingExtensionError(LoadError):
    """A file needs an extension the server does not have: the server is wrong, not the file."""


class InspectError(SchemaDiffError):
    """Reading a schema from the catalog failed."""


class PlanError(SchemaDiffError):
    """SQL to move one schema to another could not be generated or ordered."""


class PlanValidationError(PlanError):
    """A plan failed on a scratch copy of A, or left differences from B after it ran.

    ``statement`` is the SQL that failed (None when every statement ran but the result does
    not match B), ``message`` PostgreSQL's own error with its DETAIL and HINT, or the
    differences that remain.
    """

    def __init__(self, summary: str, statement: str | None = None, message: str = "") -> None:
        super().__init__(summary)
        self.statement = statement
        self.message = message


def with_driver_errors() -> tuple[type[BaseException], ...]:
    """``SchemaDiffError`` and the driver's errors, for an ``except`` around work on a server
    in the plugin's hooks and fixtures (which import the driver only once a server is used)."""
    import psycopg2

    return (SchemaDiffError, psycopg2.Error)
