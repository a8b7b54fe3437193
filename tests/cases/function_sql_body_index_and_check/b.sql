CREATE FUNCTION public.z_rate() RETURNS numeric LANGUAGE sql STABLE AS 'SELECT 1.5';
CREATE TABLE public.rate_source (id integer, rate numeric DEFAULT public.z_rate());
CREATE FUNCTION public.a_scaled(v integer) RETURNS numeric LANGUAGE sql IMMUTABLE
    AS $$ SELECT v * (SELECT count(*) FROM public.rate_source) $$;
CREATE FUNCTION public.a_positive(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE
    AS $$ SELECT v >= (SELECT count(*) FROM rate_source) $$;
CREATE TABLE public.item (id integer, qty integer);
CREATE INDEX item_scaled ON public.item (public.a_scaled(qty));
ALTER TABLE public.item ADD CONSTRAINT item_qty_check CHECK (public.a_positive(qty));
