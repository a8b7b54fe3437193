"""``assert_schema_matches`` and the failure text it shares with the built-in check."""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..connection import mask_password
from ..engine import SchemaDiff, diff_schemas
from ..engine.render import render_text, shown_differences
from ..errors import ConfigError, PlanValidationError, SchemaDiffError, with_driver_errors
from .database import Database
from .workspace import active_workspace

__all__ = ["assert_schema_matches", "check_plan", "describe_mismatch"]

IGNORABLE = frozenset({"privileges", "comments", "extension_versions"})
_scratch_numbers = itertools.count()


def check_plan(
    result: SchemaDiff,
    a: Any,
    rediff: Callable[[str], SchemaDiff],
    scratch: Callable[[Any], contextlib.AbstractContextManager[str]] | None = None,
) -> Exception | None:
    """Prove the fixing SQL before it is shown (``engine/validate.py``): None when it
    works, else why not: a PlanValidationError, or the error that kept it from running."""
    from ..engine.validate import prove_plan

    try:
        prove_plan(a, result, rediff, scratch=scratch)
    except with_driver_errors() as exc:
        assert isinstance(exc, Exception)
        return exc
    return None


def _fixing_sql(
    result: SchemaDiff, a_label: str, b_label: str, problem: Exception | None
) -> list[str]:
    if isinstance(problem, PlanValidationError):
        # A fix that does not work is not shown as one: say what failed instead.
        lines = [
            f"no SQL to turn {a_label} into {b_label} is shown: the generated SQL failed "
            "when tried on a scratch copy (a pytest-schemadiff bug, please report it):",
            "",
            f"  {problem}".rstrip() if problem.statement is None else f"  {problem.args[0]}",
        ]
        if problem.statement is not None:
            lines += ["", "failing statement:", "", f"{problem.statement.rstrip()};"]
        return lines
    lines = [
        f"SQL that would turn {a_label} into {b_label}"
        + (":" if problem is None else f" (not proven: {_one_line(problem)}):"),
        "",
        result.sql.rstrip() or "-- (no statements: the difference cannot be migrated)",
    ]
    return lines


def _one_line(exc: BaseException) -> str:
    return mask_password(" ".join(str(exc).split())) or type(exc).__name__


def describe_mismatch(
    result: SchemaDiff, a_label: str, b_label: str, problem: Exception | None = None
) -> str:
    """One line of diagnosis, the differences by object, then the SQL from A to B (proven:
    ``problem`` is what ``check_plan`` found, None when the SQL works)."""
    # Counted as listed: a table only on one side is one object, not one per column.
    count = len({d.key for d in shown_differences(result.differences)}) + len(result.unmatched)
    lines = [
        f"schema mismatch: {count} object{' differs' if count == 1 else 's differ'} between "
        f"A = {a_label} and B = {b_label}",
        "",
        render_text(result.differences, result.warnings).rstrip(),
        *(f"not compared: {line}" for line in result.unmatched),
        "",
        *_fixing_sql(result, a_label, b_label, problem),
    ]
    return "\n".join(lines)


def _label(source: Any) -> str:
    if isinstance(source, Database):
        return f"db[{source.state}]"
    if isinstance(source, os.PathLike):
        return str(source)
    if isinstance(source, str):
        return mask_password(source)
    return type(source).__name__


def _is_schema_file(source: Any) -> bool:
    if isinstance(source, Database):
        return False
    if isinstance(source, os.PathLike):
        return True
    return isinstance(source, str) and "://" not in source and "=" not in source


@contextlib.contextmanager
def _as_database(source: Any) -> Iterator[Any]:
    """A SQL file or dump is loaded into a scratch database; anything else is used as is."""
    if not _is_schema_file(source):
        yield source
        return
    workspace = active_workspace()
    if workspace is None:
        raise ConfigError(
            f"{source}: comparing a SQL file needs a server: call assert_schema_matches "
            "inside a pytest run with pytest-schemadiff active, or pass database URLs"
        )
    path = Path(source)
    with workspace.scratch_copy_of_file(path, next(_scratch_numbers)) as url:
        yield url


def assert_schema_matches(
    a: Any,
    b: Any,
    *,
    schema: str | Iterable[str] | None = None,
    exclude_schema: str | Iterable[str] | None = None,
    ignore: Iterable[str] = (),
    compare_owners: bool = False,
    column_order: bool = False,
    show_secrets: bool = False,
) -> None:
    """Assert that schemas ``a`` and ``b`` are the same; on failure show what differs and
    the SQL that would turn ``a`` into ``b``.

    ``a`` and ``b`` may be ``db`` handles, database URLs or DSNs, psycopg2 connections,
    sqlbag/SQLAlchemy sessions, connections or engines, or paths of SQL files or dumps.
    ``schema`` / ``exclude_schema`` limit the comparison (a name or several); ``ignore``
    takes any of ``"privileges"``, ``"comments"``, ``"extension_versions"``. Secret option
    values (a user mapping's password) are masked in the failure text, and a placeholder in
    its SQL, unless ``show_secrets``.
    """
    __tracebackhide__ = True
    ignored = set(ignore)
    unknown = ignored - IGNORABLE
    if unknown:
        raise ConfigError(
            f"assert_schema_matches(ignore=...): unknown {sorted(unknown)}; "
            f"expected any of {sorted(IGNORABLE)}"
        )
    failure: SchemaDiffError | None = None
    try:
        result, problem = _compare(
            a, b, schema, exclude_schema, ignored, compare_owners, column_order, show_secrets
        )
    except SchemaDiffError as exc:
        failure = exc
    if failure is not None:
        # Raised afresh, outside the except block: the failure is its one line, not a walk
        # through our frames (whose arguments would show the URLs they were given).
        raise type(failure)(str(failure)) from None
    if not result.is_empty:
        raise AssertionError(describe_mismatch(result, _label(a), _label(b), problem))


def _compare(
    a: Any,
    b: Any,
    schema: str | Iterable[str] | None,
    exclude_schema: str | Iterable[str] | None,
    ignored: set[str],
    compare_owners: bool,
    column_order: bool,
    show_secrets: bool = False,
) -> tuple[SchemaDiff, Exception | None]:
    """The comparison, and what proving its fixing SQL found (``check_plan``)."""
    options: dict[str, Any] = {
        "schemas": [schema] if isinstance(schema, str) else schema,
        "exclude_schemas": [exclude_schema] if isinstance(exclude_schema, str) else exclude_schema,
        "ignore_privileges": "privileges" in ignored,
        "ignore_comments": "comments" in ignored,
        "ignore_extension_versions": "extension_versions" in ignored,
        "ignore_owners": not compare_owners,
        "column_order": column_order,
    }
    with _as_database(a) as db_a, _as_database(b) as db_b:
        result = diff_schemas(db_a, db_b, show_secrets=show_secrets, **options)
        if result.is_empty:
            return result, None
        # The plan shown is the plan proven (with the real secrets where it shows
        # placeholders).
        return result, check_plan(result, db_a, lambda url: diff_schemas(url, db_b, **options))
