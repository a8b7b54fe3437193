CREATE TABLE public.job (id integer PRIMARY KEY, state text, attempts integer DEFAULT 0);
