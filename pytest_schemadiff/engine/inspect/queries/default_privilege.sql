-- Default privileges (ALTER DEFAULT PRIVILEGES): global ones and those of selected schemas.
-- Grants are owner-relative like objects' privileges (privileges.sql): the role itself is
-- grantee ''. baseline: what the role's new objects get without the entry (the built-in
-- default for a global entry; nothing for a per-schema one, which only adds).
-- for_current_user: the entry applies to what this session creates (PostgreSQL applies an
-- entry only to its role's new objects; a plan runs as the role that inspected A).
SELECT pg_get_userbyid(da.defaclrole)::text AS role,
       COALESCE(n.nspname, '') AS schema,
       da.defaclobjtype::text AS object_type,
       (SELECT COALESCE(json_agg(json_build_array(g.grantee, g.privilege, '', g.grantable)),
                         '[]')
          FROM (SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC'
                            WHEN x.grantee = da.defaclrole THEN ''
                            ELSE pg_get_userbyid(x.grantee)::text END AS grantee,
                       x.privilege_type AS privilege, bool_or(x.is_grantable) AS grantable
                  FROM aclexplode(da.defaclacl) x GROUP BY 1, 2) g) AS grants,
       CASE WHEN da.defaclnamespace <> 0 THEN '[]'::json ELSE
       (SELECT COALESCE(json_agg(json_build_array(g.grantee, g.privilege, '', g.grantable)),
                         '[]')
          FROM (SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC'
                            WHEN x.grantee = da.defaclrole THEN ''
                            ELSE pg_get_userbyid(x.grantee)::text END AS grantee,
                       x.privilege_type AS privilege, bool_or(x.is_grantable) AS grantable
                  FROM aclexplode(acldefault(CASE da.defaclobjtype WHEN 'S' THEN 's'
                                             ELSE da.defaclobjtype END, da.defaclrole)) x
                 GROUP BY 1, 2) g) END AS baseline,
       da.defaclrole = (SELECT r.oid FROM pg_roles r WHERE r.rolname = current_user)
         AS for_current_user,
       da.oid::int8 AS oid
FROM pg_default_acl da
LEFT JOIN pg_namespace n ON n.oid = da.defaclnamespace
WHERE da.defaclnamespace = 0 OR da.defaclnamespace = ANY (%(namespaces)s::oid[])
ORDER BY 1, 2, 3
