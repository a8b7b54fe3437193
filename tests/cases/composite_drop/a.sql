CREATE TYPE public.address AS (street text, city text);
CREATE TYPE public.point3 AS (x float8, y float8, z float8);
CREATE FUNCTION public.origin() RETURNS public.point3 LANGUAGE sql AS $$ SELECT ROW(0, 0, 0)::public.point3 $$;
