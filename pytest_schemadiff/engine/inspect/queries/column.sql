-- Columns of the tables of table.sql. attgenerated 'v' (virtual) exists from PostgreSQL 18.
SELECT n.nspname AS schema,
       c.relname AS table,
       a.attname AS name,
       format_type(a.atttypid, a.atttypmod) AS data_type,
       CASE WHEN a.attcollation <> t.typcollation THEN
         format('%%I.%%I', cn.nspname, co.collname) END AS collation,
       a.attnotnull AS not_null,
       -- PostgreSQL 18 names NOT NULL constraints (contype 'n'); NULL before 18.
       nn.conname AS not_null_name,
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS default,
       a.attidentity::text AS identity,
       s.seqstart AS identity_start,
       s.seqincrement AS identity_increment,
       s.seqmin AS identity_min,
       s.seqmax AS identity_max,
       s.seqcache AS identity_cache,
       s.seqcycle AS identity_cycle,
       CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END
         AS generated,
       a.attgenerated::text AS generated_kind,
       -- attstattarget is NULL for the default from PostgreSQL 17, -1 before.
       NULLIF(COALESCE(a.attstattarget, -1), -1)::int AS statistics,
       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text END AS storage,
       NULLIF(a.attcompression, '')::text AS compression,
       t.typstorage::text AS type_storage,
       a.attinhcount > 0 AS inherited,
       a.attislocal AS is_local,
       a.attnum::int AS position,
       c.oid::int8 AS table_oid,
       -- The identity's sequence (what identity changes lock; identity columns only).
       CASE WHEN s.seqrelid IS NOT NULL THEN
         (SELECT format('%%I.%%I', sn.nspname, sc.relname) FROM pg_class sc
          JOIN pg_namespace sn ON sn.oid = sc.relnamespace WHERE sc.oid = s.seqrelid)
       END AS identity_sequence
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_depend idd ON a.attidentity <> '' AND idd.refclassid = 'pg_class'::regclass
     AND idd.refobjid = c.oid AND idd.refobjsubid = a.attnum AND idd.deptype = 'i'
     AND idd.classid = 'pg_class'::regclass
LEFT JOIN pg_sequence s ON s.seqrelid = idd.objid
-- A join, not a subquery per column (one index probe per column was a third of the time).
LEFT JOIN pg_constraint nn ON nn.conrelid = c.oid AND nn.contype = 'n'
     AND nn.conkey = ARRAY[a.attnum]::int2[]
WHERE c.relkind IN ('r', 'p')
  AND a.attnum > 0 AND NOT a.attisdropped
  AND c.relnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2, a.attnum
