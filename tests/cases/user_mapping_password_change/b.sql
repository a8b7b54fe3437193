-- Secrets of postgres_fdw's user mappings and a server (password, a *_key option) added,
-- changed and dropped; applied with show_secrets (without it the SQL holds placeholders).
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE EXTENSION postgres_fdw;
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER pg FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'pg.invalid', dbname 'app');
CREATE SERVER api FOREIGN DATA WRAPPER w OPTIONS (api_key 'new-key', region 'eu', client_secret 's');
CREATE USER MAPPING FOR PUBLIC SERVER pg OPTIONS (user 'guest', password 'new secret');
CREATE USER MAPPING FOR schemadiff_reader SERVER pg OPTIONS (user 'reader');
CREATE USER MAPPING FOR schemadiff_writer SERVER pg OPTIONS (user 'writer', password 'w''1');
