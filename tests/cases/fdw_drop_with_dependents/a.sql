-- A wrapper dropped with everything using it: its validator function, a server, a user
-- mapping and a foreign table with a view on it.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION public.accept_all(text[], oid) RETURNS void LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE FUNCTION public.accept_all_too(text[], oid) RETURNS void LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE FOREIGN DATA WRAPPER w VALIDATOR public.accept_all;
CREATE SERVER s FOREIGN DATA WRAPPER w OPTIONS (host 'remote.invalid');
CREATE USER MAPPING FOR PUBLIC SERVER s OPTIONS (user 'guest');
CREATE FOREIGN TABLE public.ft (id int, name text) SERVER s OPTIONS (table_name 'items');
CREATE VIEW public.v AS SELECT id FROM public.ft;
