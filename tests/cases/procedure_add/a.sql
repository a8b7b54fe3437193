CREATE TABLE public.job (id integer PRIMARY KEY, done boolean NOT NULL DEFAULT false);
