-- A wrapper's handler, validator, options (added, changed, dropped, reordered), comment and
-- grants change in place.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE EXTENSION postgres_fdw;
CREATE FUNCTION public.accept_all(text[], oid) RETURNS void LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE FUNCTION public.accept_all_too(text[], oid) RETURNS void LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE FOREIGN DATA WRAPPER w VALIDATOR public.accept_all_too OPTIONS (c '3', b 'two', d '4');
COMMENT ON FOREIGN DATA WRAPPER w IS 'after';
GRANT USAGE ON FOREIGN DATA WRAPPER w TO schemadiff_writer WITH GRANT OPTION;
CREATE FOREIGN DATA WRAPPER h HANDLER public.postgres_fdw_handler;
CREATE FOREIGN DATA WRAPPER v;
