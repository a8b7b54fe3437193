-- Operators of the selected schemas; shell operators (no function yet: what a COMMUTATOR
-- or NEGATOR naming a missing operator creates) are left out, as pg_dump does.
SELECT n.nspname AS schema,
       o.oprname AS name,
       CASE WHEN o.oprleft <> 0 THEN format_type(o.oprleft, NULL) END AS left_type,
       format_type(o.oprright, NULL) AS right_type,
       format('%%I.%%I', pn.nspname, p.proname) AS function,
       (SELECT ARRAY[cn.nspname::text, c.oprname::text]
          FROM pg_operator c JOIN pg_namespace cn ON cn.oid = c.oprnamespace
         WHERE c.oid = o.oprcom) AS commutator,
       (SELECT ARRAY[cn.nspname::text, c.oprname::text]
          FROM pg_operator c JOIN pg_namespace cn ON cn.oid = c.oprnamespace
         WHERE c.oid = o.oprnegate) AS negator,
       (SELECT format('%%I.%%I', rn.nspname, r.proname)
          FROM pg_proc r JOIN pg_namespace rn ON rn.oid = r.pronamespace
         WHERE r.oid = o.oprrest) AS restrict,
       (SELECT format('%%I.%%I', jn.nspname, j.proname)
          FROM pg_proc j JOIN pg_namespace jn ON jn.oid = j.pronamespace
         WHERE j.oid = o.oprjoin) AS "join",
       o.oprcanhash AS hashes,
       o.oprcanmerge AS merges,
       o.oid::int8 AS oid
FROM pg_operator o
JOIN pg_namespace n ON n.oid = o.oprnamespace
JOIN pg_proc p ON p.oid = o.oprcode
JOIN pg_namespace pn ON pn.oid = p.pronamespace
WHERE o.oprnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_operator'::regclass AND d.objid = o.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2, 3, 4
