-- A foreign table changes in place: columns added and dropped, a type, defaults, NOT NULL,
-- column options (ADD / SET / DROP), table options, CHECK constraints added, dropped and
-- changed, comment and grants.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE public.ft (
    id int OPTIONS (column_name 'id', a '1') NOT NULL,
    name varchar(10) DEFAULT 'x',
    old_col int,
    qty int,
    CONSTRAINT kept CHECK (qty > 0),
    CONSTRAINT changed CHECK (qty < 100),
    CONSTRAINT dropped CHECK (id > 0)
) SERVER s OPTIONS (table_name 'a', schema_name 's');
COMMENT ON FOREIGN TABLE public.ft IS 'before';
GRANT SELECT ON public.ft TO schemadiff_reader;
COMMENT ON CONSTRAINT kept ON public.ft IS 'kept, comment changes';
COMMENT ON CONSTRAINT changed ON public.ft IS 're-added, comment stays';
COMMENT ON COLUMN public.ft.qty IS 'how many';
