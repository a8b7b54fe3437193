"""What ``db`` yields: a URL string with ``.state``, ``.url``, ``.connect()``, a SQLAlchemy URL."""

from __future__ import annotations

from .conftest import Inner

TESTS = """
import psycopg2
from sqlalchemy import text
from sqlbag import S


def test_handle(db):
    assert isinstance(db, str)
    assert db.url == str(db) and db.url.startswith("postgresql://")
    assert db.state in ("pre", "post")
    conn = psycopg2.connect(db)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT current_database(), count(*) FROM public.customer")
            name, customers = cur.fetchone()
    finally:
        conn.close()
    assert name == db.name
    assert customers == 2
    conn = db.connect()
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT count(*) FROM information_schema.columns "
                "WHERE table_name = 'customer' AND column_name = 'email'"
            )
            assert cur.fetchone()[0] == (1 if db.state == "post" else 0)
    finally:
        conn.close()
    assert db.sqlalchemy_url.startswith("postgresql+psycopg2://")
    with S(db.sqlalchemy_url) as s:
        assert s.execute(text("SELECT current_database()")).scalar() == db.name
    print(f"STATE {db.state} {db!r}")
"""


def test_db_handle(inner: Inner) -> None:
    inner.migrations()
    inner.pytester.makepyfile(test_handle=TESTS)
    result = inner.run("-s", "-v", "-k", "not schemadiff_")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(
        [
            "*test_handle[[]pre[]]*STATE pre <Database pre schemadiff_run_*_pre>*",
            "*test_handle[[]post[]]*STATE post <Database post schemadiff_run_*_post>*",
        ]
    )
