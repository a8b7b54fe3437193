CREATE FUNCTION public.clamp(x integer, lo integer, hi integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT greatest(lo, least(hi, x)) $$;
CREATE FUNCTION public.clamp(x numeric, lo numeric, hi numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT greatest(lo, least(hi, x)) $$;
COMMENT ON FUNCTION public.clamp(integer, integer, integer) IS 'Clamp an integer';
