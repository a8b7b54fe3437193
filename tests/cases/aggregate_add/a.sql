CREATE FUNCTION public.mul_sfunc(state numeric, x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT state * x $$;
