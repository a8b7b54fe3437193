-- Foreign tables added (columns with options, NOT NULL, defaults, a collation; CHECK
-- constraints; table options; comments on it and a column; table and column grants) and
-- one dropped, on file_fdw's and a plain wrapper's servers.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE EXTENSION file_fdw;
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE SERVER files FOREIGN DATA WRAPPER file_fdw;
CREATE SEQUENCE public.ids;
CREATE FOREIGN TABLE public.items (
    id bigint OPTIONS (column_name 'item_id', "Odd" 'x') NOT NULL DEFAULT nextval('public.ids'),
    name text COLLATE "C" NOT NULL,
    price numeric(10,2) DEFAULT 0,
    CONSTRAINT price_positive CHECK (price >= 0),
    CHECK (name <> '')
) SERVER s OPTIONS (schema_name 'shop', table_name 'items');
COMMENT ON FOREIGN TABLE public.items IS 'items elsewhere';
COMMENT ON COLUMN public.items.name IS 'the name';
GRANT SELECT ON public.items TO schemadiff_reader;
GRANT UPDATE (price) ON public.items TO schemadiff_writer;
CREATE FOREIGN TABLE public.csv (line text) SERVER files OPTIONS (filename '/dev/null', format 'csv');
CREATE FOREIGN TABLE public.empty () SERVER s;
