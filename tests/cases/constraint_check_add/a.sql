CREATE TABLE public.product (id integer PRIMARY KEY, price numeric, discount numeric, sku text);
