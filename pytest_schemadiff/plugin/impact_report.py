"""The migration's measured impact at the end of the run: the terminal table and the
``--schemadiff-report`` file.

The measurement is taken while the post template is built and kept in its record (see
``impact``), so a warm run that reuses the template reports it too. Under xdist the worker
that used the post template sends it to the controller, which prints and writes it once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ..impact.model import Impact
from .inputs import inputs_key
from .session import workspaces_key

__all__ = ["add_options", "collect", "from_worker", "report_path", "summarize"]

impact_key = pytest.StashKey[Impact]()
IMPACT_KEY = "schemadiff_impact"  # in a worker's workeroutput
_SUFFIXES = (".json", ".md")


def add_options(parser: pytest.Parser, group: Any) -> None:
    group.addoption(
        "--schemadiff-report",
        dest="schemadiff_report",
        metavar="PATH",
        help="write what each statement of the pending migration did (time, locks, "
        "rewrites, rows) to PATH: JSON when it ends in .json, Markdown when it ends in .md. "
        "Also the ini key schemadiff_report (relative to the ini file).",
    )
    parser.addini(
        "schemadiff_report", "path of the migration impact report (.json or .md) to write"
    )


def report_path(config: pytest.Config) -> Path | None:
    """Where to write the report, or None; ConfigError-free: a bad suffix is a usage error
    raised at configure time, naming the option."""
    option = config.getoption("schemadiff_report", None)
    if option:
        source, path = "--schemadiff-report", Path(config.invocation_params.dir) / str(option)
    else:
        ini = config.getini("schemadiff_report")
        if not ini:
            return None
        base = config.inipath.parent if config.inipath else config.rootpath
        source, path = "ini schemadiff_report", base / str(ini)
    if path.suffix.lower() not in _SUFFIXES:
        raise pytest.UsageError(
            f"pytest-schemadiff: {source}: {path.name}: the report is JSON (.json) or "
            "Markdown (.md); name the file with one of these suffixes"
        )
    return path


def collect(config: pytest.Config) -> None:
    """End of the run, before the workspaces close: keep the post template's measurement
    (a worker also hands it to the controller)."""
    for workspace in config.stash.get(workspaces_key, {}).values():
        template = workspace.built_template("post")
        if template is not None and template.impact is not None:
            config.stash[impact_key] = template.impact
    impact = config.stash.get(impact_key, None)
    workeroutput = getattr(config, "workeroutput", None)
    if workeroutput is not None and impact is not None:
        workeroutput[IMPACT_KEY] = impact.to_json()


def from_worker(config: pytest.Config, workeroutput: dict[str, Any]) -> None:
    data = workeroutput.get(IMPACT_KEY)
    if data is not None and impact_key not in config.stash:
        config.stash[impact_key] = Impact.from_json(data)


def summarize(terminalreporter: Any, config: pytest.Config) -> None:
    """The table of statements in the terminal summary, and the report file."""
    if hasattr(config, "workerinput"):
        return
    impact = config.stash.get(impact_key, None)
    path = report_path(config)
    if impact is None:
        if path is not None:
            terminalreporter.write_line(
                f"schemadiff: no report written to {path}: the pending migration was not "
                "measured in this run (no pending migration, no test used the migrated "
                "database, or load_post_migration is overridden)"
            )
        return
    from ..impact.report import terminal_lines, write_report

    impact = impact.relative_to(config.rootpath)
    terminalreporter.section("schemadiff: what the pending migration did")
    for line in terminal_lines(impact):
        terminalreporter.write_line(line)
    inputs = config.stash.get(inputs_key, None)
    if inputs is not None and inputs.forbid:
        from ..impact.policy import summary_line

        terminalreporter.write_line(summary_line(impact, inputs.forbid))
    if path is not None:
        try:
            write_report(impact, path)
        except OSError as exc:
            terminalreporter.write_line(f"schemadiff: cannot write the report {path}: {exc}")
        else:
            terminalreporter.write_line(f"schemadiff: report written to {path}")
