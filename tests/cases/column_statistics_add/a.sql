-- Statistics targets (ALTER TABLE ... ALTER COLUMN ... SET STATISTICS) added to columns.
CREATE TABLE public.orders (id integer PRIMARY KEY, customer integer, status text, total numeric);
