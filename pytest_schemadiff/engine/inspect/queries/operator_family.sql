-- Operator families of the selected schemas with their loose members: the operators and
-- support functions pg_depend ties to the family itself (ALTER OPERATOR FAMILY ... ADD, or
-- what an index method's amadjustmembers moved out of a class), as pg_dump reads them.
-- Members name operators, types and functions qualified, so both sides compare alike.
WITH members AS (
    SELECT ao.amopfamily AS family,
           format('OPERATOR %%s %%I.%%s(%%s, %%s)%%s', ao.amopstrategy, opn.nspname, op.oprname,
                  format_type(ao.amoplefttype, NULL), format_type(ao.amoprighttype, NULL),
                  CASE WHEN ao.amoppurpose = 'o' THEN
                    (SELECT format(' FOR ORDER BY %%I.%%I', sn.nspname, sf.opfname)
                       FROM pg_opfamily sf JOIN pg_namespace sn ON sn.oid = sf.opfnamespace
                      WHERE sf.oid = ao.amopsortfamily)
                  ELSE '' END) AS member,
           format('OPERATOR %%s (%%s, %%s)', ao.amopstrategy,
                  format_type(ao.amoplefttype, NULL), format_type(ao.amoprighttype, NULL))
             AS member_drop,
           ao.amopopr AS ref, 1 AS part
      FROM pg_amop ao
      JOIN pg_depend d ON d.classid = 'pg_amop'::regclass AND d.objid = ao.oid
           AND d.refclassid = 'pg_opfamily'::regclass AND d.refobjid = ao.amopfamily
      JOIN pg_operator op ON op.oid = ao.amopopr
      JOIN pg_namespace opn ON opn.oid = op.oprnamespace
    UNION ALL
    SELECT ap.amprocfamily,
           format('FUNCTION %%s (%%s, %%s) %%I.%%I(%%s)', ap.amprocnum,
                  format_type(ap.amproclefttype, NULL), format_type(ap.amprocrighttype, NULL),
                  pn.nspname, p.proname, oidvectortypes(p.proargtypes)),
           format('FUNCTION %%s (%%s, %%s)', ap.amprocnum,
                  format_type(ap.amproclefttype, NULL), format_type(ap.amprocrighttype, NULL)),
           ap.amproc, 2
      FROM pg_amproc ap
      JOIN pg_depend d ON d.classid = 'pg_amproc'::regclass AND d.objid = ap.oid
           AND d.refclassid = 'pg_opfamily'::regclass AND d.refobjid = ap.amprocfamily
      JOIN pg_proc p ON p.oid = ap.amproc
      JOIN pg_namespace pn ON pn.oid = p.pronamespace
)
SELECT n.nspname AS schema,
       f.opfname AS name,
       am.amname AS method,
       ARRAY(SELECT m.member FROM members m WHERE m.family = f.oid AND m.part = 1
              ORDER BY m.member) AS operators,
       ARRAY(SELECT m.member FROM members m WHERE m.family = f.oid AND m.part = 2
              ORDER BY m.member) AS functions,
       ARRAY(SELECT m.member_drop FROM members m WHERE m.family = f.oid
              ORDER BY m.part, m.member) AS member_drops,
       ARRAY(SELECT m.ref::int8 FROM members m WHERE m.family = f.oid
              ORDER BY m.part, m.member) AS member_uses,
       f.oid::int8 AS oid
FROM pg_opfamily f
JOIN pg_namespace n ON n.oid = f.opfnamespace
JOIN pg_am am ON am.oid = f.opfmethod
WHERE f.opfnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_opfamily'::regclass AND d.objid = f.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2, 3
