-- Text search parsers: their functions, qualified (a parser's functions take fixed argument
-- types, so CREATE TEXT SEARCH PARSER names them without).
SELECT n.nspname AS schema,
       p.prsname AS name,
       (SELECT format('%%I.%%I', fn.nspname, f.proname) FROM pg_proc f
          JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = p.prsstart) AS start,
       (SELECT format('%%I.%%I', fn.nspname, f.proname) FROM pg_proc f
          JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = p.prstoken) AS gettoken,
       (SELECT format('%%I.%%I', fn.nspname, f.proname) FROM pg_proc f
          JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = p.prsend) AS "end",
       (SELECT format('%%I.%%I', fn.nspname, f.proname) FROM pg_proc f
          JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = p.prslextype)
         AS lextypes,
       (SELECT format('%%I.%%I', fn.nspname, f.proname) FROM pg_proc f
          JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = p.prsheadline)
         AS headline,
       p.oid::int8 AS oid
FROM pg_ts_parser p
JOIN pg_namespace n ON n.oid = p.prsnamespace
WHERE p.prsnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_ts_parser'::regclass AND d.objid = p.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2
