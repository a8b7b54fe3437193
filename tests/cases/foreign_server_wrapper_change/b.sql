-- A server moves to another wrapper and changes TYPE, which ALTER SERVER cannot do: it is
-- dropped and re-created with its user mappings, its foreign table and a view on that,
-- and gets its comment and grant back.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER w1;
CREATE FOREIGN DATA WRAPPER w2;
CREATE SERVER s TYPE 'a' FOREIGN DATA WRAPPER w2 OPTIONS (host 'h.invalid');
COMMENT ON SERVER s IS 'moving';
GRANT USAGE ON FOREIGN SERVER s TO schemadiff_reader;
CREATE SERVER t TYPE 'b' FOREIGN DATA WRAPPER w1;
CREATE USER MAPPING FOR PUBLIC SERVER s OPTIONS (user 'guest');
CREATE USER MAPPING FOR schemadiff_reader SERVER s;
CREATE FOREIGN TABLE public.ft (id int, note text) SERVER s OPTIONS (table_name 'remote');
COMMENT ON FOREIGN TABLE public.ft IS 'remote rows';
CREATE VIEW public.v AS SELECT id FROM public.ft;
