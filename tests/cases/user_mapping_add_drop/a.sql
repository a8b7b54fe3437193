-- User mappings for PUBLIC, a role and the loading role (CURRENT_USER, stored as its name)
-- added and dropped.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE SERVER other FOREIGN DATA WRAPPER w;
CREATE USER MAPPING FOR schemadiff_writer SERVER other OPTIONS (user 'writer');
