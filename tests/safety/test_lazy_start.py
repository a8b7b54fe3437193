"""Issue 8, item 1 (and parts of 6 and 7): nothing starts unless a test needs it.

A run without database tests starts no server and leaves the cache as it was, with and
without xdist. The report header names the server without reaching it. A server that cannot
be had (a closed port, an unwritable cache) errors only the tests that need it, with one
line, remembered for the rest of the run; a server that dies mid-run is one line too. An
overridden ``schemadiff_server`` moves ``db`` and the built-in checks with it. Passwords
never show in assertion rewrites of ``db``, ``-l`` locals or junit files.

Inner runs are subprocesses (``runpytest_subprocess``): xdist and the private cluster need
a process of their own.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from foundation.conftest import postmasters_left, postmasters_under
from password_role import PASSWORD, PasswordRole

from pytest_schemadiff.connection import connect
from pytest_schemadiff.server import PrivateCluster, SchemaDiffServer, find_binaries

INI = "[pytest]\naddopts = -p no:cacheprovider\n"

TRIVIAL = """
import pytest


@pytest.mark.parametrize("n", range(20))
def test_plain(n):
    assert n >= 0
"""

NEEDS_DB = """
def test_needs_db(db):
    pass
"""

DUMP = "CREATE TABLE public.item (id integer PRIMARY KEY, name text NOT NULL);\n"
PENDING = "ALTER TABLE public.item ADD COLUMN price numeric;\n"
TARGET = "CREATE TABLE public.item (id integer PRIMARY KEY, name text NOT NULL, price numeric);\n"


# -- helpers ---------------------------------------------------------------------------


def listing(root: Path) -> list[tuple[str, int, int, int]]:
    """Every entry under ``root``, ``root`` included: path, mode, size, modification time."""
    entries = []
    for path in [root, *sorted(root.rglob("*"))]:
        st = path.lstat()
        entries.append((str(path.relative_to(root)), st.st_mode, st.st_size, st.st_mtime_ns))
    return entries


def output_of(result: pytest.RunResult) -> str:
    return result.stdout.str() + "\n" + result.stderr.str()


def no_traceback(result: pytest.RunResult) -> None:
    text = output_of(result)
    for bad in ("Traceback", "INTERNALERROR", "pytest_schemadiff/", "During handling"):
        assert bad not in text, text


def section(result: pytest.RunResult, title: str) -> list[str]:
    """The non-empty lines of the report section ``title`` (``ERROR at setup of t``...)."""
    lines = result.outlines
    start = next(
        i for i, line in enumerate(lines) if re.match(rf"^_+ {re.escape(title)} _+$", line)
    )
    body = []
    for line in lines[start + 1 :]:
        # The next report, or the plugin's summary lines that follow the last one.
        if re.match(r"^(_{3,} .* _{3,}|={3,}.*|schemadiff: .*)$", line):
            break
        if line.strip():
            body.append(line)
    return body


def templates_of(server: SchemaDiffServer, path: Path) -> list[str]:
    """Template databases (and their spares) of the inner project rooted at ``path``."""
    hashes = {hashlib.sha256(str(p).encode()).hexdigest()[:8] for p in {path, path.resolve()}}
    prefixes = tuple(f"schemadiff_tpl_{h}_" for h in hashes)
    return [name for name in server.list_databases() if name.startswith(prefixes)]


@pytest.fixture
def private_args(request: pytest.FixtureRequest) -> list[str]:
    """Arguments that give an inner private run the major the outer run asked for."""
    major = request.config.getoption("schemadiff_pg")
    return ["--schemadiff-pg", str(major)] if major else []


@pytest.fixture
def fresh_cache(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A new cache directory holding one file, for inner runs on the private cluster.

    Directly under /tmp and traversable: as root, the server runs as ``nobody``. Any server an
    inner run left in it is ended afterwards.
    """
    cache = Path(tempfile.mkdtemp(prefix="schemadiff-lazy-", dir="/tmp"))
    cache.chmod(0o755)
    (cache / "notes.txt").write_text("something of the user's\n")
    monkeypatch.setenv("SCHEMADIFF_CACHE_DIR", str(cache))
    monkeypatch.delenv("SCHEMADIFF_URL", raising=False)
    try:
        yield cache
    finally:
        for pid in postmasters_under(cache):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGQUIT)
        postmasters_left(cache, wait=10)
        shutil.rmtree(cache, ignore_errors=True)


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeini(INI)
    return pytester


