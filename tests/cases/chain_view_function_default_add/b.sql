CREATE SEQUENCE public.order_code_seq;
CREATE FUNCTION public.next_order_code() RETURNS text
    LANGUAGE sql VOLATILE
    AS $$ SELECT 'ORD-' || lpad(nextval('public.order_code_seq')::text, 8, '0') $$;
CREATE FUNCTION public.net_amount(gross numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT round(gross / 1.2, 2) $$;
CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    amount numeric NOT NULL,
    code text NOT NULL DEFAULT public.next_order_code()
);
CREATE VIEW public.order_net AS SELECT id, code, public.net_amount(amount) AS net FROM public.orders;
CREATE VIEW public.order_net_positive AS SELECT id, code, net FROM public.order_net WHERE net > 0;
CREATE VIEW public.order_net_total AS SELECT count(*) AS n, sum(net) AS total FROM public.order_net_positive;
