-- The migration changes default privileges and creates objects they would apply to:
-- objects start from the entries in effect when they are created (dropped entries go
-- first, new and changed ones after the objects of their scope).
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
CREATE SCHEMA reports_early;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO schemadiff_reader;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO schemadiff_reader;
CREATE SCHEMA reports_late;
CREATE TABLE app.only_a (id integer);
CREATE SEQUENCE app.only_a_seq;
