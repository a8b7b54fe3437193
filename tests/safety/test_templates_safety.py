"""Issue 8, items 4 and 5: a cached template is never stale, and runs never break each other.

Never stale: a template is rebuilt when anything its build read changes, not only the inputs
we were given: an ORM model behind a ``module:callable`` target, a file an overridden loader
fixture reads (in Python or through psql), a file ``pending.sql`` pulls in with ``\\ir``.

Never broken: a live run (an inner pytest run in a subprocess, blocked mid-test on a file)
keeps its template and its clone while other runs rebuild, change the inputs, or point at
another database; a dead run's leftovers are dropped by the next run only when they are of
the same role (another role's are skipped and named in the summary); a SIGKILLed
``schemadiff`` leaves nothing once the next ``schemadiff`` has run.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from password_role import PasswordRole
from plugin.conftest import Inner, database_oids
from plugin.conftest import inner as inner  # the fixture, shared with tests/plugin
from psycopg2 import sql

from pytest_schemadiff.cli import main as schemadiff_main
from pytest_schemadiff.connection import connect, with_database
from pytest_schemadiff.server import SchemaDiffServer

# -- helpers ---------------------------------------------------------------------------------


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def lease_held(server: SchemaDiffServer, run_id: str) -> bool:
    """Whether run ``run_id``'s lease (an advisory lock in ``postgres``) is held."""
    objid = (int(run_id, 16) - 2**31) % 2**32
    maintenance = with_database(server.url, "postgres")
    with connect(maintenance, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
            "AND classid = %s AND objid = %s AND granted",
            (0x5D20, objid),
        )
        return bool(cur.fetchone()[0])


def state_templates(inner: Inner, state: str) -> dict[str, int]:
    """Name -> oid of the inner project's templates of ``state`` (spares left out)."""
    names = [
        n for n in inner.templates() if n.split("_")[3] == state and not re.search(r"_s\d+$", n)
    ]
    return database_oids(inner.server, names)


# A test that blocks until the file "go" exists, after changing its clone (so that its
# release clones the template again) and checking afterwards that its database survived.
LIVE_TESTS = """
import time
from pathlib import Path


def test_live(db):
    conn = db.connect()
    with conn.cursor() as cur:
        cur.execute("CREATE TABLE scribble (x int)")
    conn.commit()
    conn.close()
    Path("started").write_text(db.name)
    while not Path("go").exists():
        time.sleep(0.05)
    conn = db.connect()  # fails if another run dropped this run's database meanwhile
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM scribble")
    conn.close()


def test_after(db):
    conn = db.connect()
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM customer")
        assert cur.fetchone()[0] == 2
    conn.close()
"""


@contextmanager
def live_run(inner: Inner, *args: str, url: str | None = None) -> Iterator[list[str]]:
    """An inner run in a subprocess, held inside ``test_live`` for the block; yields a list
    that receives its output (and 'rc=N') once it has finished."""
    result: list[str] = []
    started, go = inner.path / "started", inner.path / "go"
    started.unlink(missing_ok=True)
    go.unlink(missing_ok=True)
    log = inner.path / "live.out"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "pytest", "--schemadiff-url", url or inner.server.url, *args],
            cwd=inner.path,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_for(lambda: started.exists() or process.poll() is not None, 120, "test_live")
            assert started.exists(), log.read_text()
            yield result
            go.write_text("")
            process.wait(120)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    result.extend([log.read_text(), f"rc={process.returncode}"])


def assert_passed(output: list[str], passed: int) -> None:
    text, rc = output
    assert rc == "rc=0", text
    assert re.search(rf"\b{passed} passed\b", text), text


# -- never stale -------------------------------------------------------------------------------

MODELS = """
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Customer(Base):
    __tablename__ = "customer"
    id = Column(Integer, primary_key=True)
    name = Column(String(100), nullable=False)
"""

APP = """
from sqlalchemy import create_engine

from models import Base


def load(url):
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg2://", 1))
    Base.metadata.create_all(engine)
    engine.dispose()
"""

MODEL_DUMP = """
CREATE TABLE public.customer (
    id integer NOT NULL,
    name character varying(100) NOT NULL
);
CREATE SEQUENCE public.customer_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE
    NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.customer_id_seq OWNED BY public.customer.id;
ALTER TABLE ONLY public.customer ALTER COLUMN id SET DEFAULT
    nextval('public.customer_id_seq'::regclass);
ALTER TABLE ONLY public.customer ADD CONSTRAINT customer_pkey PRIMARY KEY (id);
"""


