-- Servers added, with TYPE, VERSION, options, a comment and USAGE granted; one of
-- postgres_fdw (an extension's wrapper).
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE EXTENSION postgres_fdw;
CREATE FOREIGN DATA WRAPPER w;
