-- Objects of kinds no model may describe that depend (deptype 'n') on another object: an
-- operator or cast over a function, a rule using a table or function, a text search
-- configuration using a parser... PostgreSQL refuses to drop what they use while they
-- exist. inspect/__init__.py keeps those whose dependent is not modelled (by its catalog
-- identity) and whose referenced object is, so the plan can drop them first (by the
-- address pg_identify_object gives) or say why it cannot.
SELECT d.classid::regclass::text AS catalog,
       d.objid::int8 AS oid,
       d.refclassid::regclass::text AS ref_catalog,
       d.refobjid::int8 AS ref_oid,
       d.refobjsubid::int AS ref_sub,
       io.type,
       io.identity
-- OFFSET 0 keeps the filters below pg_identify_object: the planner otherwise identified
-- every view's rule before the anti-joins dropped them (most of this query's time).
FROM (SELECT d.* FROM pg_depend d
      WHERE d.deptype = 'n'
        AND d.objid >= 16384
        AND d.objsubid = 0
        AND d.refobjid >= 16384
        AND d.classid = ANY (ARRAY['pg_operator', 'pg_opclass', 'pg_opfamily', 'pg_cast',
                                   'pg_ts_config', 'pg_ts_dict', 'pg_ts_template',
                                   'pg_ts_parser', 'pg_conversion', 'pg_rewrite',
                                   'pg_statistic_ext', 'pg_foreign_data_wrapper',
                                   'pg_foreign_server', 'pg_language']::regclass[])
        -- A view's own rule is the view.
        AND NOT EXISTS (SELECT 1 FROM pg_rewrite r
                        WHERE d.classid = 'pg_rewrite'::regclass AND r.oid = d.objid
                          AND r.rulename = '_RETURN')
        AND NOT EXISTS (SELECT 1 FROM pg_depend e
                        WHERE e.classid = d.classid AND e.objid = d.objid
                          AND e.deptype = 'e')
      OFFSET 0) d
CROSS JOIN LATERAL pg_identify_object(d.classid, d.objid, 0) io
ORDER BY 1, 2, 3, 4, 5
