-- Views and materialized views with their options (security_barrier, security_invoker,
-- check_option, storage parameters) and output columns.
SELECT n.nspname AS schema,
       c.relname AS name,
       c.relkind = 'm' AS materialized,
       pg_get_viewdef(c.oid) AS definition,
       COALESCE(ARRAY(SELECT unnest(c.reloptions) ORDER BY 1), '{}') AS options,
       COALESCE(c.reloptions, '{}') AS options_order,
       ARRAY(SELECT format('%%I %%s', a.attname, format_type(a.atttypid, a.atttypmod))
               FROM pg_attribute a
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
              ORDER BY a.attnum) AS columns,
       c.oid::int8 AS oid
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm')
  AND c.relnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2
