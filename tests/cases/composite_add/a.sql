CREATE TABLE public.shop (id integer PRIMARY KEY);
