"""What measuring the migration costs: ``load_path(measure=True)`` against ``measure=False``.

While the post template builds, the plugin runs ``pending.sql`` through psql with the
impact probe around each statement, takes the rows before from the pre template (counted
once when it was built) and counts again the tables whose rows may have changed
(``pytest_schemadiff.impact``). This bench prices that: it builds bench_diff.py's 1000-table
schema (3000 relations) on the private cluster (or ``--url``), fills the 100 tables the
migration touches, and then, ``--rounds`` times, alternately, clones that database and
applies the same 120-statement migration (100 ``ADD COLUMN``, 10 column type changes that
rewrite their table, 10 index builds) in one transaction with ``measure=False`` and with
``measure=True`` (the same ``load_path`` call otherwise), timing each call alone (not the
clone; the rows before are counted once per workload, as the pre template's build does).
It prints the medians and spread of each, and the overhead (measured - unmeasured)
in seconds, per probed statement, and as a share of the unmeasured migration's time, for
two workloads:

- ``ddl``: the touched tables hold ``--ddl-rows`` rows (default 2000): a test-size dump,
  where the statements themselves take a few milliseconds at most;
- ``data``: the same statements on tables of ``--data-rows`` rows (default 50000), where
  the rewrites and index builds do real work.

With ``--baseline DIR`` (another checkout: ``git worktree add --detach DIR SHA``) the
measured load of that checkout runs too, alternately with this one's, so a change of the
probe is priced side by side; the measurements of both are compared (everything but the
timings and WAL bytes must be the same).

Each ``load_path`` runs in a worker process of its checkout (this script with ``--worker``),
started once, so imports and first-call costs are paid before the first timing; the clone
is made by this process between calls. Nothing is asserted; the script only prints.

Usage::

    python bench/bench_impact.py [--rounds 7] [--ddl-rows 2000] [--data-rows 50000]
                                 [--workloads ddl,data] [--baseline DIR] [--url URL | --pg 17]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

DB_PREFIX = "schemadiff_bench_impact_"
TABLES = 1000
# The tables the migration touches (and fills): every tenth, which spreads them over the
# schema; the type changes avoid amount's views and policies (tables i % 5 == 0 have them).
TOUCHED = [i for i in range(1, TABLES + 1) if i % 10 == 3][:100]
RETYPED = TOUCHED[:10]
INDEXED = TOUCHED[10:20]


def migration_sql(app: str, table: Any) -> str:
    """100 ADD COLUMN, 10 type changes that rewrite, 10 index builds: 120 statements."""
    out = []
    for i in TOUCHED:
        out.append(f"ALTER TABLE {app}.{table(i)} ADD COLUMN bench_note text;")
        if i in RETYPED:
            # A scale change of numeric rewrites the table (and rebuilds its indexes).
            out.append(f"ALTER TABLE {app}.{table(i)} ALTER COLUMN amount TYPE numeric(14,4);")
        if i in INDEXED:
            out.append(f"CREATE INDEX {table(i)}_bench_idx ON {app}.{table(i)} (amount, name);")
    return "\n".join(out) + "\n"


def fill_sql(app: str, table: Any, rows: int) -> str:
    return "\n".join(
        f"INSERT INTO {app}.{table(i)} (name, amount, ref) SELECT 'name ' || g, "
        f"(g * 7919) % 100000 / 100.0, 'r' || g FROM generate_series(1, {rows}) g;"
        for i in TOUCHED
    )


# -- the worker: one load_path call per request, in the checkout it was started from ------


def worker(stdin: TextIO, stdout: TextIO) -> int:
    import pytest_schemadiff
    from pytest_schemadiff import statement_rules
    from pytest_schemadiff.impact import record
    from pytest_schemadiff.impact.rows import count_rows
    from pytest_schemadiff.loading import load_path

    stdout.write(json.dumps({"package": pytest_schemadiff.__file__}) + "\n")
    stdout.flush()
    # The rows of each pre database, counted once (as the plugin's pre template build does)
    # on its first clone, before that load is timed; a checkout without the template's rows
    # (``record.starting_from``) counts them itself in every load.
    kept: dict[str, Any] = {}
    starting_from = getattr(record, "starting_from", None)
    for line in stdin:
        request = json.loads(line)
        # As in a test run, whose one post build parses the file for the first time.
        statement_rules.parse.cache_clear()
        start_rows = None
        if request["measure"] and starting_from is not None:
            if request["pre"] not in kept:
                kept[request["pre"]] = count_rows(request["url"])
            start_rows = kept[request["pre"]]
        with contextlib.ExitStack() as stack, record.recording() as box:
            if start_rows is not None:
                stack.enter_context(starting_from(request["url"], start_rows))
            start = time.perf_counter()
            load_path(
                Path(request["pending"]),
                request["url"],
                bin_dir=Path(request["bin_dir"]),
                single_transaction=True,
                measure=request["measure"],
            )
            seconds = time.perf_counter() - start
        answer: dict[str, Any] = {"seconds": seconds}
        if box:
            data = box[-1].to_json()
            answer["probe_ms"] = sum(s["duration_ms"] for s in data["statements"])
            answer["wal"] = sum(s["wal_bytes"] for s in data["statements"])
            for s in data["statements"]:
                del s["duration_ms"], s["wal_bytes"]
            answer["figures"] = data
            start = time.perf_counter()  # what one count of every table costs
            count_rows(request["url"])
            answer["count_s"] = time.perf_counter() - start
            answer["rows_known"] = start_rows is not None
        stdout.write(json.dumps(answer) + "\n")
        stdout.flush()
    return 0


@dataclass
class Worker:
    label: str
    process: subprocess.Popen[str]
    package: str

    @classmethod
    def start(cls, label: str, baseline: Path | None) -> Worker:
        env = dict(os.environ)
        if baseline is not None:
            env["PYTHONPATH"] = str(baseline)
        process = subprocess.Popen(
            [sys.executable, __file__, "--worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert process.stdout is not None
        package = json.loads(process.stdout.readline())["package"]
        return cls(label, process, package)

    def apply(self, request: dict[str, Any]) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"worker {self.label} died (see its error above)")
        result: dict[str, Any] = json.loads(line)
        return result

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


# -- the runs ------------------------------------------------------------------------------


@dataclass
class Series:
    seconds: list[float] = field(default_factory=list)
    probe_ms: list[float] = field(default_factory=list)
    count_s: list[float] = field(default_factory=list)
    figures: Any = None
    rows_known: bool = False

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def spread(self) -> str:
        return f"{min(self.seconds):.3f}-{max(self.seconds):.3f}"


def build_pre(server: Any, rows: int, work: Path) -> str:
    """The 1000-table schema with ``rows`` rows in each touched table; the database's name."""
    from bench_diff import APP, schema_sql, t

    name = f"{DB_PREFIX}pre_{rows}"
    server.drop_database(name)
    url = server.create_database(name)
    script = work / f"pre_{rows}.sql"
    script.write_text(schema_sql(TABLES, False) + fill_sql(APP, t, rows) + "\nANALYZE;\n")
    psql = [str(server.bin_dir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1"]
    subprocess.run([*psql, "-f", str(script), url], check=True, stdout=subprocess.DEVNULL)
    with server._connect() as conn, conn.cursor() as cur:  # a clean template to clone
        cur.execute("CHECKPOINT")
    return name


def run_workload(
    server: Any,
    label: str,
    rows: int,
    rounds: int,
    workers: list[Worker],
    work: Path,
) -> dict[tuple[str, bool], Series]:
    from bench_diff import APP, t

    start = time.perf_counter()
    pre = build_pre(server, rows, work)
    print(f"[{label}] pre database built in {time.perf_counter() - start:.1f} s", flush=True)
    pending = work / "pending.sql"
    pending.write_text(migration_sql(APP, t))
    clone = f"{DB_PREFIX}clone"
    series: dict[tuple[str, bool], Series] = {}
    # Unmeasured with this checkout, then measured with each checkout, alternately; the
    # order rotates every round so that none always runs right after a clone of its own.
    runs = [(workers[0], False)] + [(w, True) for w in workers]
    for round_ in range(rounds):
        order = runs[round_ % len(runs) :] + runs[: round_ % len(runs)]
        for w, measure in order:
            server.drop_database(clone)
            url = server.create_database(clone, template=pre)
            with server._connect() as conn, conn.cursor() as cur:
                cur.execute("CHECKPOINT")  # the clone's writes are not the migration's
            result = w.apply(
                {
                    "url": url,
                    "pending": str(pending),
                    "bin_dir": str(server.bin_dir),
                    "measure": measure,
                    "pre": pre,
                }
            )
            s = series.setdefault((w.label, measure), Series())
            s.seconds.append(result["seconds"])
            if measure:
                s.probe_ms.append(result["probe_ms"])
                s.count_s.append(result["count_s"])
                s.rows_known = result["rows_known"]
                s.figures = result["figures"]
        print(f"[{label}] round {round_ + 1}/{rounds} done", flush=True)
    server.drop_database(clone)
    server.drop_database(pre)
    return series


def report(label: str, rows: int, series: dict[tuple[str, bool], Series], ours: str) -> None:
    plain = series[(ours, False)]
    probed = len(TOUCHED) + len(RETYPED) + len(INDEXED)
    print(f"\n## {label}: 100 touched tables of {rows} rows, {probed} statements\n")
    print("| run | median s | spread s | overhead s | per statement ms | share |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    print(f"| measure=False | {plain.median:.3f} | {plain.spread()} | | | |")
    for (name, measure), s in series.items():
        if not measure:
            continue
        over = s.median - plain.median
        print(
            f"| measure=True ({name}) | {s.median:.3f} | {s.spread()} | {over:.3f} | "
            f"{over / probed * 1000:.2f} | {over / plain.median * 100:.0f}% |"
        )
    for (name, measure), s in series.items():
        if measure:
            inside = statistics.median(s.probe_ms) / 1000
            count = statistics.median(s.count_s)
            where = (
                "made once, when the pre template is built: rows before taken from it"
                if s.rows_known
                else "made before every measured load"
            )
            print(
                f"\n{name}: the statements' own time as the probe saw it {inside:.3f} s; "
                f"one count of every table's rows {count:.3f} s ({where})"
            )
    measured = [(n, s) for (n, m), s in series.items() if m]
    if len(measured) == 2:
        same = measured[0][1].figures == measured[1][1].figures
        print(f"figures of {measured[0][0]} and {measured[1][0]} the same: {same}")
        if not same:
            print("  they differ: the change alters what the probe measures")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7, help="alternating rounds (default 7)")
    parser.add_argument("--ddl-rows", type=int, default=2000, help="rows per touched table")
    parser.add_argument("--data-rows", type=int, default=50000, help="rows per touched table")
    parser.add_argument("--workloads", default="ddl,data", help="ddl, data or both")
    parser.add_argument("--baseline", type=Path, metavar="DIR", help="another checkout")
    parser.add_argument("--url", help="an existing server (superuser or CREATEDB)")
    parser.add_argument("--pg", type=int, help="major of the private cluster")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(sys.stdin, sys.stdout)

    from pytest_schemadiff.server import running_server

    workers = [Worker.start("this checkout", None)]
    if args.baseline is not None:
        workers.append(Worker.start(f"baseline {args.baseline}", args.baseline.resolve()))
    for w in workers:
        print(f"{w.label}: {w.package}")
    head = subprocess.run(
        ["git", "log", "-1", "--format=%h %s"],
        cwd=Path(__file__).parent,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    print(f"code: {head[:100]}")
    try:
        with (
            running_server(args.url or None, "--url", args.pg) as server,
            tempfile.TemporaryDirectory() as tmp,
        ):
            print(f"server: {server.description}")
            for label in [w.strip() for w in args.workloads.split(",") if w.strip()]:
                rows = args.ddl_rows if label == "ddl" else args.data_rows
                series = run_workload(server, label, rows, args.rounds, workers, Path(tmp))
                report(label, rows, series, workers[0].label)
            load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
            print(f"\n{os.cpu_count()} cores, load {load}")
    finally:
        for w in workers:
            w.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