def test_edited_model_of_a_module_callable_target_is_rebuilt(inner: Inner) -> None:
    """migra's load_from_app: the target is built by the application's SQLAlchemy models.
    Before: String(100) -> String(50) still passed, on the stale target. Each run in a
    process of its own, as a user's: SQLAlchemy cannot be imported twice in one."""
    inner.migrations(dump=MODEL_DUMP, pending=None)
    inner.pytester.makepyfile(models=MODELS, app=APP)
    target = ["--schemadiff-target", "app:load", "-k", "schemadiff"]
    inner.run_subprocess(*target).assert_outcomes(passed=1)

    (inner.path / "models.py").write_text(MODELS.replace("String(100)", "String(50)"))
    result = inner.run_subprocess(*target)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*customer*name*"])

    (inner.path / "models.py").write_text(MODELS)
    inner.run_subprocess(*target).assert_outcomes(passed=1)


# The common layout the other way round: the callable's module defines Base and never
# imports the models; conftest.py (or the application) imports them, which adds their
# tables to Base before the target is built.
SETUP = """
from sqlalchemy import create_engine
from sqlalchemy.orm import declarative_base

Base = declarative_base()


def load(url):
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg2://", 1))
    Base.metadata.create_all(engine)
    engine.dispose()
"""
MODELS_ON_SETUP = MODELS.replace(
    "from sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n",
    "from dbsetup import Base\n",
)


def test_edited_model_the_callable_never_imports_is_rebuilt(inner: Inner) -> None:
    """Found by review: models.py is imported by conftest.py, not by the callable's module,
    and none of its code runs during the build; its edit still reaches the target."""
    assert "from dbsetup import Base" in MODELS_ON_SETUP
    inner.migrations(dump=MODEL_DUMP, pending=None)
    inner.pytester.makepyfile(dbsetup=SETUP, models=MODELS_ON_SETUP)
    inner.pytester.makeconftest("import models  # noqa: F401\n")
    target = ["--schemadiff-target", "dbsetup:load", "-k", "schemadiff"]
    inner.run_subprocess(*target).assert_outcomes(passed=1)

    (inner.path / "models.py").write_text(MODELS_ON_SETUP.replace("String(100)", "String(50)"))
    result = inner.run_subprocess(*target)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*customer*name*"])

    (inner.path / "models.py").write_text(MODELS_ON_SETUP)
    inner.run_subprocess(*target).assert_outcomes(passed=1)


LOADER_CONFTEST = {
    "python": """
import psycopg2
import pytest
from pathlib import Path


@pytest.fixture(scope="session")
def load_pre_migration():
    def load(url):
        conn = psycopg2.connect(url)
        with conn, conn.cursor() as cur:
            cur.execute(Path("schema/base.sql").read_text())
        conn.close()
    return load
""",
    "setup": """
import psycopg2
import pytest
from pathlib import Path


@pytest.fixture(scope="session")
def load_pre_migration():
    text = Path("schema/base.sql").read_text()  # read once, when the fixture is set up

    def load(url):
        conn = psycopg2.connect(url)
        with conn, conn.cursor() as cur:
            cur.execute(text)
        conn.close()
    return load
""",
    "psql": """
import pytest
from pathlib import Path

from pytest_schemadiff.loading import load_path


@pytest.fixture(scope="session")
def load_pre_migration(schemadiff_server):
    def load(url):
        load_path(Path("schema/base.sql"), url, bin_dir=schemadiff_server.bin_dir)
    return load
""",
}

BASE = "CREATE TABLE public.customer (id integer PRIMARY KEY, name text);\n"


@pytest.mark.parametrize("reader", sorted(LOADER_CONFTEST))
def test_edited_file_of_an_overridden_loader_is_rebuilt(inner: Inner, reader: str) -> None:
    """An overridden load_pre_migration reads schema/base.sql (in Python when it loads or
    when it is set up, or through psql). Before: editing base.sql kept serving the old
    schema."""
    inner.pytester.makeconftest(LOADER_CONFTEST[reader])
    (inner.path / "schema").mkdir()
    (inner.path / "schema" / "base.sql").write_text(BASE)
    (inner.path / "target.sql").write_text(BASE)
    target = ["--schemadiff-target", "target.sql", "-k", "schemadiff"]
    inner.run(*target).assert_outcomes(passed=1)

    (inner.path / "schema" / "base.sql").write_text(BASE + "ALTER TABLE customer ADD note text;\n")
    result = inner.run(*target)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*note*"])


def test_edited_file_included_by_pending_is_rebuilt(inner: Inner) -> None:
    """pending.sql pulls in more.sql with \\ir. Before: editing more.sql went unnoticed."""
    inner.migrations(dump=BASE, pending="\\ir more.sql\n")
    more = inner.path / "MIGRATIONS" / "more.sql"
    more.write_text("ALTER TABLE customer ADD email text;\n")
    (inner.path / "target.sql").write_text(BASE + "ALTER TABLE customer ADD email text;\n")
    target = ["--schemadiff-target", "target.sql", "-k", "schemadiff"]
    inner.run(*target).assert_outcomes(passed=2)

    more.write_text("ALTER TABLE customer ADD phone text;\n")
    result = inner.run(*target)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*phone*"])


