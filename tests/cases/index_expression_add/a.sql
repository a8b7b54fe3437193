CREATE TABLE public.account (id integer PRIMARY KEY, email text, data jsonb, created timestamptz);
