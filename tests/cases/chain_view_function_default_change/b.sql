CREATE FUNCTION public.next_order_code() RETURNS varchar
    LANGUAGE sql VOLATILE AS $$ SELECT ('ORD-' || floor(random() * 1e6)::text)::varchar $$;
CREATE FUNCTION public.net_amount(gross numeric) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT round(gross / 1.2, 2)::double precision $$;
CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    amount numeric NOT NULL,
    code text NOT NULL DEFAULT public.next_order_code()
);
CREATE VIEW public.order_net AS SELECT id, code, public.net_amount(amount) AS net FROM public.orders;
CREATE VIEW public.order_net_positive AS SELECT id, code, net FROM public.order_net WHERE net > 0;
CREATE VIEW public.order_net_total AS SELECT count(*) AS n, sum(net) AS total FROM public.order_net_positive;
COMMENT ON VIEW public.order_net_total IS 'Dashboard tile';
