-- Encoding conversions: encodings by name, the function qualified, and the DEFAULT flag.
SELECT n.nspname AS schema,
       c.conname AS name,
       pg_encoding_to_char(c.conforencoding)::text AS source_encoding,
       pg_encoding_to_char(c.contoencoding)::text AS destination_encoding,
       format('%%I.%%I', fn.nspname, f.proname) AS function,
       c.condefault AS "default",
       c.oid::int8 AS oid
FROM pg_conversion c
JOIN pg_namespace n ON n.oid = c.connamespace
JOIN pg_proc f ON f.oid = c.conproc
JOIN pg_namespace fn ON fn.oid = f.pronamespace
WHERE c.connamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_conversion'::regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2
