-- A foreign table changes in place: columns added and dropped, a type, defaults, NOT NULL,
-- column options (ADD / SET / DROP), table options, CHECK constraints added, dropped and
-- changed, comment and grants.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE public.ft (
    id int OPTIONS (column_name 'remote_id', b '2'),
    name text NOT NULL DEFAULT 'y',
    qty int DEFAULT 1,
    added date OPTIONS (format 'iso'),
    CONSTRAINT kept CHECK (qty > 0),
    CONSTRAINT changed CHECK (qty < 1000),
    CONSTRAINT added CHECK (added > '2000-01-01')
) SERVER s OPTIONS (schema_name 's', table_name 'b', updatable 'false');
COMMENT ON FOREIGN TABLE public.ft IS 'after';
GRANT SELECT, INSERT ON public.ft TO schemadiff_writer;
COMMENT ON CONSTRAINT kept ON public.ft IS 'kept, comment changed';
COMMENT ON CONSTRAINT changed ON public.ft IS 're-added, comment stays';
COMMENT ON CONSTRAINT added ON public.ft IS 'new';
COMMENT ON COLUMN public.ft.qty IS 'how many';
COMMENT ON COLUMN public.ft.added IS 'when';
