-- Statistics targets (ALTER TABLE ... ALTER COLUMN ... SET STATISTICS) added to columns.
CREATE TABLE public.orders (id integer PRIMARY KEY, customer integer, status text, total numeric);
ALTER TABLE public.orders ALTER COLUMN customer SET STATISTICS 1000;
ALTER TABLE public.orders ALTER COLUMN status SET STATISTICS 0;
