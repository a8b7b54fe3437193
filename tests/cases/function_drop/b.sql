CREATE FUNCTION public.double_it(integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT $1 * 2 $$;
