CREATE TABLE public.signup (id integer PRIMARY KEY, email text NOT NULL, phone text);
