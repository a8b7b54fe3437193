CREATE TABLE public.cart (id integer PRIMARY KEY);
