-- Owners and privileges of the objects of the selected schemas that have them, with the
-- address SQL names each by. inspect/attached.py puts them on the model whose catalog_id is
-- (catalog, oid, 0) as ``owner`` and ``privileges``; rows no model takes are reported as
-- privileges (when not the default) and owners not compared.
-- privileges: the effective ACL (the built-in default when the catalog holds NULL) plus
-- column ACLs, as [grantee, privilege, column, grantable] with the owner as grantee '' and
-- grantors merged; default_privileges: the built-in default, the same way. acl_kind is
-- acldefault's object type (NULL: the object has no ACL).
WITH objects AS (
    SELECT 'pg_class'::regclass AS classid, c.oid AS objid, c.relowner AS owner,
           c.relacl AS acl, CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char" AS acl_kind
      FROM pg_class c
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
       AND c.relnamespace = ANY (%(namespaces)s::oid[])
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                         AND d.objsubid = 0 AND d.deptype IN ('e', 'i'))
    UNION ALL
    SELECT 'pg_namespace'::regclass, n.oid, n.nspowner, n.nspacl, 'n'
      FROM pg_namespace n
     WHERE n.oid = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'pg_proc'::regclass, p.oid, p.proowner, p.proacl, 'f'
      FROM pg_proc p
     WHERE p.pronamespace = ANY (%(namespaces)s::oid[])
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                         AND d.deptype IN ('e', 'i'))
    UNION ALL
    SELECT 'pg_type'::regclass, t.oid, t.typowner, t.typacl, 'T'
      FROM pg_type t
      LEFT JOIN pg_class c ON c.oid = t.typrelid
     WHERE t.typnamespace = ANY (%(namespaces)s::oid[])
       AND t.typtype IN ('b', 'c', 'd', 'e', 'r')
       AND (t.typrelid = 0 OR c.relkind = 'c')
       AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
                         AND d.deptype IN ('e', 'i'))
    UNION ALL
    SELECT 'pg_collation'::regclass, co.oid, co.collowner, NULL, NULL
      FROM pg_collation co
     WHERE co.collnamespace = ANY (%(namespaces)s::oid[])
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_collation'::regclass AND d.objid = co.oid
                         AND d.deptype = 'e')
    UNION ALL
    SELECT 'pg_event_trigger'::regclass, et.oid, et.evtowner, NULL, NULL
      FROM pg_event_trigger et
     WHERE NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_event_trigger'::regclass AND d.objid = et.oid
                         AND d.deptype = 'e')
)
SELECT CASE WHEN t.typrelid <> 0 THEN 'pg_class' ELSE o.classid::regclass::text END
         AS catalog,
       COALESCE(NULLIF(t.typrelid, 0), o.objid)::int8 AS oid,
       CASE WHEN t.typtype = 'd' THEN 'domain' ELSE ad.type END AS type,
       ad.object_names AS names,
       ad.object_args AS args,
       COALESCE(io.schema, '') AS schema,
       io.identity AS name,
       pg_get_userbyid(o.owner)::text AS owner,
       CASE WHEN o.acl_kind IS NOT NULL THEN
         (SELECT COALESCE(json_agg(json_build_array(g.grantee, g.privilege, g.col,
                                                    g.grantable)), '[]')
            FROM (SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC'
                              WHEN x.grantee = o.owner THEN ''
                              ELSE pg_get_userbyid(x.grantee)::text END AS grantee,
                         x.privilege_type AS privilege, x.col,
                         bool_or(x.is_grantable) AS grantable
                    FROM (SELECT '' AS col, e.*
                            FROM aclexplode(COALESCE(o.acl, acldefault(o.acl_kind, o.owner))) e
                          UNION ALL
                          SELECT a.attname::text, e.*
                            FROM pg_attribute a, aclexplode(a.attacl) e
                           WHERE o.classid = 'pg_class'::regclass AND a.attrelid = o.objid
                             AND a.attnum > 0 AND NOT a.attisdropped
                             AND a.attacl IS NOT NULL) x
                   GROUP BY 1, 2, 3) g) END AS privileges,
       CASE WHEN o.acl_kind IS NOT NULL THEN
         (SELECT COALESCE(json_agg(json_build_array(
                   CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE '' END,
                   x.privilege_type, '', x.is_grantable)), '[]')
            FROM aclexplode(acldefault(o.acl_kind, o.owner)) x) END AS default_privileges,
       -- Grantees in ACL order: new grants follow it, so pg_dump lists them alike.
       ARRAY(SELECT q.grantee FROM (
               SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC' WHEN x.grantee = o.owner THEN ''
                           ELSE pg_get_userbyid(x.grantee)::text END AS grantee,
                      min(x.n) AS n
                 FROM aclexplode(COALESCE(o.acl, acldefault(o.acl_kind, o.owner)))
                      WITH ORDINALITY x(grantor, grantee, privilege_type, is_grantable, n)
                GROUP BY 1) q ORDER BY q.n) AS grantee_order
FROM objects o
LEFT JOIN pg_type t ON o.classid = 'pg_type'::regclass AND t.oid = o.objid
CROSS JOIN LATERAL pg_identify_object_as_address(o.classid, o.objid, 0) ad
CROSS JOIN LATERAL pg_identify_object(o.classid, o.objid, 0) io
ORDER BY 1, 2
