CREATE FUNCTION public.price_of(item integer) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT item * 100.0 $$;
CREATE VIEW public.prices AS SELECT g AS item, public.price_of(g) AS price FROM generate_series(1, 3) g;
