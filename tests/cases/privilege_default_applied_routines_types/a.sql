-- Global and per-schema default privileges of the role running the migration, for
-- functions, procedures, aggregates and types: PUBLIC's EXECUTE / USAGE taken away
-- globally, granted to a reader in one schema. Objects created by the migration start
-- from them.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT EXECUTE ON FUNCTIONS TO schemadiff_reader;
ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE ON TYPES TO schemadiff_reader;
CREATE FUNCTION app.only_a() RETURNS integer LANGUAGE sql AS 'SELECT 1';
GRANT EXECUTE ON FUNCTION app.only_a() TO PUBLIC;
CREATE TYPE app.only_a_enum AS ENUM ('x');
REVOKE USAGE ON TYPE app.only_a_enum FROM schemadiff_reader;
