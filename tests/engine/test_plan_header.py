"""A plan's origin line round-trips, and a damaged one is named with its line."""

from __future__ import annotations

import pytest

from pytest_schemadiff.deploy.plan_header import PlanOrigin, find_origin
from pytest_schemadiff.engine.compare import Options
from pytest_schemadiff.errors import ConfigError

FINGERPRINT = "sha256:v1:" + "ab" * 32


def test_origin_line_round_trips() -> None:
    origin = PlanOrigin(
        FINGERPRINT,
        schemas=("app",),
        exclude_schemas=("audit",),
        options=Options(ignore_owners=False, ignore_comments=True),
    )
    text = f"-- a plan\n{origin.line()}\nCREATE TABLE t ();\n"
    assert find_origin(text, "plan.sql") == origin


def test_a_plan_without_origin_has_none() -> None:
    assert find_origin("CREATE TABLE t ();\n-- schemadiff: not it\n", "m.sql") is None


def test_a_damaged_origin_line_names_file_and_line() -> None:
    text = f"BEGIN;\n-- schemadiff-from: {FINGERPRINT} {{not json\n"
    with pytest.raises(ConfigError, match=r"^plan\.sql:2: unreadable"):
        find_origin(text, "plan.sql")
