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
  -- Links no model uses, a third of them: a NOT NULL constraint's (PostgreSQL 18; the
  -- column carries it) and a default's to its own column.
  AND NOT EXISTS (SELECT 1 FROM pg_constraint nn
                  WHERE d.classid = 'pg_constraint'::regclass AND nn.oid = d.objid
                    AND nn.contype = 'n')
  AND NOT EXISTS (SELECT 1 FROM pg_attrdef ad
                  WHERE d.classid = 'pg_attrdef'::regclass AND ad.oid = d.objid
                    AND ad.adrelid = d.refobjid AND ad.adnum = d.refobjsubid)
