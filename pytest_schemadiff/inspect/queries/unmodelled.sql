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
