"""The installed ``schemadiff`` console script, and the private cluster it starts on demand."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pytest_schemadiff.server import SchemaDiffServer

from .conftest import RunCli, scratch_databases

A_SQL = "CREATE TABLE person (id int PRIMARY KEY);\n"
B_SQL = "CREATE TABLE person (id int PRIMARY KEY, name text);\nCREATE TABLE pet (id int);\n"


def console_script() -> str:
    script = Path(sys.executable).parent / "schemadiff"
    if not script.is_file():
        pytest.skip("the schemadiff console script is not installed next to this Python")
    return str(script)


def test_console_script(schemadiff_server: SchemaDiffServer, tmp_path: Path) -> None:
    (tmp_path / "a.sql").write_text(A_SQL)
    (tmp_path / "b.sql").write_text(B_SQL)
    env = {k: v for k, v in os.environ.items() if k != "SCHEMADIFF_URL"}
    done = subprocess.run(
        [console_script(), "--server", schemadiff_server.url, "a.sql", "b.sql"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert 'ADD COLUMN "name" text;' in done.stdout
    assert 'CREATE TABLE "public"."pet"' in done.stdout
    assert done.stderr == ""

    usage = subprocess.run(
        [console_script(), "--no-such-flag", "a.sql", "b.sql"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert usage.returncode == 1
    assert "Traceback" not in usage.stderr
    assert usage.stderr.splitlines()[0] == (
        "schemadiff: error: unrecognized arguments: --no-such-flag"
    )


def test_python_dash_m(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest_schemadiff", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("schemadiff ")


def test_sigterm_drops_scratch_databases(
    schemadiff_server: SchemaDiffServer, tmp_path: Path
) -> None:
    # pg_sleep keeps the load busy long enough to terminate the run in the middle of it.
    (tmp_path / "slow.sql").write_text("SELECT pg_sleep(30);\n")
    proc = subprocess.Popen(
        [console_script(), "--server", schemadiff_server.url, "slow.sql", "EMPTY"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(200):
            if scratch_databases(schemadiff_server, proc.pid):
                break
            if proc.poll() is not None:
                break
            subprocess.run(["sleep", "0.05"], check=True)
        assert scratch_databases(schemadiff_server, proc.pid), "no scratch database appeared"
        proc.terminate()
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130
    assert err.strip() == "schemadiff: interrupted"
    assert scratch_databases(schemadiff_server, proc.pid) == []


def test_private_cluster_on_demand(
    cli: RunCli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    monkeypatch.delenv("SCHEMADIFF_URL", raising=False)
    major = request.config.getoption("schemadiff_pg") or os.environ.get("SCHEMADIFF_PG") or 17
    (tmp_path / "a.sql").write_text(A_SQL)
    (tmp_path / "b.sql").write_text(B_SQL)
    result = cli("--pg", str(major), str(tmp_path / "a.sql"), str(tmp_path / "b.sql"), server=False)
    assert result.code == 2, result.err
    assert 'CREATE TABLE "public"."pet"' in result.out
