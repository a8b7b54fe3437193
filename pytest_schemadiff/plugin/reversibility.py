"""The built-in item ``schemadiff_rollback_restores``: the rollback migration undoes the
pending one.

The rolled-back state is a template of its own (``load_rolled_back``: the post state, then
the rollback file, in pending.sql's transaction mode). It must have the dump's schema again,
compared like the target check compares (cached catalogs, the fixing SQL proven on a scratch
copy), and every table of the dump that the pending migration did not drop must hold as many
rows as in the dump. Rows come from the measurements kept with the templates (the post
template's counts before pending.sql ran, the rolled-back template's after the rollback):
exact counts, taken once per build, so a warm run counts nothing. A table the pending
migration dropped loses its rows there: that is the pending migration's data loss (the
impact report names it), not something a rollback can be blamed for.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from ..errors import with_driver_errors
from .provider import server_failure

if TYPE_CHECKING:
    from ..impact.model import Impact
    from .templates import Template
    from .workspace import Workspace

__all__ = ["ROLLED_BACK", "check_rollback_restores", "rows_not_restored"]

ROLLED_BACK = "the rolled-back database (dump + pending + rollback)"


def _fail(message: str) -> None:
    __tracebackhide__ = True
    pytest.fail(message, pytrace=False)


def rows_not_restored(pending: Impact, rolled_back: dict[str, int]) -> list[str]:
    """One line per table of the dump, not dropped by the pending migration, whose rows
    after the rollback (``rolled_back``: rows by table name) differ from the dump's.

    A table missing after the rollback is a schema difference, said there, not here."""
    dropped = {t.name for t in pending.tables if t.rows_after is None}
    dropped |= {
        loss.relation for s in pending.statements for loss in s.dropped if loss.column is None
    }
    lines = []
    for table in pending.tables:
        name = table.renamed_from or table.name  # its name in the dump
        if table.rows_before is None or name in dropped:
            continue
        after = rolled_back.get(name)
        if after is not None and after != table.rows_before:
            lines.append(f"{name}: {table.rows_before} rows before, {after} after the rollback")
    return sorted(lines)


def _measures(impact: Impact | None, rollback: Path) -> bool:
    """Whether ``impact`` is the rollback file's measurement. A ``load_rolled_back`` of a
    conftest.py's that does not measure the rollback leaves the post loader's there, whose
    counts are the post state's: trusting them would pass a rollback that deletes rows."""
    if impact is None:
        return False
    rollback = rollback.resolve()
    for statement in impact.statements:
        file = Path(statement.file).resolve()
        if file == rollback or rollback in file.parents:
            return True
    return False


def _rolled_back_rows(workspace: Workspace, template: Template, rollback: Path) -> dict[str, int]:
    """Rows by table of the rolled-back state: measured while it was built, or else counted
    on a scratch copy."""
    if template.impact is not None and _measures(template.impact, rollback):
        return {t.name: t.rows_after for t in template.impact.tables if t.rows_after is not None}
    from ..impact.rows import count_rows

    with workspace.scratch_clone(template, "check_rows") as url:
        counts = count_rows(url)
    return {counts.names[oid]: rows for oid, rows in counts.rows.items()}


def _findings(workspace: Workspace, rollback: Path, rollback_label: str) -> str | None:
    """What the rollback fails to restore, as the failure's text; None when it restores all."""
    from .assertions import describe_mismatch
    from .checks import proven_diff

    pre, post = workspace.template("pre"), workspace.template("post")
    rolled_back = workspace.template("rollback")
    parts = []
    result, problem = proven_diff(
        workspace, "rollback", "pre", lambda: workspace.scratch_clone(pre, "check_pre")
    )
    if not result.is_empty:
        parts.append(
            f"{rollback_label} does not restore the dump's schema\n\n"
            + describe_mismatch(result, ROLLED_BACK, "the dump", problem)
        )
    if post.impact is not None:
        lost = rows_not_restored(post.impact, _rolled_back_rows(workspace, rolled_back, rollback))
        if lost:
            parts.append(
                f"{rollback_label} does not restore the rows of {len(lost)} table"
                f"{'s' if len(lost) > 1 else ''} the pending migration kept:\n"
                + "\n".join(f"  {line}" for line in lost)
            )
    return "\n\n".join(parts) if parts else None


def check_rollback_restores(schemadiff_workspace: Workspace) -> None:
    """dump + pending + rollback has the dump's schema again, and the rows of every table
    the pending migration did not drop."""
    workspace = schemadiff_workspace
    rollback = workspace.inputs.rollback
    assert rollback is not None
    label = _shown(rollback, workspace.inputs.root)
    failure: str | None = None
    try:
        workspace.template("post")
    except with_driver_errors() as exc:
        # Said in full by schemadiff_pending_applies: this points there.
        failure = f"the rollback cannot be checked: {server_failure(workspace.server, exc)}"
    if failure is None:
        try:
            workspace.template("rollback")
        except with_driver_errors() as exc:
            failure = f"{label} does not apply: {server_failure(workspace.server, exc)}"
    if failure is None:
        try:
            failure = _findings(workspace, rollback, label)
        except with_driver_errors() as exc:
            failure = server_failure(workspace.server, exc)
    if failure is not None:
        # Outside the except blocks: inside them, pytest would print the error again as
        # the context of the failure.
        _fail(failure)


def _shown(path: Path, root: Path | None) -> str:
    """Relative to the rootdir when inside it, as the header shows it."""
    if root is not None and path.is_relative_to(root):
        return str(path.relative_to(root))
    return str(path)
