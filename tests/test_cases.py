"""Acceptance runner: every ``tests/cases/<name>/{a,b}.sql``, in both directions.

For each direction: load both sides into fresh databases, diff, apply the generated SQL to
the source in ONE transaction, re-inspect (no difference may remain), and compare the
normalized ``pg_dump --schema-only`` of the migrated and the target database (column order
aside). With ``--corpus-runs all``, a case without options of its own runs a third time,
a -> b with owners compared and privileges ignored (``OTHER_OPTIONS``).

Every case states its expectations in its own folder, never decided here from a failure's
text:

- ``options.json``: the ``diff_schemas`` options (``ignore_*``, ``exclude_schemas``,
  ``schemas``; ``ignore_column_order: false`` means ``column_order=True``) and
  ``expect_empty: true`` when the options must make the two sides compare equal.
- ``expect.json``: ``"xfail": {"a->b" | "b->a" | "*": "why"}`` for a known gap (strict: a
  case that starts passing must lose its entry), and ``"extensions": [...]``, the
  extensions the case loads: a server without one of them skips the case, by name.
  ``"hazards": {"a->b" | "b->a": [{"statement": "<start of the SQL>", "hazards": [...],
  "locks": ["AccessExclusiveLock on public.t", ...]}]}``: what the named statements do to a
  live system; each must be in the plan with exactly these hazards and locks.
  ``"measured": {"a->b" | "b->a": ["<start of the SQL>: <mismatch>", ...]}``: where a
  statement does other than it declares, measured as it is applied (below), known and not
  fixed yet: exactly these lines must come out, no fewer and no more.

Every statement is measured as it is applied (tests/measured_locks.py, one query after each
statement, in a session whose TimeZone is not UTC: the worst case a plan declares): the
locks it takes on relations that existed before it must not be stronger than those it
declares, the locks it declares must be held after it, and a table or materialized view
whose storage it replaced (relfilenode) must be a declared rewrite, as a declared rewrite
must replace one.
"""

from __future__ import annotations

import difflib
import itertools
import json
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg2
import pytest
from measured_locks import compare, snapshot

from pytest_schemadiff.engine import SchemaDiff
from pytest_schemadiff.engine.compare import Options, compare_catalogs, inspect_schema
from pytest_schemadiff.engine.model import Catalog
from pytest_schemadiff.engine.plan import Hazard
from pytest_schemadiff.engine.render import render_text
from pytest_schemadiff.loading import load_path

CASES = Path(__file__).parent / "cases"

_counter = itertools.count()


def _case_names() -> list[str]:
    return sorted(
        p.name for p in CASES.iterdir() if (p / "a.sql").is_file() and (p / "b.sql").is_file()
    )


# With --corpus-runs all (not by default: CI's three servers fit 20 minutes without it), a
# third run of every case without options of its own, a -> b, under the options that
# change planning most: owners compared (more statements per object to order) and
# privileges ignored (objects left out of the comparison). It found cycles and a crash the
# default options never reach.
OTHER_OPTIONS = "a->b+owners-privileges"
_OTHER_OPTIONS = {"ignore_owners": False, "ignore_privileges": True}


def _params(corpus_runs: str = "all", part: str = "1/1") -> Iterator[object]:
    k, _, n = part.partition("/")
    if not (k.isdigit() and n.isdigit() and 1 <= int(k) <= int(n)):
        raise pytest.UsageError(f"--corpus-part {part}: give K/N with 1 <= K <= N")
    for place, name in enumerate(_case_names()):
        if place % int(n) != int(k) - 1:
            continue
        one_way = {"forward": ["a->b"], "backward": ["b->a"]}
        runs = one_way.get(corpus_runs, ["a->b", "b->a"])
        if corpus_runs == "all" and not (CASES / name / "options.json").is_file():
            runs.append(OTHER_OPTIONS)
        for direction in runs:
            xfail = _expectations(name).get("xfail", {})
            reason = xfail.get(direction.split("+")[0]) or xfail.get("*")
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            yield pytest.param(name, direction, id=f"{name}[{direction}]", marks=marks)


def _expectations(case: str) -> dict[str, Any]:
    path = CASES / case / "expect.json"
    found: dict[str, Any] = json.loads(path.read_text()) if path.is_file() else {}
    unknown = set(found) - {"xfail", "extensions", "hazards", "measured"}
    assert not unknown, f"{path}: unknown keys {sorted(unknown)}"
    return found


