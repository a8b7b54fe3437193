"""A run killed with SIGKILL mid-way leaves its databases behind; the next run drops them
and passes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable

from pytest_schemadiff.connection import connect

from .conftest import Inner, run_databases

HANGING = """
import time
from pathlib import Path


def test_hang(db):
    Path("started").write_text(db.name)
    time.sleep(300)
"""


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def lease_held(inner: Inner, run_id: str) -> bool:
    """Whether the run's lease (an advisory lock, see runs.py) is still held by a session."""
    objid = (int(run_id, 16) - 2**31) % 2**32
    with connect(inner.server.url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
            "AND classid = %s AND objid = %s AND granted",
            (0x5D20, objid),
        )
        return bool(cur.fetchone()[0])


def test_killed_run_is_cleaned_up_by_the_next(inner: Inner) -> None:
    inner.migrations()
    inner.pytester.makepyfile(test_hang=HANGING)
    started = inner.path / "started"
    output = (inner.path / "killed.out").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "pytest", *inner.url_args, "-k", "hang and pre"],
        cwd=inner.path,
        stdout=output,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_for(lambda: started.exists() or process.poll() is not None, 60, "the test")
        assert started.exists(), (inner.path / "killed.out").read_text()
        run_id = started.read_text().split("_")[2]
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        output.close()
    left = run_databases(inner.server, run_id)
    assert f"schemadiff_run_{run_id}_main_pre" in left
    # The server ends the killed client's session (and so its lease) when it notices.
    wait_for(lambda: not lease_held(inner, run_id), 30, "the killed run's session to end")

    started.unlink()
    inner.pytester.makepyfile(test_hang="def test_fine(db):\n    pass\n")
    inner.run().assert_outcomes(passed=3)
    assert run_databases(inner.server, run_id) == []
