-- Security labels (SECURITY LABEL FOR provider ON ... IS label) on objects of the selected
-- schemas, on the schemas themselves and on database-wide objects (languages, event
-- triggers), with the address SQL names the object by. inspect/attached.py puts each on the
-- model whose catalog_id is (catalog, oid, sub) as ``security_labels``; a label no model
-- takes is reported as a security label not compared. Of the labels of shared objects
-- (pg_shseclabel) only those of this database's subscriptions are read: pg_dump writes
-- those, not those of databases, roles and tablespaces.
SELECT -- A composite type is named by its pg_class row, like the dependencies do.
       CASE WHEN t.typrelid <> 0 THEN 'pg_class' ELSE s.classoid::regclass::text END
         AS catalog,
       COALESCE(NULLIF(t.typrelid, 0), s.objoid)::int8 AS oid,
       s.objsubid::int AS sub,
       s.provider::text AS provider,
       s.label::text AS label,
       CASE WHEN t.typtype = 'd' THEN 'domain' ELSE ad.type END AS type,
       ad.object_names AS names,
       ad.object_args AS args,
       COALESCE(io.schema, '') AS schema,
       io.identity AS name
FROM pg_seclabel s
LEFT JOIN pg_type t ON s.classoid = 'pg_type'::regclass AND t.oid = s.objoid
CROSS JOIN LATERAL pg_identify_object(s.classoid, s.objoid, s.objsubid) io
CROSS JOIN LATERAL pg_identify_object_as_address(s.classoid, s.objoid, s.objsubid) ad
LEFT JOIN pg_namespace n ON n.nspname = io.schema
WHERE CASE WHEN s.classoid = 'pg_namespace'::regclass THEN s.objoid = ANY (%(namespaces)s::oid[])
           WHEN io.schema IS NULL THEN true
           ELSE n.oid = ANY (%(namespaces)s::oid[]) END
  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                  WHERE e.classid = s.classoid AND e.objid = s.objoid AND e.deptype = 'e')
UNION ALL
SELECT 'pg_subscription', s.objoid::int8, 0, s.provider::text, s.label::text, 'subscription',
       ARRAY[sub.subname::text], '{}', '', sub.subname::text
FROM pg_shseclabel s
JOIN pg_subscription sub ON sub.oid = s.objoid
WHERE s.classoid = 'pg_subscription'::regclass
  AND sub.subdbid = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
ORDER BY 1, 2, 3, 4
