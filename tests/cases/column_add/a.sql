CREATE TABLE public.person (id integer PRIMARY KEY, name text NOT NULL);
