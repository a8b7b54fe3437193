CREATE FUNCTION public.mul_sfunc(state numeric, x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT state * x $$;
CREATE AGGREGATE public.product2(numeric) (SFUNC = public.mul_sfunc, STYPE = numeric, INITCOND = '1');
