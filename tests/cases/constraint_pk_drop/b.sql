CREATE TABLE public.country (code char(2) PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.loose (id integer NOT NULL);
