CREATE TABLE public.orders (id integer PRIMARY KEY, customer integer, total numeric, status text);
CREATE INDEX orders_customer_idx ON public.orders (customer) INCLUDE (total);
CREATE UNIQUE INDEX orders_id_cover_idx ON public.orders (id);
