"""The ``schemadiff`` command with its standard streams closed: one line, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytest_schemadiff.server import SchemaDiffServer

A_SQL = "CREATE TABLE person (id int PRIMARY KEY);\n"
B_SQL = "CREATE TABLE person (id int PRIMARY KEY, name text);\n"


def _schemadiff(
    shell_redirections: str, server: SchemaDiffServer, cwd: Path
) -> subprocess.CompletedProcess[str]:
    command = (
        f'"{sys.executable}" -m pytest_schemadiff --server "$SERVER" a.sql b.sql '
        f"{shell_redirections}"
    )
    return subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        env={"SERVER": server.url, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_closed_stdout_is_one_line(schemadiff_server: SchemaDiffServer, tmp_path: Path) -> None:
    (tmp_path / "a.sql").write_text(A_SQL)
    (tmp_path / "b.sql").write_text(B_SQL)
    done = _schemadiff(">&-", schemadiff_server, tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "schemadiff: error: standard output is closed: write the result with --output FILE"
    ]


def test_closed_stdout_with_output_file_works(
    schemadiff_server: SchemaDiffServer, tmp_path: Path
) -> None:
    (tmp_path / "a.sql").write_text(A_SQL)
    (tmp_path / "b.sql").write_text(B_SQL)
    done = _schemadiff("--output plan.sql >&-", schemadiff_server, tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr == ""
    assert 'ADD COLUMN "name" text;' in (tmp_path / "plan.sql").read_text()


def test_both_streams_closed_exit_code_only(
    schemadiff_server: SchemaDiffServer, tmp_path: Path
) -> None:
    (tmp_path / "a.sql").write_text(A_SQL)
    (tmp_path / "b.sql").write_text(B_SQL)
    done = _schemadiff(">&- 2>&-", schemadiff_server, tmp_path)
    assert done.returncode == 1
    assert done.stdout == "" and done.stderr == ""


def test_full_stdout_device_is_one_line(
    schemadiff_server: SchemaDiffServer, tmp_path: Path
) -> None:
    """Found by review: ``schemadiff A B > /dev/full`` ended in an OSError traceback."""
    (tmp_path / "a.sql").write_text(A_SQL)
    (tmp_path / "b.sql").write_text(B_SQL)
    done = _schemadiff("> /dev/full", schemadiff_server, tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "schemadiff: error: cannot write to standard output: No space left on device"
    ]
