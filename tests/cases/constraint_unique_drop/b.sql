CREATE TABLE public.account (id integer PRIMARY KEY, email text UNIQUE, handle text);
