CREATE TABLE public.address (street text, city text, zip text);
CREATE TABLE public.shop (id integer PRIMARY KEY, location public.address, branches public.address[]);
CREATE FUNCTION public.city_of(a public.address) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT (a).city $$;
CREATE VIEW public.shop_city AS SELECT id, public.city_of(location) AS city FROM public.shop;
