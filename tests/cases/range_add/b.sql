CREATE FUNCTION public.float8_diff(a float8, b float8) RETURNS float8 LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT a - b $$;
CREATE TYPE public.floatrange AS RANGE (subtype = float8, subtype_diff = public.float8_diff);
CREATE TYPE public.timerange AS RANGE (subtype = time, multirange_type_name = public.timemultirange);
CREATE TYPE public.textrange_c AS RANGE (subtype = text, collation = "C");
CREATE TABLE public.shift (id integer PRIMARY KEY, hours public.timerange, many public.timemultirange);
