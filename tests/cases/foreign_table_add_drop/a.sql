-- Foreign tables added (columns with options, NOT NULL, defaults, a collation; CHECK
-- constraints; table options; comments on it and a column; table and column grants) and
-- one dropped, on file_fdw's and a plain wrapper's servers.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE EXTENSION file_fdw;
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE SERVER files FOREIGN DATA WRAPPER file_fdw;
CREATE FOREIGN TABLE public.gone (id int) SERVER s;
