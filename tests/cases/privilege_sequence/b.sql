DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SEQUENCE public.ticket_seq;
CREATE SEQUENCE public.other_seq;
GRANT SELECT ON SEQUENCE public.ticket_seq TO schemadiff_reader;
GRANT USAGE, SELECT, UPDATE ON SEQUENCE public.ticket_seq TO schemadiff_writer;
