"""Passwords kept out of URLs: libpq password files (``passfile``).

A URL travels: into the report header, exceptions, ``repr``, xdist's worker input, the
command lines of ``psql`` and ``pg_restore``. So the URLs we hand out name a password file
(``?passfile=PATH``, mode 0600, readable only by us) instead of holding the password.
psycopg2, the libpq tools and SQLAlchemy URLs all pass ``passfile`` on to libpq.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import tempfile
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg2.extensions

from ..connection import libpq_url, mask_password
from ..errors import ConfigError, ServerError
from .trust import full_disk_message, is_disk_full, open_private_file

__all__ = ["new_password", "split_password", "write_passfile"]


def new_password() -> str:
    """A random password; URL-safe characters only, so pgpass needs no escapes."""
    return secrets.token_urlsafe(32)


def _escape(field: str) -> str:
    """A pgpass field: ``\\`` and ``:`` escaped with a backslash."""
    return field.replace("\\", "\\\\").replace(":", "\\:")


def write_passfile(path: Path, user: str, password: str, hint: str) -> None:
    """Write (atomically, mode 0600, no link followed) a pgpass file that gives ``user``
    ``password`` on any host, port and database: the file is named only by URLs of one
    server, so it needs no narrower match."""
    staging = path.with_name(f".{path.name}.{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    fd = open_private_file(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, hint)
    try:
        with os.fdopen(fd, "w") as out:
            out.write(f"*:*:*:{_escape(user)}:{_escape(password)}\n")
        os.replace(staging, path)
    except OSError as exc:
        staging.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise ServerError(full_disk_message(path.parent, 4096, "a password file")) from None
        raise ServerError(f"cannot write {path}: {exc.strerror}: {hint}") from None


def read_password(path: Path) -> str | None:
    """The password of the first line of a pgpass file ``write_passfile`` wrote, or None."""
    try:
        line = path.read_text().splitlines()[0]
    except (OSError, IndexError):
        return None
    # Fields are separated by unescaped colons; the password is the fifth.
    fields = re.split(r"(?<!\\):", line, maxsplit=4)
    if len(fields) != 5:
        return None
    return fields[4].replace("\\:", ":").replace("\\\\", "\\")


def split_password(url: str, source: str) -> tuple[str, str | None, str | None]:
    """``url`` without its password, the password (or None) and the user it belongs to.

    A URL keeps its form (query parameters included); a keyword DSN is rebuilt without its
    ``password``. ``source`` names where the URL came from, for the error of a malformed one.
    """
    url = libpq_url(url)
    try:
        params = psycopg2.extensions.parse_dsn(url)
    except psycopg2.ProgrammingError as exc:
        message = str(exc).strip().splitlines()[0]
        raise ConfigError(
            mask_password(f"{source}: invalid database URL {url!r}: {message}")
        ) from None
    password = params.get("password")
    if not password:
        return url, None, params.get("user")
    if "://" not in url:
        del params["password"]
        return str(psycopg2.extensions.make_dsn(**params)), password, params.get("user")
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "password"]
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user = userinfo.partition(":")[0]  # still percent-encoded, as it was written
    netloc = f"{user}@{hostport}" if user else hostport
    bare = urlunsplit(parts._replace(netloc=netloc, query=urlencode(query, safe="/")))
    return bare, password, params.get("user")


def with_passfile(url: str, passfile: Path) -> str:
    """``url`` (without password) naming ``passfile`` for libpq."""
    if "://" not in url:
        params = psycopg2.extensions.parse_dsn(url)
        params["passfile"] = str(passfile)
        return str(psycopg2.extensions.make_dsn(**params))
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "passfile"]
    query.append(("passfile", str(passfile)))
    # Every "/" of the path percent-encoded: code that takes the text after the URL's last
    # "/" for the database name still finds it (then "?passfile=...").
    return urlunsplit(parts._replace(query=urlencode(query, safe="")))


def private_passfile_dir() -> Path:
    """A fresh directory only we can enter (``mkdtemp`` makes it 0700)."""
    return Path(tempfile.mkdtemp(prefix="schemadiff-pass-"))
