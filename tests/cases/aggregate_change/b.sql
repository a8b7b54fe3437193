CREATE FUNCTION public.mul_sfunc(state numeric, x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT state * x $$;
CREATE FUNCTION public.round_final(state numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT round(state, 2) $$;
CREATE AGGREGATE public.product(numeric) (
    SFUNC = public.mul_sfunc, STYPE = numeric, INITCOND = '1',
    FINALFUNC = public.round_final, COMBINEFUNC = public.mul_sfunc, PARALLEL = SAFE
);
COMMENT ON AGGREGATE public.product(numeric) IS 'Multiply all values, rounded to cents';
