"""The measurement as a reviewer reads it: a table for the terminal, JSON for tools, and
Markdown to paste into a pull request."""

from __future__ import annotations

import json
from pathlib import Path

from .model import Impact, StatementImpact
from .probe import MAX_PROBED

__all__ = ["markdown", "terminal_lines", "write_report"]

_SQL_WIDTH = 48


def _lock_text(statement: StatementImpact) -> str:
    if statement.locks is None:
        return "not measured (outside a transaction)"
    strongest = statement.strongest_lock
    if strongest is None:
        return "-"
    # Tables first: an index is locked with its table, and the table is what queries wait on.
    held = [lock for lock in statement.locks if lock.mode == strongest.mode]
    on = [lock.relation for lock in sorted(held, key=lambda lock: lock.on_index)]
    more = f" (+{len(on) - 2} more)" if len(on) > 2 else ""
    return f"{strongest.mode} on {', '.join(on[:2])}{more}"


def _time_text(ms: float) -> str:
    return f"{ms:.1f} ms" if ms < 1000 else f"{ms / 1000:.2f} s"


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def _loss_lines(impact: Impact) -> list[str]:
    lines = []
    if impact.unmeasured:
        lines.append(
            f"{impact.unmeasured} more statements ran unmeasured (the probe stops after "
            f"the first {MAX_PROBED} of a file)"
        )
    lines += [
        f"data loss: {statement.where} drops {loss.what}" for statement, loss in impact.data_loss
    ]
    lines += [
        f"rows lost without a DROP, DELETE or TRUNCATE: {t.name} had {t.rows_before} rows, "
        f"has {t.rows_after}"
        for t in impact.unexplained
    ]
    return lines


def terminal_lines(impact: Impact) -> list[str]:
    """The table of statements in file order, then data loss, one line each."""
    rows = [
        (
            s.where,
            _short(s.first_line, _SQL_WIDTH),
            _time_text(s.duration_ms),
            _lock_text(s),
            ", ".join(s.rewritten) or "-",
        )
        for s in impact.statements
    ]
    header = ("statement", "sql", "time", "strongest new lock", "rewritten")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    return lines + _loss_lines(impact)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(impact: Impact) -> str:
    """A Markdown report made to be pasted into a pull request."""
    out = [
        "## Migration impact (measured by pytest-schemadiff)",
        "",
        "| statement | SQL | time | strongest new lock | rewritten | WAL |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for s in impact.statements:
        out.append(
            f"| `{_cell(s.where)}` | `{_cell(_short(s.first_line, 80))}` | "
            f"{_time_text(s.duration_ms)} | {_cell(_lock_text(s))} | "
            f"{_cell(', '.join(s.rewritten) or '-')} | {s.wal_bytes} B |"
        )
    out += ["", "| table | rows before | rows after |", "| --- | ---: | ---: |"]
    for t in impact.tables:
        before = "-" if t.rows_before is None else str(t.rows_before)
        after = "dropped" if t.rows_after is None else str(t.rows_after)
        if t.rows_before is None:
            before = "new"
        out.append(f"| `{_cell(t.name)}` | {before} | {after} |")
    losses = _loss_lines(impact)
    if losses:
        out += ["", *[f"- **{line}**" for line in losses]]
    out += [
        "",
        "Locks are those each statement added to what the migration's transaction already "
        "held; time and WAL were measured on the test database, not production.",
    ]
    return "\n".join(out) + "\n"


def write_report(impact: Impact, path: Path) -> None:
    """JSON when ``path`` ends in ``.json``, Markdown otherwise (``.md``)."""
    if path.suffix.lower() == ".json":
        text = json.dumps(impact.to_json(), indent=2) + "\n"
    else:
        text = markdown(impact)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
