"""The header lines that say which inputs the run uses, said without starting the server.

One line per input: the dump, the pending migration (and its rollback, when there is a
pending migration or a rollback was found) and the target, each with its path, size (a dump
given as a database URL: the URL, password masked) and whether its template will be reused or
built (from the local ``ledger``: the server is not asked), or why the input is missing. A
user who passed ``--schemadiff-dump`` and got
no ``[pre]`` tests sees at once that no pending migration was found, and where it was looked
for. The last line says what happens to materialized views the dump leaves empty.
"""

from __future__ import annotations

import time
from pathlib import Path

from ..urls import mask_password
from . import ledger
from .inputs import DEFAULT_DUMP, DEFAULT_PENDING, DEFAULT_ROLLBACK, MigrationInputs

__all__ = ["human_size", "input_lines"]


def human_size(size: int) -> str:
    """``812 B``, ``4.1 kB``, ``42.0 MB``: decimal units, as file managers show them."""
    if size < 1000:
        return f"{size} B"
    for unit in ("kB", "MB", "GB", "TB"):
        size_f = size / 1000
        if size_f < 1000 or unit == "TB":
            return f"{size_f:.1f} {unit}"
        size = int(size_f)
    raise AssertionError("unreachable")


def _size_of(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def _shown(path: Path, root: Path | None) -> str:
    """Relative to the rootdir when inside it, else absolute."""
    if root is not None:
        try:
            return str(path.relative_to(root))
        except ValueError:
            pass
    return str(path)


def _template(project: str, server: str, inputs: MigrationInputs, state: str) -> str:
    if inputs.dump_url is not None and state != "target":
        return f"{state} template built fresh every run (a live database has no content hash)"
    entry = ledger.read(project, state)
    if entry is None:
        return f"{state} template to build (no earlier run noted one here)"
    if entry.server != server:
        return f"{state} template to build (the last one noted was on another server)"
    if entry.inputs != ledger.input_signature(inputs, state):
        return f"{state} template to build (inputs changed since the last build)"
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(entry.at))
    return f"{state} template cached (an earlier run used one of these files, {when})"


def input_lines(inputs: MigrationInputs, project: str, server: str) -> list[str]:
    """The header's lines about the inputs (without the ``schemadiff:`` prefix)."""
    root = inputs.root
    lines = []
    if inputs.dump_url is not None:
        lines.append(
            f"dump: database {mask_password(inputs.dump_url)}, copied with CREATE DATABASE ... "
            "TEMPLATE on the run's server; " + _template(project, server, inputs, "pre")
        )
    elif inputs.dump is None:
        lines.append(
            f"dump: none (no {DEFAULT_DUMP} under {root}; --schemadiff-dump PATH): the pre "
            "state is an empty database"
        )
    elif inputs.dump_is_empty:
        lines.append(
            f"dump: {_shown(inputs.dump, root)} is empty: the pre state is an empty database "
            "(no production yet)"
        )
    else:
        lines.append(
            f"dump: {_shown(inputs.dump, root)} ({human_size(_size_of(inputs.dump))}); "
            + _template(project, server, inputs, "pre")
        )
    if inputs.pending is None:
        lines.append(
            f"pending: none (no {DEFAULT_PENDING} under {root}; --schemadiff-pending PATH): "
            "tests run on the post state only, which is the dump"
        )
    elif not inputs.has_pending:
        lines.append(
            f"pending: {_shown(inputs.pending, root)} has no statements: no migration, tests "
            "run on the post state only"
        )
    else:
        lines.append(
            f"pending: {_shown(inputs.pending, root)} "
            f"({human_size(_size_of(inputs.pending))}, {inputs.transaction} transaction); "
            + _template(project, server, inputs, "post")
        )
    rollback = _rollback_line(inputs, project, server)
    if rollback is not None:
        lines.append(rollback)
    target = inputs.target
    if target is None:
        lines.append(
            "target: none (--schemadiff-target SPEC or ini schemadiff_target): the migrated "
            "schema is not compared with an intended one"
        )
    elif target.path is not None:
        lines.append(
            f"target: {_shown(target.path, root)} ({human_size(_size_of(target.path))}); "
            + _template(project, server, inputs, "target")
        )
    elif target.url is not None:
        lines.append("target: an existing database (given as a URL), read at first use")
    else:
        lines.append(
            f"target: {target.spec} (a loader, run into a template at first use); "
            + _template(project, server, inputs, "target")
        )
    if inputs.dump is not None and not inputs.dump_is_empty:
        if inputs.matviews == "populate":
            lines.append(
                "materialized views a schema-only dump leaves unpopulated are refreshed after "
                "loading it, as production has them (--schemadiff-matviews empty keeps them empty)"
            )
        else:
            lines.append(
                "materialized views are kept as the dump leaves them (--schemadiff-matviews "
                "empty): a REFRESH ... CONCURRENTLY of one the dump left empty fails"
            )
    return lines


def _rollback_line(inputs: MigrationInputs, project: str, server: str) -> str | None:
    """The rollback migration's line: said when there is a pending migration to undo, or a
    rollback that has none."""
    root, rollback = inputs.root, inputs.rollback
    if rollback is None:
        if not inputs.has_pending:
            return None
        return (
            f"rollback: none (no {DEFAULT_ROLLBACK} under {root}; --schemadiff-rollback PATH): "
            "the pending migration is not checked to be reversible"
        )
    if not inputs.has_pending:
        return f"rollback: {_shown(rollback, root)} is not checked: there is no pending migration"
    if not inputs.has_rollback:
        return f"rollback: {_shown(rollback, root)} has no statements: no rollback to check"
    return (
        f"rollback: {_shown(rollback, root)} "
        f"({human_size(_size_of(rollback))}, {inputs.transaction} transaction); "
        + _template(project, server, inputs, "rollback")
    )
