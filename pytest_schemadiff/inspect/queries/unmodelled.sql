-- Objects in the selected schemas of every kind we know of. The engine drops the kinds it
-- models (the kind column equals model.Kind values) and reports the rest as "not compared".
SELECT kind, schema, name FROM (
    SELECT CASE p.prokind WHEN 'f' THEN 'function' WHEN 'p' THEN 'procedure'
                          WHEN 'a' THEN 'aggregate' ELSE 'function' END AS kind,
           n.nspname AS schema,
           format('%%s(%%s)', p.proname, pg_get_function_identity_arguments(p.oid)) AS name,
           p.oid AS oid, 'pg_proc'::regclass AS cls
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE p.pronamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain'
                          WHEN 'c' THEN 'composite type' WHEN 'r' THEN 'range type'
                          ELSE 'base type' END,
           n.nspname, t.typname, t.oid, 'pg_type'::regclass
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      LEFT JOIN pg_class c ON c.oid = t.typrelid
     WHERE t.typnamespace = ANY (%(namespaces)s::oid[])
       AND t.typtype IN ('e', 'd', 'c', 'r', 'b')
       AND (t.typtype <> 'c' OR c.relkind = 'c')
       AND NOT (t.typtype = 'b' AND t.typcategory = 'A')
    UNION ALL
    SELECT 'trigger', n.nspname, format('%%s on %%s', tg.tgname, c.relname),
           tg.oid, 'pg_trigger'::regclass
      FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE NOT tg.tgisinternal AND c.relnamespace = ANY (%(namespaces)s::oid[])
       AND tg.tgparentid = 0
    UNION ALL
    SELECT 'event trigger', '', evtname, oid, 'pg_event_trigger'::regclass
      FROM pg_event_trigger
    UNION ALL
    SELECT 'collation', n.nspname, co.collname, co.oid, 'pg_collation'::regclass
      FROM pg_collation co JOIN pg_namespace n ON n.oid = co.collnamespace
     WHERE co.collnamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'policy', n.nspname, format('%%s on %%s', po.polname, c.relname),
           po.oid, 'pg_policy'::regclass
      FROM pg_policy po JOIN pg_class c ON c.oid = po.polrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relnamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'rule', n.nspname, format('%%s on %%s', r.rulename, c.relname),
           r.oid, 'pg_rewrite'::regclass
      FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE r.rulename <> '_RETURN' AND c.relnamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT CASE c.relkind WHEN 'f' THEN 'foreign table' ELSE 'relation' END,
           n.nspname, c.relname, c.oid, 'pg_class'::regclass
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'f' AND c.relnamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'statistics', n.nspname, s.stxname, s.oid, 'pg_statistic_ext'::regclass
      FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
     WHERE s.stxnamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'operator', n.nspname, o.oprname, o.oid, 'pg_operator'::regclass
      FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
     WHERE o.oprnamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'text search configuration', n.nspname, cfg.cfgname, cfg.oid,
           'pg_ts_config'::regclass
      FROM pg_ts_config cfg JOIN pg_namespace n ON n.oid = cfg.cfgnamespace
     WHERE cfg.cfgnamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'comment', n.nspname, format('on %%s', c.relname), c.oid, 'pg_class'::regclass
      FROM pg_description d JOIN pg_class c ON d.classoid = 'pg_class'::regclass
           AND c.oid = d.objoid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relnamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'comment', n.nspname, format('on constraint %%s', con.conname), con.oid,
           'pg_constraint'::regclass
      FROM pg_description d JOIN pg_constraint con
           ON d.classoid = 'pg_constraint'::regclass AND con.oid = d.objoid
      JOIN pg_namespace n ON n.oid = con.connamespace
     WHERE con.connamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'comment', '', format('on schema %%s', n.nspname), n.oid,
           'pg_namespace'::regclass
      FROM pg_description d JOIN pg_namespace n ON d.classoid = 'pg_namespace'::regclass
           AND n.oid = d.objoid
     WHERE n.oid = ANY (%(namespaces)s::oid[])
       AND NOT (n.nspname = 'public' AND d.description = 'standard public schema')
    UNION ALL
    SELECT 'comment', '', format('on extension %%s', e.extname), e.oid,
           'pg_extension'::regclass
      FROM pg_description d JOIN pg_extension e ON d.classoid = 'pg_extension'::regclass
           AND e.oid = d.objoid
     WHERE e.extnamespace = ANY (%(namespaces)s::oid[])
       AND d.description IS DISTINCT FROM (SELECT x.comment FROM pg_available_extensions x
                                            WHERE x.name = e.extname)
    UNION ALL
    SELECT 'privilege', n.nspname, c.relname, c.oid, 'pg_class'::regclass
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relacl IS NOT NULL AND c.relnamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'privilege', '', format('on schema %%s', n.nspname), n.oid,
           'pg_namespace'::regclass
      FROM pg_namespace n
     WHERE n.nspacl IS NOT NULL AND n.oid = ANY (%(namespaces)s::oid[])
       AND n.nspname <> 'public'
    UNION ALL
    SELECT 'privilege', n.nspname, format('on column %%s.%%s', c.relname, a.attname), c.oid,
           'pg_class'::regclass
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped
       AND c.relnamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'privilege', n.nspname, format('on function %%s', p.proname), p.oid,
           'pg_proc'::regclass
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE p.proacl IS NOT NULL AND p.pronamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'privilege', n.nspname, format('on type %%s', t.typname), t.oid,
           'pg_type'::regclass
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE t.typacl IS NOT NULL AND t.typnamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'default privilege', COALESCE(n.nspname, ''),
           format('for role %%s on %%s', pg_get_userbyid(da.defaclrole), da.defaclobjtype),
           da.oid, 'pg_default_acl'::regclass
      FROM pg_default_acl da LEFT JOIN pg_namespace n ON n.oid = da.defaclnamespace
     WHERE da.defaclnamespace = 0 OR da.defaclnamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'column storage or statistics', n.nspname, format('%%s.%%s', c.relname, a.attname),
           c.oid, 'pg_class'::regclass
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_type t ON t.oid = a.atttypid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
       AND c.relnamespace = ANY (%(namespaces)s::oid[])
       AND (a.attstorage <> t.typstorage OR COALESCE(a.attstattarget, -1) >= 0)
) objects
WHERE NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = objects.cls AND d.objid = objects.oid
                    AND d.deptype IN ('e', 'i'))
ORDER BY 1, 2, 3
