-- Casts (database-wide) made by CREATE CAST, not by an extension nor as part of another
-- object (a range type's cast to its multirange type, internal to it). As pg_dump, a cast goes
-- with the selected schemas when its source or target type or its function is in one of
-- them; one between built-in types over a built-in function goes with the whole database
-- (no schemas selected).
SELECT format_type(c.castsource, NULL) AS source,
       format_type(c.casttarget, NULL) AS target,
       c.castmethod::text AS method,
       CASE WHEN c.castfunc <> 0 THEN
         format('%%I.%%I(%%s)', pn.nspname, p.proname, oidvectortypes(p.proargtypes))
       END AS function,
       c.castcontext::text AS context,
       c.oid::int8 AS oid
FROM pg_cast c
JOIN pg_type s ON s.oid = c.castsource
JOIN pg_type t ON t.oid = c.casttarget
LEFT JOIN pg_proc p ON p.oid = c.castfunc
LEFT JOIN pg_namespace pn ON pn.oid = p.pronamespace
WHERE c.oid >= 16384
  AND (s.typnamespace = ANY (%(namespaces)s::oid[])
       OR t.typnamespace = ANY (%(namespaces)s::oid[])
       OR p.pronamespace = ANY (%(namespaces)s::oid[])
       OR (%(schemas)s::text[] IS NULL
           AND s.typnamespace = 'pg_catalog'::regnamespace
           AND t.typnamespace = 'pg_catalog'::regnamespace
           AND COALESCE(p.pronamespace = 'pg_catalog'::regnamespace, true)))
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_cast'::regclass AND d.objid = c.oid
                    AND d.deptype IN ('e', 'i'))
ORDER BY 1, 2
