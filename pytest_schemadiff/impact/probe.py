"""The SQL run around each statement of the migration, inside psql's own session.

Measuring from inside the session that runs the migration is the only way to see what it
holds: ``pg_locks`` of another session's transaction is visible too, but only while the
statement runs, not between its statements. So the loader gives psql one script (see
``psql_script.render``) with, on the statement's own lines, a call before and after it:

- before: the relation locks the session holds (or, when the previous statement's ``after``
  ran in the same block with nothing that locks a user relation since, the locks it read),
  the WAL insert position, the time, and for a ``DROP COLUMN`` the column's non-null values
  at that point of the migration;
- after: the time and WAL again, the relation locks held now that were not held before
  (only when the statement ran in the transaction the call runs in: see ``after``), the
  tables whose ``relfilenode`` changed (rewritten) and those that are gone (dropped).

What a call costs is mostly reading ``pg_locks`` (it walks the server's whole lock table: 0.3 to
1 ms), so it is read once per statement, and the rest works on the statement's new locks and on
the relations the session holds in a mode that lets them be rewritten, renamed or dropped;
``bench/bench_impact.py`` and ``bench/bench_probe_calls.py`` price it. Inside a transaction
block the calls go in one query string with the statement (see ``script``): no round trip of
their own.

Everything the probe keeps lives in ``pg_temp`` (temporary tables and functions of the
session, never part of the database, not WAL-logged) and in session settings; it takes no
lock on a user relation except the ``AccessShareLock`` of counting a column about to be
dropped. The last line prints the measurements as one JSON line on psql's standard output.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = [
    "MARK",
    "MAX_PROBED",
    "after_call",
    "before_call",
    "epilogue",
    "parse_output",
    "parse_touched",
    "prologue",
]

MARK = "schemadiff-impact:"
TOUCHED = "schemadiff-touched:"
# Statements measured in one file at most: each costs a few milliseconds more and a line in the
# template's record; the rest of a long data migration runs unmeasured (and is counted).
MAX_PROBED = 1000

_USER = (
    "n.nspname NOT IN ('pg_catalog', 'information_schema') "
    "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%' "
    "AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'"
)
_RELATIONS = (
    "SELECT c.oid, c.relfilenode, pg_catalog.format('%I.%I', n.nspname, c.relname), c.relkind, "
    "c.relname, c.relnamespace "
    "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    f"WHERE {_USER} AND c.relkind IN ('r', 'p', 'm', 'i', 'I', 'S', 'v', 'f')"
)
# Relations initdb made (the catalogs, which every statement locks) have oids below
# FirstNormalObjectId; never one of the input's.
_MY_LOCKS = (
    "SELECT l.relation, l.mode FROM pg_catalog.pg_locks l "
    "WHERE l.pid = pg_catalog.pg_backend_pid() AND l.granted AND l.locktype = 'relation' "
    "AND l.relation >= 16384 AND l.database = (SELECT d.oid FROM "
    "pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database())"
)
# A relation is rewritten, renamed, moved or dropped only under one of these locks (an index
# is renamed under ShareUpdateExclusiveLock, everything else under AccessExclusiveLock).
_CAN_CHANGE = "('ShareUpdateExclusiveLock', 'AccessExclusiveLock')"

# Which transaction this is: ``after`` ends with a row of its own in a temporary table, so by
# then an xid is assigned, and an xid is never used twice.
_THIS_TRANSACTION = "pg_catalog.pg_current_xact_id_if_assigned()::text"
_GENERATION = "pg_catalog.current_setting('schemadiff.generation')::int"

# ``reuse``: nothing ran since the last ``after`` but statements that take no lock on a user
# relation (the guard's check, SET), so the locks it read in this transaction are the ones held
# now; a lock table read (``pg_locks`` copies every lock of the server) is most of a call's
# cost. The transaction is checked here too; a dropped column's count takes a lock: read again.
_BEFORE = f"""
DECLARE c jsonb; r oid; n bigint; found jsonb := '[]';
BEGIN
  FOR c IN SELECT e.value FROM pg_catalog.jsonb_array_elements(cols) e LOOP
    r := pg_catalog.to_regclass(c->>'relation');
    IF r IS NOT NULL AND EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = r
        AND a.attname = c->>'column' AND a.attnum > 0 AND NOT a.attisdropped) THEN
      EXECUTE pg_catalog.format('SELECT pg_catalog.count(%I) FROM %s', c->>'column', r::regclass)
        INTO n;
      found := found || pg_catalog.jsonb_build_object('relation', (SELECT pg_catalog.format(
        '%I.%I', ns.nspname, k.relname) FROM pg_catalog.pg_class k JOIN pg_catalog.pg_namespace ns
        ON ns.oid = k.relnamespace WHERE k.oid = r), 'column', c->>'column', 'rows', n);
    END IF;
  END LOOP;
  IF NOT reuse OR found <> '[]' OR pg_catalog.current_setting('schemadiff.locks_in')
      IS DISTINCT FROM {_THIS_TRANSACTION} THEN
    PERFORM pg_temp.schemadiff_held_anew();
  END IF;
  PERFORM pg_catalog.set_config('schemadiff.dropped', found::text, false),
    pg_catalog.set_config('schemadiff.wal', pg_catalog.pg_current_wal_insert_lsn()::text, false),
    pg_catalog.set_config('schemadiff.t0', pg_catalog.clock_timestamp()::text, false);
