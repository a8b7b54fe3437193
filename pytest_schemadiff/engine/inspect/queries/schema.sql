-- Schemas selected for comparison. Every other query is restricted to these namespaces
-- through the "namespaces" parameter (the oids returned here).
SELECT n.nspname AS name,
       n.oid::int8 AS oid
FROM pg_namespace n
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
  AND (%(schemas)s::text[] IS NULL OR n.nspname = ANY (%(schemas)s::text[]))
  AND NOT (n.nspname = ANY (%(exclude_schemas)s::text[]))
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid
                    AND d.deptype = 'e')
ORDER BY 1
