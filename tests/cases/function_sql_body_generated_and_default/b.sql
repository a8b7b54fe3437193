CREATE FUNCTION public.z_inner() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'x' $$;
CREATE FUNCTION public.a_label() RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT public.z_inner() || '!' $$;
CREATE FUNCTION public.z_base() RETURNS integer LANGUAGE sql STABLE AS 'SELECT 7';
CREATE TABLE public.price (id integer, amount integer DEFAULT public.z_base());
CREATE FUNCTION public.a_price(v integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT v + (SELECT count(*)::integer FROM public.price) $$;
CREATE TABLE public.orders (
    id integer,
    note text DEFAULT public.a_label(),
    total integer GENERATED ALWAYS AS (public.a_price(id)) STORED
);
