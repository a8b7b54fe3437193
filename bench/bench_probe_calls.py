"""What each of the impact probe's calls costs, call by call, on bench_impact.py's schema.

bench_impact.py prices the whole measured load; this one says where a statement's share goes.
It builds the same 1000-table schema with ``--rows`` rows in the 100 touched tables, then,
``--rounds`` times, clones it and runs the same 120 statements in one transaction over one
psycopg2 connection (the SQL psql gets, without psql): once plainly, once with the probe's
prologue and its ``before`` and ``after`` calls around each statement, timing every call
from the client. It prints, per run, the median total and per statement of: the before
calls, the statements, the after calls, and the statements of the plain run. ``--no-locks``
runs the probe with its ``pg_locks`` read turned into an empty set, to price that read.
Nothing is asserted; the script only prints.

Usage::

    python bench/bench_probe_calls.py [--rounds 5] [--rows 2000] [--no-locks]
                                      [--url URL | --pg 17]
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds (default 5)")
    parser.add_argument("--rows", type=int, default=2000, help="rows per touched table")
    parser.add_argument("--no-locks", action="store_true", help="price the pg_locks read")
    parser.add_argument("--url", help="an existing server (superuser or CREATEDB)")
    parser.add_argument("--pg", type=int, help="major of the private cluster")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(Path(__file__).parent))
    from bench_diff import APP, t
    from bench_impact import DB_PREFIX, build_pre, migration_sql

    from pytest_schemadiff.connection import open_connection
    from pytest_schemadiff.impact import probe
    from pytest_schemadiff.impact.rows import dropped_columns
    from pytest_schemadiff.server import running_server

    if args.no_locks:  # the probe's SQL, built at import, with the lock read made empty
        empty = probe._MY_LOCKS.replace("WHERE ", "WHERE false AND ", 1)
        for name in ("_BEFORE", "_AFTER", "_HELD_ANEW"):
            setattr(probe, name, getattr(probe, name).replace(probe._MY_LOCKS, empty))
    statements = [s for s in migration_sql(APP, t).splitlines() if s.strip()]
    times: dict[str, list[float]] = {"before": [], "statement": [], "after": [], "plain": []}
    clone = f"{DB_PREFIX}probe_clone"
    with (
        running_server(args.url or None, "--url", args.pg) as server,
        tempfile.TemporaryDirectory() as tmp,
    ):
        print(f"server: {server.description}")
        pre = build_pre(server, args.rows, Path(tmp))
        try:
            for _ in range(args.rounds):
                for measured in (False, True):
                    server.drop_database(clone)
                    url = server.create_database(clone, template=pre)
                    spent = {"before": 0.0, "statement": 0.0, "after": 0.0}
                    with contextlib.closing(open_connection(url)) as conn, conn.cursor() as cur:
                        if measured:
                            cur.execute(probe.prologue())
                        for i, text in enumerate(statements):
                            calls = [("statement", text)]
                            if measured:
                                before = probe.before_call(dropped_columns(text), reuse=i > 0)
                                after = probe.after_call(i, True, in_block=True)
                                calls = [("before", before), *calls, ("after", after)]
                            for name, sql in calls:
                                start = time.perf_counter()
                                cur.execute(sql)
                                spent[name] += time.perf_counter() - start
                        conn.rollback()
                    if measured:
                        for name, seconds in spent.items():
                            times[name].append(seconds)
                    else:
                        times["plain"].append(spent["statement"])
        finally:
            server.drop_database(clone)
            server.drop_database(pre)
    print(f"{len(statements)} statements, {args.rounds} rounds, medians:")
    for name, values in times.items():
        ms = statistics.median(values) * 1000
        print(f"  {name}: {ms:.1f} ms, {ms / len(statements):.2f} ms a statement")
    return 0


if __name__ == "__main__":
    sys.exit(main())
