-- Regular and partitioned tables, with partitioning, inheritance, RLS and storage options.
SELECT n.nspname AS schema,
       c.relname AS name,
       c.relkind::text AS relkind,
       c.relpersistence::text AS persistence,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       (SELECT format('%%I.%%I', pn.nspname, p.relname)
          FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
          JOIN pg_namespace pn ON pn.oid = p.relnamespace
         WHERE i.inhrelid = c.oid AND c.relispartition) AS partition_of,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END
         AS partition_bound,
       ARRAY(SELECT format('%%I.%%I', pn.nspname, p.relname)
               FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
               JOIN pg_namespace pn ON pn.oid = p.relnamespace
              WHERE i.inhrelid = c.oid AND NOT c.relispartition
              ORDER BY i.inhseqno) AS inherits,
       c.relrowsecurity AS rls_enabled,
       c.relforcerowsecurity AS rls_forced,
       ARRAY(SELECT o FROM unnest(c.reloptions || ARRAY(
                 SELECT 'toast.' || t FROM pg_class tc, unnest(tc.reloptions) t
                  WHERE tc.oid = c.reltoastrelid)) o ORDER BY 1) AS options,
       c.relreplident::text AS replica_identity,
       am.amname::text AS access_method,
       ts.spcname::text AS tablespace,
       COALESCE(c.reloptions, '{}') || ARRAY(
                 SELECT 'toast.' || t FROM pg_class tc, unnest(tc.reloptions) t
                  WHERE tc.oid = c.reltoastrelid) AS options_order,
       ARRAY(SELECT a.attname::text FROM pg_attribute a
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
              ORDER BY a.attnum) AS column_order,
       c.oid::int8 AS oid
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_am am ON am.oid = c.relam
LEFT JOIN pg_tablespace ts ON ts.oid = c.reltablespace
WHERE c.relkind IN ('r', 'p')
  AND c.relnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2
