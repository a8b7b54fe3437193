-- Event triggers (database-wide) whose function lives in a selected schema.
SELECT e.evtname AS name,
       e.evtevent AS event,
       COALESCE(e.evttags, '{}') AS tags,
       format('%%I.%%I', n.nspname, p.proname) AS function,
       e.evtenabled::text AS enabled,
       e.oid::int8 AS oid
FROM pg_event_trigger e
JOIN pg_proc p ON p.oid = e.evtfoid
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.pronamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_event_trigger'::regclass AND d.objid = e.oid
                    AND d.deptype = 'e')
ORDER BY 1
