CREATE TABLE public.device (id integer PRIMARY KEY);
