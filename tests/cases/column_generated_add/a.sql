CREATE TABLE public.box (id integer PRIMARY KEY, w numeric NOT NULL, h numeric NOT NULL, first_name text, last_name text);
