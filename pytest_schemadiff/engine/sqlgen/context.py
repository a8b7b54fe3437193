"""What a generator may read besides the object itself: both catalogs and the options."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Catalog

__all__ = ["Context"]


@dataclass(frozen=True)
class Context:
    a: Catalog
    b: Catalog
    ignore_extension_versions: bool = False
