"""One server for all xdist workers; a run killed with SIGKILL does not hurt the next one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import postmasters_left, postmasters_under

RECORD = """
import json, os
from pathlib import Path

import psycopg2
import pytest


def postmasters_under(directory):
    # A backend just forked has its postmaster's command line: keep only the parents.
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


@pytest.mark.parametrize("n", range(4))
def test_record(schemadiff_server, n):
    with psycopg2.connect(schemadiff_server.url) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT pg_postmaster_start_time()::text, inet_server_port(), "
            "current_setting('data_directory')"
        )
        start, port, data_directory = cur.fetchone()
    conn.close()
    worker = os.environ.get("PYTEST_XDIST_WORKER", "none")
    cache = Path(os.environ["SCHEMADIFF_CACHE_DIR"])
    Path(os.environ["RECORD_DIR"], f"{worker}-{n}.json").write_text(json.dumps({
        "worker": worker,
        "start": start,
        "port": port,
        "data_directory": data_directory,
        "postmasters": postmasters_under(cache),
    }))
"""


def _private_env(cache: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SCHEMADIFF_URL"}
    env.update(SCHEMADIFF_CACHE_DIR=str(cache), **extra)
    return env


def test_xdist_workers_share_one_server(
    pytester: pytest.Pytester,
    isolated_cache: Path,
    private_args: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    records = pytester.mkdir("records")
    monkeypatch.delenv("SCHEMADIFF_URL", raising=False)
    monkeypatch.setenv("SCHEMADIFF_CACHE_DIR", str(isolated_cache))
    monkeypatch.setenv("RECORD_DIR", str(records))
    pytester.makepyfile(test_record=RECORD)
    result = pytester.runpytest_subprocess("-n", "2", "--dist", "each", *private_args)
    result.assert_outcomes(passed=8)
    seen = [json.loads(path.read_text()) for path in records.iterdir()]
    assert {r["worker"] for r in seen} == {"gw0", "gw1"}
    assert len({(r["start"], r["port"], r["data_directory"]) for r in seen}) == 1
    assert all(len(r["postmasters"]) == 1 for r in seen), seen
    assert len({r["postmasters"][0] for r in seen}) == 1
    # The controller stopped it at the end.
    assert postmasters_left(isolated_cache) == []
    assert len(list(isolated_cache.glob("v2/pg*/slot*/server/data"))) == 1


KILLED = """
import os, time
from pathlib import Path


def test_hangs(schemadiff_server):
    schemadiff_server.create_database("killed_run_leftover")
    signal = Path(os.environ["RUNNING_FILE"])
    signal.with_suffix(".tmp").write_text(str(schemadiff_server.data_dir))
    signal.with_suffix(".tmp").rename(signal)
    time.sleep(120)
"""

CLEAN = """
def test_clean(schemadiff_server):
    url = schemadiff_server.create_database("after_kill")
    assert url.split("?")[0].endswith("/schemadiff_after_kill")
    schemadiff_server.drop_database("schemadiff_after_kill")
"""


def test_sigkill_then_clean_run(
    tmp_path: Path, isolated_cache: Path, private_args: list[str]
) -> None:
    (tmp_path / "killed").mkdir()
    (tmp_path / "killed" / "test_killed.py").write_text(KILLED)
    (tmp_path / "clean").mkdir()
    (tmp_path / "clean" / "test_clean.py").write_text(CLEAN)
    running = tmp_path / "running"
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-v", *private_args]
    output = tmp_path / "killed-output.txt"
    with open(output, "w") as out:
        killed = subprocess.Popen(
            command,
            cwd=tmp_path / "killed",
            env=_private_env(isolated_cache, RUNNING_FILE=str(running)),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 120
        while not running.exists():
            assert killed.poll() is None, output.read_text()
            assert time.monotonic() < deadline, "the run to be killed never reached its test"
            time.sleep(0.05)
    finally:
        killed.send_signal(signal.SIGKILL)
        killed.wait()
    orphans = postmasters_under(isolated_cache)
    assert len(orphans) == 1  # the scenario: a server left behind, its run gone
    data_dir = Path(running.read_text())
    initialized = (data_dir / "PG_VERSION").stat().st_mtime_ns

    started = time.monotonic()
    clean = subprocess.run(
        command,
        cwd=tmp_path / "clean",
        env=_private_env(isolated_cache),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    elapsed = time.monotonic() - started
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "1 passed" in clean.stdout
    # Generous: CI machines are slow; a lock wait or a start timeout would take a minute.
    assert elapsed < 30, f"the run after a SIGKILL took {elapsed:.1f} s"
    # It took over the killed run's slot (the lock died with it) without a new initdb...
    assert f"data: {data_dir})" in clean.stdout
    assert (data_dir / "PG_VERSION").stat().st_mtime_ns == initialized
    # ...and stopped the orphan at the end: nothing is left running.
    assert postmasters_left(isolated_cache) == []
    assert not (data_dir / "postmaster.pid").exists()
