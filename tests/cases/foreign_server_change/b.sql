-- A server's VERSION (changed, added, removed), options (ADD / SET / DROP, order), comment
-- and grants change in place; its user mapping and foreign table stay.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s VERSION '2.0' FOREIGN DATA WRAPPER w OPTIONS (dbname 'y', host 'a.invalid', sslmode 'require');
COMMENT ON SERVER s IS 'after';
GRANT USAGE ON FOREIGN SERVER s TO schemadiff_writer;
CREATE SERVER s2 VERSION '9.6' FOREIGN DATA WRAPPER w;
CREATE SERVER s3 FOREIGN DATA WRAPPER w OPTIONS (keep 'me');
CREATE USER MAPPING FOR schemadiff_reader SERVER s OPTIONS (user 'reader');
CREATE FOREIGN TABLE public.ft (id int) SERVER s;
