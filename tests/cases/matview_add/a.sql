CREATE TABLE public.sale (id integer PRIMARY KEY, region text, amount numeric);
