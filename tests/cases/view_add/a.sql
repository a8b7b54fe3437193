CREATE TABLE public.orders (id integer PRIMARY KEY, customer text, total numeric, paid boolean);
