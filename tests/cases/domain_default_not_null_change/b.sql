CREATE DOMAIN public.qty AS integer DEFAULT 0;
CREATE DOMAIN public.label AS text DEFAULT 'unnamed' NOT NULL;
CREATE TABLE public.line (id integer PRIMARY KEY, qty public.qty, label public.label);