END"""


def _changes(scope: str) -> str:
    """The rewritten and dropped tables, and the snapshot brought up to date, for the
    relations that satisfy ``scope`` (a condition on ``{x}``, the oid): one statement, so
    one look at each relation (the data-modifying parts see the snapshot from before it,
    as the aggregates do)."""

    def on(column: str) -> str:
        return scope.replace("{x}", column)

    return f"""
    WITH cur AS (SELECT r.oid, r.name, r.kind, r.node, r.relname, r.nsp, c.oid IS NULL AS is_gone,
        c.relfilenode, c.relname AS new_relname, c.relnamespace AS new_nsp
      FROM pg_temp.schemadiff_rel r LEFT JOIN pg_catalog.pg_class c ON c.oid = r.oid
      WHERE {on("r.oid")}),
    dropped AS (DELETE FROM pg_temp.schemadiff_rel r USING cur
      WHERE r.oid = cur.oid AND cur.is_gone),
    changed AS (UPDATE pg_temp.schemadiff_rel r SET node = cur.relfilenode,
        relname = cur.new_relname, nsp = cur.new_nsp,
        name = pg_catalog.format('%I.%I', n.nspname, cur.new_relname)
      FROM cur JOIN pg_catalog.pg_namespace n ON n.oid = cur.new_nsp
      WHERE r.oid = cur.oid AND NOT cur.is_gone AND (cur.relfilenode <> cur.node
        OR cur.new_relname <> cur.relname OR cur.new_nsp <> cur.nsp)),
    added AS (INSERT INTO pg_temp.schemadiff_rel SELECT * FROM ({_RELATIONS}
        AND {on("c.oid")}) x
      WHERE NOT EXISTS (SELECT FROM pg_temp.schemadiff_rel r WHERE r.oid = x.oid))
    SELECT coalesce(pg_catalog.jsonb_agg(cur.name ORDER BY cur.name) FILTER (WHERE
        cur.kind IN ('r', 'm') AND NOT cur.is_gone AND cur.relfilenode <> cur.node), '[]'),
      coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('oid', cur.oid,
        'name', cur.name) ORDER BY cur.name) FILTER (WHERE cur.kind IN ('r', 'p')
        AND cur.is_gone), '[]')
    INTO rewritten, gone FROM cur;"""


# A statement rewrites, drops, renames or creates only relations it locks in a mode of
# ``_CAN_CHANGE`` (a created one: its new relation), and those locks are held until the end of
# its transaction: when ``after`` runs in that transaction, only those need a look (the ones it
# took, and the ones held so since earlier statements, which it may change again without a new
# lock), and only when one of them changed or is new is the snapshot brought up to date. This
# keeps the probe cheap on a schema of thousands of relations. Otherwise every relation is
# compared. The new locks are rows of ``schemadiff_lock`` with the statement's index (named as
# the relation is named now); the epilogue reports them (the step's ``locks``, null when they
# could not be read, '[]' when they were).
_AFTER = f"""
DECLARE t1 timestamptz := pg_catalog.clock_timestamp();
  w pg_lsn := pg_catalog.pg_current_wal_insert_lsn();
  rewritten jsonb := '[]'; gone jsonb := '[]'; fresh oid[]; strong oid[]; scope oid[];
  read_locks boolean := in_block
    OR pg_catalog.statement_timestamp() <> pg_catalog.transaction_timestamp();
