-- A user mapping's options added, changed, dropped and reordered; another's all dropped.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE USER MAPPING FOR PUBLIC SERVER s OPTIONS (user 'guest', role 'ro', schema 'a');
CREATE USER MAPPING FOR schemadiff_reader SERVER s OPTIONS (user 'reader');
