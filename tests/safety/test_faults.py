"""A full disk that makes the private cluster's server PANIC mid-load is named as such.

Found by review: an 85 MB dump on a 90 MB file system made the server PANIC writing WAL; the
run said only "server closed the connection unexpectedly". The reason is in the server's
log; ``server_failure`` reads it when the connection was lost, and only then (an input's own
error is never relabelled by an old line of the log).
"""

from __future__ import annotations

from pathlib import Path

from pytest_schemadiff.errors import LoadError
from pytest_schemadiff.plugin.provider import server_failure
from pytest_schemadiff.server import SchemaDiffServer, ServerVersion

LOST = LoadError("MIGRATIONS/production.dump.sql:12: server closed the connection unexpectedly")
INPUT_ERROR = LoadError('pending.sql:3: relation "nope" does not exist')
PANIC = (
    '2026-12-07 13:00:00 UTC [77] PANIC:  could not write to file "pg_wal/xlogtemp.77": '
    "No space left on device\n"
)


def _private_server(tmp_path: Path, log: str) -> SchemaDiffServer:
    data_dir = tmp_path / "server" / "data"
    data_dir.mkdir(parents=True)
    (data_dir.parent / "server.log").write_text("LOG:  database system is ready\n" + log)
    return SchemaDiffServer(
        url="postgresql://postgres@127.0.0.1:1/postgres",
        version=ServerVersion(17, 10),
        bin_dir=tmp_path,
        mode="private",
        description="test",
        data_dir=data_dir,
    )


def test_a_lost_connection_after_a_full_disk_says_so(tmp_path: Path) -> None:
    server = _private_server(tmp_path, PANIC)
    line = server_failure(server, LOST)
    assert line.startswith("the private cluster's disk is full: no space left on the file system")
    assert str(server.data_dir) in line and "server closed the connection" in line


def test_an_inputs_own_error_is_never_relabelled(tmp_path: Path) -> None:
    server = _private_server(tmp_path, PANIC)
    assert "disk is full" not in server_failure(server, INPUT_ERROR)


def test_without_a_full_disk_in_the_log_nothing_is_added(tmp_path: Path) -> None:
    server = _private_server(tmp_path, "")
    assert "disk is full" not in server_failure(server, LOST)
