-- Aggregates with every CREATE AGGREGATE option; support functions schema-qualified.
WITH fn AS (
    SELECT p.oid, format('%%I.%%I', n.nspname, p.proname) AS name
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
)
SELECT n.nspname AS schema,
       p.proname AS name,
       pg_get_function_identity_arguments(p.oid) AS signature,
       pg_get_function_arguments(p.oid) AS arguments,
       a.aggkind::text AS aggregate_kind,
       (SELECT fn.name FROM fn WHERE fn.oid = a.aggtransfn) AS sfunc,
       format_type(a.aggtranstype, NULL) AS stype,
       a.aggtransspace::int AS sspace,
       (SELECT fn.name FROM fn WHERE fn.oid = a.aggfinalfn) AS finalfunc,
       a.aggfinalextra AS finalfunc_extra,
       a.aggfinalmodify::text AS finalfunc_modify,
       (SELECT fn.name FROM fn WHERE fn.oid = a.aggcombinefn) AS combinefunc,
       (SELECT fn.name FROM fn WHERE fn.oid = a.aggserialfn) AS serialfunc,
       (SELECT fn.name FROM fn WHERE fn.oid = a.aggdeserialfn) AS deserialfunc,
       a.agginitval AS initcond,
       (SELECT fn.name FROM fn WHERE fn.oid = a.aggmtransfn) AS msfunc,
       (SELECT fn.name FROM fn WHERE fn.oid = a.aggminvtransfn) AS minvfunc,
       CASE WHEN a.aggmtranstype <> 0 THEN format_type(a.aggmtranstype, NULL) END AS mstype,
       a.aggmtransspace::int AS msspace,
       (SELECT fn.name FROM fn WHERE fn.oid = a.aggmfinalfn) AS mfinalfunc,
       a.aggmfinalextra AS mfinalfunc_extra,
       a.aggmfinalmodify::text AS mfinalfunc_modify,
       a.aggminitval AS minitcond,
       CASE WHEN a.aggsortop <> 0 THEN
         (SELECT format('OPERATOR(%%I.%%s)', opn.nspname, o.oprname)
            FROM pg_operator o JOIN pg_namespace opn ON opn.oid = o.oprnamespace
           WHERE o.oid = a.aggsortop) END AS sortop,
       p.proparallel::text AS parallel,
       pg_get_function_result(p.oid) AS result,
       p.oid::int8 AS oid
FROM pg_proc p
JOIN pg_aggregate a ON a.aggfnoid = p.oid
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind = 'a'
  AND p.pronamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2, 3
