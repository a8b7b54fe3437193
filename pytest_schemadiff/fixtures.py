"""The plugin's fixtures. Each decision is a small fixture a ``conftest.py`` can override."""

from __future__ import annotations

import pytest

from .provider import provider_key
from .server import SchemaDiffServer

__all__ = ["schemadiff_server"]


@pytest.fixture(scope="session")
def schemadiff_server(request: pytest.FixtureRequest) -> SchemaDiffServer:
    """The PostgreSQL server of this run: the private cluster or ``--schemadiff-url``.

    Offers ``.url``, ``.version``, ``.bin_dir`` (psql, pg_dump, pg_restore for it),
    ``.create_database(name, template=None)`` and ``.drop_database(name)``; the databases
    it makes are named ``schemadiff_*``.
    """
    return request.config.stash[provider_key].get()
