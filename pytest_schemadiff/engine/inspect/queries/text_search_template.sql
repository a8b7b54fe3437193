-- Text search templates: their INIT (optional) and LEXIZE functions, qualified.
SELECT n.nspname AS schema,
       t.tmplname AS name,
       (SELECT format('%%I.%%I', fn.nspname, f.proname) FROM pg_proc f
          JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = t.tmplinit) AS init,
       (SELECT format('%%I.%%I', fn.nspname, f.proname) FROM pg_proc f
          JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = t.tmpllexize) AS lexize,
       t.oid::int8 AS oid
FROM pg_ts_template t
JOIN pg_namespace n ON n.oid = t.tmplnamespace
WHERE t.tmplnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_ts_template'::regclass AND d.objid = t.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2
