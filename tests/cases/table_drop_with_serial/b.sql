CREATE TABLE public.kept (id serial PRIMARY KEY);
