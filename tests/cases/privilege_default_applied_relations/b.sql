DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO schemadiff_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE ON SEQUENCES TO schemadiff_writer;
CREATE TABLE app.kept (id integer);
CREATE TABLE app.revoked (id integer);
REVOKE SELECT ON app.revoked FROM schemadiff_reader;
CREATE VIEW app.v AS SELECT 1 AS x;
REVOKE ALL ON app.v FROM schemadiff_reader;
GRANT INSERT ON app.v TO schemadiff_writer;
CREATE MATERIALIZED VIEW app.mv AS SELECT 1 AS x;
CREATE SEQUENCE app.s;
REVOKE USAGE ON SEQUENCE app.s FROM schemadiff_writer;
CREATE SEQUENCE app.s2;
CREATE TABLE app.with_serial (id serial);
REVOKE ALL ON SEQUENCE app.with_serial_id_seq FROM schemadiff_writer;
-- Outside the schema the entries do not apply.
CREATE TABLE public.plain (id integer);
