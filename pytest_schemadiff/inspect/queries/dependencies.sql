-- Catalog dependencies between user objects, as pg_depend records them, with each side
-- normalized to the object our models describe:
--   a view's rewrite rule -> the view; a column default -> the column;
--   a relation's row type -> the relation; an array type -> its element type;
--   the index behind a PK / UNIQUE / EXCLUDE constraint -> the constraint;
--   anything that belongs to an extension -> the extension.
-- deptype 'n' (normal) and 'a' (auto) only: internal and extension-membership links say
-- "part of", not "uses".
WITH edges AS (
    SELECT d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, d.refobjsubid,
           d.deptype
    FROM pg_depend d
    WHERE d.deptype IN ('n', 'a')
      AND d.objid >= 16384
      AND (d.refobjid >= 16384 OR d.refclassid = 'pg_namespace'::regclass)
),
ids AS (
    SELECT classid, objid, objsubid FROM edges
    UNION
    SELECT refclassid, refobjid, refobjsubid FROM edges
),
step AS (
    SELECT ids.classid, ids.objid, ids.objsubid, x.cls, x.oid, x.sub
    FROM ids
    CROSS JOIN LATERAL (
        SELECT * FROM (
            SELECT 1 AS prio, 'pg_class'::regclass AS cls, r.ev_class AS oid, 0 AS sub
              FROM pg_rewrite r
             WHERE ids.classid = 'pg_rewrite'::regclass AND r.oid = ids.objid
            UNION ALL
            SELECT 1, 'pg_class'::regclass, ad.adrelid, ad.adnum::int
              FROM pg_attrdef ad
             WHERE ids.classid = 'pg_attrdef'::regclass AND ad.oid = ids.objid
            UNION ALL
            SELECT 1, 'pg_class'::regclass, t.typrelid, 0
              FROM pg_type t
             WHERE ids.classid = 'pg_type'::regclass AND t.oid = ids.objid
               AND t.typrelid <> 0
            UNION ALL
            SELECT 1, 'pg_type'::regclass, t.typelem, 0
              FROM pg_type t
             WHERE ids.classid = 'pg_type'::regclass AND t.oid = ids.objid
               AND t.typcategory = 'A' AND t.typelem <> 0
            UNION ALL
            SELECT 1, 'pg_constraint'::regclass, con.oid, 0
              FROM pg_constraint con
             WHERE ids.classid = 'pg_class'::regclass AND con.conindid = ids.objid
               AND con.contype IN ('p', 'u', 'x')
               AND con.conrelid = (SELECT i.indrelid FROM pg_index i
                                    WHERE i.indexrelid = ids.objid)
            UNION ALL
            SELECT 2, ids.classid::regclass, ids.objid, ids.objsubid
        ) candidates
        ORDER BY prio
        LIMIT 1
    ) x
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
SELECT o.cls AS dependent_catalog,
       o.oid::int8 AS dependent_oid,
       o.sub::int AS dependent_sub,
       r.cls AS referenced_catalog,
       r.oid::int8 AS referenced_oid,
       r.sub::int AS referenced_sub,
       e.deptype::text AS deptype
FROM edges e
JOIN norm o ON o.classid = e.classid AND o.objid = e.objid AND o.objsubid = e.objsubid
JOIN norm r ON r.classid = e.refclassid AND r.objid = e.refobjid
           AND r.objsubid = e.refobjsubid