def migrations(pytester: pytest.Pytester, target: bool = True) -> None:
    """A dump, a pending migration and (ini ``schemadiff_target``) the target it must reach."""
    folder = pytester.path / "MIGRATIONS"
    folder.mkdir(exist_ok=True)
    (folder / "production.dump.sql").write_text(DUMP)
    (folder / "pending.sql").write_text(PENDING)
    if target:
        (pytester.path / "target.sql").write_text(TARGET)
        pytester.makeini(INI + "schemadiff_target = target.sql\n")


class CountingServer:
    """A TCP port that accepts connections and closes them at once, counting them."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            conn.close()

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def counting_server() -> Iterator[CountingServer]:
    server = CountingServer()
    try:
        yield server
    finally:
        server.close()


# -- nothing starts unless needed ------------------------------------------------------


@pytest.mark.parametrize(
    ("files", "args"),
    [
        ({"test_trivial": TRIVIAL}, []),
        ({"test_trivial": TRIVIAL}, ["-n", "2"]),
        ({"test_trivial": TRIVIAL, "test_db": NEEDS_DB}, ["-k", "plain"]),
        ({"test_trivial": TRIVIAL, "test_db": NEEDS_DB}, ["-k", "plain", "-n", "2"]),
    ],
    ids=["plain", "xdist", "db-test-deselected", "db-test-deselected-xdist"],
)
def test_run_without_database_tests_starts_nothing(
    project: pytest.Pytester,
    fresh_cache: Path,
    private_args: list[str],
    files: dict[str, str],
    args: list[str],
) -> None:
    project.makepyfile(**files)
    before = listing(fresh_cache)
    result = project.runpytest_subprocess(*private_args, *args)
    result.assert_outcomes(passed=20)
    assert result.ret == pytest.ExitCode.OK
    # No server ran, and the cache is byte for byte what it was: no slot, no lock, no initdb.
    assert postmasters_under(fresh_cache) == []
    assert listing(fresh_cache) == before
    # The header still says which server a database test would get.
    result.stdout.fnmatch_lines(
        ["schemadiff: private PostgreSQL * cluster (binaries: *), started when a test needs it"]
    )


def test_header_names_existing_server_without_connecting(project: pytest.Pytester) -> None:
    with socket.socket() as closed:  # bound, not listening: a connection would be refused
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
        url = f"postgresql://schemadiff_ci:ci-secret@127.0.0.1:{port}/postgres"
        project.makepyfile(test_trivial=TRIVIAL)
        result = project.runpytest_subprocess("--schemadiff-url", url)
    result.assert_outcomes(passed=20)
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(
        [
            f"schemadiff: existing server 127.0.0.1:{port} as user 'schemadiff_ci' "
            "(from --schemadiff-url), connected to when a test needs it"
        ]
    )
    assert "ci-secret" not in output_of(result)


# -- a server that cannot be had -------------------------------------------------------

NEEDS_SERVER_SEVERAL_WAYS = """
from pytest_schemadiff import assert_schema_matches


def test_db(db):
    pass


def test_server(schemadiff_server):
    pass


def test_loader(load_pre_migration):
    pass


def test_files(tmp_path):
    (tmp_path / "a.sql").write_text("CREATE TABLE t (id int);")
    assert_schema_matches(tmp_path / "a.sql", tmp_path / "a.sql")


def test_plain_one():
    pass


def test_plain_two():
    pass
