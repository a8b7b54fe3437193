-- domain -> composite type -> function -> (column default, view); created in that order.
CREATE DOMAIN public.quantity AS integer CONSTRAINT quantity_positive CHECK (VALUE > 0);
CREATE TYPE public.cart_line AS (sku text, qty public.quantity, unit_price numeric(10,2));
CREATE FUNCTION public.line_total(l public.cart_line) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT (l).qty * (l).unit_price $$;
CREATE FUNCTION public.empty_line() RETURNS public.cart_line
    LANGUAGE sql IMMUTABLE AS $$ SELECT ROW('none', 1, 0)::public.cart_line $$;
CREATE TABLE public.cart (
    id integer PRIMARY KEY,
    line public.cart_line DEFAULT public.empty_line(),
    lines public.cart_line[] NOT NULL DEFAULT '{}'
);
CREATE VIEW public.cart_value AS SELECT id, public.line_total(line) AS value FROM public.cart;
