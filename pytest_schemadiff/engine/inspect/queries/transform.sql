-- Transforms (database-wide): the type (qualified unless built in), the language and the
-- functions as regprocedure names them with their argument types, qualified. Compared when
-- the whole database is, or when the type or a function lives in a selected schema.
SELECT CASE WHEN t.typnamespace = 'pg_catalog'::regnamespace THEN format_type(t.oid, NULL)
            ELSE format('%%I.%%I', tn.nspname, t.typname) END AS type,
       l.lanname AS language,
       (SELECT format('%%I.%%I(%%s)', fn.nspname, f.proname,
                      pg_get_function_identity_arguments(f.oid))
          FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace
         WHERE f.oid = tr.trffromsql) AS from_sql,
       (SELECT format('%%I.%%I(%%s)', fn.nspname, f.proname,
                      pg_get_function_identity_arguments(f.oid))
          FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace
         WHERE f.oid = tr.trftosql) AS to_sql,
       tr.oid::int8 AS oid
FROM pg_transform tr
JOIN pg_type t ON t.oid = tr.trftype
JOIN pg_namespace tn ON tn.oid = t.typnamespace
JOIN pg_language l ON l.oid = tr.trflang
WHERE (%(schemas)s::text[] IS NULL
       OR t.typnamespace = ANY (%(namespaces)s::oid[])
       OR EXISTS (SELECT 1 FROM pg_proc f
                  WHERE f.oid IN (tr.trffromsql, tr.trftosql)
                    AND f.pronamespace = ANY (%(namespaces)s::oid[])))
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_transform'::regclass AND d.objid = tr.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2
