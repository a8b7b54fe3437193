"""An example ``conftest.py`` for pytest-schemadiff: every workflow of migra's docs, here.

Copy what you need into your project's ``conftest.py``. Nothing here is required: with a
``MIGRATIONS/production.dump.sql`` and a ``MIGRATIONS/pending.sql`` next to your ini file,
``pip install pytest-schemadiff`` and ``pytest`` already give you the ``db`` fixture.

1. Testing before and after the migration
-----------------------------------------
Every test that takes ``db`` runs twice: ``test_x[pre]`` on the production dump and
``test_x[post]`` on dump + pending migration (only ``post`` when nothing is pending)::

    def test_orders_can_be_listed(db):          # db is the database URL (a str)
        with db.connect() as conn:              # ... with .connect(), .state, .sqlalchemy_url
            assert list_orders(conn) == []

    @pytest.mark.db_state("post")               # a test for the new schema only
    def test_orders_have_a_currency(db): ...

Each test starts from the exact state: rows, sequences and DDL from one test never reach
another, also under ``pytest -n auto``.

Where the inputs are (options win over ini keys; ini paths are relative to the ini file)::

    [pytest]
    schemadiff_dump = MIGRATIONS/production.dump.sql   # plain SQL, pg_dump output, -Fc dumps
    schemadiff_pending = MIGRATIONS/pending.sql
    schemadiff_target = target/schema.sql              # or a directory, a URL, module:callable

2. Proving the migration produces exactly the intended schema
-------------------------------------------------------------
With a pending migration and a target, the run gets two tests of its own,
``schemadiff_pending_applies`` and ``schemadiff_matches_target``. When the migrated schema
differs from the target, the failure lists the objects that differ and the SQL that would
close the gap. ``schemadiff_target = myapp.db:load_schema`` calls your function with a
database URL to build the target from the application itself (``load_from_app`` in migra's
docs), for instance with SQLAlchemy's ``metadata.create_all``.

3. Testing against real data
----------------------------
Point ``schemadiff_dump`` at a dump with rows (``pg_dump -Fc`` of an anonymised copy of
production): the migration then runs against real data in the ``post`` state, and slow or
failing data migrations show up in the test run. Tests that write to tables the dump
filled get a fresh copy; tests that only read reuse one.

The fixtures below show the other workflows.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from pytest_schemadiff import Migration
from pytest_schemadiff.loading import load_path

HERE = Path(__file__).parent


# 4. Building the states yourself
# -------------------------------
# The two loaders of migra's recipe are fixtures: override them to build the pre- and
# post-migration databases some other way (an ORM, a migration tool, several files...).
# Each returns a callable that fills the (empty) database URL it is given. The templates
# they build are cached by the loaders' source code and the files they read.
@pytest.fixture(scope="session")
def load_pre_migration(schemadiff_server) -> Callable[[str], None]:
    def load(url: str) -> None:
        load_path(HERE / "MIGRATIONS/production.dump.sql", url, bin_dir=schemadiff_server.bin_dir)

    return load


@pytest.fixture(scope="session")
def load_post_migration(load_pre_migration, schemadiff_server) -> Callable[[str], None]:
    def load(url: str) -> None:
        load_pre_migration(url)
        load_path(HERE / "MIGRATIONS/pending.sql", url, bin_dir=schemadiff_server.bin_dir)

    return load


# 5. assert_schema_matches inside a test (put this in a test module)
# -------------------------------------------------------------------
# Compare any two schemas: db handles, URLs, psycopg2 connections, sqlbag sessions, SQL
# files. On failure it shows what differs and the SQL that would turn the first into the
# second.
#
#     from pytest_schemadiff import assert_schema_matches
#
#     @pytest.mark.db_state("post")
#     def test_migrated_schema_matches_the_models(db):
#         assert_schema_matches(db, HERE / "target/schema.sql", ignore=["comments"])


# 6. Auto-syncing a dev database to the application's schema (migra's sync script)
# -------------------------------------------------------------------------------
# `from pytest_schemadiff import Migration` replaces `from migra import Migration`.
def sync_dev_database(load_from_app: Callable[[str], None]) -> None:
    from sqlbag import S, temporary_database

    dev_url = os.environ.get("DEV_DATABASE_URL", "postgresql:///name_of_local_dev_database")
    with temporary_database() as temp_url:
        load_from_app(temp_url)
        # Bare postgresql:// URLs, as in migra's docs: SQLAlchemy 2 runs them on psycopg 3.
        with S(dev_url) as current, S(temp_url) as target:
            migration = Migration(current, target)
            migration.set_safety(False)
            migration.add_all_changes()
            if migration.statements:
                print("THE FOLLOWING CHANGES ARE PENDING:", end="\n\n")
                print(migration.sql)
                if input("Apply these changes? ") == "yes":
                    migration.apply()
            else:
                print("Already synced.")
