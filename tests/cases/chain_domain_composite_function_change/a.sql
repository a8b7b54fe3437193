-- The domain's base type changes in b (numeric(10,2) -> numeric(14,4)); ALTER DOMAIN cannot do that,
-- so the domain, the composite using it, the functions taking the composite, the column and the view
-- built on them all have to be rebuilt in dependency order.
CREATE DOMAIN public.price AS numeric(10,2) CONSTRAINT price_nonneg CHECK (VALUE >= 0);
CREATE TYPE public.cart_line AS (sku text, qty integer, unit_price public.price);
CREATE FUNCTION public.line_total(l public.cart_line) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT (l).qty * (l).unit_price $$;
CREATE TABLE public.cart (id integer PRIMARY KEY, line public.cart_line);
CREATE VIEW public.cart_value AS SELECT id, public.line_total(line) AS value FROM public.cart;
