CREATE TABLE public.ticket (id integer PRIMARY KEY, status text);
