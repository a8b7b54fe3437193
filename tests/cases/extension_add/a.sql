CREATE TABLE public.doc (id integer PRIMARY KEY, body text);
