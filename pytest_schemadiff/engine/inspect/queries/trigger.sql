-- Triggers on tables and views, constraint triggers included; internal triggers (foreign
-- keys) are the constraints', and a partition's clone of its parent's trigger comes with
-- the parent's (tgparentid).
SELECT n.nspname AS schema,
       c.relname AS table,
       t.tgname AS name,
       pg_get_triggerdef(t.oid) AS definition,
       t.tgconstraint <> 0 AS constraint,
       t.tgenabled::text AS enabled,
       c.relkind::text AS table_kind,
       t.oid::int8 AS oid
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal
  AND t.tgparentid = 0
  AND c.relnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2, 3
