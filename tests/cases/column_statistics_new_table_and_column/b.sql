-- A new table and a new column with targets (set after CREATE TABLE / ADD COLUMN), and a
-- partition whose target differs from its parent's.
CREATE TABLE public.base (id integer PRIMARY KEY, code text);
ALTER TABLE public.base ALTER COLUMN code SET STATISTICS 700;
CREATE TABLE public.extra (id integer, note text);
ALTER TABLE public.extra ALTER COLUMN note SET STATISTICS 5;
CREATE TABLE public.log (id integer, at date NOT NULL) PARTITION BY RANGE (at);
ALTER TABLE ONLY public.log ALTER COLUMN at SET STATISTICS 900;
CREATE TABLE public.log_2024 PARTITION OF public.log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY public.log_2024 ALTER COLUMN id SET STATISTICS 30;
