CREATE TABLE public.person (id integer PRIMARY KEY, last_name text, first_name text, born date);
