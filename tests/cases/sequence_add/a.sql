CREATE TABLE public.invoice (id integer PRIMARY KEY, number bigint);
