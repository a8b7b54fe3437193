-- The system catalogs by oid: the identities of dependencies.sql name their catalog by oid,
-- the models (``catalog_id``) by name.
SELECT c.oid::int8 AS oid, c.relname::text AS name
FROM pg_class c
WHERE c.relnamespace = 'pg_catalog'::regnamespace AND c.relkind = 'r'
