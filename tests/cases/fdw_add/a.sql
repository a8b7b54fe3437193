-- Foreign data wrappers added: one bare, one with a validator (a plain function) and
-- options, comment and a grant; one with postgres_fdw's handler and validator.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE EXTENSION postgres_fdw;
CREATE FUNCTION public.accept_all(text[], oid) RETURNS void LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE FUNCTION public.accept_all_too(text[], oid) RETURNS void LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE TABLE public.t (id int);
