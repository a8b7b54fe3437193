CREATE TABLE public.product (id integer PRIMARY KEY, price numeric, stock integer CHECK (stock >= 0));
