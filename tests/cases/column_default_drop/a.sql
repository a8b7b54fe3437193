CREATE TABLE public.job (id integer PRIMARY KEY, state text DEFAULT 'queued', attempts integer DEFAULT 0);
