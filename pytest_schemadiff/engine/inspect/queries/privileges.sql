-- Owners and privileges of the objects of the selected schemas that have them, and of
-- columns with privileges of their own (sub > 0), with the address SQL names each by.
-- inspect/attached.py puts them on the model whose catalog_id is (catalog, oid, sub) as
-- ``owner`` and ``privileges`` (a column no model takes: on its relation); rows no model
-- takes are reported as privileges (when not the default) and owners not compared.
-- privileges: the ACL as a JSON text [[grantee, privilege, column, grantable], ...] with the
-- owner as grantee '' and grantors merged, or NULL when the catalog holds NULL (the built-in
-- default); text, so that Python parses each distinct ACL once;
-- default_privileges: the built-in default, the same way (NULL: the object has no ACL).
-- acl_kind is acldefault's object type.
WITH objects AS (
    -- The address is built here per catalog (pg_identify_object_as_address only for
    -- routines, whose argument types it formats): it runs for every relation.
    SELECT 'pg_class'::regclass AS classid, c.oid AS objid, c.relowner AS owner,
           c.relacl AS acl, CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char" AS acl_kind,
           CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view'
                          WHEN 'm' THEN 'materialized view' WHEN 'f' THEN 'foreign table'
                          ELSE 'table' END AS type,
           ARRAY[n.nspname::text, c.relname::text] AS names, '{}'::text[] AS args,
           n.nspname::text AS schema, c.relname::text AS name, 0 AS sub, '' AS col
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
       AND c.relnamespace = ANY (%(namespaces)s::oid[])
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                         AND d.objsubid = 0 AND d.deptype IN ('e', 'i'))
    UNION ALL
    -- Columns with privileges of their own (sub: the column number).
    SELECT 'pg_class'::regclass, c.oid, c.relowner, a.attacl, 'c',
           CASE c.relkind WHEN 'v' THEN 'view column'
                          WHEN 'm' THEN 'materialized view column'
                          WHEN 'f' THEN 'foreign table column' ELSE 'table column' END,
           ARRAY[n.nspname::text, c.relname::text, a.attname::text], '{}', n.nspname::text,
           format('%%s.%%s', c.relname, a.attname), a.attnum, a.attname::text
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped
       AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
       AND c.relnamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'pg_namespace'::regclass, n.oid, n.nspowner, n.nspacl, 'n', 'schema',
           ARRAY[n.nspname::text], '{}', '', n.nspname::text, 0, ''
      FROM pg_namespace n
     WHERE n.oid = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'pg_proc'::regclass, p.oid, p.proowner, p.proacl, 'f', ad.type, ad.object_names,
           ad.object_args, n.nspname::text,
           format('%%s(%%s)', p.proname, pg_get_function_identity_arguments(p.oid)), 0, ''
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     CROSS JOIN LATERAL pg_identify_object_as_address('pg_proc'::regclass, p.oid, 0) ad
     WHERE p.pronamespace = ANY (%(namespaces)s::oid[])
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                         AND d.deptype IN ('e', 'i'))
    UNION ALL
    -- Types other than arrays and relations' row types; a composite type is named by its
    -- pg_class row, like the dependencies do.
    SELECT CASE WHEN t.typrelid <> 0 THEN 'pg_class' ELSE 'pg_type' END::regclass,
           COALESCE(NULLIF(t.typrelid, 0), t.oid), t.typowner, t.typacl, 'T',
           CASE t.typtype WHEN 'd' THEN 'domain' ELSE 'type' END,
           ARRAY[format('%%I.%%I', n.nspname, t.typname)], '{}', n.nspname::text,
           t.typname::text, 0, ''
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      LEFT JOIN pg_class c ON c.oid = t.typrelid
     WHERE t.typnamespace = ANY (%(namespaces)s::oid[])
       AND t.typtype IN ('b', 'c', 'd', 'e', 'r')
       AND (t.typrelid = 0 OR c.relkind = 'c')
       AND NOT (t.typelem <> 0 AND t.typsubscript = 'array_subscript_handler'::regproc)
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
                         AND d.deptype IN ('e', 'i'))
    UNION ALL
    SELECT 'pg_collation'::regclass, co.oid, co.collowner, NULL, NULL, 'collation',
           ARRAY[n.nspname::text, co.collname::text], '{}', n.nspname::text,
           co.collname::text, 0, ''
      FROM pg_collation co JOIN pg_namespace n ON n.oid = co.collnamespace
     WHERE co.collnamespace = ANY (%(namespaces)s::oid[])
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_collation'::regclass AND d.objid = co.oid
                         AND d.deptype = 'e')
    UNION ALL
    -- Operators (not shells), operator classes and families: owners only (no ACL).
    SELECT x.classid, x.objid, x.owner, NULL, NULL, ad.type, ad.object_names,
           ad.object_args, n.nspname::text,
           array_to_string(ad.object_names, '.')
             || COALESCE('(' || array_to_string(ad.object_args, ', ') || ')', ''), 0, ''
      FROM (SELECT 'pg_operator'::regclass, o.oid, o.oprowner, o.oprnamespace
              FROM pg_operator o WHERE o.oprcode <> 0
            UNION ALL
            SELECT 'pg_opclass'::regclass, c.oid, c.opcowner, c.opcnamespace FROM pg_opclass c
            UNION ALL
            SELECT 'pg_opfamily'::regclass, f.oid, f.opfowner, f.opfnamespace
              FROM pg_opfamily f) x(classid, objid, owner, namespace)
      JOIN pg_namespace n ON n.oid = x.namespace
     CROSS JOIN LATERAL pg_identify_object_as_address(x.classid, x.objid, 0) ad
     WHERE x.namespace = ANY (%(namespaces)s::oid[])
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = x.classid AND d.objid = x.objid
                         AND d.deptype = 'e')
    UNION ALL
    -- Publications and subscriptions (this database's), database-wide: read when no schema
    -- list narrows the comparison, as they are.
    SELECT 'pg_publication'::regclass, p.oid, p.pubowner, NULL, NULL, 'publication',
           ARRAY[p.pubname::text], '{}', '', p.pubname::text, 0, ''
      FROM pg_publication p
     WHERE %(schemas)s::text[] IS NULL
    UNION ALL
    SELECT 'pg_subscription'::regclass, s.oid, s.subowner, NULL, NULL, 'subscription',
           ARRAY[s.subname::text], '{}', '', s.subname::text, 0, ''
      FROM pg_subscription s
     WHERE %(schemas)s::text[] IS NULL
       AND s.subdbid = (SELECT db.oid FROM pg_database db
                         WHERE db.datname = current_database())
    UNION ALL
    SELECT 'pg_event_trigger'::regclass, et.oid, et.evtowner, NULL, NULL, 'event trigger',
           ARRAY[et.evtname::text], '{}', '', et.evtname::text, 0, ''
      FROM pg_event_trigger et
     WHERE NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_event_trigger'::regclass AND d.objid = et.oid
                         AND d.deptype = 'e')
    -- fdw: foreign data wrappers and servers (database-wide: read when no schema list is
    -- given, as their own queries).
    UNION ALL
    SELECT 'pg_foreign_data_wrapper'::regclass, w.oid, w.fdwowner, w.fdwacl, 'F',
           'foreign data wrapper', ARRAY[w.fdwname::text], '{}', '', w.fdwname::text, 0, ''
      FROM pg_foreign_data_wrapper w
     WHERE %(schemas)s::text[] IS NULL
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_foreign_data_wrapper'::regclass
                         AND d.objid = w.oid AND d.deptype = 'e')
    UNION ALL
    SELECT 'pg_foreign_server'::regclass, fs.oid, fs.srvowner, fs.srvacl, 'S', 'server',
           ARRAY[fs.srvname::text], '{}', '', fs.srvname::text, 0, ''
      FROM pg_foreign_server fs
     WHERE %(schemas)s::text[] IS NULL
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_foreign_server'::regclass
                         AND d.objid = fs.oid AND d.deptype = 'e')
    -- -- text search, conversions, languages (ts) --
    UNION ALL
    SELECT 'pg_ts_config'::regclass, c.oid, c.cfgowner, NULL, NULL,
           'text search configuration', ARRAY[n.nspname::text, c.cfgname::text], '{}',
           n.nspname::text, c.cfgname::text, 0, ''
      FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace
     WHERE c.cfgnamespace = ANY (%(namespaces)s::oid[])
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_ts_config'::regclass AND d.objid = c.oid
                         AND d.deptype = 'e')
    UNION ALL
    SELECT 'pg_ts_dict'::regclass, c.oid, c.dictowner, NULL, NULL,
           'text search dictionary', ARRAY[n.nspname::text, c.dictname::text], '{}',
           n.nspname::text, c.dictname::text, 0, ''
      FROM pg_ts_dict c JOIN pg_namespace n ON n.oid = c.dictnamespace
     WHERE c.dictnamespace = ANY (%(namespaces)s::oid[])
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_ts_dict'::regclass AND d.objid = c.oid
                         AND d.deptype = 'e')
    UNION ALL
    SELECT 'pg_conversion'::regclass, c.oid, c.conowner, NULL, NULL, 'conversion',
           ARRAY[n.nspname::text, c.conname::text], '{}', n.nspname::text, c.conname::text,
           0, ''
      FROM pg_conversion c JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE c.connamespace = ANY (%(namespaces)s::oid[])
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_conversion'::regclass AND d.objid = c.oid
                         AND d.deptype = 'e')
    UNION ALL
    -- Procedural languages as language.sql selects them.
    SELECT 'pg_language'::regclass, l.oid, l.lanowner, l.lanacl, 'l', 'language',
           ARRAY[l.lanname::text], '{}', '', l.lanname::text, 0, ''
      FROM pg_language l JOIN pg_proc h ON h.oid = l.lanplcallfoid
     WHERE l.lanispl AND l.oid >= 16384
       AND (%(schemas)s::text[] IS NULL OR h.pronamespace = ANY (%(namespaces)s::oid[]))
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_language'::regclass AND d.objid = l.oid
                         AND d.deptype = 'e')
    -- (end of ts)
    -- (storage)
    UNION ALL
    SELECT 'pg_statistic_ext'::regclass, s.oid, s.stxowner, NULL, NULL, 'statistics object',
           ARRAY[n.nspname::text, s.stxname::text], '{}', n.nspname::text, s.stxname::text,
           0, ''
      FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
     WHERE s.stxnamespace = ANY (%(namespaces)s::oid[])
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_statistic_ext'::regclass AND d.objid = s.oid
                         AND d.deptype = 'e')
    -- (end of storage)
),
-- The built-in default ACL of each object type, owner-relative (10 stands for any owner).
defaults AS (
    SELECT k.kind,
           (SELECT COALESCE(json_agg(json_build_array(
                     CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE '' END,
                     x.privilege_type, '', x.is_grantable)), '[]')
              FROM aclexplode(acldefault(k.kind, 10)) x) AS grants,
           ARRAY(SELECT q.grantee FROM (
                   SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE '' END AS grantee,
                          min(x.n) AS n
                     FROM aclexplode(acldefault(k.kind, 10))
                          WITH ORDINALITY x(grantor, grantee, privilege_type, is_grantable, n)
                    GROUP BY 1) q ORDER BY q.n) AS grantee_order
      FROM unnest('{r,s,f,T,n,c,F,S,l}'::"char"[]) k(kind)
)
SELECT o.classid::regclass::text AS catalog,
       o.objid::int8 AS oid,
       o.sub,
       o.type,
       o.names,
       o.args,
       o.schema,
       o.name,
       pg_get_userbyid(o.owner)::text AS owner,
       -- NULL when the object has the default (most objects: no per-row work then).
       CASE WHEN o.acl IS NOT NULL THEN
         (SELECT COALESCE(json_agg(json_build_array(g.grantee, g.privilege, g.col,
                                                    g.grantable)), '[]')
            FROM (SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC'
                              WHEN x.grantee = o.owner THEN ''
                              ELSE pg_get_userbyid(x.grantee)::text END AS grantee,
                         x.privilege_type AS privilege, x.col,
                         bool_or(x.is_grantable) AS grantable
                    FROM (SELECT o.col, e.* FROM aclexplode(o.acl) e) x
                   GROUP BY 1, 2, 3) g)::text END AS privileges,
       df.grants::text AS default_privileges,
       -- Grantees in ACL order: new grants follow it, so pg_dump lists them alike.
       CASE WHEN o.acl IS NOT NULL THEN
         ARRAY(SELECT q.grantee FROM (
                 SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC' WHEN x.grantee = o.owner THEN ''
                             ELSE pg_get_userbyid(x.grantee)::text END AS grantee,
                        min(x.n) AS n
                   FROM aclexplode(o.acl)
                        WITH ORDINALITY x(grantor, grantee, privilege_type, is_grantable, n)
                  GROUP BY 1) q ORDER BY q.n)
       ELSE df.grantee_order END AS grantee_order
FROM objects o
LEFT JOIN defaults df ON df.kind = o.acl_kind
ORDER BY 1, 2, 3
