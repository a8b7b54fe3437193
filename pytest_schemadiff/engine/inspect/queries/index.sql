-- Indexes not backing a constraint and not attached to a partitioned parent's index.
-- The definition is what pg_get_indexdef writes after "ON [ONLY] table USING ", so a
-- partitioned table's index is re-created for all partitions (without ONLY).
SELECT n.nspname AS schema,
       ic.relname AS name,
       c.relname AS table,
       i.indisunique AS unique,
       substr(pg_get_indexdef(i.indexrelid),
              length(format('CREATE %%sINDEX %%s ON %%s%%s.%%s USING ',
                            CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END,
                            quote_ident(ic.relname),
                            CASE WHEN ic.relkind = 'I' THEN 'ONLY ' ELSE '' END,
                            quote_ident(n.nspname), quote_ident(c.relname))) + 1)
         AS definition,
       -- Only expression columns take a statistics target (NULL or -1: the default).
       ARRAY(SELECT format('%%s=%%s', a.attnum, a.attstattarget) FROM pg_attribute a
              WHERE a.attrelid = ic.oid AND a.attnum > 0
                AND COALESCE(a.attstattarget, -1) >= 0
              ORDER BY a.attnum) AS column_statistics,
       i.indisclustered AS clustered,
       i.indisreplident AS replica_identity,
       ts.spcname::text AS tablespace,
       ic.oid::int8 AS oid
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_tablespace ts ON ts.oid = ic.reltablespace
WHERE c.relkind IN ('r', 'p', 'm')
  AND c.relnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                  WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x')
                    AND con.conrelid = i.indrelid)
  AND NOT EXISTS (SELECT 1 FROM pg_inherits inh WHERE inh.inhrelid = i.indexrelid)
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid IN (c.oid, ic.oid)
                    AND d.deptype = 'e')
ORDER BY 1, 2
