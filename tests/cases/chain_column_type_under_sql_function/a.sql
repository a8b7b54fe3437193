-- A SQL-standard function body (BEGIN ATOMIC) records a dependency on the column,
-- so PostgreSQL refuses ALTER COLUMN TYPE until the function is dropped.
CREATE TABLE public.item (id integer PRIMARY KEY, weight integer NOT NULL);
CREATE FUNCTION public.total_weight() RETURNS bigint LANGUAGE sql STABLE
    BEGIN ATOMIC SELECT sum(weight) FROM public.item; END;
CREATE FUNCTION public.heavy_items() RETURNS SETOF integer LANGUAGE sql STABLE
    BEGIN ATOMIC SELECT id FROM public.item WHERE weight > 100; END;