def _skip_without_extensions(server: object, case: str) -> None:
    """Skip, naming them, when the server lacks extensions the case says it loads."""
    wanted = set(_expectations(case).get("extensions", ()))
    if not wanted:
        return
    conn = psycopg2.connect(server.url)  # type: ignore[attr-defined]
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT name FROM pg_available_extensions WHERE name = ANY (%s)", (list(wanted),)
            )
            missing = wanted - {row[0] for row in cur.fetchall()}
    finally:
        conn.close()
    if missing:
        pytest.skip(f"this server lacks the extensions {sorted(missing)} the case loads")


def _database(server: object, sql_file: Path) -> tuple[str, str]:
    name = f"schemadiff_case_{os.getpid()}_{next(_counter)}"
    url = server.create_database(name)  # type: ignore[attr-defined]
    try:
        load_path(sql_file, url, bin_dir=server.bin_dir)  # type: ignore[attr-defined]
    except BaseException:
        server.drop_database(name)  # type: ignore[attr-defined]
        raise
    return name, url


# Each side of a case is loaded once per process and serves both directions: as the target
# it is only read, as the source it is cloned first.
_loaded: dict[Path, tuple[str, str]] = {}


@pytest.fixture(scope="module")
def loaded_cases(schemadiff_server: object) -> Iterator[dict[Path, tuple[str, str]]]:
    yield _loaded
    _target_dumps.clear()
    _target_catalogs.clear()
    # Hundreds of databases: dropped several at a time (see drop_databases).
    schemadiff_server.drop_databases([name for name, _ in _loaded.values()])  # type: ignore[attr-defined]
    _loaded.clear()


def _loaded_database(server: object, sql_file: Path) -> tuple[str, str]:
    if sql_file not in _loaded:
        _loaded[sql_file] = _database(server, sql_file)
    return _loaded[sql_file]


def _clone(server: object, template: str) -> tuple[str, str]:
    name = f"schemadiff_case_{os.getpid()}_{next(_counter)}"
    return name, server.create_database(name, template=template)  # type: ignore[attr-defined]


_NOISE = re.compile(r"^(--|SET |SELECT pg_catalog\.set_config|\\restrict|\\unrestrict)")


def _options(case: str) -> tuple[dict[str, object], bool]:
    path = CASES / case / "options.json"
    raw = json.loads(path.read_text()) if path.is_file() else {}
    expect_empty = bool(raw.pop("expect_empty", False))
    if "ignore_column_order" in raw:
        raw["column_order"] = not raw.pop("ignore_column_order")
    return raw, expect_empty


def _inspected(url: str, options: dict[str, object]) -> Catalog:
    return inspect_schema(
        url,
        Options.from_keywords(**options),
        schemas=options.get("schemas"),  # type: ignore[arg-type]
        exclude_schemas=options.get("exclude_schemas"),  # type: ignore[arg-type]
    )


# A target database is only read: its catalog is inspected once per process and options.
_target_catalogs: dict[tuple[str, str], Catalog] = {}


def _target_catalog(url: str, options: dict[str, object]) -> Catalog:
    key = (url, json.dumps(options, sort_keys=True))
    if key not in _target_catalogs:
        _target_catalogs[key] = _inspected(url, options)
    return _target_catalogs[key]


# A target database is only read, so its dump under given flags is taken once per process.
_target_dumps: dict[tuple[str, bool, str], list[str]] = {}


def _target_dump(
    server: object, url: str, *, owners: bool, options: dict[str, object]
) -> list[str]:
    key = (url, owners, json.dumps(options, sort_keys=True))
    if key not in _target_dumps:
        _target_dumps[key] = normalized_dump(server, url, owners=owners, options=options)
    return _target_dumps[key]


