"""Templates: built once per inputs (once across xdist workers), reused by later runs,
rebuilt when the dump or the pending migration changes, old ones retired; --schemadiff-rebuild
builds under new names.

The inner conftest wraps ``load_pre_migration`` to log each call with the name of the
database it fills: the post build loads the pre state too, into ``..._build_post_<id>``.
"""

from __future__ import annotations

import re

from .conftest import DUMP, PENDING, Inner, database_oids, run_databases

CONFTEST = """
import pytest
from pathlib import Path

LOG = Path(__file__).parent / "builds.log"


@pytest.fixture(scope="session")
def load_pre_migration(load_pre_migration):
    def counted(url):
        with LOG.open("a") as log:
            log.write(url.rsplit("/", 1)[-1].split("?")[0] + "\\n")
        load_pre_migration(url)
    return counted


# The post state is a copy of the pre template, then pending.sql: its build is logged where
# pending.sql is applied (the loader stays the plugin's, so the copy is what is tested).
@pytest.fixture(scope="session")
def load_post_migration(load_post_migration):
    from dataclasses import replace

    def counted(url):
        with LOG.open("a") as log:
            log.write(url.rsplit("/", 1)[-1].split("?")[0] + "\\n")
        load_post_migration.delta(url)
    return replace(load_post_migration, delta=counted)
"""

TESTS = """
from pathlib import Path

import pytest


@pytest.mark.parametrize("n", range(3))
def test_uses_db(db, n):
    with (Path(__file__).parent / "names.log").open("a") as log:
        log.write(db.name + "\\n")
    conn = db.connect()
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM customer")
        assert cur.fetchone()[0] == 2
    conn.close()
"""


def builds(inner: Inner) -> list[str]:
    """The states built so far, in order, and forget them."""
    log = inner.path / "builds.log"
    if not log.exists():
        return []
    names = log.read_text().split()
    log.unlink()
    return sorted(name.split("_build_")[1].split("_")[0] for name in names)


def no_run_databases_left(inner: Inner) -> bool:
    """After a run: none of the databases its tests used (nor any other of that run) is left."""
    names = (inner.path / "names.log").read_text().split()
    (inner.path / "names.log").unlink()
    run_ids = {name.split("_")[2] for name in names}
    assert len(run_ids) == 1
    return run_databases(inner.server, run_ids.pop()) == []


def current(inner: Inner) -> dict[str, tuple[str, int]]:
    """state -> (template name, database oid); exactly one template per state."""
    every = inner.templates()
    # Spares (clean clones kept for the next run) are named after their template.
    names = [name for name in every if not re.search(r"_s\d+$", name)]
    spares = [name for name in every if name not in names]
    assert all(re.sub(r"_s\d+$", "", spare) in names for spare in spares), (
        f"a spare outlived its template: {every}"
    )
    states = [name.split("_")[3] for name in names]
    assert sorted(states) == sorted(set(states)), f"several templates of a state: {names}"
    oids = database_oids(inner.server, names)
    return {state: (name, oids[name]) for state, name in zip(states, names, strict=True)}


def test_built_once_reused_rebuilt_and_retired(inner: Inner) -> None:
    inner.migrations()
    inner.pytester.makeconftest(CONFTEST)
    inner.pytester.makepyfile(test_uses=TESTS)

    # Two workers, six db tests, the built-in check: each template built exactly once.
    inner.run("-n", "2").assert_outcomes(passed=7)
    assert builds(inner) == ["post", "pre"]
    assert no_run_databases_left(inner)
    first = current(inner)
    assert set(first) == {"pre", "post"}

    # Unchanged inputs: nothing is built, the very same databases serve.
    inner.run().assert_outcomes(passed=7)
    assert builds(inner) == []
    assert no_run_databases_left(inner)
    assert current(inner) == first

    # A new pending migration: only post is rebuilt, the old post template is gone.
    inner.migrations(pending=PENDING + "CREATE INDEX customer_name ON customer (name);\n")
    inner.run().assert_outcomes(passed=7)
    assert builds(inner) == ["post"]
    second = current(inner)
    assert second["pre"] == first["pre"]
    assert second["post"][0] != first["post"][0]

    # A new dump: both are rebuilt.
    inner.migrations(dump=DUMP + "CREATE TABLE public.note (body text);\n")
    inner.run().assert_outcomes(passed=7)
    assert builds(inner) == ["post", "pre"]
    third = current(inner)
    assert third["pre"][0] != second["pre"][0] and third["post"][0] != second["post"][0]

    # --schemadiff-rebuild: built again although nothing changed, under new names (a run
    # still cloning the old ones keeps them); the old ones are retired.
    inner.run("--schemadiff-rebuild").assert_outcomes(passed=7)
    assert builds(inner) == ["post", "pre"]
    fourth = current(inner)
    assert all(fourth[s][0] != third[s][0] for s in ("pre", "post"))
