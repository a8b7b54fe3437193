CREATE TABLE public.signup (id integer PRIMARY KEY, email text, referrer text);
