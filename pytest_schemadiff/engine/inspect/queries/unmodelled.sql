-- Objects in the selected schemas of the kinds the engine does not model (model.Kind), which
-- it reports as "not compared". (Kinds it models are not listed: their own queries read
-- them, and listing them here cost more than the rest of this query.)
SELECT kind, schema, name FROM (
    SELECT 'base type' AS kind, n.nspname AS schema, t.typname AS name, t.oid AS oid,
           'pg_type'::regclass AS cls
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE t.typnamespace = ANY (%(namespaces)s::oid[])
       AND t.typtype = 'b' AND t.typcategory <> 'A'
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
    SELECT 'operator', n.nspname, o.oprname, o.oid, 'pg_operator'::regclass
      FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
     WHERE o.oprnamespace = ANY (%(namespaces)s::oid[])
    UNION ALL
    SELECT 'text search configuration', n.nspname, cfg.cfgname, cfg.oid,
           'pg_ts_config'::regclass
      FROM pg_ts_config cfg JOIN pg_namespace n ON n.oid = cfg.cfgnamespace
     WHERE cfg.cfgnamespace = ANY (%(namespaces)s::oid[])
) objects
WHERE NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = objects.cls AND d.objid = objects.oid
                    AND d.deptype IN ('e', 'i'))
ORDER BY 1, 2, 3