BEGIN
  IF read_locks THEN
    WITH mine AS MATERIALIZED ({_MY_LOCKS}),
      new AS (INSERT INTO pg_temp.schemadiff_lock SELECT DISTINCT {_GENERATION}, m.relation,
          m.mode, i, r.name, r.kind
        FROM mine m LEFT JOIN pg_temp.schemadiff_rel r ON r.oid = m.relation
        WHERE NOT EXISTS (SELECT FROM pg_temp.schemadiff_lock k
          WHERE k.generation = {_GENERATION} AND k.relation = m.relation AND k.mode = m.mode)
        RETURNING relation)
    SELECT (SELECT pg_catalog.array_agg(n.relation) FROM new n),
      (SELECT pg_catalog.array_agg(m.relation) FROM mine m WHERE m.mode IN {_CAN_CHANGE})
    INTO fresh, strong;
    IF ddl THEN
      SELECT pg_catalog.array_agg(r.oid) INTO scope FROM pg_temp.schemadiff_rel r
        LEFT JOIN pg_catalog.pg_class c ON c.oid = r.oid
        WHERE r.oid = ANY(strong) AND (c.oid IS NULL OR c.relfilenode <> r.node
          OR c.relname <> r.relname OR c.relnamespace <> r.nsp);
      IF scope IS NOT NULL OR EXISTS (SELECT FROM pg_catalog.unnest(fresh) x
          WHERE NOT EXISTS (SELECT FROM pg_temp.schemadiff_rel r WHERE r.oid = x)) THEN
        scope := coalesce(scope, '{{}}') || fresh;
        {_changes("{x} = ANY(scope)")}
      END IF;
    END IF;
  ELSIF ddl THEN
    {_changes("true")}
  END IF;
  IF NOT pg_catalog.current_setting('track_counts')::boolean THEN
    PERFORM pg_catalog.set_config('schemadiff.untracked', 'on', false);
  END IF;
  INSERT INTO pg_temp.schemadiff_step VALUES (i,
    pg_catalog.date_part('epoch', t1 - pg_catalog.current_setting('schemadiff.t0')::timestamptz)
      * 1000,
    w - pg_catalog.current_setting('schemadiff.wal')::pg_lsn,
    CASE WHEN read_locks THEN '[]'::jsonb END, rewritten, gone,
    pg_catalog.current_setting('schemadiff.dropped')::jsonb);
  PERFORM pg_catalog.set_config('schemadiff.locks_in', CASE WHEN read_locks
    THEN {_THIS_TRANSACTION} ELSE '' END, false);
END"""

# The locks held now become the ones a statement's new locks are told from: a new generation
# of rows in ``schemadiff_lock``, to which each ``after`` in the same transaction adds the
# locks its statement took (rows are only ever inserted: no dead rows however long the
# migration). A lock is let go before the transaction ends only by a subtransaction rolled
# back, which lets go of what it took itself: within one statement (never seen by an
# ``after``), or across statements (ROLLBACK TO), after which ``before`` starts anew.
_HELD_ANEW = f"""
BEGIN
  PERFORM pg_catalog.set_config('schemadiff.generation', ({_GENERATION} + 1)::text, false);
  INSERT INTO pg_temp.schemadiff_lock SELECT DISTINCT {_GENERATION}, l.relation, l.mode
    FROM ({_MY_LOCKS}) l;
END"""


# The tables whose rows the migration may have changed, read at its end, in its transaction.
# A row is inserted or deleted only under a lock on its table, held to the end of the
# transaction, and heap_insert/heap_delete count it in the transaction's statistics
# (``pg_stat_get_xact_tuples_*``, rolled-back subtransactions included: a count too many
# only costs a scan); TRUNCATE counts nothing but gives the table a new relfilenode (or
# empties one created or given a new relfilenode in this transaction: it differs from the
# first snapshot's already). So a locked heap table whose counts are zero and whose
# relfilenode is the one it had has its rows. Not so, and counted again: a partitioned table
# (it has no heap; its partitions' rows, attached or detached, are its rows), a table of
# another access method (it may not count), and every table when ``track_counts`` was off at
# any ``after`` or is now, or a function may turn it off (its SET clause or its body says so;
# the file itself is looked at by the loader; the probe's own functions, in pg_temp, are not).
_MAY_HAVE_CHANGED = f"""
CASE WHEN NOT pg_catalog.current_setting('track_counts')::boolean
    OR pg_catalog.current_setting('schemadiff.untracked') <> ''
    OR EXISTS (SELECT FROM pg_catalog.pg_proc p
      WHERE p.pronamespace NOT IN ('pg_catalog'::pg_catalog.regnamespace,
        pg_catalog.pg_my_temp_schema())
        AND (p.prosrc ILIKE '%track\\_counts%'
          OR pg_catalog.array_to_string(p.proconfig, ' ') ILIKE '%track\\_counts%'))
  THEN 'null'
  ELSE coalesce((SELECT pg_catalog.jsonb_agg(DISTINCT l.relation)
    FROM ({_MY_LOCKS}) l JOIN pg_catalog.pg_class c ON c.oid = l.relation
    LEFT JOIN pg_temp.schemadiff_rel r ON r.oid = l.relation
    WHERE c.relkind = 'p' OR c.relkind = 'r' AND (
      c.relam <> (SELECT a.oid FROM pg_catalog.pg_am a WHERE a.amname = 'heap')
      OR r.node0 IS DISTINCT FROM c.relfilenode
      OR pg_catalog.pg_stat_get_xact_tuples_inserted(l.relation) > 0
      OR pg_catalog.pg_stat_get_xact_tuples_deleted(l.relation) > 0))::text, '[]') END"""


# ``after`` reads locks only when it runs in the statement's transaction (it is not the first
# statement of its own): then what the statement took is still held. The SQL is joined into
# one line (psql's line numbers must still point into the input): no ``--`` comments in it.


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.strip().splitlines())


def prologue() -> str:
    """One line: the probe's temporary tables and functions, and the first snapshot."""
    return _one_line(
        f"""
CREATE TEMP TABLE schemadiff_rel (oid oid PRIMARY KEY, node oid, name text, kind "char",
  relname name, nsp oid, node0 oid);
CREATE TEMP TABLE schemadiff_step (i int, ms float8, wal numeric, locks jsonb,
  rewritten jsonb, gone jsonb, dropped jsonb);
CREATE TEMP TABLE schemadiff_lock (generation int, relation oid, mode text, step int,
  name text, kind "char", PRIMARY KEY (generation, relation, mode));
INSERT INTO pg_temp.schemadiff_rel SELECT x.*, x.relfilenode FROM ({_RELATIONS}) x;
ANALYZE pg_temp.schemadiff_rel;
SELECT pg_catalog.set_config('schemadiff.locks_in', '', false),
  pg_catalog.set_config('schemadiff.untracked', '', false),
  pg_catalog.set_config('schemadiff.generation', '0', false);
CREATE FUNCTION pg_temp.schemadiff_held_anew() RETURNS void LANGUAGE plpgsql
  AS $schemadiff_probe${_HELD_ANEW}$schemadiff_probe$;
CREATE FUNCTION pg_temp.schemadiff_before(cols jsonb, reuse boolean) RETURNS void
  LANGUAGE plpgsql
  AS $schemadiff_probe${_BEFORE}$schemadiff_probe$;
CREATE FUNCTION pg_temp.schemadiff_after(i int, ddl boolean, in_block boolean) RETURNS void
  LANGUAGE plpgsql
  AS $schemadiff_probe${_AFTER}$schemadiff_probe$;
"""
    )


