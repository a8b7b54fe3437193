-- Collations. Columns that only some versions have are read through to_jsonb, which gives
-- NULL for a missing key: colliculocale (15-16) became colllocale (17), collicurules (16).
SELECT n.nspname AS schema,
       co.collname AS name,
       co.collprovider::text AS provider,
       to_jsonb(co) ->> 'collcollate' AS lc_collate,
       to_jsonb(co) ->> 'collctype' AS lc_ctype,
       COALESCE(to_jsonb(co) ->> 'colllocale', to_jsonb(co) ->> 'colliculocale') AS locale,
       to_jsonb(co) ->> 'collicurules' AS icu_rules,
       co.collisdeterministic AS deterministic,
       co.oid::int8 AS oid
FROM pg_collation co
JOIN pg_namespace n ON n.oid = co.collnamespace
WHERE co.collnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_collation'::regclass AND d.objid = co.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2