"""


@pytest.mark.parametrize("args", [[], ["-n", "2"]], ids=["plain", "xdist"])
def test_unreachable_server_errors_only_the_tests_that_need_it(
    project: pytest.Pytester,
    counting_server: CountingServer,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    # sslmode/gssencmode off: libpq makes exactly one connection per attempt.
    url = (
        f"postgresql://schemadiff_ci:ci-secret@127.0.0.1:{counting_server.port}/postgres"
        "?sslmode=disable&gssencmode=disable"
    )
    monkeypatch.setenv("SCHEMADIFF_URL", url)
    migrations(project, target=False)
    project.makepyfile(test_app=NEEDS_SERVER_SEVERAL_WAYS)
    result = project.runpytest_subprocess("-rfE", *args)
    # db[pre], db[post], schemadiff_server, a loader and the built-in check error; a test
    # that compares SQL files fails; the two that need no server pass. Not exit 4.
    result.assert_outcomes(passed=2, errors=5, failed=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    no_traceback(result)
    assert "ci-secret" not in output_of(result)
    line = (
        f"pytest-schemadiff: cannot connect to database 'postgres' on 127.0.0.1:"
        f"{counting_server.port} as 'schemadiff_ci': *"
    )
    if not args:
        for title in (
            "ERROR at setup of test_db[[]pre[]]",
            "ERROR at setup of test_server",
            "ERROR at setup of test_loader",
            "ERROR at setup of .schemadiff_pending_applies",
        ):
            result.stdout.fnmatch_lines([f"*_ {title} _*", line])
        result.stdout.fnmatch_lines(["*_ test_files _*", line])
    shown = [x for x in result.outlines if x.startswith("pytest-schemadiff: cannot connect")]
    assert len(shown) == 6, result.stdout.str()  # one line in each of the six reports
    # Tried once for the whole run, workers included: the failure is remembered.
    assert counting_server.accepted == 1


@pytest.mark.parametrize("args", [[], ["-n", "2"]], ids=["plain", "xdist"])
def test_unwritable_cache_errors_only_the_tests_that_need_it(
    project: pytest.Pytester,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    private_args: list[str],
    args: list[str],
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")  # the cache directory would have to be inside a file
    monkeypatch.setenv("SCHEMADIFF_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.delenv("SCHEMADIFF_URL", raising=False)
    project.makepyfile(test_app=NEEDS_DB + "\n\ndef test_plain():\n    pass\n")
    result = project.runpytest_subprocess(*private_args, *args)
    result.assert_outcomes(passed=1, errors=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    no_traceback(result)
    if not args:
        body = section(result, "ERROR at setup of test_needs_db[post]")
        assert len(body) == 1, body
        assert body[0].startswith("pytest-schemadiff: ")
        assert str(blocker) in body[0]


# -- schemadiff_server moves everything -------------------------------------------------

OVERRIDE_CONFTEST = """
import os

import pytest

from pytest_schemadiff.server import use_existing_server


@pytest.fixture(scope="session")
def schemadiff_server():
    return use_existing_server(os.environ["OUTER_URL"], "conftest.py")
"""

ON_THE_OUTER_SERVER = """
import json
import os

from pytest_schemadiff import assert_schema_matches


def test_db_is_on_the_outer_server(db):
    with db.connect() as conn, conn.cursor() as cur:
        cur.execute("SELECT pg_postmaster_start_time()::text, inet_server_port()")
        assert list(cur.fetchone()) == json.loads(os.environ["OUTER_IDENTITY"])
        cur.execute("SELECT count(*) FROM information_schema.columns WHERE table_name = 'item'")
        assert cur.fetchone()[0] == (3 if db.state == "post" else 2)


def test_files(tmp_path):
    (tmp_path / "a.sql").write_text("CREATE TABLE t (id int);")
    assert_schema_matches(tmp_path / "a.sql", tmp_path / "a.sql")
"""


def test_overriding_schemadiff_server_moves_db_and_the_checks(
    project: pytest.Pytester,
    fresh_cache: Path,
    private_args: list[str],
    schemadiff_server: SchemaDiffServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with connect(schemadiff_server.url) as conn, conn.cursor() as cur:
        cur.execute("SELECT pg_postmaster_start_time()::text, inet_server_port()")
        identity = list(cur.fetchone() or ())
    monkeypatch.setenv("OUTER_URL", schemadiff_server.url)
    monkeypatch.setenv("OUTER_IDENTITY", json.dumps(identity))
    migrations(project)
    project.makeconftest(OVERRIDE_CONFTEST)
    project.makepyfile(test_app=ON_THE_OUTER_SERVER)
    before = listing(fresh_cache)
    try:
        # Private mode: the default server would be a private cluster in the fresh cache.
        result = project.runpytest_subprocess(*private_args, "-v")
        # db[pre], db[post], the built-in pending and target checks, the file comparison.
        result.assert_outcomes(passed=5)
        result.stdout.fnmatch_lines(
            ["*schemadiff_pending_applies PASSED*", "*schemadiff_matches_target PASSED*"]
        )
        # The default server never started: no postmaster, the cache untouched.
        assert postmasters_under(fresh_cache) == []
        assert listing(fresh_cache) == before
    finally:
        for name in templates_of(schemadiff_server, project.path):
            schemadiff_server.drop_database(name)


# -- xdist: one server, started by the first worker that needs it -----------------------

SHARED = """
import json
import os
import time
from pathlib import Path

