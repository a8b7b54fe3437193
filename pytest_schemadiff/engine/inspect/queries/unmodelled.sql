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
    -- (storage)
    -- (end of storage)
) objects
WHERE NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = objects.cls AND d.objid = objects.oid
                    AND d.deptype IN ('e', 'i'))
ORDER BY 1, 2, 3
