-- A wrapper's handler, validator, options (added, changed, dropped, reordered), comment and
-- grants change in place.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE EXTENSION postgres_fdw;
CREATE FUNCTION public.accept_all(text[], oid) RETURNS void LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE FUNCTION public.accept_all_too(text[], oid) RETURNS void LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE FOREIGN DATA WRAPPER w VALIDATOR public.accept_all OPTIONS (a '1', b '2', c '3');
COMMENT ON FOREIGN DATA WRAPPER w IS 'before';
GRANT USAGE ON FOREIGN DATA WRAPPER w TO schemadiff_reader;
CREATE FOREIGN DATA WRAPPER h;
CREATE FOREIGN DATA WRAPPER v VALIDATOR public.accept_all;
