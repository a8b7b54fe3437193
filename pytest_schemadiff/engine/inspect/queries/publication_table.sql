-- The tables of publications, with their column lists and row filters (PostgreSQL 15;
-- publication_table.pg14.sql before), for tables of the selected schemas.
SELECT n.nspname AS schema,
       c.relname AS table,
       p.pubname AS publication,
       CASE WHEN pr.prattrs IS NOT NULL THEN
         ARRAY(SELECT a.attname::text FROM pg_attribute a
                WHERE a.attrelid = pr.prrelid AND a.attnum = ANY (pr.prattrs)
                ORDER BY a.attnum) END AS columns,
       pg_get_expr(pr.prqual, pr.prrelid) AS row_filter,
       pr.oid::int8 AS oid
FROM pg_publication_rel pr
JOIN pg_publication p ON p.oid = pr.prpubid
JOIN pg_class c ON c.oid = pr.prrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE %(schemas)s::text[] IS NULL
  AND c.relnamespace = ANY (%(namespaces)s::oid[])
ORDER BY 1, 2, 3
