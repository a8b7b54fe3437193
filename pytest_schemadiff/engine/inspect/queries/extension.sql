-- Extensions installed in a selected schema (plpgsql lives in pg_catalog and is skipped).
SELECT e.extname AS name,
       n.nspname AS schema,
       e.extversion AS version,
       e.oid::int8 AS oid
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extnamespace = ANY (%(namespaces)s::oid[])
ORDER BY 1
