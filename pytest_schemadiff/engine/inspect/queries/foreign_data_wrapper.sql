-- Foreign data wrappers (database-wide), but those of extensions (postgres_fdw, file_fdw
-- come with CREATE EXTENSION). Read only when no schema list is given: they belong to no
-- schema, and a comparison of chosen schemas leaves them out.
SELECT w.fdwname AS name,
       CASE WHEN w.fdwhandler <> 0 THEN
         (SELECT format('%%I.%%I', n.nspname, p.proname) FROM pg_proc p
            JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.oid = w.fdwhandler) END
         AS handler,
       CASE WHEN w.fdwvalidator <> 0 THEN
         (SELECT format('%%I.%%I', n.nspname, p.proname) FROM pg_proc p
            JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.oid = w.fdwvalidator) END
         AS validator,
       ARRAY(SELECT o FROM unnest(w.fdwoptions) o ORDER BY 1) AS options,
       COALESCE(w.fdwoptions, '{}') AS options_order,
       w.oid::int8 AS oid
FROM pg_foreign_data_wrapper w
WHERE %(schemas)s::text[] IS NULL
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_foreign_data_wrapper'::regclass AND d.objid = w.oid
                    AND d.deptype = 'e')
ORDER BY 1
