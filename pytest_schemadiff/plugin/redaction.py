"""Passwords out of every report: failures, their locals, captured output, junit files.

``connect.mask_password`` already masks URLs in our own messages; but a failure's traceback
shows the arguments and locals of the frames it passes through (``-l``, and the last frame
always), pytest's explanation of ``assert db == ...`` prints whole strings, and a test may
print a URL it was given. So every report is masked once more, after pytest made it, before
the terminal, ``-rA`` or ``--junitxml`` see it. Only reports that contain a password change
(in place: the short summary and the colours stay).
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import pytest

from ..urls import mask_password

__all__ = ["pytest_make_collect_report", "pytest_runtest_makereport"]


def _masked(value: Any, seen: set[int]) -> Any:
    """``value`` with passwords masked in every string it holds.

    pytest's failure representations (``ExceptionChainRepr`` and the entries, locals and
    arguments under it) are plain objects holding strings, lists and tuples: walked and
    masked where they are, so a report keeps its structure.
    """
    if isinstance(value, str):
        return mask_password(value)
    if id(value) in seen:
        return value
    seen.add(id(value))
    if isinstance(value, list):
        value[:] = [_masked(item, seen) for item in value]
    elif isinstance(value, tuple):
        return tuple(_masked(item, seen) for item in value)
    elif isinstance(value, dict):
        for key in value:
            value[key] = _masked(value[key], seen)
    elif hasattr(value, "__dict__") and type(value).__module__.startswith("_pytest"):
        for name, attribute in vars(value).items():
            masked = _masked(attribute, seen)
            if masked is not attribute:
                object.__setattr__(value, name, masked)
    return value


def _mask_report(report: pytest.TestReport | pytest.CollectReport) -> None:
    if report.longrepr is not None and mask_password(str(report.longrepr)) != str(report.longrepr):
        report.longrepr = _masked(report.longrepr, set())
    report.sections = [(title, mask_password(content)) for title, content in report.sections]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Generator[None, Any, Any]:
    report = yield
    _mask_report(report)
    return report


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Generator[None, Any, Any]:
    report = yield
    _mask_report(report)
    return report
