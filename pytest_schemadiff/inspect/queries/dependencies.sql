-- Catalog dependencies between user objects, as pg_depend records them. Each side is
-- mapped onto a modelled object by dependency_ids.sql (joined in Python: the planner
-- misestimates these CTEs on freshly loaded catalogs and nested-loops for seconds).
-- deptype 'n' (normal) and 'a' (auto) only: internal and extension-membership links say
-- "part of", not "uses".
-- Each side's (classid, objid, objsubid) packed into one number as in dependency_ids.sql.
SELECT ((d.classid::int8 << 48) | (d.objid::int8 << 16) | (d.objsubid::int8 & 65535)) AS id,
       ((d.refclassid::int8 << 48) | (d.refobjid::int8 << 16) | (d.refobjsubid::int8 & 65535)) AS ref_id,
       d.deptype = 'a' AS auto
FROM pg_depend d
WHERE d.deptype IN ('n', 'a')
  AND d.objid >= 16384
  AND (d.refobjid >= 16384 OR d.refclassid = 'pg_namespace'::regclass)
