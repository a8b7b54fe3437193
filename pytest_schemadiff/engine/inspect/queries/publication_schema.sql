-- TABLES IN SCHEMA of publications (PostgreSQL 15; publication_schema.pg14.sql before),
-- for the selected schemas.
SELECT n.nspname AS schema,
       p.pubname AS publication,
       pn.oid::int8 AS oid
FROM pg_publication_namespace pn
JOIN pg_publication p ON p.oid = pn.pnpubid
JOIN pg_namespace n ON n.oid = pn.pnnspid
WHERE %(schemas)s::text[] IS NULL
  AND pn.pnnspid = ANY (%(namespaces)s::oid[])
ORDER BY 1, 2