def normalized_dump(
    server: object, url: str, *, owners: bool = False, options: dict[str, object] | None = None
) -> list[str]:
    """``pg_dump --schema-only`` without comments, settings, owners and column order
    (owners are not compared by default)."""
    pg_dump = str(Path(server.bin_dir) / "pg_dump")  # type: ignore[attr-defined]
    out = subprocess.run(
        [
            pg_dump,
            "--schema-only",
            *([] if owners else ["--no-owner"]),
            *(["--no-privileges"] if (options or {}).get("ignore_privileges") else []),
            *(f"--schema={s}" for s in (options or {}).get("schemas") or ()),  # type: ignore[attr-defined]
            *(f"--exclude-schema={s}" for s in (options or {}).get("exclude_schemas") or ()),  # type: ignore[attr-defined]
            "-d",
            url,
        ],
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


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.name == "test_case":
        runs = metafunc.config.getoption("corpus_runs")
        part = metafunc.config.getoption("corpus_part")
        metafunc.parametrize(("case", "direction"), list(_params(runs, part)))


def test_case(
    schemadiff_server: object,
    loaded_cases: dict[Path, tuple[str, str]],
    case: str,
    direction: str,
) -> None:
    source_file, target_file = CASES / case / "a.sql", CASES / case / "b.sql"
    if direction == "b->a":
        source_file, target_file = target_file, source_file
    _skip_without_extensions(schemadiff_server, case)
    names: list[str] = []
    try:
        _, target = _loaded_database(schemadiff_server, target_file)
        source_name, source = _clone(
            schemadiff_server, _loaded_database(schemadiff_server, source_file)[0]
        )
        names.append(source_name)

        options, expect_empty = _options(case)
        if direction == OTHER_OPTIONS:
            options = dict(_OTHER_OPTIONS)
        # The target's catalog is read once per process: targets are only read.
        result = compare_catalogs(
            _inspected(source, options),
            _target_catalog(target, options),
            Options.from_keywords(**options),
        )
        _check_hazards(case, direction, result)
        measured = _check(schemadiff_server, source, target, result, options, expect_empty)
        expected = _expectations(case).get("measured", {}).get(direction, [])
        assert measured == expected, (
            "measured effects differ from the declared ones (expect.json 'measured': "
            f"{expected}):\n" + "\n".join(measured)
        )
    finally:
        for name in names:
            schemadiff_server.drop_database(name)  # type: ignore[attr-defined]


def _check_hazards(case: str, direction: str, result: SchemaDiff) -> None:
    """The statements ``expect.json`` names have exactly the hazards and locks it states."""
    expected = _expectations(case).get("hazards", {}).get(direction, [])
    problems = []
    for entry in expected:
        found = [s for s in result.statements if s.sql.startswith(entry["statement"])]
        if not found:
            problems.append(f"no statement starts with {entry['statement']!r}")
            continue
        statement = found[0]
        hazards = sorted(h.value for h in statement.hazards)
        locks = [str(lock) for lock in statement.locks]
        if hazards != sorted(entry["hazards"]) or locks != entry.get("locks", []):
            problems.append(
                f"{statement.sql.splitlines()[0]}: hazards {hazards}, locks {locks}; "
                f"expected {sorted(entry['hazards'])}, {entry.get('locks', [])}"
            )
    assert not problems, "hazards differ from expect.json:\n" + "\n".join(problems)


def _check(
    server: object,
    source: str,
    target: str,
    result: SchemaDiff,
    options: dict[str, object],
    expect_empty: bool,
) -> list[str]:
    """Apply the plan, check the result; return where statements did more than they
    declare (one line each, in plan order)."""
    if expect_empty:
        assert result.is_empty, render_text(result.differences)
        assert not result.statements, result.sql
        return []
    measured: list[str] = []
    conn = psycopg2.connect(source)
    try:
        with conn, conn.cursor() as cur:
            # Not UTC: PostgreSQL converts timestamp <-> timestamptz without a rewrite only
            # in a UTC session, which a plan cannot count on (it declares the rewrite).
            cur.execute("SET LOCAL TimeZone = 'Europe/Paris'")
            # One query before the first statement and one after each: the one after a
            # statement is the one before the next.
            state = snapshot(cur)
            for statement in result.statements:
                try:
                    cur.execute(statement.sql)
                except psycopg2.Error as exc:
                    raise AssertionError(
                        f"{statement.sql}\nfailed: {exc}\nplan:\n{result.sql}"
                    ) from None
                then, state = state, snapshot(cur)
                measured += (
                    f"{statement.sql.splitlines()[0][:100]}: {problem}"
                    for problem in compare(
                        statement.locks,
                        Hazard.REWRITES_TABLE in statement.hazards,
                        then,
                        state,
                    )
                )
    finally:
        conn.close()

    after = compare_catalogs(
        _inspected(source, options),
        _target_catalog(target, options),
        Options.from_keywords(**options),
    )
    # Column order cannot be migrated (ADD COLUMN appends): it may remain, as a warning.
    remaining = [d for d in after.differences if d.attribute != "column_order"]
    assert not remaining and not after.statements, (
        f"differences remain after applying:\n{result.sql}\n{render_text(remaining)}"
    )
    owners = options.get("ignore_owners") is False
    if options.get("column_order"):
        return measured
    migrated = normalized_dump(server, source, owners=owners, options=options)
    expected = _target_dump(server, target, owners=owners, options=options)
    if migrated != expected:
        delta = "\n".join(
            difflib.unified_diff(expected, migrated, "target", "migrated", lineterm="")
        )
        raise AssertionError(f"pg_dump differs after applying:\n{result.sql}\n{delta}")
    return measured
