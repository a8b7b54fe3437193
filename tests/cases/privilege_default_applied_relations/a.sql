-- Default privileges of the role running the migration (no FOR ROLE) are granted by
-- PostgreSQL when the migration creates a relation in the schema: the plan must start
-- from them, not from the built-in default.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO schemadiff_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE ON SEQUENCES TO schemadiff_writer;
CREATE TABLE app.only_a (id integer);
REVOKE SELECT ON app.only_a FROM schemadiff_reader;
GRANT UPDATE ON app.only_a TO schemadiff_writer;