def before_call(dropped_columns: list[tuple[str, str]], reuse: bool = False) -> str:
    """The call before a statement; ``dropped_columns`` are the (relation as written,
    column) it drops, counted now. ``reuse``: only the guard's check and settings ran since
    the previous statement's ``after``, in the same transaction block (see ``_BEFORE``)."""
    cols = json.dumps([{"relation": r, "column": c} for r, c in dropped_columns])
    flag = "true" if reuse else "false"
    return f"SELECT pg_temp.schemadiff_before({_literal(cols)}::jsonb, {flag});"


def after_call(index: int, ddl: bool, in_block: bool = False) -> str:
    """The call after statement ``index``: ``ddl``, it may change relations (not only rows);
    ``in_block``, it ran in the transaction block the call runs in (the same query string
    inside a block), so the locks it took are held (otherwise the call tells)."""
    flags = ", ".join("true" if flag else "false" for flag in (ddl, in_block))
    return f"SELECT pg_temp.schemadiff_after({index}, {flags});"


def epilogue() -> str:
    """The steps, and the tables whose rows the migration may have changed (see
    ``_MAY_HAVE_CHANGED``; ``null``: any table may have)."""
    return (
        f"SELECT '{MARK}' || coalesce((SELECT pg_catalog.jsonb_agg(pg_catalog.to_jsonb(s) "
        "|| pg_catalog.jsonb_build_object('locks', s.locks || coalesce(k.locks, '[]')) "
        "ORDER BY s.i) "
        "FROM pg_temp.schemadiff_step s LEFT JOIN (SELECT k.step, "
        "pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('relation', k.name, 'mode', k.mode, "
        "'kind', k.kind) ORDER BY k.name, k.mode) AS locks FROM pg_temp.schemadiff_lock k "
        "WHERE k.name IS NOT NULL GROUP BY k.step) k ON k.step = s.i)::text, '[]'); "
        f"SELECT '{TOUCHED}' || {_one_line(_MAY_HAVE_CHANGED)};"
    )


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def parse_touched(stdout: str) -> set[int] | None:
    """The tables the epilogue found the migration may have changed the rows of (None when
    it did not run, or any table may have)."""
    for line in stdout.splitlines():
        at = line.find(TOUCHED)
        if at >= 0:
            oids = json.loads(line[at + len(TOUCHED) :].strip())
            return {int(oid) for oid in oids} if isinstance(oids, list) else None
    return None


def parse_output(stdout: str) -> list[dict[str, Any]]:
    """The steps the epilogue printed (empty when it did not run)."""
    for line in stdout.splitlines():
        at = line.find(MARK)
        if at >= 0:
            steps = json.loads(line[at + len(MARK) :].strip())
            return list(steps) if isinstance(steps, list) else []
    return []
