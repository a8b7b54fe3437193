-- Servers added, with TYPE, VERSION, options, a comment and USAGE granted; one of
-- postgres_fdw (an extension's wrapper).
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE EXTENSION postgres_fdw;
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER plain FOREIGN DATA WRAPPER w;
CREATE SERVER "Full Server" TYPE 'oracle' VERSION '19c' FOREIGN DATA WRAPPER w OPTIONS (host 'db.invalid', port '1521');
COMMENT ON SERVER "Full Server" IS 'it''s remote';
GRANT USAGE ON FOREIGN SERVER "Full Server" TO schemadiff_reader;
CREATE SERVER pg FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'pg.invalid', dbname 'app', fetch_size '500');
