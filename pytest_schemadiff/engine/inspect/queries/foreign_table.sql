-- Foreign tables with their columns (local ones and inherited ones, with what they carry
-- here: options, defaults, NOT NULL; by name, and their names in attnum order), their own
-- CHECK constraints, server and options, and what pg_dump writes as ALTER FOREIGN TABLE ...
-- ALTER COLUMN: statistics targets ("name target"), storage other than the type's ("name
-- storage type's storage") and attribute options ("name opt=v,..."), names as %%I quotes them.
SELECT n.nspname AS schema,
       c.relname AS name,
       s.srvname AS server,
       ARRAY(SELECT o FROM unnest(ft.ftoptions) o ORDER BY 1) AS options,
       COALESCE(ft.ftoptions, '{}') AS options_order,
       COALESCE((
         SELECT json_agg(json_build_object(
                  'name', a.attname,
                  'data_type', format_type(a.atttypid, a.atttypmod),
                  'collation', CASE WHEN a.attcollation <> t.typcollation THEN
                                 format('%%I.%%I', cn.nspname, co.collname) END,
                  'not_null', a.attnotnull,
                  -- PostgreSQL 18 names NOT NULL constraints (contype 'n'): the name of
                  -- this table's own one (an inherited one is named by its parent).
                  'not_null_name', (SELECT nn.conname FROM pg_constraint nn
                                     WHERE nn.conrelid = c.oid AND nn.contype = 'n'
                                       AND nn.conkey = ARRAY[a.attnum]::int2[]
                                       AND nn.conislocal),
                  'default', pg_get_expr(ad.adbin, ad.adrelid),
                  'options', ARRAY(SELECT o FROM unnest(a.attfdwoptions) o ORDER BY 1),
                  'options_order', COALESCE(a.attfdwoptions, '{}'),
                  'is_local', a.attislocal) ORDER BY a.attname)
           FROM pg_attribute a
           JOIN pg_type t ON t.oid = a.atttypid
           LEFT JOIN pg_collation co ON co.oid = a.attcollation
           LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
           LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
          WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '[]')
         AS columns,
       ARRAY(SELECT a.attname::text FROM pg_attribute a
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
              ORDER BY a.attnum) AS column_order,
       ARRAY(SELECT con.conname::text FROM pg_constraint con
              WHERE con.conrelid = c.oid AND con.contype = 'c' AND con.conislocal
              ORDER BY con.conname) AS constraint_names,
       ARRAY(SELECT pg_get_constraintdef(con.oid) FROM pg_constraint con
              WHERE con.conrelid = c.oid AND con.contype = 'c' AND con.conislocal
              ORDER BY con.conname) AS constraint_definitions,
       (SELECT format('%%I.%%I', pn.nspname, p.relname)
          FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
          JOIN pg_namespace pn ON pn.oid = p.relnamespace
         WHERE i.inhrelid = c.oid AND c.relispartition) AS partition_of,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END
         AS partition_bound,
       ARRAY(SELECT format('%%I.%%I', pn.nspname, p.relname)
               FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
               JOIN pg_namespace pn ON pn.oid = p.relnamespace
              WHERE i.inhrelid = c.oid AND NOT c.relispartition
              ORDER BY i.inhseqno) AS inherits,
       ARRAY(SELECT format('%%I %%s', a.attname, a.attstattarget) FROM pg_attribute a
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                AND COALESCE(a.attstattarget, -1) >= 0
              ORDER BY a.attnum) AS column_statistics,
       ARRAY(SELECT format('%%I %%s %%s', a.attname, a.attstorage, t.typstorage)
               FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                AND a.attstorage <> t.typstorage
              ORDER BY a.attnum) AS column_storage,
       ARRAY(SELECT format('%%I %%s', a.attname,
                           array_to_string(ARRAY(SELECT o FROM unnest(a.attoptions) o
                                                  ORDER BY 1), ','))
               FROM pg_attribute a
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                AND a.attoptions IS NOT NULL
              ORDER BY a.attnum) AS column_attribute_options,
       c.oid::int8 AS oid
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_foreign_table ft ON ft.ftrelid = c.oid
JOIN pg_foreign_server s ON s.oid = ft.ftserver
WHERE c.relkind = 'f'
  AND c.relnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2
