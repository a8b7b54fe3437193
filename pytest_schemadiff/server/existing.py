"""A PostgreSQL server the user already runs, named by ``--schemadiff-url``."""

from __future__ import annotations

import shutil
from pathlib import Path

from ..connection import connect, describe_target, fetch_row, libpq_url, mask_password
from ..errors import ServerError
from .binaries import find_client_tools
from .handle import SchemaDiffServer, ServerVersion
from .passfile import private_passfile_dir, split_password, with_passfile, write_passfile

__all__ = ["ExistingServer", "use_existing_server"]


class ExistingServer:
    """The server at a URL, for one run: ``start`` checks it, ``stop`` forgets its password.

    A password in the URL moves into a password file of this run (mode 0600, in a directory
    only we can enter), and the server's URL names that file instead: so ``db`` URLs, the
    report, xdist's worker input and the command lines of psql never hold it. ``stop``
    removes the file.
    """

    def __init__(self, url: str, source: str) -> None:
        self._url = url
        self.source = source
        self._passfile_dir: Path | None = None

    def __repr__(self) -> str:
        return f"ExistingServer(url={mask_password(self._url)!r}, source={self.source!r})"

    def start(self) -> SchemaDiffServer:
        """Check that the URL reaches a server where we may create databases.

        Raises ConfigError, ConnectError or ServerError with one line, password masked.
        """
        url, password, user = split_password(self._url, self.source)
        if password is not None:
            self._passfile_dir = private_passfile_dir()
            passfile = self._passfile_dir / "pgpass"
            write_passfile(passfile, user or "*", password, "use another TMPDIR")
            url = with_passfile(url, passfile)
        try:
            return _check(url, self.source)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        if self._passfile_dir is not None:
            shutil.rmtree(self._passfile_dir, ignore_errors=True)
            self._passfile_dir = None


def use_existing_server(url: str, source: str) -> SchemaDiffServer:
    """The server at ``url`` as it is, password included (see ``ExistingServer`` for a run
    that keeps the password out of its URLs)."""
    return _check(libpq_url(url), source)


def _check(url: str, source: str) -> SchemaDiffServer:
    with connect(url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT rolcreatedb OR rolsuper, current_user FROM pg_roles "
            "WHERE rolname = current_user"
        )
        can_create, user = fetch_row(cur)
        version = ServerVersion.from_num(conn.server_version)
        params = conn.get_dsn_parameters()
    if not can_create:
        raise ServerError(
            f"role {user!r} on {describe_target(url)} ({source}) cannot create databases: "
            f"ALTER ROLE {user} CREATEDB, or use another role"
        )
    host = params.get("host", "local socket")
    where = f"{host}:{params.get('port', '5432')} as user {params.get('user')!r}"
    return SchemaDiffServer(
        url=url,
        version=version,
        bin_dir=find_client_tools(version.major).bin_dir,
        mode="existing",
        description=mask_password(f"PostgreSQL {version} (existing server {where}, from {source})"),
    )
