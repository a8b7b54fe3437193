-- Range types: subtype, and the options CREATE TYPE ... AS RANGE takes where they differ
-- from the subtype's defaults (as pg_dump writes them). Multiranges exist from 14 on.
SELECT n.nspname AS schema,
       t.typname AS name,
       format_type(r.rngsubtype, NULL) AS subtype,
       CASE WHEN NOT opc.opcdefault THEN
         format('%%I.%%I', opcn.nspname, opc.opcname) END AS subtype_opclass,
       CASE WHEN r.rngcollation <> st.typcollation THEN
         format('%%I.%%I', cn.nspname, co.collname) END AS collation,
       CASE WHEN r.rngcanonical <> 0 THEN
         format('%%I.%%I', cpn.nspname, cp.proname) END AS canonical,
       CASE WHEN r.rngsubdiff <> 0 THEN
         format('%%I.%%I', dpn.nspname, dp.proname) END AS subtype_diff,
       format('%%I.%%I', mn.nspname, mt.typname) AS multirange,
       t.oid::int8 AS oid
FROM pg_range r
JOIN pg_type t ON t.oid = r.rngtypid
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type st ON st.oid = r.rngsubtype
JOIN pg_opclass opc ON opc.oid = r.rngsubopc
JOIN pg_namespace opcn ON opcn.oid = opc.opcnamespace
JOIN pg_type mt ON mt.oid = r.rngmultitypid
JOIN pg_namespace mn ON mn.oid = mt.typnamespace
LEFT JOIN pg_collation co ON co.oid = r.rngcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_proc cp ON cp.oid = r.rngcanonical
LEFT JOIN pg_namespace cpn ON cpn.oid = cp.pronamespace
LEFT JOIN pg_proc dp ON dp.oid = r.rngsubdiff
LEFT JOIN pg_namespace dpn ON dpn.oid = dp.pronamespace
WHERE t.typnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2
