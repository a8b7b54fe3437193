-- Functions, procedures and window functions (aggregates are aggregate.sql), keyed by
-- their identity arguments. Every attribute that changes behaviour is its own column;
-- pg_get_functiondef is the statement that re-creates the routine exactly.
SELECT n.nspname AS schema,
       p.proname AS name,
       pg_get_function_identity_arguments(p.oid) AS signature,
       p.prokind::text AS prokind,
       pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result,
       l.lanname AS language,
       CASE WHEN p.prosqlbody IS NOT NULL THEN pg_get_function_sqlbody(p.oid)
            ELSE p.prosrc END AS body,
       p.prosqlbody IS NOT NULL AS sql_body,
       p.provolatile::text AS volatility,
       p.proisstrict AS strict,
       p.prosecdef AS security_definer,
       p.proleakproof AS leakproof,
       p.proparallel::text AS parallel,
       p.procost::float8 AS cost,
       p.prorows::float8 AS rows,
       COALESCE(p.proconfig, '{}') AS config,
       pg_get_functiondef(p.oid) AS definition,
       ARRAY(SELECT COALESCE(p.proargnames[i], '')
               FROM generate_series(1, COALESCE(array_length(p.proargnames, 1), 0)) i
              WHERE COALESCE(p.proargmodes[i], 'i') IN ('i', 'b', 'v')
              ORDER BY i) AS input_names,
       ARRAY(SELECT format('%%s %%s', COALESCE(p.proargnames[i], ''),
                           format_type(p.proallargtypes[i], NULL))
               FROM generate_series(1, COALESCE(array_length(p.proargmodes, 1), 0)) i
              WHERE p.proargmodes[i] IN ('o', 'b', 't')
              ORDER BY i) AS output_columns,
       p.pronargdefaults::int AS default_count,
       p.oid::int8 AS oid
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
WHERE p.prokind IN ('f', 'p', 'w')
  AND p.pronamespace = ANY (%(namespaces)s::oid[])
  -- 'i': a range type's constructor functions are made and dropped with the type.
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                    AND d.deptype IN ('e', 'i'))
ORDER BY 1, 2, 3
