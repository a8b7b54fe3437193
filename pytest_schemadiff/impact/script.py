"""The script psql runs for a measured migration: the guarded input with ``probe``'s calls
before and after each statement.

Inside a transaction block (``--single-transaction``, the default, or the input's own
``BEGIN``) the calls and the statement are one query string (psql's ``\\;``): no round trip
of their own, and PostgreSQL still runs each part as a statement of its own (its
``statement_timeout`` too). Outside one (``--schemadiff-transaction none``) a statement that
can run in one is put in its own ``BEGIN ... COMMIT`` with the call after it, as
``server_guard`` does for the statements it checks, so the locks it took are still held when
they are read; one that cannot (``CREATE INDEX CONCURRENTLY``) runs as it is, its locks not
measured. ``LOCK`` and ``DECLARE`` fail outside a block: a block of ours would hide that, so
they get none.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import server_guard
from ..deploy.statements import StatementClass, classify
from ..psql_script import JOIN, Script, render
from ..statement_rules import first_word
from . import probe
from .build import MeasuredStatement
from .policy import Timeouts, allowed_effects
from .rows import dropped_columns

__all__ = ["GuardSetup", "keeps_its_locks", "probed_script"]

_TRANSACTION_WORDS = frozenset(
    {"BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE", "PREPARE"}
)
_BLOCK_ONLY = frozenset({"LOCK", "DECLARE"})
_DATA_ONLY = frozenset({"INSERT", "UPDATE", "DELETE", "MERGE", "VALUES"})


def keeps_its_locks(script: Script) -> bool:
    """Whether the script's statements leave transactions alone (no BEGIN, COMMIT,
    ROLLBACK, SAVEPOINT...): run in one transaction, it then holds every lock to its end."""
    return not any(first_word(s.text) in _TRANSACTION_WORDS for s in script.statements)


@dataclass(frozen=True)
class GuardSetup:
    """What ``server_guard`` needs around a load (None when the database cannot be reached
    before it: psql then fails on its own)."""

    prologue: str
    runs_code: bool
    event_triggers: bool


def probed_script(
    script: Script,
    single_transaction: bool,
    guard: GuardSetup | None,
    probed: list[MeasuredStatement],
    timeouts: Timeouts | None = None,
) -> tuple[bytes, list[tuple[Path, int]]]:
    """The script and its line origins (see ``psql_script.render``); every statement probed
    is appended to ``probed``, its index the one the probe reports. ``timeouts`` apply to
    every statement but those whose ``-- schemadiff: allow`` comment lifts them."""
    timeouts = timeouts or Timeouts()
    allowed = allowed_effects(script)  # an unknown effect is refused before anything runs
    state = server_guard.TransactionState(
        inside=single_transaction,
        runs_code=guard.runs_code if guard else False,
        event_triggers=guard.event_triggers if guard else False,
    )
    check = server_guard.CHECK if guard is not None else ""
    statements = iter(script.statements)
    # The previous statement was probed inside a transaction block that is still open: its
    # ``after`` read the locks held now (see ``probe.before_call``).
    after_in_block = False

    def guarded(text: str) -> tuple[str, str] | None:
        around = state.wrap(text)
        return None if around is None else (around[0], f" {check}{around[1]}")

    def wrap(text: str) -> tuple[str, str] | None:
        nonlocal after_in_block
        reuse, after_in_block = after_in_block, False
        statement = next(statements)
        if statement.copy_from_stdin:
            return None  # its data follows on the next lines: nothing may come after it
        if len(probed) >= probe.MAX_PROBED:
            # A data migration of a million INSERTs: the rest run as they would unmeasured.
            probed.append(MeasuredStatement(str(statement.file), statement.line, "", False))
            return guarded(text)
        kind = classify(text)[0]
        if first_word(text) in _TRANSACTION_WORDS or kind in (
            StatementClass.FRAMING,
            StatementClass.REFUSED,
        ):
            return guarded(text)
        effects = allowed.get((statement.file, statement.line), frozenset())
        probed.append(MeasuredStatement(str(statement.file), statement.line, text, True, effects))
        lift, restore = timeouts.around(effects)
        if kind is StatementClass.OUTSIDE:
            before, after = _around(len(probed) - 1, text, False, state.wrap(text), check)
        else:
            inside = state.inside
            opened = not inside and first_word(text) not in _BLOCK_ONLY
            state.inside = inside or opened  # the guard's check goes in the block we open
            around = state.wrap(text)
            state.inside = inside
            before, after = _around(
                len(probed) - 1,
                text,
                opened,
                around,
                check,
                reuse=reuse and inside,
                in_block=inside,
            )
            after_in_block = inside and state.inside  # not a COMMIT of the input's
        return f"{lift} {before}".lstrip(), f"{after} {restore}".rstrip()

    prologue = probe.prologue() if guard is None else f"{guard.prologue} {probe.prologue()}"
    # After the probe's own setup: its temporary tables are not the migration's to wait on.
    prologue = f"{prologue} {timeouts.prologue()}".rstrip()
    epilogue = (f"{check} " if single_transaction and check else "") + probe.epilogue()
    if guard is not None:
        epilogue += " " + server_guard.NO_LOGIN_TRIGGER
    return render(script, wrap, prologue=prologue, epilogue=epilogue)


def _around(
    index: int,
    text: str,
    opened: bool,
    guard_around: tuple[str, str] | None,
    check: str,
    reuse: bool = False,
    in_block: bool = False,
) -> tuple[str, str]:
    """The probe's calls around statement ``index``, the guard's check inside them;
    ``in_block``: a transaction block is open (see the module's docstring)."""
    guard_before, guard_after = guard_around if guard_around is not None else ("", "")
    guard_after = f" {check}{guard_after}" if guard_around is not None else ""
    before = probe.before_call(dropped_columns(text), reuse)
    ddl = first_word(text) not in _DATA_ONLY
    if in_block:  # (the guard puts nothing before a statement inside a block)
        # One query string: the statement's own semicolon becomes psql's \;.
        before = f"{before.removesuffix(';')} {JOIN} "
        after = f"{JOIN} {probe.after_call(index, ddl, in_block=True)}{guard_after}"
        return before, after
    before += " BEGIN; " if opened else " "
    after = f" {probe.after_call(index, ddl)}{guard_after}"
    return before + guard_before, after + (" COMMIT;" if opened else "")
