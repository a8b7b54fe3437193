-- Procedural languages made by CREATE LANGUAGE (database-wide; those of extensions, such as
-- plpgsql, and the built-in internal / c / sql are left out). Compared when the whole
-- database is, or when the handler lives in a selected schema.
SELECT l.lanname AS name,
       l.lanpltrusted AS trusted,
       format('%%I.%%I', hn.nspname, h.proname) AS handler,
       (SELECT format('%%I.%%I', fn.nspname, f.proname) FROM pg_proc f
          JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = l.laninline) AS inline,
       (SELECT format('%%I.%%I', fn.nspname, f.proname) FROM pg_proc f
          JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = l.lanvalidator)
         AS validator,
       l.oid::int8 AS oid
FROM pg_language l
JOIN pg_proc h ON h.oid = l.lanplcallfoid
JOIN pg_namespace hn ON hn.oid = h.pronamespace
WHERE l.lanispl AND l.oid >= 16384
  AND (%(schemas)s::text[] IS NULL OR h.pronamespace = ANY (%(namespaces)s::oid[]))
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_language'::regclass AND d.objid = l.oid
                    AND d.deptype = 'e')
ORDER BY 1
