CREATE TABLE public.kept (id integer);
