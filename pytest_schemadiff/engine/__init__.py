"""The diff engine: read two catalogs, compare them, plan the SQL from A to B.

It imports no pytest. Layers, top to bottom: ``compare`` (``diff_schemas``) applies the
options and decides per object; ``sqlgen`` writes statements per object kind; ``plan``
orders them; ``render`` shows differences and plans; ``diff`` compares keyed models;
``inspect`` reads the catalog into ``model``.
"""

from __future__ import annotations

from .compare import SchemaDiff, compare_catalogs, diff_schemas

__all__ = ["SchemaDiff", "compare_catalogs", "diff_schemas"]
