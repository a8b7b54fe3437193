CREATE TABLE public.account (id integer PRIMARY KEY, email text, tenant integer, handle text);
