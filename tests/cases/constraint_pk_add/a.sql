CREATE TABLE public.country (code char(2) NOT NULL, name text NOT NULL);
CREATE TABLE public.region (country char(2) NOT NULL, code text NOT NULL, name text);
