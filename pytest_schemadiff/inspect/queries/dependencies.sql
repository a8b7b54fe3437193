-- Catalog dependencies between user objects, as pg_depend records them. Each side is
-- mapped onto a modelled object by dependency_ids.sql (joined in Python: the planner
-- misestimates these CTEs on freshly loaded catalogs and nested-loops for seconds).
-- deptype 'n' (normal) and 'a' (auto) only: internal and extension-membership links say
-- "part of", not "uses".
SELECT d.classid::int8 AS classid, d.objid::int8 AS objid, d.objsubid::int AS objsubid,
       d.refclassid::int8 AS refclassid, d.refobjid::int8 AS refobjid,
       d.refobjsubid::int AS refobjsubid, d.deptype::text AS deptype
FROM pg_depend d
WHERE d.deptype IN ('n', 'a')
  AND d.objid >= 16384
  AND (d.refobjid >= 16384 OR d.refclassid = 'pg_namespace'::regclass)
