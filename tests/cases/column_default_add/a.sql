CREATE TABLE public.job (id integer PRIMARY KEY, state text, attempts integer, queued_at timestamptz, token uuid);
