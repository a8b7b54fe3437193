-- The tables of publications (PostgreSQL 14: no column lists nor row filters yet).
SELECT n.nspname AS schema,
       c.relname AS table,
       p.pubname AS publication,
       NULL::text[] AS columns,
       NULL::text AS row_filter,
       pr.oid::int8 AS oid
FROM pg_publication_rel pr
JOIN pg_publication p ON p.oid = pr.prpubid
JOIN pg_class c ON c.oid = pr.prrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE %(schemas)s::text[] IS NULL
  AND c.relnamespace = ANY (%(namespaces)s::oid[])
ORDER BY 1, 2, 3
