-- Owners, comments and grants of ordered-set aggregates and one without arguments: ALTER and
-- COMMENT ON AGGREGATE name them "(x ORDER BY y)" and "(*)", GRANT by their argument types.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE AGGREGATE public.my_pct(double precision ORDER BY double precision) (
    SFUNC = ordered_set_transition, STYPE = internal,
    FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA
);
CREATE AGGREGATE public.my_rank(VARIADIC "any" ORDER BY VARIADIC "any") (
    SFUNC = ordered_set_transition_multi, STYPE = internal,
    FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL
);
CREATE AGGREGATE public.cnt(*) (SFUNC = int8inc, STYPE = int8, INITCOND = '0');
