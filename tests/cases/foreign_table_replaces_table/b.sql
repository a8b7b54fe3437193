-- A table replaced by a foreign table of the same name (and back): the view on it and its
-- grant follow; the sequence its default uses stays.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE SEQUENCE public.ids;
CREATE FOREIGN TABLE public.items (id bigint NOT NULL DEFAULT nextval('public.ids'), name text) SERVER s;
GRANT SELECT ON public.items TO schemadiff_reader;
CREATE VIEW public.names AS SELECT name FROM public.items;
