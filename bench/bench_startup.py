"""What the plugin costs a run that does not use it, and how soon the first ``db`` test runs.

Two measurements, each as a ratio against a baseline run side by side (alternating runs, so
load on the machine hits both alike); nothing is asserted, the script prints numbers:

1. **Overhead without ``db``**: a suite of ``--tests`` trivial tests run ``--repeat`` times
   with the plugin loaded and with ``-p no:schemadiff``. Median wall time of each and their
   ratio (goal: within noise, i.e. the ratio within the runs' own spread). It also checks
   that the runs with the plugin started no server and wrote nothing in the cache.
2. **Time to the first ``db`` test**: the bundled example's dump and pending migration, one
   test taking ``db``; the time from process start to the first test body, cold (an empty
   cache directory: initdb, server start, template builds) and then warm (the same inputs
   again), each ``--repeat`` times with a new cache directory for every cold run.

Usage::

    python bench/bench_startup.py [--tests 20] [--repeat 10] [--url URL]

With ``--url``, the second measurement uses that server (warm only means "templates built").
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "MIGRATIONS"


def _tree(path: Path) -> list[tuple[str, int]]:
    """Every entry under ``path`` with its size: what 'wrote nothing' is checked against."""
    if not path.exists():
        return []
    return sorted((str(p.relative_to(path)), p.lstat().st_size) for p in path.rglob("*"))


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"run failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return elapsed


def overhead(tests: int, repeat: int, env: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        project.chmod(0o755)  # as root, the private cluster's server user must reach it
        (project / "test_plain.py").write_text(
            "".join(f"def test_{i}():\n    assert {i} == {i}\n\n" for i in range(tests))
        )
        cache = project / "cache"
        env = {**env, "SCHEMADIFF_CACHE_DIR": str(cache)}
        env.pop("SCHEMADIFF_URL", None)
        with_plugin: list[float] = []
        without: list[float] = []
        _run([], project, env)  # warm the file system and Python's bytecode caches
        for _ in range(repeat):
            with_plugin.append(_run([], project, env))
            without.append(_run(["-p", "no:schemadiff"], project, env))
        cache_after = _tree(cache)
    med_with, med_without = statistics.median(with_plugin), statistics.median(without)
    spread = statistics.pstdev(without) / med_without if len(without) > 1 else 0.0
    print(f"suite of {tests} tests without db, {repeat} runs each (median wall time):")
    print(f"  with the plugin:       {med_with:.3f} s")
    print(f"  with -p no:schemadiff: {med_without:.3f} s")
    print(f"  ratio: {med_with / med_without:.3f} (baseline spread: {spread:.1%})")
    print(f"  cache entries written by the runs with the plugin: {len(cache_after)}")


FIRST_TEST = """
import time

def test_first(db):
    with open({stamp!r}, "a") as f:
        f.write(f"{{time.time()}}\\n")
"""


def first_db_test(repeat: int, url: str | None, env: dict[str, str]) -> None:
    cold: list[float] = []
    warm: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        project.chmod(0o755)
        shutil.copytree(EXAMPLES, project / "MIGRATIONS")
        stamp = project / "stamp"
        (project / "test_first.py").write_text(FIRST_TEST.format(stamp=str(stamp)))
        args = ["-k", "test_first"] + (["--schemadiff-url", url] if url else [])
        for i in range(repeat):
            cache = project / f"cache{i}"
            run_env = {**env, "SCHEMADIFF_CACHE_DIR": str(cache)}
            for times in (cold, warm):
                stamp.unlink(missing_ok=True)
                start = time.time()
                _run(
                    args if times is warm or i else [*args, "--schemadiff-rebuild"],
                    project,
                    run_env,
                )
                times.append(float(stamp.read_text().split()[0]) - start)
            if not url:
                shutil.rmtree(cache, ignore_errors=True)
    print(f"time from process start to the first db test body, {repeat} runs (median):")
    print(f"  cold: {statistics.median(cold):.2f} s   warm: {statistics.median(warm):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tests", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--url", help="an existing server for the db measurement")
    args = parser.parse_args()
    env = dict(os.environ)
    overhead(args.tests, args.repeat, env)
    first_db_test(args.repeat, args.url, env)


if __name__ == "__main__":
    main()
