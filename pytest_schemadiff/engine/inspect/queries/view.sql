-- Views and materialized views with their options (security_barrier, security_invoker,
-- check_option, storage parameters), output columns and column defaults (ALTER VIEW ...
-- ALTER COLUMN ... SET DEFAULT, used by INSERTs through the view); of a materialized view
-- also what pg_dump writes as ALTER MATERIALIZED VIEW: each column's statistics target,
-- storage (against its type's: "name storage type's storage") and compression ("name
-- value"; the name as %%I quotes it),
-- the access method and the tablespace (None: the database's default).
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
       ARRAY(SELECT format('%%I %%s', a.attname, a.attstattarget) FROM pg_attribute a
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                AND COALESCE(a.attstattarget, -1) >= 0
              ORDER BY a.attnum) AS column_statistics,
       ARRAY(SELECT format('%%I %%s %%s', a.attname, a.attstorage, t.typstorage)
               FROM pg_attribute a
               JOIN pg_type t ON t.oid = a.atttypid
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                AND a.attstorage <> t.typstorage
              ORDER BY a.attnum) AS column_storage,
       ARRAY(SELECT format('%%I %%s', a.attname, a.attcompression) FROM pg_attribute a
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                AND a.attcompression <> ''
              ORDER BY a.attnum) AS column_compression,
       CASE WHEN c.relkind = 'm' THEN am.amname::text END AS access_method,
       ts.spcname::text AS tablespace,
       c.oid::int8 AS oid
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_am am ON am.oid = c.relam
LEFT JOIN pg_tablespace ts ON ts.oid = c.reltablespace
WHERE c.relkind IN ('v', 'm')
  AND c.relnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2
