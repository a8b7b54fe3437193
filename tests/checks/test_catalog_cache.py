"""The built-in check reads each template's catalog once: a warm run with unchanged inputs
reads no catalog at all, and a changed input is read (and judged) again."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import TARGET, Inner

# Counts the inner run's catalog inspections in a file: the engine is imported in the
# inner process only, which a subprocess run keeps apart from ours.
COUNTING_CONFTEST = """
import pytest_schemadiff.engine.compare as compare

_real = compare.inspect_catalog


def _counting(conn, **options):
    with open({log!r}, "a") as log:
        log.write(conn.info.dbname + "\\n")
    return _real(conn, **options)


compare.inspect_catalog = _counting
"""


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache of the inner runs' own, as a run that started a private cluster has one
    (on a server given by URL alone, no cache is created for catalogs)."""
    cache = tmp_path / "cache"
    (cache / "v2").mkdir(parents=True, mode=0o700)
    cache.chmod(0o700)
    monkeypatch.setenv("SCHEMADIFF_CACHE_DIR", str(cache))


def _run(inner: Inner, log: Path) -> tuple[pytest.RunResult, list[str]]:
    """The run, and which states' databases it inspected (scratch clones end in
    ``check_<state>``; the fixing SQL is proven on ``check_proof``)."""
    log.write_text("")
    result = inner.pytester.runpytest_subprocess("--schemadiff-url", inner.server.url, "-v")
    return result, sorted(line.rpartition("_check_")[2] for line in log.read_text().split())


def test_warm_run_reads_no_catalog(inner: Inner, tmp_path: Path) -> None:
    log = tmp_path / "inspections.log"
    inner.project()
    inner.pytester.makeconftest(COUNTING_CONFTEST.format(log=str(log)))

    cold, reads = _run(inner, log)
    cold.assert_outcomes(passed=2)
    assert reads == ["post", "target"]

    warm, reads = _run(inner, log)
    warm.assert_outcomes(passed=2)
    assert reads == []


def test_changed_target_is_read_and_judged_again(inner: Inner, tmp_path: Path) -> None:
    log = tmp_path / "inspections.log"
    inner.project()
    inner.pytester.makeconftest(COUNTING_CONFTEST.format(log=str(log)))
    _run(inner, log)[0].assert_outcomes(passed=2)

    (inner.path / "target.sql").write_text(TARGET.replace("price numeric", "price integer"))
    changed, reads = _run(inner, log)
    changed.assert_outcomes(passed=1, failed=1)
    changed.stdout.fnmatch_lines(["*FAILED*schemadiff_matches_target*"])
    # The new target was read, and the dump (first read now, to tell whether the migration
    # was applied already); the migrated dump's catalog came from the cache. Proving the
    # fixing SQL inspects its scratch copy and the target once more.
    assert "post" not in reads
    assert reads.count("target") >= 1 and "pre" in reads
