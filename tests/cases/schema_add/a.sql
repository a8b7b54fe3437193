CREATE TABLE public.anchor (id integer PRIMARY KEY);
