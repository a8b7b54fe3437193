CREATE TABLE public.keeper (id integer);
