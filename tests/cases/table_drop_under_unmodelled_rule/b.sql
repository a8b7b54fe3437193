CREATE TABLE public.item (id integer);
