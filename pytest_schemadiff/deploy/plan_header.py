"""The line a plan carries to name the schema it starts from.

``schemadiff A B`` writes it at the top of a plan; ``schemadiff apply`` reads it back and
refuses a database whose schema has another fingerprint. The line holds the fingerprint
(``engine/fingerprint.py``) and the comparison options it was taken under, as JSON, since
the same database has different fingerprints under different options:

    -- schemadiff-from: sha256:v1:<hex> {"schemas": null, "exclude_schemas": [], ...}
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from typing import Any

from ..engine.compare import Options
from ..errors import ConfigError

__all__ = ["MARKER", "PlanOrigin", "find_origin"]

MARKER = "-- schemadiff-from:"
_LINE = re.compile(r"^-- schemadiff-from: (sha256:v\d+:[0-9a-f]{64}) (\{.*\})\s*$")
# The Options fields a fingerprint depends on (what _normalize blanks); show_secrets only
# changes how things are shown.
_FINGERPRINT_OPTIONS = (
    "ignore_privileges",
    "ignore_owners",
    "ignore_comments",
    "ignore_extension_versions",
)


@dataclass(frozen=True)
class PlanOrigin:
    """The schema a plan was made from: its fingerprint and how it was inspected."""

    fingerprint: str
    schemas: tuple[str, ...] | None = None
    exclude_schemas: tuple[str, ...] = ()
    options: Options = field(default_factory=Options)

    def line(self) -> str:
        """The comment line that records this origin."""
        recorded = {
            "schemas": list(self.schemas) if self.schemas is not None else None,
            "exclude_schemas": list(self.exclude_schemas),
            **{name: getattr(self.options, name) for name in _FINGERPRINT_OPTIONS},
        }
        return f"{MARKER} {self.fingerprint} {json.dumps(recorded, sort_keys=True)}"


def find_origin(text: str, source: str) -> PlanOrigin | None:
    """The origin recorded in a plan's text (None: it has none, e.g. a hand-written
    migration); ConfigError naming ``source`` and the line when the line is malformed."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.startswith(MARKER):
            continue
        match = _LINE.match(line)
        recorded = _recorded(match.group(2)) if match else None
        if match is None or recorded is None:
            raise ConfigError(f"{source}:{number}: unreadable {MARKER.strip('- ')} line")
        schemas = recorded.get("schemas")
        known = {f.name for f in fields(Options)}
        return PlanOrigin(
            fingerprint=match.group(1),
            schemas=tuple(schemas) if schemas is not None else None,
            exclude_schemas=tuple(recorded.get("exclude_schemas", ())),
            options=Options(**{k: bool(v) for k, v in recorded.items() if k in known}),
        )
    return None


def _recorded(text: str) -> dict[str, Any] | None:
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
