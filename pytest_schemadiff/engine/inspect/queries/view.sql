-- Views and materialized views with their options (security_barrier, security_invoker,
-- check_option, storage parameters), output columns and column defaults (ALTER VIEW ...
-- ALTER COLUMN ... SET DEFAULT, used by INSERTs through the view).
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
       ARRAY(SELECT a.attname::text FROM pg_attrdef ad
               JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
              WHERE ad.adrelid = c.oid ORDER BY a.attnum) AS default_columns,
       ARRAY(SELECT pg_get_expr(ad.adbin, ad.adrelid) FROM pg_attrdef ad
              WHERE ad.adrelid = c.oid ORDER BY ad.adnum) AS default_values,
       c.oid::int8 AS oid
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm')
  AND c.relnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2
