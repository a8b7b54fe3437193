CREATE FUNCTION public.clamp(x integer, lo integer, hi integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT greatest(lo, least(hi, x)) $$;