import psycopg2


def postmasters_under(directory):
    found = {}
    for proc in Path("/proc").iterdir():
        try:
            argv = (proc / "cmdline").read_bytes().split(b"\\0")
            status = (proc / "status").read_text()
        except OSError:
            continue
        if argv[0].endswith(b"/postgres") and b"-D" in argv:
            if argv[argv.index(b"-D") + 1].decode().startswith(str(directory)):
                ppid = next(l.split()[1] for l in status.splitlines() if l.startswith("PPid:"))
                found[int(proc.name)] = int(ppid)
    return sorted(pid for pid, ppid in found.items() if ppid not in found)


def identity(url):
    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT pg_postmaster_start_time()::text, inet_server_port()")
            return list(cur.fetchone())
    finally:
        conn.close()


def test_share(request):
    worker = os.environ["PYTEST_XDIST_WORKER"]
    cache = Path(os.environ["SCHEMADIFF_CACHE_DIR"])
    records = Path(os.environ["RECORD_DIR"])
    if worker == "gw0":
        # Nothing ran before a test asked: not the controller, not the other worker.
        assert postmasters_under(cache) == []
    else:
        deadline = time.monotonic() + 120
        while not (records / "gw0.json").exists():
            assert time.monotonic() < deadline
            time.sleep(0.05)
    server = request.getfixturevalue("schemadiff_server")
    seen = identity(server.url)
    (records / f"{worker}.json").write_text(json.dumps(
        {"identity": seen, "postmasters": postmasters_under(cache)}
    ))
    if worker == "gw0":
        # The starter ends only once gw1 uses the server too.
        deadline = time.monotonic() + 120
        while not (records / "gw1.json").exists():
            assert time.monotonic() < deadline
            time.sleep(0.05)
    else:
        # gw0, which started the server, is done by now: it must wait for us to stop it.
        time.sleep(2)
        assert identity(server.url) == seen
"""


def test_xdist_workers_share_one_lazily_started_server(
    project: pytest.Pytester,
    fresh_cache: Path,
    private_args: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    records = project.mkdir("records")
    monkeypatch.setenv("RECORD_DIR", str(records))
    project.makepyfile(test_shared=SHARED)
    result = project.runpytest_subprocess("-n", "2", "--dist", "each", *private_args)
    result.assert_outcomes(passed=2)
    gw0 = json.loads((records / "gw0.json").read_text())
    gw1 = json.loads((records / "gw1.json").read_text())
    assert gw0["identity"] == gw1["identity"]  # one server, not two
    assert len(gw0["postmasters"]) == 1 and gw0["postmasters"] == gw1["postmasters"]
    # Stopped at the end, once.
    assert postmasters_left(fresh_cache, wait=10) == []
    assert not list(fresh_cache.rglob("postmaster.pid"))


LATE = (
    SHARED.split("def test_share")[0]
    + """
def test_late(request):
    worker = os.environ["PYTEST_XDIST_WORKER"]
    cache = Path(os.environ["SCHEMADIFF_CACHE_DIR"])
    records = Path(os.environ["RECORD_DIR"])
    if worker == "gw1":
        # gw1 needs the server only after gw0, which started it, stopped it at its end.
        deadline = time.monotonic() + 30
        while not (records / "gw0.json").exists() or postmasters_under(cache):
            assert time.monotonic() < deadline, "gw0 never stopped the server"
            time.sleep(0.05)
    server = request.getfixturevalue("schemadiff_server")
    (records / f"{worker}.json").write_text(json.dumps({"identity": identity(server.url)}))
