-- A changed return type needs DROP FUNCTION + CREATE FUNCTION, and the view using it must follow.
CREATE FUNCTION public.price_of(item integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT item * 100 $$;
CREATE VIEW public.prices AS SELECT g AS item, public.price_of(g) AS price FROM generate_series(1, 3) g;
