CREATE TABLE public.customer (id integer PRIMARY KEY);
CREATE TABLE public.orders (
    id bigint NOT NULL,
    placed date NOT NULL,
    customer_id integer NOT NULL DEFAULT 0 CONSTRAINT orders_customer_fkey REFERENCES public.customer (id),
    note text CHECK (note <> ''),
    PRIMARY KEY (id, placed)
) PARTITION BY RANGE (placed);
CREATE TABLE public.orders_2025 PARTITION OF public.orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.orders_2026 PARTITION OF public.orders FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER orders_noop BEFORE INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE INDEX orders_customer_idx ON public.orders (customer_id);
