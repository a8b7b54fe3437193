CREATE TABLE public.shift (id integer PRIMARY KEY);
