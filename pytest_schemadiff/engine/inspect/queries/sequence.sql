-- Free-standing sequences (identity sequences belong to their column and are left out).
SELECT n.nspname AS schema,
       c.relname AS name,
       format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start_value,
       s.seqincrement AS increment,
       s.seqmin AS min_value,
       s.seqmax AS max_value,
       s.seqcache AS cache_size,
       s.seqcycle AS cycle,
       CASE WHEN own.refobjid IS NOT NULL THEN
         format('%%I.%%I.%%I', tn.nspname, t.relname, a.attname) END AS owned_by,
       CASE WHEN own.refobjid IS NOT NULL THEN
         ARRAY[tn.nspname::text, t.relname::text, a.attname::text] END AS owned_by_table,
       c.oid::int8 AS oid
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_depend own ON own.classid = 'pg_class'::regclass AND own.objid = c.oid
     AND own.refclassid = 'pg_class'::regclass AND own.refobjsubid <> 0 AND own.deptype = 'a'
LEFT JOIN pg_class t ON t.oid = own.refobjid
LEFT JOIN pg_namespace tn ON tn.oid = t.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = own.refobjid AND a.attnum = own.refobjsubid
WHERE c.relkind = 'S'
  AND c.relnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                    AND d.deptype IN ('e', 'i'))
ORDER BY 1, 2
