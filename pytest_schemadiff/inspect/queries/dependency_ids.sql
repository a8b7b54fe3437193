-- How each object named in dependencies.sql maps onto an object our models describe:
--   a view's rewrite rule -> the view; a column default -> the column;
--   a relation's row type -> the relation; an array type -> its element type;
--   the index behind a PK / UNIQUE / EXCLUDE constraint -> the constraint;
--   a domain's constraint -> the domain; a multirange type -> its range type;
--   anything that belongs to an extension -> the extension.
-- The same links as dependencies.sql. ``id`` packs (classid, objid, objsubid) into one
-- number, as dependencies.sql does: one int per identity is what Python keeps in memory.
WITH edges AS (
    SELECT d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, d.refobjsubid,
           d.deptype
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
),
ids AS (
    SELECT classid, objid, objsubid FROM edges
    UNION
    SELECT refclassid, refobjid, refobjsubid FROM edges
),
step AS (
    -- Plain joins (no per-row subqueries): this runs over every user object's links.
    SELECT ids.classid, ids.objid, ids.objsubid,
           CASE WHEN r.oid IS NOT NULL OR ad.oid IS NOT NULL OR t.typrelid <> 0
                  THEN 'pg_class'::regclass
                WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN 'pg_type'::regclass
                WHEN dcon.oid IS NOT NULL OR mr.rngtypid IS NOT NULL THEN 'pg_type'::regclass
                WHEN con.oid IS NOT NULL THEN 'pg_constraint'::regclass
                ELSE ids.classid::regclass END AS cls,
           CASE WHEN r.oid IS NOT NULL THEN r.ev_class
                WHEN ad.oid IS NOT NULL THEN ad.adrelid
                WHEN t.typrelid <> 0 THEN t.typrelid
                WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem
                WHEN dcon.oid IS NOT NULL THEN dcon.contypid
                WHEN mr.rngtypid IS NOT NULL THEN mr.rngtypid
                WHEN con.oid IS NOT NULL THEN con.oid
                ELSE ids.objid END AS oid,
           CASE WHEN ad.oid IS NOT NULL THEN ad.adnum::int
                WHEN r.oid IS NOT NULL OR t.oid IS NOT NULL OR con.oid IS NOT NULL
                     OR dcon.oid IS NOT NULL OR mr.rngtypid IS NOT NULL THEN 0
                ELSE ids.objsubid END AS sub
    FROM ids
    LEFT JOIN pg_rewrite r ON ids.classid = 'pg_rewrite'::regclass AND r.oid = ids.objid
    LEFT JOIN pg_attrdef ad ON ids.classid = 'pg_attrdef'::regclass AND ad.oid = ids.objid
    LEFT JOIN pg_type t ON ids.classid = 'pg_type'::regclass AND t.oid = ids.objid
         AND (t.typrelid <> 0 OR (t.typcategory = 'A' AND t.typelem <> 0))
    LEFT JOIN pg_index i ON ids.classid = 'pg_class'::regclass AND i.indexrelid = ids.objid
    LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
         AND con.contype IN ('p', 'u', 'x')
    LEFT JOIN pg_constraint dcon ON ids.classid = 'pg_constraint'::regclass
         AND dcon.oid = ids.objid AND dcon.contypid <> 0
    LEFT JOIN pg_range mr ON ids.classid = 'pg_type'::regclass AND mr.rngmultitypid = ids.objid
),
norm AS (
    -- One more level for an array of a table's row type, then extension membership.
    SELECT s.classid, s.objid, s.objsubid,
           CASE WHEN e.refobjid IS NOT NULL THEN 'pg_extension'
                WHEN rt.typrelid IS NOT NULL THEN 'pg_class'
                ELSE s.cls::text END AS cls,
           COALESCE(e.refobjid, rt.typrelid, s.oid) AS oid,
           CASE WHEN e.refobjid IS NOT NULL OR rt.typrelid IS NOT NULL THEN 0
                ELSE s.sub END AS sub
    FROM step s
    LEFT JOIN pg_type rt ON s.cls = 'pg_type'::regclass AND rt.oid = s.oid
         AND rt.typrelid <> 0
    LEFT JOIN pg_depend e ON e.classid = s.cls AND e.objid = s.oid AND e.deptype = 'e'
)
SELECT ((classid::int8 << 48) | (objid::int8 << 16) | (objsubid::int8 & 65535)) AS id,
       cls AS catalog, oid::int8 AS oid, sub::int AS sub
FROM norm
