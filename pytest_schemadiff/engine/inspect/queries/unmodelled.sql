-- Objects in the selected schemas of the kinds the engine does not model (model.Kind), which
-- it reports as "not compared". (Kinds it models are not listed: their own queries read
-- them, and listing them here cost more than the rest of this query.)
SELECT kind, schema, name FROM (
    SELECT 'base type' AS kind, n.nspname AS schema, t.typname AS name, t.oid AS oid,
           'pg_type'::regclass AS cls
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE t.typnamespace = ANY (%(namespaces)s::oid[])
       AND t.typtype = 'b' AND t.typcategory <> 'A'
    UNION ALL
    -- Subscriptions a session cannot read in full (subconninfo takes a superuser, as
    -- for pg_dump): subscription.guard.sql keeps subscription.sql from running then.
    SELECT 'subscription (readable by superusers only)', '', s.subname, s.oid,
           'pg_subscription'::regclass
      FROM pg_subscription s
     WHERE s.subdbid = (SELECT d.oid FROM pg_database d
                         WHERE d.datname = current_database())
       AND %(schemas)s::text[] IS NULL
       AND NOT has_column_privilege('pg_catalog.pg_subscription', 'subconninfo', 'SELECT')
    UNION ALL
    -- fdw: what ALTER FOREIGN TABLE ... ALTER COLUMN sets beyond the foreign table model.
    SELECT 'foreign table column storage or statistics', n.nspname,
           format('%%s.%%s', c.relname, a.attname), c.oid, 'pg_class'::regclass
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_type t ON t.oid = a.atttypid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'f' AND a.attnum > 0 AND NOT a.attisdropped
       AND c.relnamespace = ANY (%(namespaces)s::oid[])
       AND (a.attstorage <> t.typstorage OR COALESCE(a.attstattarget, -1) >= 0
            OR a.attoptions IS NOT NULL)
    UNION ALL
    -- (storage) What pg_dump writes for a materialized view that View does not model yet.
    SELECT 'materialized view column storage or statistics', n.nspname,
           format('%%s.%%s', c.relname, a.attname), c.oid, 'pg_class'::regclass
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_type t ON t.oid = a.atttypid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'm' AND a.attnum > 0 AND NOT a.attisdropped
       AND c.relnamespace = ANY (%(namespaces)s::oid[])
       AND (a.attstorage <> t.typstorage OR COALESCE(a.attstattarget, -1) >= 0
            OR a.attcompression <> '')
    UNION ALL
    SELECT 'materialized view tablespace or access method', n.nspname, c.relname, c.oid,
           'pg_class'::regclass
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_am am ON am.oid = c.relam
     WHERE c.relkind = 'm' AND c.relnamespace = ANY (%(namespaces)s::oid[])
       AND (c.reltablespace <> 0 OR am.amname <> 'heap')
    -- (end of storage)
) objects
WHERE NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = objects.cls AND d.objid = objects.oid
                    AND d.deptype IN ('e', 'i'))
ORDER BY 1, 2, 3
