"""Acceptance runner: every ``tests/cases/<name>/{a,b}.sql``, in both directions.

For each direction: load both sides into fresh databases, diff, apply the generated SQL to
the source in ONE transaction, re-inspect (no difference may remain), and compare the
normalized ``pg_dump --schema-only`` of the migrated and the target database (column order
aside). Cases whose object kinds are not implemented yet are listed in ``XFAIL`` with the
reason; they are strict, so a case that starts passing must leave the list.
"""

from __future__ import annotations

import difflib
import itertools
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg2
import pytest

from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.errors import LoadError
from pytest_schemadiff.loading import load_path

CASES = Path(__file__).parent / "cases"

# Case name prefix -> why it cannot pass yet. Strict: remove the entry when the kind lands.
XFAIL: dict[str, str] = {}

_counter = itertools.count()


def _case_names() -> list[str]:
    return sorted(
        p.name for p in CASES.iterdir() if (p / "a.sql").is_file() and (p / "b.sql").is_file()
    )


def _params() -> Iterator[object]:
    for name in _case_names():
        for direction in ("a->b", "b->a"):
            reason = next((r for prefix, r in XFAIL.items() if name.startswith(prefix)), None)
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            yield pytest.param(name, direction, id=f"{name}[{direction}]", marks=marks)


def _database(server: object, sql_file: Path) -> tuple[str, str]:
    name = f"schemadiff_case_{os.getpid()}_{next(_counter)}"
    url = server.create_database(name)  # type: ignore[attr-defined]
    try:
        load_path(sql_file, url, bin_dir=server.bin_dir)  # type: ignore[attr-defined]
    except LoadError as exc:
        server.drop_database(name)  # type: ignore[attr-defined]
        if "extension" in str(exc):
            pytest.skip(f"this server lacks an extension: {exc}")
        raise
    return name, url


_NOISE = re.compile(r"^(--|SET |SELECT pg_catalog\.set_config|\\restrict|\\unrestrict)")


def normalized_dump(server: object, url: str) -> list[str]:
    """``pg_dump --schema-only`` without comments, settings and column order."""
    out = subprocess.run(
        [str(Path(server.bin_dir) / "pg_dump"), "--schema-only", "-d", url],  # type: ignore[attr-defined]
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    lines: list[str] = []
    block: list[str] | None = None
    for line in out.splitlines():
        if not line.strip() or _NOISE.match(line):
            continue
        if block is not None:
            if line.startswith(")"):
                lines += sorted(block)
                lines.append(line)
                block = None
            else:
                block.append(line.rstrip(","))
            continue
        lines.append(line)
        if line.startswith("CREATE ") and " TABLE " in line and line.endswith("("):
            block = []
    return lines


@pytest.mark.parametrize(("case", "direction"), list(_params()))
def test_case(schemadiff_server: object, case: str, direction: str) -> None:
    source_file, target_file = CASES / case / "a.sql", CASES / case / "b.sql"
    if direction == "b->a":
        source_file, target_file = target_file, source_file
    names: list[str] = []
    try:
        source_name, source = _database(schemadiff_server, source_file)
        names.append(source_name)
        target_name, target = _database(schemadiff_server, target_file)
        names.append(target_name)

        result = diff_schemas(source, target)
        assert not result.warnings, "\n".join(result.warnings)
        conn = psycopg2.connect(source)
        try:
            with conn, conn.cursor() as cur:
                for statement in result.statements:
                    try:
                        cur.execute(statement.sql)
                    except psycopg2.Error as exc:
                        raise AssertionError(
                            f"{statement.sql}\nfailed: {exc}\nplan:\n{result.sql}"
                        ) from None
        finally:
            conn.close()

        after = diff_schemas(source, target)
        assert after.is_empty, (
            f"differences remain after applying:\n{result.sql}\n"
            + "\n".join(f"{d.key} {d.attribute}: {d.old!r} -> {d.new!r}" for d in after.differences)
        )
        migrated = normalized_dump(schemadiff_server, source)
        expected = normalized_dump(schemadiff_server, target)
        if migrated != expected:
            delta = "\n".join(difflib.unified_diff(expected, migrated, "target", "migrated",
                                                   lineterm=""))
            raise AssertionError(f"pg_dump differs after applying:\n{result.sql}\n{delta}")
    finally:
        for name in names:
            schemadiff_server.drop_database(name)  # type: ignore[attr-defined]
