CREATE TABLE public.node (id integer PRIMARY KEY, parent integer REFERENCES public.node (id));
