CREATE FUNCTION public.mul_sfunc(state numeric, x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT state * x $$;
CREATE FUNCTION public.concat_sfunc(state text, x text, sep text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN state IS NULL THEN x ELSE state || sep || x END $$;
CREATE FUNCTION public.concat_final(state text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT '[' || coalesce(state, '') || ']' $$;
CREATE FUNCTION public.concat_sfunc_max(state integer, x text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT greatest(state, length(x)) $$;
CREATE AGGREGATE public.product(numeric) (
    SFUNC = public.mul_sfunc,
    STYPE = numeric,
    INITCOND = '1',
    COMBINEFUNC = public.mul_sfunc,
    PARALLEL = SAFE
);
CREATE AGGREGATE public.joined(text, text) (
    SFUNC = public.concat_sfunc,
    STYPE = text,
    FINALFUNC = public.concat_final
);
CREATE AGGREGATE public.max_len(text) (
    SFUNC = public.concat_sfunc_max,
    STYPE = integer,
    INITCOND = '0',
    MSFUNC = public.concat_sfunc_max,
    MINVFUNC = public.concat_sfunc_max,
    MSTYPE = integer,
    MINITCOND = '0'
);
