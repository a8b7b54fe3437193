-- Columns added to or dropped from a parent propagate to its children by themselves:
-- the migration must not add or drop them on the children again.
CREATE TABLE public.animal (id integer NOT NULL, name text);
CREATE TABLE public.dog (bark_volume integer) INHERITS (public.animal);
CREATE TABLE public.cat (lives smallint DEFAULT 9) INHERITS (public.animal);
