CREATE TABLE public.animal (id integer NOT NULL, born date, weight_kg numeric(6,2) NOT NULL DEFAULT 0);
CREATE TABLE public.dog (bark_volume integer) INHERITS (public.animal);
CREATE TABLE public.cat (lives smallint DEFAULT 9) INHERITS (public.animal);
