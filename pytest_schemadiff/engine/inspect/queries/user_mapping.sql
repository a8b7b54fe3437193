-- User mappings of the servers foreign_server.sql reads (or an extension's servers), read
-- only when no schema list is given. pg_user_mappings shows a mapping's options to
-- superusers, the server's owner and the mapped role (pg_user_mapping itself only to
-- superusers); a mapping whose options the inspecting role may not see reads as none.
SELECT CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE m.usename::text END AS user,
       m.srvname AS server,
       ARRAY(SELECT o FROM unnest(m.umoptions) o ORDER BY 1) AS options,
       COALESCE(m.umoptions, '{}') AS options_order,
       m.umid::int8 AS oid
FROM pg_user_mappings m
WHERE %(schemas)s::text[] IS NULL
ORDER BY 2, 1
