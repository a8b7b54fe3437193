-- Foreign servers (database-wide), but those of extensions; read only when no schema list
-- is given (as foreign_data_wrapper.sql).
SELECT s.srvname AS name,
       w.fdwname AS wrapper,
       s.srvtype AS server_type,
       s.srvversion AS server_version,
       ARRAY(SELECT o FROM unnest(s.srvoptions) o ORDER BY 1) AS options,
       COALESCE(s.srvoptions, '{}') AS options_order,
       s.oid::int8 AS oid
FROM pg_foreign_server s
JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
WHERE %(schemas)s::text[] IS NULL
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_foreign_server'::regclass AND d.objid = s.oid
                    AND d.deptype = 'e')
ORDER BY 1
