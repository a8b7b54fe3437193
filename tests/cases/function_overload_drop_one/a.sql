CREATE FUNCTION public.fmt(x integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT x::text $$;
CREATE FUNCTION public.fmt(x bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT x::text $$;
CREATE FUNCTION public.fmt(x integer, y integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT x::text || ',' || y::text $$;
