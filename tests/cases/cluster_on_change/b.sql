-- CLUSTER ON moves from one index to another (no SET WITHOUT CLUSTER in between), and is
-- removed from a table (SET WITHOUT CLUSTER).
CREATE TABLE public.sale (id integer PRIMARY KEY, at date, shop integer);
CREATE INDEX sale_at ON public.sale (at);
CREATE INDEX sale_shop ON public.sale (shop);
ALTER TABLE public.sale CLUSTER ON sale_shop;
CREATE TABLE public.shop (id integer PRIMARY KEY);