"""
)


def test_xdist_worker_needing_the_server_after_it_stopped_starts_it_again(
    project: pytest.Pytester,
    fresh_cache: Path,
    private_args: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    records = project.mkdir("records")
    monkeypatch.setenv("RECORD_DIR", str(records))
    project.makepyfile(test_late=LATE)
    result = project.runpytest_subprocess("-n", "2", "--dist", "each", *private_args)
    result.assert_outcomes(passed=2)
    gw0 = json.loads((records / "gw0.json").read_text())
    gw1 = json.loads((records / "gw1.json").read_text())
    assert gw0["identity"] != gw1["identity"]  # started again, not a stale description
    assert postmasters_left(fresh_cache, wait=10) == []


# -- a server that dies mid-run ---------------------------------------------------------

KILLED = """
import os
import signal
import time
from pathlib import Path


def test_kill(db, schemadiff_server):
    data_dir = Path(os.environ.get("DATA_DIR") or schemadiff_server.data_dir)
    pid = int((data_dir / "postmaster.pid").read_text().split()[0])
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_after(db):
    pass


def test_plain():
    pass
"""


@pytest.fixture
def outside_cluster() -> Iterator[tuple[SchemaDiffServer, Path]]:
    """A private cluster of its own, to be used by an inner run as an existing server."""
    cache = Path(tempfile.mkdtemp(prefix="schemadiff-outside-", dir="/tmp"))
    cache.chmod(0o755)
    cluster = PrivateCluster(find_binaries(), cache)
    try:
        server = cluster.start()
        assert server.data_dir is not None
        yield server, server.data_dir
    finally:
        cluster.stop()
        for pid in postmasters_under(cache):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGQUIT)
        postmasters_left(cache, wait=10)
        shutil.rmtree(cache, ignore_errors=True)


def _check_killed_run(result: pytest.RunResult) -> None:
    # test_kill passes and its teardown errors; test_after errors; test_plain passes.
    result.assert_outcomes(passed=2, errors=2)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    no_traceback(result)
    for title in ("ERROR at teardown of test_kill[post]", "ERROR at setup of test_after[post]"):
        body = section(result, title)
        assert len(body) == 1, body


def test_private_cluster_killed_mid_run_is_one_line(
    project: pytest.Pytester, fresh_cache: Path, private_args: list[str]
) -> None:
    project.makepyfile(test_killed=KILLED)
    killed = project.runpytest_subprocess(*private_args)
    _check_killed_run(killed)
    # It says what happened.
    (after,) = section(killed, "ERROR at setup of test_after[post]")
    assert "died" in after or "gone" in after, after
    # The next run on the same cache recovers by itself.
    project.makepyfile(test_killed="def test_fine(db):\n    pass\n")
    again = project.runpytest_subprocess(*private_args)
    again.assert_outcomes(passed=1)


def test_existing_server_vanishing_mid_run_is_one_line(
    project: pytest.Pytester,
    outside_cluster: tuple[SchemaDiffServer, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, data_dir = outside_cluster
    monkeypatch.setenv("DATA_DIR", str(data_dir))
    project.makepyfile(test_killed=KILLED)
    _check_killed_run(project.runpytest_subprocess("--schemadiff-url", server.url))


# -- passwords in assertion rewrites, -l locals and junit -------------------------------

LEAKY = """
import pytest


def test_equals(db):
    assert db == "postgresql://elsewhere/x"


def test_contains(db):
    assert "no-such-text" in db


def test_url_equals(db):
    assert db.url == "postgresql://elsewhere/x"


def test_locals(db, schemadiff_server):
    server = schemadiff_server
    url = db
    assert not (server and url)


@pytest.fixture
def breaks_at_teardown(schemadiff_server):
    yield
    raise RuntimeError("teardown broke")


def test_teardown(breaks_at_teardown):
    pass
"""


@pytest.mark.parametrize("args", [["-l"], ["-vv", "-rA"]], ids=["locals", "verbose"])
def test_password_never_shown(
    project: pytest.Pytester,
    password_role: PasswordRole,
    schemadiff_server: SchemaDiffServer,
    args: list[str],
) -> None:
    project.makepyfile(test_leaky=LEAKY)
    junit = project.path / "junit.xml"
    try:
        result = project.runpytest_subprocess(
            "--schemadiff-url", password_role.url, f"--junitxml={junit}", *args
        )
    finally:
        for name in templates_of(schemadiff_server, project.path):
            schemadiff_server.drop_database(name)
    assert PASSWORD not in output_of(result)
    assert PASSWORD not in junit.read_text()
    result.assert_outcomes(passed=1, failed=4, errors=1)
    result.stdout.fnmatch_lines(["*(database URLs are shown with their password masked)*"])
