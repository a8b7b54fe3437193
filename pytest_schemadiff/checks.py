"""The built-in migration check: test items the plugin adds to the run by itself.

- ``schemadiff_pending_applies``: the pending migration applies cleanly to the dump;
- ``schemadiff_matches_target``: the migrated schema equals the intended target schema.

They are ordinary test items (selectable with ``-k schemadiff``, distributed by xdist) whose
failures read like pytest-alembic's: one line of diagnosis, the differences grouped by
object, then the SQL that would turn the migrated schema into the target.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

from .assertions import describe_mismatch
from .connect import mask_password
from .engine import diff_schemas
from .errors import SchemaDiffError
from .inputs import MigrationInputs
from .workspace import Workspace

__all__ = ["check_items"]


def _fail(message: str) -> None:
    __tracebackhide__ = True
    pytest.fail(message, pytrace=False)


def check_pending_applies(schemadiff_workspace: Workspace) -> None:
    """pending.sql applies cleanly to the production dump."""
    try:
        schemadiff_workspace.template("post")
    except SchemaDiffError as exc:
        _fail(f"the pending migration does not apply to the dump: {exc}")


@contextlib.contextmanager
def _state_database(workspace: Workspace, state: str) -> Iterator[str]:
    if state == "target" and workspace.inputs.target and workspace.inputs.target.url:
        yield workspace.inputs.target.url
        return
    with workspace.scratch_clone(workspace.template(state), f"check_{state}") as url:
        yield url


def check_matches_target(schemadiff_workspace: Workspace) -> None:
    """The post-migration schema (dump + pending) equals the target schema."""
    workspace = schemadiff_workspace
    inputs = workspace.inputs
    assert inputs.target is not None
    target_label = mask_password(inputs.target.spec)
    post_label = "the migrated database (dump + pending)" if inputs.has_pending else "the dump"
    try:
        with (
            _state_database(workspace, "post") as post,
            _state_database(workspace, "target") as target,
        ):
            result = diff_schemas(post, target)
            if result.is_empty:
                return
            already = False
            if inputs.has_pending:
                with _state_database(workspace, "pre") as pre:
                    already = diff_schemas(pre, target).is_empty
    except SchemaDiffError as exc:
        _fail(str(exc))
    if already:
        _fail(
            f"the dump already equals the target {target_label}: the pending migration was "
            "already applied, or is not needed\n\n"
            + describe_mismatch(result, post_label, f"the target {target_label}")
        )
    _fail(describe_mismatch(result, post_label, f"the target {target_label}"))


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
    return items
