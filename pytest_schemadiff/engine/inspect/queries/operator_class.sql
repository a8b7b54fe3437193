-- Operator classes of the selected schemas with their members: the operators and support
-- functions pg_depend ties to the class (others of its family are the family's own), in
-- the same text as operator_family.sql.
WITH members AS (
    SELECT d.refobjid AS class,
           format('OPERATOR %%s %%I.%%s(%%s, %%s)%%s', ao.amopstrategy, opn.nspname, op.oprname,
                  format_type(ao.amoplefttype, NULL), format_type(ao.amoprighttype, NULL),
                  CASE WHEN ao.amoppurpose = 'o' THEN
                    (SELECT format(' FOR ORDER BY %%I.%%I', sn.nspname, sf.opfname)
                       FROM pg_opfamily sf JOIN pg_namespace sn ON sn.oid = sf.opfnamespace
                      WHERE sf.oid = ao.amopsortfamily)
                  ELSE '' END) AS member,
           1 AS part
      FROM pg_amop ao
      JOIN pg_depend d ON d.classid = 'pg_amop'::regclass AND d.objid = ao.oid
           AND d.refclassid = 'pg_opclass'::regclass
      JOIN pg_operator op ON op.oid = ao.amopopr
      JOIN pg_namespace opn ON opn.oid = op.oprnamespace
    UNION ALL
    SELECT d.refobjid,
           format('FUNCTION %%s (%%s, %%s) %%I.%%I(%%s)', ap.amprocnum,
                  format_type(ap.amproclefttype, NULL), format_type(ap.amprocrighttype, NULL),
                  pn.nspname, p.proname, oidvectortypes(p.proargtypes)),
           2
      FROM pg_amproc ap
      JOIN pg_depend d ON d.classid = 'pg_amproc'::regclass AND d.objid = ap.oid
           AND d.refclassid = 'pg_opclass'::regclass
      JOIN pg_proc p ON p.oid = ap.amproc
      JOIN pg_namespace pn ON pn.oid = p.pronamespace
)
SELECT n.nspname AS schema,
       c.opcname AS name,
       am.amname AS method,
       format_type(c.opcintype, NULL) AS input_type,
       c.opcdefault AS "default",
       format('%%I.%%I', fn.nspname, f.opfname) AS family,
       CASE WHEN c.opckeytype <> 0 THEN format_type(c.opckeytype, NULL) END AS storage,
       ARRAY(SELECT m.member FROM members m WHERE m.class = c.oid AND m.part = 1
              ORDER BY m.member) AS operators,
       ARRAY(SELECT m.member FROM members m WHERE m.class = c.oid AND m.part = 2
              ORDER BY m.member) AS functions,
       c.oid::int8 AS oid
FROM pg_opclass c
JOIN pg_namespace n ON n.oid = c.opcnamespace
JOIN pg_am am ON am.oid = c.opcmethod
JOIN pg_opfamily f ON f.oid = c.opcfamily
JOIN pg_namespace fn ON fn.oid = f.opfnamespace
WHERE c.opcnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_opclass'::regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2, 3
