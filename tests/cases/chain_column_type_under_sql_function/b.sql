CREATE TABLE public.item (id integer PRIMARY KEY, weight numeric(10,3) NOT NULL);
CREATE FUNCTION public.total_weight() RETURNS bigint LANGUAGE sql STABLE
    BEGIN ATOMIC SELECT sum(weight)::bigint FROM public.item; END;
CREATE FUNCTION public.heavy_items() RETURNS SETOF integer LANGUAGE sql STABLE
    BEGIN ATOMIC SELECT id FROM public.item WHERE weight > 100; END;
