-- Domains: base type, collation (when not the base type's), default, NOT NULL and named
-- CHECK constraints. PostgreSQL 17 and later also list NOT NULL in pg_constraint
-- (contype 'n'); typnotnull covers every version, so only CHECKs are read from there.
SELECT n.nspname AS schema,
       t.typname AS name,
       format_type(t.typbasetype, t.typtypmod) AS base_type,
       CASE WHEN t.typcollation <> bt.typcollation THEN
         format('%%I.%%I', cn.nspname, co.collname) END AS collation,
       pg_get_expr(t.typdefaultbin, 0) AS default,
       t.typnotnull AS not_null,
       ARRAY(SELECT c.conname::text FROM pg_constraint c
              WHERE c.contypid = t.oid AND c.contype = 'c'
              ORDER BY c.conname) AS constraint_names,
       ARRAY(SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
              WHERE c.contypid = t.oid AND c.contype = 'c'
              ORDER BY c.conname) AS constraint_definitions,
       t.oid::int8 AS oid
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
WHERE t.typtype = 'd'
  AND t.typnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2