# -- never broken ------------------------------------------------------------------------------


def test_concurrent_rebuilds_keep_the_live_runs_template(inner: Inner) -> None:
    """Two --schemadiff-rebuild runs, one mid-test: both pass, and the template the live run
    clones from is the very same database afterwards. Before: the second run dropped it and
    built another under its name."""
    inner.migrations()
    inner.pytester.makepyfile(test_gate=LIVE_TESTS)
    with live_run(inner, "--schemadiff-rebuild", "-k", "live and post") as first:
        used = state_templates(inner, "post")
        assert len(used) == 1
        second = inner.run("--schemadiff-rebuild", "-k", "after")
        second.assert_outcomes(passed=2)  # db[pre], db[post]
        after = state_templates(inner, "post")
        assert used.items() <= after.items(), "the live run's template was dropped"
        assert len(after) == 2  # the new build, under a new name
    assert_passed(first, 1)
    # With nobody holding it any more, the next run retires the older one.
    inner.run("-k", "after").assert_outcomes(passed=2)
    assert len(state_templates(inner, "post")) == 1


def test_changed_pending_beside_a_live_run(inner: Inner) -> None:
    """A run with a new pending.sql beside a live run: both pass. Before: the new run retired
    the template the live run re-clones from after its test, and the live run errored."""
    inner.migrations()
    inner.pytester.makepyfile(test_gate=LIVE_TESTS)
    with live_run(inner, "-k", "live and post") as first:
        inner.migrations(pending="ALTER TABLE public.customer ADD COLUMN phone text;\n")
        inner.run("-k", "after").assert_outcomes(passed=2)
    assert_passed(first, 1)


def test_url_naming_another_database_spares_a_live_runs_clone(
    inner: Inner, schemadiff_server: SchemaDiffServer
) -> None:
    """Runs take their locks in one database whatever their URL names. Before: a run whose
    URL named another database saw the live run as dead and force-dropped its clone."""
    inner.migrations()
    inner.pytester.makepyfile(test_gate=LIVE_TESTS)
    other = "schemadiff_test_otherdb"
    schemadiff_server.drop_database(other)
    other_url = schemadiff_server.create_database(other)
    try:
        with live_run(inner, "-k", "live and post") as first:
            result = inner.pytester.runpytest_inprocess(
                "--schemadiff-url", other_url, "-k", "after"
            )
            result.assert_outcomes(passed=2)
        assert_passed(first, 1)
    finally:
        schemadiff_server.drop_database(other)


def _create_database_owned_by(server: SchemaDiffServer, name: str, owner: str) -> None:
    with connect(server.url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(name), sql.Identifier(owner)
            )
        )


def test_another_roles_leftover_is_skipped_with_a_warning(
    inner: Inner, schemadiff_server: SchemaDiffServer, password_role: PasswordRole
) -> None:
    """A dead run's database owned by another role: a non-superuser run skips it, says so
    in its summary and passes. Before: it aborted with 'must be owner of database'."""
    other_role = "schemadiff_leftover_owner"
    leftover = "schemadiff_run_0badcafe_main_post"
    with connect(schemadiff_server.url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(other_role)))
        cur.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(other_role)))
    _create_database_owned_by(schemadiff_server, leftover, other_role)
    try:
        inner.migrations()
        inner.pytester.makepyfile(test_fine="def test_fine(db):\n    pass\n")
        result = inner.pytester.runpytest_inprocess("--schemadiff-url", password_role.url)
        result.assert_outcomes(passed=3)
        output = result.stdout.str() + result.stderr.str()
        assert f"{leftover} was left by a dead run of another role; skipped" in output
        assert leftover in schemadiff_server.list_databases()
    finally:
        schemadiff_server.drop_database(leftover)
        with connect(schemadiff_server.url, autocommit=True) as conn, conn.cursor() as cur:
            cur.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(other_role)))


