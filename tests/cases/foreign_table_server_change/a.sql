-- A foreign table moves to another server (ALTER FOREIGN TABLE cannot): dropped and
-- re-created, with the view on it, its comment and grant.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s1 FOREIGN DATA WRAPPER w;
CREATE SERVER s2 FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE public.ft (id int, name text) SERVER s1 OPTIONS (table_name 'x');
COMMENT ON FOREIGN TABLE public.ft IS 'moving';
GRANT SELECT ON public.ft TO schemadiff_reader;
CREATE VIEW public.v AS SELECT id, name FROM public.ft;
