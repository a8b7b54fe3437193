-- Ordered-set and hypothetical-set aggregates, and an aggregate without arguments (*).
CREATE TABLE public.reading (v double precision);
CREATE AGGREGATE public.my_pct(double precision ORDER BY double precision) (
    SFUNC = ordered_set_transition, STYPE = internal,
    FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA
);
CREATE AGGREGATE public.my_rank(VARIADIC "any" ORDER BY VARIADIC "any") (
    SFUNC = ordered_set_transition_multi, STYPE = internal,
    FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL
);
CREATE AGGREGATE public.cnt(*) (SFUNC = int8inc, STYPE = int8, INITCOND = '0');
