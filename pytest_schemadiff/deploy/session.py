"""One connection to the database being changed, and the one transaction on it.

What it guarantees, and how:

- **all or nothing**: every statement runs in one transaction, committed only by
  ``commit``; anything else (an error, a failed verification, ``--dry-run``, Ctrl-C, a
  killed client) ends it with a rollback, by us or by the server when the connection goes;
- **Ctrl-C cancels the running statement**: a blocking libpq call would not see SIGINT
  until the statement ends, so the session installs a psycopg2 wait callback (the
  documented way to make queries interruptible) that cancels the statement on the server
  and marks the session interrupted; put back when the session ends;
- **a killed client stops holding locks soon**: on PostgreSQL 14+ the session sets
  ``client_connection_check_interval``, so a backend whose client died (SIGKILL) notices
  within a second, even in a long statement, and rolls back instead of finishing it;
- **errors say where**: a failing statement is reported as ``file:line`` (the line of the
  error position when PostgreSQL gives one) with PostgreSQL's message, DETAIL and HINT.
"""

from __future__ import annotations

import contextlib
import select
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import psycopg2
import psycopg2.errors
import psycopg2.extensions

from ..connection import open_connection
from ..engine.compare import Options, inspect_connection
from ..engine.model import Catalog
from ..errors import SchemaDiffError
from .statements import FileStatement, StatementClass

__all__ = ["ApplySession", "Interrupted", "StatementFailed", "open_session"]

# Seconds between the server's checks that the client is still there (PostgreSQL 14+).
CLIENT_CHECK_INTERVAL = "1s"

_UNSAFE_NEW_ENUM_VALUE = "55P04"
_ADD_VALUE_HINT = (
    "ALTER TYPE ... ADD VALUE takes effect at commit: split the file, the ADD VALUE in one "
    "apply, its uses in a later one"
)


class Interrupted(SchemaDiffError):
    """Ctrl-C (or SIGTERM) while the session was working."""


class StatementFailed(SchemaDiffError):
    """A statement of the file failed; the message is ``file:line: PostgreSQL's message``."""


class ApplySession:
    """The transaction on the target database (see the module docstring)."""

    def __init__(self, conn: psycopg2.extensions.connection, interrupted: threading.Event):
        self.conn = conn
        self._interrupted = interrupted

    @property
    def interrupted(self) -> bool:
        return self._interrupted.is_set()

    def run(self, statement: FileStatement) -> None:
        """Run one statement of the file in the transaction; StatementFailed, Interrupted."""
        try:
            with self.conn.cursor() as cur:
                cur.execute(statement.text)
        except psycopg2.Error as exc:
            if self.interrupted:
                raise Interrupted(f"interrupted while running {statement.where}") from None
            raise StatementFailed(describe_failure(statement, exc)) from None

    def inspect(
        self, options: Options, schemas: tuple[str, ...] | None, exclude: tuple[str, ...]
    ) -> Catalog:
        """The catalog as this transaction sees it (statements run so far included)."""
        try:
            return inspect_connection(self.conn, options, schemas=schemas, exclude_schemas=exclude)
        except (SchemaDiffError, psycopg2.Error) as exc:
            if self.interrupted:
                raise Interrupted("interrupted while inspecting the database") from None
            raise exc

    def commit(self, source: str) -> None:
        """Commit; StatementFailed naming ``source`` when the commit itself fails (a deferred
        constraint checked only then), Interrupted on Ctrl-C before it finished."""
        try:
            self.conn.commit()
        except psycopg2.Error as exc:
            if self.interrupted:
                raise Interrupted("interrupted during COMMIT") from None
            at_commit = FileStatement(Path(source), 0, "COMMIT", StatementClass.RUN)
            label = f"{source}: at COMMIT (a deferred constraint)"
            raise StatementFailed(describe_failure(replace(at_commit, label=label), exc)) from None

    def rollback(self) -> None:
        """Roll back; a connection that broke meanwhile has been rolled back by the server
        (and is closed at the end of the session), which is all that matters here."""
        if not self.conn.closed:
            with contextlib.suppress(psycopg2.Error):
                self.conn.rollback()

    def run_autocommit(self, statement: FileStatement) -> None:
        """Run a statement on its own, outside any transaction (after the commit)."""
        self.conn.autocommit = True
        self.run(statement)


def describe_failure(statement: FileStatement, exc: psycopg2.Error) -> str:
    """``file:line: message (DETAIL: ...; HINT: ...)`` for a statement that failed."""
    diag = exc.diag
    message = diag.message_primary or (str(exc).strip().splitlines() or ["unknown error"])[0]
    position = int(diag.statement_position) if diag.statement_position else None
    parts = [message]
    if diag.message_detail:
        parts.append(f"DETAIL: {diag.message_detail}")
    hint = diag.message_hint
    if exc.pgcode == _UNSAFE_NEW_ENUM_VALUE:
        hint = f"{hint}; {_ADD_VALUE_HINT}" if hint else _ADD_VALUE_HINT
    if hint:
        parts.append(f"HINT: {hint}")
    if diag.message_primary is None and isinstance(exc, psycopg2.OperationalError):
        parts.append("the connection was lost: the server rolls the transaction back")
    return f"{statement.where_at(position)}: " + "; ".join(" ".join(p.split()) for p in parts)


@contextmanager
def open_session(url: str) -> Iterator[ApplySession]:
    """A session on ``url`` with its transaction open; closed (rolled back unless
    committed) at the end of the block. ConnectError when the database cannot be reached."""
    interrupted = threading.Event()
    with _interruptible(interrupted):
        conn = open_connection(url, autocommit=True)
        try:
            if conn.server_version >= 140000:
                with conn.cursor() as cur, contextlib.suppress(psycopg2.Error):
                    # Refused on platforms without the needed poll() support (not Linux):
                    # then a killed client's statement runs to its end before the rollback.
                    cur.execute(
                        "SELECT set_config('client_connection_check_interval', %s, false)",
                        (CLIENT_CHECK_INTERVAL,),
                    )
            conn.autocommit = False
            yield ApplySession(conn, interrupted)
        finally:
            # Closing without a commit is a rollback on the server.
            conn.close()


@contextmanager
def _interruptible(interrupted: threading.Event) -> Iterator[None]:
    previous = psycopg2.extensions.get_wait_callback()

    def wait(conn: Any) -> None:
        while True:
            try:
                state = conn.poll()
                if state == psycopg2.extensions.POLL_OK:
                    return
                if state == psycopg2.extensions.POLL_READ:
                    select.select([conn.fileno()], [], [])
                elif state == psycopg2.extensions.POLL_WRITE:
                    select.select([], [conn.fileno()], [])
                else:  # pragma: no cover - psycopg2 knows no other state
                    raise psycopg2.OperationalError(f"unexpected poll state {state}")
            except KeyboardInterrupt:
                interrupted.set()
                try:
                    conn.cancel()  # the statement ends with an error: handled by the caller
                except psycopg2.Error:
                    raise KeyboardInterrupt from None

    psycopg2.extensions.set_wait_callback(wait)
    try:
        yield
    finally:
        psycopg2.extensions.set_wait_callback(previous)
