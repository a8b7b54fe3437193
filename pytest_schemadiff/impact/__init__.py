"""What ``pending.sql`` did to the pre-migration database, measured while the post template
was built: per statement its time, the locks it took, the tables it rewrote or dropped and the
WAL it wrote; per table the rows before and after the whole migration.

- ``model``: the measurement as plain values, and its JSON form (stored with the template);
- ``probe``: the SQL run around each statement, inside psql's own session;
- ``rows``: exact row counts and which statements may remove rows;
- ``report``: the terminal table, the JSON and the Markdown report.
"""

from __future__ import annotations

from .model import DataLoss, Impact, LockTaken, StatementImpact, TableRows

__all__ = ["DataLoss", "Impact", "LockTaken", "StatementImpact", "TableRows"]
