-- Access methods (database-wide) made by CREATE ACCESS METHOD, not by an extension. pg_dump
-- writes them when it dumps the whole database: here when no schemas are selected, or when
-- the handler lives in a selected one.
SELECT am.amname AS name,
       am.amtype::text AS method_type,
       format('%%I.%%I', hn.nspname, h.proname) AS handler,
       am.oid::int8 AS oid
FROM pg_am am
JOIN pg_proc h ON h.oid = am.amhandler
JOIN pg_namespace hn ON hn.oid = h.pronamespace
WHERE am.oid >= 16384
  AND (%(schemas)s::text[] IS NULL OR h.pronamespace = ANY (%(namespaces)s::oid[]))
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_am'::regclass AND d.objid = am.oid
                    AND d.deptype = 'e')
ORDER BY 1
