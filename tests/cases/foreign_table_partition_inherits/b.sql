-- Foreign tables as a partition of a partitioned table (with column options of its own)
-- and as an inheritance child with a column of its own, added.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE TABLE public.events (id int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.events_new PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO (MAXVALUE);
CREATE FOREIGN TABLE public.events_old PARTITION OF public.events FOR VALUES FROM (MINVALUE) TO ('2024-01-01') SERVER s OPTIONS (table_name 'archive');
ALTER FOREIGN TABLE public.events_old ALTER COLUMN at OPTIONS (column_name 'happened');
CREATE TABLE public.base (id int NOT NULL, note text);
CREATE FOREIGN TABLE public.remote_base (extra int) INHERITS (public.base) SERVER s;
