-- Table constraints declared on the table itself. Constraints a partition or child inherits
-- come with its parent; NOT NULL constraints (contype 'n', PostgreSQL 18) are columns'.
SELECT n.nspname AS schema,
       c.relname AS table,
       con.conname AS name,
       con.contype::text AS constraint_type,
       pg_get_constraintdef(con.oid) AS definition,
       con.convalidated AS validated,
       COALESCE((SELECT ic.reloptions FROM pg_class ic
                  WHERE ic.oid = con.conindid AND con.contype IN ('p', 'u', 'x')), '{}')
         AS index_options,
       COALESCE(ci.indisclustered, false) AS clustered,
       COALESCE(ci.indisreplident, false) AS replica_identity,
       (SELECT ts.spcname::text FROM pg_class ic JOIN pg_tablespace ts
               ON ts.oid = ic.reltablespace
         WHERE ic.oid = con.conindid AND con.contype IN ('p', 'u', 'x')) AS tablespace,
       con.oid::int8 AS oid
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_index ci ON con.contype IN ('p', 'u', 'x') AND ci.indexrelid = con.conindid
WHERE con.contype IN ('p', 'u', 'f', 'c', 'x')
  AND con.conislocal AND con.conparentid = 0
  AND c.relkind IN ('r', 'p')
  AND c.relnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2, 3
