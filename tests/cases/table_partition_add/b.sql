CREATE TABLE public.orders (
    id bigint NOT NULL,
    placed_on date NOT NULL,
    amount numeric(10,2),
    PRIMARY KEY (id, placed_on)
) PARTITION BY RANGE (placed_on);
CREATE TABLE public.orders_2025 PARTITION OF public.orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.orders_2026 PARTITION OF public.orders FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE public.orders_old PARTITION OF public.orders FOR VALUES FROM (MINVALUE) TO ('2025-01-01');
CREATE INDEX orders_amount_idx ON public.orders (amount);
