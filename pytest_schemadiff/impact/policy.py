"""What a team forbids the pending migration to do on tables with rows, and the statements
it accepts anyway.

Effects (``schemadiff_forbid``) are judged on the measurement (``Impact``), never guessed
from the text: a rewrite of a table that held rows, an ``AccessExclusiveLock`` taken on one,
a drop of a table or column that held data. Tables without rows are never a violation: on
a schema-only dump nothing is forbidden.

A statement accepts an effect with a comment, on the lines right above it, inside it, or
after it on its last line::

    -- schemadiff: allow rewrite
    ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2);
    DROP TABLE legacy_orders;  -- schemadiff: allow data-loss, access-exclusive

``lock-timeout`` and ``statement-timeout`` may be allowed the same way: that statement runs
without the timeout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError
from ..psql_script import Script, comments_of
from .model import Impact, StatementImpact

__all__ = [
    "EFFECTS",
    "Timeouts",
    "Violation",
    "allowed_effects",
    "parse_duration",
    "parse_effects",
    "summary_line",
    "violations",
]

# What ``schemadiff_forbid`` may name, and what an annotation may allow.
EFFECTS = ("rewrite", "access-exclusive", "data-loss")
TIMEOUTS = ("lock-timeout", "statement-timeout")
_ALLOWABLE = EFFECTS + TIMEOUTS

# ``allow`` then effects separated by commas; what follows them is the team's reason.
_ANNOTATION = re.compile(
    r"schemadiff\s*:\s*allow\b[ \t]*([a-z][a-z-]*(?:[ \t]*,[ \t]*[a-z][a-z-]*)*)?",
    re.IGNORECASE,
)
# PostgreSQL's units for a time setting; a bare number is milliseconds.
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(us|ms|s|min|h|d)?\s*$")


def parse_effects(value: str, source: str) -> frozenset[str]:
    """The effects a comma-separated ``value`` names; ConfigError naming ``source``."""
    words = [w.strip().lower() for w in value.replace("\n", ",").split(",") if w.strip()]
    unknown = [w for w in words if w not in EFFECTS]
    if unknown:
        raise ConfigError(
            f"{source}: {unknown[0]!r} is not an effect; expected some of {', '.join(EFFECTS)}"
        )
    return frozenset(words)


def parse_duration(value: str, source: str) -> str:
    """``value`` as PostgreSQL takes it for ``lock_timeout`` and ``statement_timeout``
    (``5s``, ``200ms``, ``2min``; a bare number is milliseconds)."""
    match = _DURATION.match(value)
    if match is None:
        raise ConfigError(
            f"{source}: {value!r} is not a duration; write a number with one of the units "
            "us, ms, s, min, h, d (a bare number is milliseconds)"
        )
    return f"{match.group(1)}{match.group(2) or 'ms'}"


@dataclass(frozen=True)
class Timeouts:
    """``lock_timeout`` and ``statement_timeout`` for each statement of the migration."""

    lock: str | None = None
    statement: str | None = None

    def settings(self) -> list[tuple[str, str, str]]:
        """(setting, value, the effect that allows going past it) of those set."""
        found = [
            ("lock_timeout", self.lock, "lock-timeout"),
            ("statement_timeout", self.statement, "statement-timeout"),
        ]
        return [(name, value, effect) for name, value, effect in found if value]

    def prologue(self) -> str:
        return " ".join(f"SET {name} = '{value}';" for name, value, _ in self.settings())

    def around(self, allowed: frozenset[str]) -> tuple[str, str]:
        """SQL before and after a statement that allows going past some of them."""
        lifted = [(name, value) for name, value, effect in self.settings() if effect in allowed]
        before = " ".join(f"SET {name} = 0;" for name, _ in lifted)
        after = " ".join(f"SET {name} = '{value}';" for name, value in lifted)
        return before, after

    def hint(self, message: str) -> str | None:
        """What to say after PostgreSQL's cancel message of one of them, or None."""
        for name, value, effect in self.settings():
            if f"due to {name.replace('_', ' ')}" in message:
                return (
                    f"schemadiff_{name} = {value} applies to each statement of the pending "
                    f"migration; if the team accepts that one, annotate it with "
                    f"`-- schemadiff: allow {effect}`"
                )
        return None


def allowed_effects(script: Script) -> dict[tuple[Path, int], frozenset[str]]:
    """What each statement of ``script`` allows, by (file, line): from the comments above
    it (after the previous statement's line), inside it, and after it on its last line.

    An annotation that names no known effect is a ConfigError with its file and line.
    """
    found: dict[tuple[Path, int], frozenset[str]] = {}
    for statement, texts in comments_of(script):
        effects: set[str] = set()
        for text, file, line in texts:
            for comment, offset in _comments(text):
                for match in _ANNOTATION.finditer(comment):
                    at = f"{file}:{line + offset + comment.count(chr(10), 0, match.start())}"
                    effects.update(_allowed_words(match.group(1) or "", at))
        if effects:
            found[(statement.file, statement.line)] = frozenset(effects)
    return found


