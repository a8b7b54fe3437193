CREATE TABLE public.legacy (id serial PRIMARY KEY, name text);