def test_killed_schemadiff_leaves_nothing_after_the_next(
    tmp_path: Path, schemadiff_server: SchemaDiffServer
) -> None:
    """SIGKILL a `schemadiff A.sql B.sql` while it loads A; the next `schemadiff` drops its
    scratch database. Before: schemadiff_cli_* databases stayed forever."""
    slow = tmp_path / "A.sql"
    slow.write_text("CREATE TABLE t (id int);\nSELECT pg_sleep(60);\n")
    other = tmp_path / "B.sql"
    other.write_text("CREATE TABLE t (id int, name text);\n")

    def made_since() -> list[str]:
        # Only the command's: other xdist workers make databases meanwhile.
        now = schemadiff_server.list_databases()
        return sorted(n for n in set(now) - before if "_cli" in n)

    before = set(schemadiff_server.list_databases())
    command = [sys.executable, "-m", "pytest_schemadiff", str(slow), str(other)]
    process = subprocess.Popen(
        [*command, "--server", schemadiff_server.url],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_for(lambda: bool(made_since()) or process.poll() is not None, 60, "a scratch db")
        scratch = made_since()
        assert scratch, "schemadiff made no scratch database"
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    run_ids = {m.group(1) for n in scratch if (m := re.match(r"schemadiff_run_([0-9a-f]{8})_", n))}
    for run_id in run_ids:
        wait_for(lambda r=run_id: not lease_held(schemadiff_server, r), 30, "the lease to end")

    out, err = io.StringIO(), io.StringIO()
    code = schemadiff_main([str(other), str(other), "--server", schemadiff_server.url], out, err)
    assert code == 0, err.getvalue()
    try:
        assert not set(scratch) & set(schemadiff_server.list_databases())
    finally:
        for name in scratch:
            schemadiff_server.drop_database(name)


SUBPROCESS_CONFTEST = """
import subprocess
import sys

import pytest
from pathlib import Path

LOG = Path(__file__).parent / "builds.log"
LOAD = (
    "import psycopg2, sys; c = psycopg2.connect(sys.argv[1]); "
    "c.cursor().execute(sys.argv[2]); c.commit()"
)


@pytest.fixture(scope="session")
def load_pre_migration():
    def load(url):
        with LOG.open("a") as log:
            log.write("built\\n")
        # Another program: what it reads cannot be followed.
        sql = "CREATE TABLE customer (id int)"
        subprocess.run([sys.executable, "-c", LOAD, url, sql], check=True)
    return load
"""


def test_unfollowable_build_is_fresh_every_run_and_says_so(inner: Inner) -> None:
    """A loader that runs another program: no sound key, so it is built every run, and the
    run says so. Before: the first build was reused whatever the program read."""
    inner.pytester.makeconftest(SUBPROCESS_CONFTEST)
    inner.pytester.makepyfile(test_fine="def test_fine(db):\n    pass\n")
    log = inner.path / "builds.log"
    for _ in range(2):
        result = inner.run()
        result.assert_outcomes(passed=1)
        result.stdout.fnmatch_lines(["schemadiff: the post template is not cached, it is built*"])
    assert log.read_text().split() == ["built", "built"]


def _fake_template(server: SchemaDiffServer, name: str, used: float, owner: str) -> None:
    """A template of another project, owned by ``owner``, last used at ``used``."""
    metadata = {"mark": "pytest-schemadiff template", "run": "00000000", "built": used}
    metadata["used"] = used
    _create_database_owned_by(server, name, owner)
    with connect(server.url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(
            sql.SQL("COMMENT ON DATABASE {} IS %s").format(sql.Identifier(name)),
            (json.dumps(metadata),),
        )


def test_old_templates_are_retired_and_prune_drops_the_rest(
    inner: Inner, schemadiff_server: SchemaDiffServer, password_role: PasswordRole
) -> None:
    """Templates unused for 14 days go at the next run's start; --schemadiff-prune drops every
    template of the role that nobody holds. Before: templates were never deleted.

    Run as a role of its own, so that pruning leaves the templates of other tests alone."""
    role = password_role.url.split("://", 1)[1].split(":", 1)[0]
    stale = "schemadiff_tpl_0000dead_pre_0123456789abcdef_abcdef"
    recent = "schemadiff_tpl_0000beef_pre_0123456789abcdef_abcdef"
    _fake_template(schemadiff_server, stale, time.time() - 15 * 86400, role)
    _fake_template(schemadiff_server, recent, time.time() - 86400, role)
    as_role = ["--schemadiff-url", password_role.url]
    try:
        inner.migrations()
        inner.pytester.makepyfile(test_fine="def test_fine(db):\n    pass\n")
        inner.pytester.runpytest_inprocess(*as_role).assert_outcomes(passed=3)
        names = schemadiff_server.list_databases()
        assert stale not in names and recent in names
        built = state_templates(inner, "post")

        inner.pytester.runpytest_inprocess(*as_role, "--schemadiff-prune").assert_outcomes(passed=3)
        assert recent not in schemadiff_server.list_databases()
        rebuilt = state_templates(inner, "post")
        assert len(rebuilt) == 1 and not built.items() & rebuilt.items()
    finally:
        schemadiff_server.drop_database(stale)
        schemadiff_server.drop_database(recent)
