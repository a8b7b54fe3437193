CREATE DOMAIN public.price AS numeric(14,4) CONSTRAINT price_nonneg CHECK (VALUE >= 0);
CREATE TYPE public.cart_line AS (sku text, qty integer, unit_price public.price);
CREATE FUNCTION public.line_total(l public.cart_line) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT (l).qty * (l).unit_price $$;
CREATE TABLE public.cart (id integer PRIMARY KEY, line public.cart_line);
CREATE VIEW public.cart_value AS SELECT id, public.line_total(line) AS value FROM public.cart;
