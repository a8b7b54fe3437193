CREATE FUNCTION public.fmt(x integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT x::text $$;
CREATE FUNCTION public.fmt(x numeric, places integer DEFAULT 2) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT round(x, places)::text $$;
CREATE FUNCTION public.fmt(x date) RETURNS text LANGUAGE sql STABLE AS $$ SELECT to_char(x, 'YYYY-MM-DD') $$;
CREATE FUNCTION public.fmt(VARIADIC parts text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT array_to_string(parts, ' ') $$;
