CREATE TABLE public.signup (id integer PRIMARY KEY, email text NOT NULL, referrer text NOT NULL);