def _comments(text: str) -> list[tuple[str, int]]:
    """The comments in SQL ``text`` (``--`` and ``/* */``), each with the line it starts on
    (0 for the first): as PostgreSQL's lexer tells them, so that an annotation's words in a
    string, an identifier or a function's body are none. Text the lexer cannot read (an
    unterminated string: psql fails on it anyway) has none."""
    if "schemadiff" not in text.lower():
        return []
    from pglast import parser  # imported when a file has an annotation to read

    try:
        tokens = parser.scan(text)  # offsets in characters, the end's included
    except parser.ParseError:
        return []
    return [
        (text[t.start : t.end + 1], text.count("\n", 0, t.start))
        for t in tokens
        if t.name in ("SQL_COMMENT", "C_COMMENT")
    ]


def _allowed_words(text: str, at: str) -> list[str]:
    words = [w.strip().lower() for w in text.split(",") if w.strip()]
    bad = [w for w in words if w not in _ALLOWABLE]
    if bad or not words:
        named = f"{bad[0]!r} is not an effect" if bad else "it names no effect"
        raise ConfigError(
            f"{at}: `schemadiff: allow`: {named}; expected some of {', '.join(_ALLOWABLE)}"
        )
    return words


@dataclass(frozen=True)
class Violation:
    """A forbidden ``effect`` a statement had: what was measured, in words."""

    statement: StatementImpact
    effect: str
    measured: str

    def describe(self) -> str:
        return (
            f"{self.statement.where}: {self.statement.first_line}\n"
            f"    {self.effect}: {self.measured}\n"
            f"    allow it with a comment on the statement: -- schemadiff: allow {self.effect}"
        )


def violations(impact: Impact, forbid: frozenset[str]) -> list[Violation]:
    """The forbidden effects the migration had on tables that held rows, in file order."""
    # statement_rules loads pglast: not when the plugin loads (inputs.py imports this module).
    from ..statement_rules import first_word

    # By the names a statement may have seen: a table renamed by the migration is also
    # known by its old name (a statement before the rename names it so).
    rows: dict[str, int] = {}
    for table in impact.tables:
        if table.rows_before:
            rows[table.name] = table.rows_before
            if table.renamed_from:
                rows.setdefault(table.renamed_from, table.rows_before)
    found = []
    for statement in impact.statements:
        allowed = set(statement.allowed)
        # A TRUNCATE gives the table a new file too: it empties the table, it rewrites nothing.
        rewrites = first_word(statement.sql) != "TRUNCATE"
        if "rewrite" in forbid and "rewrite" not in allowed and rewrites:
            hit = [f"{r} ({rows[r]} rows)" for r in statement.rewritten if r in rows]
            if hit:
                took = f" in {statement.duration_ms:.0f} ms"
                found.append(Violation(statement, "rewrite", f"rewrote {', '.join(hit)}{took}"))
        if "access-exclusive" in forbid and "access-exclusive" not in allowed:
            hit = [
                f"{lock.relation} ({rows[lock.relation]} rows)"
                for lock in statement.locks or ()
                if lock.mode == "AccessExclusiveLock" and lock.relation in rows
            ]
            if hit:
                found.append(
                    Violation(
                        statement,
                        "access-exclusive",
                        f"took AccessExclusiveLock on {', '.join(hit)}: its reads and "
                        "writes wait until the statement's transaction ends",
                    )
                )
        if "data-loss" in forbid and "data-loss" not in allowed and statement.dropped:
            lost = ", ".join(loss.what for loss in statement.dropped)
            found.append(Violation(statement, "data-loss", f"dropped {lost}"))
    return found


def summary_line(impact: Impact, forbid: frozenset[str]) -> str:
    """What the policy found, for the end of the run: also when it could find nothing, so
    a pass on a dump without data is not taken for a pass on production."""
    effects = ", ".join(sorted(forbid))
    with_rows = sum(1 for t in impact.tables if t.rows_before)
    if not with_rows:
        return (
            f"policy schemadiff_forbid = {effects}: not enforced, no table of the dump has rows "
            "(effects are judged on tables with rows: give the run a dump with data)"
        )
    found = len(violations(impact, forbid))
    accepted = sum(1 for s in impact.statements for effect in s.allowed if effect in forbid)
    said = f"; {accepted} accepted by a comment" if accepted else ""
    return (
        f"policy schemadiff_forbid = {effects}: {found} violation(s), judged on {with_rows} "
        f"table(s) with rows{said}"
    )
