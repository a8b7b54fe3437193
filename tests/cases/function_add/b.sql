CREATE TABLE public.orders (id integer PRIMARY KEY, total numeric);
CREATE FUNCTION public.add_tax(amount numeric, rate numeric DEFAULT 0.2) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT round(amount * (1 + rate), 2) $$;
CREATE FUNCTION public.order_count() RETURNS bigint
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN (SELECT count(*) FROM public.orders);
END
$$;
CREATE FUNCTION public.orders_over(threshold numeric) RETURNS SETOF public.orders
    LANGUAGE sql STABLE ROWS 50
    AS $$ SELECT * FROM public.orders WHERE total > threshold $$;
CREATE FUNCTION public.order_pairs(OUT a integer, OUT b integer) RETURNS SETOF record
    LANGUAGE sql
    AS $$ SELECT o1.id, o2.id FROM public.orders o1, public.orders o2 $$;
CREATE FUNCTION public.totals() RETURNS TABLE(id integer, total numeric)
    LANGUAGE sql
    BEGIN ATOMIC
        SELECT id, total FROM public.orders;
    END;
