-- A new table and a new column with targets (set after CREATE TABLE / ADD COLUMN), and a
-- partition whose target differs from its parent's.
CREATE TABLE public.base (id integer PRIMARY KEY);
CREATE TABLE public.log (id integer, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.log_2024 PARTITION OF public.log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
