"""The built-in migration check: test items the plugin adds to the run by itself.

- ``schemadiff_pending_applies``: the pending migration applies cleanly to the dump;
- ``schemadiff_matches_target``: the migrated schema equals the intended target schema.

They are ordinary test items (selectable with ``-k schemadiff``, distributed by xdist) whose
failures read like pytest-alembic's: one line of diagnosis, the differences grouped by
object, then the SQL that would turn the migrated schema into the target.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from ..errors import with_driver_errors
from ..urls import mask_password
from .inputs import MigrationInputs
from .provider import server_failure

if TYPE_CHECKING:
    # The engine is imported when a check runs: a run without them does not pay for it.
    from ..engine import SchemaDiff
    from ..engine.model import Catalog
    from .workspace import Workspace

__all__ = ["catalog_of", "check_items"]


def _fail(message: str) -> None:
    __tracebackhide__ = True
    pytest.fail(message, pytrace=False)


def check_pending_applies(schemadiff_workspace: Workspace) -> None:
    """pending.sql applies cleanly to the production dump."""
    failure: str | None = None
    try:
        template = schemadiff_workspace.template("post")
    except with_driver_errors() as exc:
        failure = server_failure(schemadiff_workspace.server, exc)
    if failure is not None:
        # Outside the except block: inside it, pytest would print the error again as the
        # context of the failure.
        _fail(f"the pending migration does not apply to the dump: {failure}")
    impact = template.impact
    forbid = schemadiff_workspace.inputs.forbid
    if impact is not None and forbid:
        from ..impact.policy import violations

        found = violations(impact.relative_to(schemadiff_workspace.inputs.root or Path()), forbid)
        if found:
            effects = ", ".join(sorted(forbid))
            _fail(
                f"the pending migration does what schemadiff_forbid ({effects}) forbids on "
                "tables with rows, measured on the dump:\n"
                + "\n".join(violation.describe() for violation in found)
            )
    if impact is not None and impact.unexplained:
        lost = "; ".join(
            f"{t.name}: {t.rows_before} rows before, {t.rows_after} after"
            for t in impact.unexplained
        )
        _fail(
            "the pending migration loses rows that no statement drops, deletes or truncates "
            f"(rows are kept unless a DROP, DELETE or TRUNCATE names the table): {lost}"
        )


def catalog_of(workspace: Workspace, state: str) -> Catalog:
    """The catalog of ``state``: kept with its template, so read once per build."""
    from ..engine.compare import inspect_schema
    from . import catalogs

    if state == "target" and workspace.inputs.target and workspace.inputs.target.url:
        return inspect_schema(workspace.inputs.target.url)
    template = workspace.template(state)
    catalog = catalogs.load(workspace.server, template)
    if catalog is None:
        with workspace.scratch_clone(template, f"check_{state}") as url:
            catalog = inspect_schema(url)
        catalogs.store(workspace.server, template, catalog)
    return catalog


def _diff_with_target(workspace: Workspace, state: str) -> SchemaDiff:
    from ..engine.compare import compare_catalogs

    return compare_catalogs(catalog_of(workspace, state), catalog_of(workspace, "target"))


def proven_diff(
    workspace: Workspace,
    state: str,
    other: str,
    other_database: Callable[[], contextlib.AbstractContextManager[str]],
) -> tuple[SchemaDiff, Exception | None]:
    """``state``'s schema against ``other``'s, and what proving the fixing SQL found: it
    runs on another clone of ``state``'s template, against the database ``other_database``
    gives, so the SQL shown is SQL that works."""
    from ..engine import diff_schemas
    from ..engine.compare import compare_catalogs
    from .assertions import check_plan

    result = compare_catalogs(catalog_of(workspace, state), catalog_of(workspace, other))
    if result.is_empty:
        return result, None
    # The plan shown is the plan proven (with the real secrets where it shows placeholders).
    template = workspace.template(state)

    def scratch(_: object) -> contextlib.AbstractContextManager[str]:
        return workspace.scratch_clone(template, "check_proof")

    with other_database() as url:
        return result, check_plan(result, template.name, lambda u: diff_schemas(u, url), scratch)


@contextlib.contextmanager
def _target_database(workspace: Workspace) -> Iterator[str]:
    target = workspace.inputs.target
    if target is not None and target.url:
        yield target.url
        return
    with workspace.scratch_clone(workspace.template("target"), "check_target") as url:
        yield url


def _dump_equals_target(workspace: Workspace) -> bool:
    try:
        return _diff_with_target(workspace, "pre").is_empty
    except with_driver_errors():
        return False


def check_matches_target(schemadiff_workspace: Workspace) -> None:
    """The post-migration schema (dump + pending) equals the target schema."""
    workspace = schemadiff_workspace
    inputs = workspace.inputs
    assert inputs.target is not None
    target_label = mask_password(inputs.target.spec)
    post_label = "the migrated database (dump + pending)" if inputs.has_pending else "the dump"
    failure: str | None = None
    try:
        result, problem = proven_diff(
            workspace, "post", "target", lambda: _target_database(workspace)
        )
    except with_driver_errors() as exc:
        failure = server_failure(workspace.server, exc)
    if failure is None:
        if result.is_empty:
            # Also when the dump equals the target too: a data-only migration is legitimate.
            return
        from .assertions import describe_mismatch

        failure = describe_mismatch(result, post_label, f"the target {target_label}", problem)
    # Outside the except block, so pytest does not print the error twice. A pending
    # migration that fails or changes the schema while the dump already equals the target
    # was most likely applied already (the dump is newer than the migration).
    if inputs.has_pending and _dump_equals_target(workspace):
        _fail(
            f"the dump already equals the target {target_label}: the pending migration was "
            f"already applied, or is not needed\n\n{failure}"
        )
    _fail(failure)


def check_items(session: pytest.Session, inputs: MigrationInputs) -> list[pytest.Item]:
    """The built-in items this run gets: none without a pending migration or a target."""
    items: list[pytest.Item] = []
    if inputs.has_pending:
        items.append(
            pytest.Function.from_parent(
                session, name="schemadiff_pending_applies", callobj=check_pending_applies
            )
        )
    if inputs.target is not None:
        items.append(
            pytest.Function.from_parent(
                session, name="schemadiff_matches_target", callobj=check_matches_target
            )
        )
    if inputs.has_rollback:
        from .reversibility import check_rollback_restores

        items.append(
            pytest.Function.from_parent(
                session, name="schemadiff_rollback_restores", callobj=check_rollback_restores
            )
        )
    return items
