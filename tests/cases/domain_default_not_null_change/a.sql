CREATE DOMAIN public.qty AS integer DEFAULT 1 NOT NULL;
CREATE DOMAIN public.label AS text;
CREATE TABLE public.line (id integer PRIMARY KEY, qty public.qty, label public.label);
