-- A wrapper dropped with everything using it: its validator function, a server, a user
-- mapping and a foreign table with a view on it.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION public.accept_all_too(text[], oid) RETURNS void LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
