"""What a generator may read besides the object itself: both catalogs and the options."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Catalog

__all__ = ["Context"]


@dataclass(frozen=True)
class Context:
    a: Catalog
    b: Catalog
    ignore_extension_versions: bool = False
    # Write secret option values into SQL (else a placeholder: engine/secrets.py).
    show_secrets: bool = False
    # The secrets SQL holds placeholders for ("user mapping ... option password"), for
    # the diff's warnings; generators append to it.
    withheld: list[str] = field(default_factory=list, compare=False)
