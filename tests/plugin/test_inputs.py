"""Where the dump and the pending migration come from: ini keys relative to the ini file,
options relative to the current directory (the option wins), usage errors naming the option."""

from __future__ import annotations

import pytest

from .conftest import DUMP, PENDING, Inner

TESTS = """
def test_state(db):
    conn = db.connect()
    with conn.cursor() as cur:
        cur.execute("SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class "
                    "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'")
        print(f"\\nTABLES {db.state} {cur.fetchone()[0]}")
    conn.close()
"""


def test_ini_paths_are_relative_to_the_ini_file_and_the_option_wins(
    inner: Inner, monkeypatch: pytest.MonkeyPatch
) -> None:
    (inner.path / "db").mkdir()
    (inner.path / "db" / "prod.sql").write_text(DUMP)
    (inner.path / "db" / "next.sql").write_text(PENDING + "CREATE TABLE from_ini (id int);\n")
    inner.pytester.makeini(
        "[pytest]\naddopts = -p no:cacheprovider\n"
        "schemadiff_dump = db/prod.sql\nschemadiff_pending = db/next.sql\n"
    )
    # Run from a subdirectory: ini paths still resolve against the ini file's directory.
    sub = inner.path / "sub"
    sub.mkdir()
    (sub / "test_where.py").write_text(TESTS)
    (sub / "other.sql").write_text(PENDING + "CREATE TABLE from_option (id int);\n")
    monkeypatch.chdir(sub)
    result = inner.run("-s", "-k", "not schemadiff_")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(
        ["TABLES pre customer,orders", "TABLES post customer,from_ini,orders"]
    )
    # The option is relative to the current directory, and beats the ini key.
    result = inner.run("-s", "-k", "not schemadiff_", "--schemadiff-pending", "other.sql")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(
        ["TABLES pre customer,orders", "TABLES post customer,from_option,orders"]
    )


@pytest.mark.parametrize(
    ("args", "ini", "named"),
    [
        (["--schemadiff-dump", "nope/prod.sql"], "", "--schemadiff-dump: */nope/prod.sql"),
        (["--schemadiff-pending", "gone.sql"], "", "--schemadiff-pending: */gone.sql"),
        ([], "schemadiff_pending = db/gone.sql\n", "ini schemadiff_pending: */db/gone.sql"),
    ],
    ids=["dump-option", "pending-option", "pending-ini"],
)
def test_missing_path_is_a_usage_error_naming_its_source(
    inner: Inner, args: list[str], ini: str, named: str
) -> None:
    inner.pytester.makeini(f"[pytest]\naddopts = -p no:cacheprovider\n{ini}")
    inner.pytester.makepyfile(test_nothing="def test_a():\n    pass\n")
    result = inner.run(*args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: pytest-schemadiff: {named} does not exist"])
