-- Text search dictionaries: the template and the options as PostgreSQL serialized them
-- (dictinitoption, which pg_dump writes verbatim).
SELECT n.nspname AS schema,
       d.dictname AS name,
       format('%%I.%%I', tn.nspname, t.tmplname) AS template,
       d.dictinitoption AS options,
       d.oid::int8 AS oid
FROM pg_ts_dict d
JOIN pg_namespace n ON n.oid = d.dictnamespace
JOIN pg_ts_template t ON t.oid = d.dicttemplate
JOIN pg_namespace tn ON tn.oid = t.tmplnamespace
WHERE d.dictnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                  WHERE e.classid = 'pg_ts_dict'::regclass AND e.objid = d.oid
                    AND e.deptype = 'e')
ORDER BY 1, 2
