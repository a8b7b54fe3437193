-- In a, "sales_2024" is a plain table; in b it is a partition of "sales" (ATTACH PARTITION).
-- In a, "sales_2026" is a partition; in b it is a standalone table (DETACH PARTITION).
CREATE TABLE public.sales (
    id bigint NOT NULL,
    sold_on date NOT NULL,
    amount numeric(10,2)
) PARTITION BY RANGE (sold_on);
CREATE TABLE public.sales_2025 PARTITION OF public.sales FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.sales_2026 PARTITION OF public.sales FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE public.sales_2024 (
    id bigint NOT NULL,
    sold_on date NOT NULL,
    amount numeric(10,2)
);
