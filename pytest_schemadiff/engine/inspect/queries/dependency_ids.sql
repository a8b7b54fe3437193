-- The pg_depend identities that stand for another object, and the object our models
-- describe in their place (inspect._dependencies maps every other identity to itself):
--   a view's rewrite rule (_RETURN; other rules are models of their own) -> the view;
--   a column default -> the column; a foreign table's constraint -> the foreign table;
--   a relation's row type -> the relation; an array type -> its element type (and an array
--   of a row type -> the relation); a domain's constraint -> the domain;
--   a multirange type -> its range type; an operator class's or family's member -> it;
--   the index behind a PK / UNIQUE / EXCLUDE constraint -> the constraint;
--   anything that belongs to an extension -> the extension.
-- Read straight from those catalogs, not joined to pg_depend's rows: that join was the
-- most expensive query of an inspection. ``id`` packs (classid, objid, objsubid) into one
-- number as dependencies.sql does (one int per identity is what Python keeps in memory).
WITH stand_in(classid, objid, cls, oid, sub) AS (
    -- Only a view's own rule: another rule is an object of its own (that what it uses
    -- is then its table's would have a table re-created when a table its rule writes
    -- to is dropped).
    SELECT 'pg_rewrite'::regclass, r.oid, 'pg_class'::regclass, r.ev_class, 0
      FROM pg_rewrite r WHERE r.oid >= 16384 AND r.rulename = '_RETURN'
    UNION ALL
    SELECT 'pg_attrdef'::regclass, ad.oid, 'pg_class'::regclass, ad.adrelid, ad.adnum::int
      FROM pg_attrdef ad WHERE ad.oid >= 16384
    UNION ALL
    SELECT 'pg_type'::regclass, t.oid,
           CASE WHEN t.typrelid <> 0 THEN 'pg_class' ELSE 'pg_type' END::regclass,
           CASE WHEN t.typrelid <> 0 THEN t.typrelid ELSE t.typelem END, 0
      FROM pg_type t
     WHERE t.oid >= 16384 AND (t.typrelid <> 0 OR (t.typcategory = 'A' AND t.typelem <> 0))
    UNION ALL
    SELECT 'pg_constraint'::regclass, con.oid, 'pg_type'::regclass, con.contypid, 0
      FROM pg_constraint con WHERE con.contypid <> 0 AND con.oid >= 16384
    UNION ALL
    -- A foreign table's CHECK constraint -> the foreign table (fdw).
    SELECT 'pg_constraint'::regclass, con.oid, 'pg_class'::regclass, con.conrelid, 0
      FROM pg_constraint con JOIN pg_class fc ON fc.oid = con.conrelid AND fc.relkind = 'f'
     WHERE con.oid >= 16384
    UNION ALL
    SELECT 'pg_type'::regclass, mr.rngmultitypid, 'pg_type'::regclass, mr.rngtypid, 0
      FROM pg_range mr WHERE mr.rngmultitypid >= 16384
    UNION ALL
    -- An operator class's or family's member (pg_amop, pg_amproc) -> the class pg_depend
    -- ties it to, else its family (a loose member).
    SELECT m.classid, m.objid,
           CASE WHEN cd.refobjid IS NOT NULL THEN 'pg_opclass' ELSE 'pg_opfamily' END::regclass,
           COALESCE(cd.refobjid, m.family), 0
      FROM (SELECT 'pg_amop'::regclass, ao.oid, ao.amopfamily FROM pg_amop ao
             WHERE ao.oid >= 16384
            UNION ALL
            SELECT 'pg_amproc'::regclass, ap.oid, ap.amprocfamily FROM pg_amproc ap
             WHERE ap.oid >= 16384) m(classid, objid, family)
      LEFT JOIN pg_depend cd ON cd.classid = m.classid AND cd.objid = m.objid
           AND cd.refclassid = 'pg_opclass'::regclass
    UNION ALL
    SELECT 'pg_class'::regclass, i.indexrelid, 'pg_constraint'::regclass, con.oid, 0
      FROM pg_index i
      JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
           AND con.contype IN ('p', 'u', 'x')
     WHERE i.indexrelid >= 16384
),
members AS (
    SELECT e.classid, e.objid, e.refobjid AS extension
      FROM pg_depend e WHERE e.deptype = 'e'
),
mapped AS (
    -- One more level for an array of a row type, then extension membership.
    SELECT s.classid, s.objid,
           CASE WHEN m.extension IS NOT NULL THEN 'pg_extension'
                WHEN rt.typrelid IS NOT NULL THEN 'pg_class'
                ELSE s.cls::text END AS cls,
           COALESCE(m.extension, rt.typrelid, s.oid) AS oid,
           CASE WHEN m.extension IS NOT NULL OR rt.typrelid IS NOT NULL THEN 0
                ELSE s.sub END AS sub
      FROM stand_in s
      LEFT JOIN pg_type rt ON s.cls = 'pg_type'::regclass AND rt.oid = s.oid
           AND rt.typrelid <> 0
      LEFT JOIN members m ON m.classid = s.cls AND m.objid = s.oid
    UNION ALL
    -- Extension members themselves (any sub-object: a column of an extension's table).
    SELECT m.classid, m.objid, 'pg_extension', m.extension, 0 FROM members m
)
SELECT ((classid::int8 << 48) | (objid::int8 << 16)) AS id,
       cls AS catalog, oid::int8 AS oid, sub::int AS sub
FROM mapped
