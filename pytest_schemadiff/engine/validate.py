"""Proving a plan before anyone sees it: apply it to a scratch copy of A, compare with B.

``prove_plan`` copies database A into a scratch database on A's own server (``CREATE
DATABASE ... TEMPLATE A``; when PostgreSQL refuses the copy, because someone is connected
to A or we do not own it, the scratch database is loaded from ``pg_dump --schema-only`` of
A instead), runs the plan's transactional statements there in ONE transaction, then the
statements that cannot run in a transaction after it, and diffs the result against B.

A statement that fails, or a result that still differs from B, raises
``PlanValidationError`` naming the statement and PostgreSQL's message with its DETAIL and
HINT. A itself is only read. The scratch database is a run database
(``schemadiff_run_<run id>_validate<pid>``) held by a run lease (``plugin/runs.py``): if
this process is killed, the next run of the plugin or the command drops it; it is dropped
here in every other case.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg2
import psycopg2.extensions

from ..connection import connect, open_connection
from ..errors import LoadError, PlanValidationError, ServerError
from .diff import Difference
from .plan import Statement

if TYPE_CHECKING:
    from ..server import SchemaDiffServer
    from .compare import SchemaDiff

__all__ = ["apply_plan", "prove_plan", "scratch_copy"]

# The word in a scratch database's name that says what made it.
SCRATCH_MARK = "_validate"


def prove_plan(
    a: Any, result: SchemaDiff, rediff: Callable[[Any], SchemaDiff], *, scratch: Any = None
) -> None:
    """Apply ``result.statements`` to a scratch copy of ``a`` and check that ``rediff`` (the
    same comparison against B, given the copy's URL or connection) then finds nothing left.

    ``scratch``: a context manager factory ``(a) -> URL`` of a scratch copy, for callers
    that have one at hand (default: ``scratch_copy``). When ``a`` is a live connection of
    the caller's (psycopg2, or SQLAlchemy / sqlbag on it), what it sees may be uncommitted:
    the plan then runs inside its transaction, under a savepoint rolled back afterwards.
    Raises PlanValidationError.
    """
    if not result.statements:
        return
    live = _live_connection(a) if scratch is None else None
    if live is not None:
        with _inside(live):
            apply_plan_on(live, result.statements, commit=False)
            after = rediff(live)
    else:
        with (scratch or scratch_copy)(a) as url:
            apply_plan(url, result.statements)
            after = rediff(url)
    remaining = [d for d in after.differences if d.attribute != "column_order"]
    if remaining or after.statements:
        raise _not_converged(remaining, after.statements)


def apply_plan(url: str, statements: Sequence[Statement]) -> None:
    """Run ``statements`` on ``url``: the transactional ones in one transaction, then the
    others (``transactional=False``) one by one after it. Raises PlanValidationError."""
    conn = open_connection(url)
    try:
        apply_plan_on(conn, statements, commit=True)
    finally:
        conn.close()


def apply_plan_on(conn: Any, statements: Sequence[Statement], *, commit: bool) -> None:
    """``apply_plan`` on an open connection; without ``commit`` (inside a caller's
    transaction) the statements that cannot run in a transaction are left out."""
    total = len(statements)
    position = {id(s): n for n, s in enumerate(statements, 1)}
    with conn.cursor() as cur:
        for s in statements:
            if s.transactional:
                _execute(cur, s, position[id(s)], total)
    if not commit:
        return
    conn.commit()
    conn.autocommit = True
    with conn.cursor() as cur:
        for s in statements:
            if not s.transactional:
                _execute(cur, s, position[id(s)], total)


def _live_connection(source: Any) -> Any | None:
    """The caller's own psycopg2 connection behind ``source``, if it is one."""
    from ..connection import Connection, _dbapi_connection_of

    if isinstance(source, Connection):
        return source
    if isinstance(source, str):
        return None
    dbapi = _dbapi_connection_of(source)
    return dbapi if isinstance(dbapi, Connection) else None


_SAVEPOINT = "schemadiff_validate"


@contextlib.contextmanager
def _inside(conn: Any) -> Iterator[None]:
    """Run the block in ``conn``'s transaction and undo it all afterwards (a savepoint; a
    transaction of its own on an autocommit connection)."""
    own = conn.autocommit
    with conn.cursor() as cur:
        if own:
            cur.execute("BEGIN")
        cur.execute(f"SAVEPOINT {_SAVEPOINT}")
    try:
        yield
    finally:
        with conn.cursor() as cur:
            if own:
                cur.execute("ROLLBACK")
            else:
                cur.execute(f"ROLLBACK TO SAVEPOINT {_SAVEPOINT}")
                cur.execute(f"RELEASE SAVEPOINT {_SAVEPOINT}")


def _execute(cur: Any, statement: Statement, number: int, total: int) -> None:
    try:
        # With the real values of the secrets ``sql`` shows placeholders for; a failure
        # names the statement as shown.
        cur.execute(statement.runnable_sql)
    except psycopg2.Error as exc:
        raise _failed(statement, number, total, exc) from None


def postgres_message(exc: psycopg2.Error) -> str:
    """PostgreSQL's error on one line: the message, then its DETAIL and HINT."""
    diag = exc.diag
    primary = diag.message_primary or str(exc).strip().splitlines()[0]
    parts = [f"{diag.severity or 'ERROR'}: {primary}"]
    if diag.message_detail:
        parts.append(f"DETAIL: {diag.message_detail}")
    if diag.message_hint:
        parts.append(f"HINT: {diag.message_hint}")
    return " ".join(" ".join(p.split()) for p in parts)


def _failed(statement: Statement, number: int, total: int, exc: psycopg2.Error) -> Exception:
    message = postgres_message(exc)
    summary = (
        f"the plan fails on a scratch copy of A at statement {number} of {total} "
        f"({statement.action.value} {statement.key}): {message}"
    )
    return PlanValidationError(summary, statement.sql, message)


def _not_converged(
    remaining: Sequence[Difference], statements: Sequence[Statement]
) -> PlanValidationError:
    from .render import render_text

    listed = "; ".join(f"{d.key} {d.attribute or d.change}" for d in remaining[:5]) + (
        "; ..." if len(remaining) > 5 else ""
    )
    if not remaining:
        listed = "; ".join(s.sql.splitlines()[0] for s in statements[:3])
    summary = (
        "the plan does not converge: after it ran on a scratch copy of A, "
        f"{len(remaining) or len(statements)} difference(s) from B remain: {listed}"
    )
    return PlanValidationError(summary, None, render_text(remaining))


# -- the scratch copy --------------------------------------------------------------------


@contextlib.contextmanager
def scratch_copy(source: Any) -> Iterator[str]:
    """A scratch copy of database ``source`` (anything ``connect`` accepts) on its own
    server, leased as a run database and dropped afterwards; yields its URL."""
    from ..plugin.runs import MAINTENANCE_DATABASE, RUN_PREFIX, RunLease, new_run_id
    from ..server import use_existing_server

    with connect(source) as conn:
        params = {k: v for k, v in conn.get_dsn_parameters().items() if v}
        if conn.info.password:
            params["password"] = conn.info.password
    database = params.pop("dbname")
    server = use_existing_server(
        psycopg2.extensions.make_dsn(**params, dbname=MAINTENANCE_DATABASE), "A's server"
    )
    run_id = new_run_id()
    lease = RunLease(server, run_id)
    lease.acquire()
    name = f"{RUN_PREFIX}{run_id}{SCRATCH_MARK}{os.getpid()}"
    try:
        try:
            url = server.create_database(name, template=database)
        except ServerError:
            # Someone is connected to A (a test's own session), or we may not copy it:
            # build the copy from A's schema instead.
            server.drop_database(name)
            url = server.create_database(name, template="template0")
            copy_schema(server, server.database_url(database), url)
        yield url
    finally:
        try:
            server.drop_database(name)
        finally:
            lease.release()


def copy_schema(server: SchemaDiffServer, source_url: str, target_url: str) -> None:
    """Load ``pg_dump --schema-only`` of ``source_url`` into ``target_url`` (same server)."""
    # The password goes through the environment, never a command line; a session of A's
    # holding a lock pg_dump needs (uncommitted DDL) makes it fail, not wait forever.
    params = psycopg2.extensions.parse_dsn(source_url)
    env = dict(os.environ)
    if params.pop("password", None) is not None:
        env["PGPASSWORD"] = psycopg2.extensions.parse_dsn(source_url)["password"]
    source_url = psycopg2.extensions.make_dsn(**params)
    target_params = psycopg2.extensions.parse_dsn(target_url)
    target_params.pop("password", None)
    target_url = psycopg2.extensions.make_dsn(**target_params)
    with tempfile.TemporaryDirectory(prefix="schemadiff-validate-") as tmp:
        dump = Path(tmp) / "a.sql"
        for argv in (
            [
                str(server.bin_dir / "pg_dump"),
                "--schema-only",
                "--lock-wait-timeout=10s",
                "-f",
                str(dump),
                "-d",
                source_url,
            ],
            [
                str(server.bin_dir / "psql"),
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-f",
                str(dump),
                "-d",
                target_url,
            ],
        ):
            done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                tool = Path(argv[0]).name
                error = " ".join(done.stderr.split()) or f"exit code {done.returncode}"
                raise LoadError(f"copying A for validation: {tool} failed: {error}")
