"""A PostgreSQL server the user already runs, named by ``--schemadiff-url``."""

from __future__ import annotations

from ..connect import connect, describe_target, fetch_row, libpq_url, mask_password
from ..errors import ServerError
from .binaries import find_client_tools
from .handle import SchemaDiffServer, ServerVersion

__all__ = ["use_existing_server"]


def use_existing_server(url: str, source: str) -> SchemaDiffServer:
    """Check that ``url`` reaches a server where we may create databases.

    ``source`` says where the URL came from (option, ini key or environment variable), so an
    error names it. Raises ConnectError or ServerError with one line, password masked.
    """
    url = libpq_url(url)
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
