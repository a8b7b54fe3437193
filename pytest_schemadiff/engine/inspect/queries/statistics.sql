-- Extended statistics objects (CREATE STATISTICS) of the selected schemas. stxstattarget
-- is NULL for the default from PostgreSQL 17, -1 before.
SELECT n.nspname AS schema,
       s.stxname AS name,
       pg_get_statisticsobjdef(s.oid) AS definition,
       NULLIF(COALESCE(s.stxstattarget, -1), -1)::int AS target,
       s.oid::int8 AS oid
FROM pg_statistic_ext s
JOIN pg_namespace n ON n.oid = s.stxnamespace
WHERE s.stxnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_statistic_ext'::regclass AND d.objid = s.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2
