DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.orders (id integer PRIMARY KEY, total numeric);
CREATE VIEW public.orders_v AS SELECT id, total FROM public.orders;
CREATE MATERIALIZED VIEW public.orders_mv AS SELECT id, total FROM public.orders;
GRANT SELECT, INSERT ON public.orders_v TO schemadiff_reader;
GRANT SELECT (id) ON public.orders_v TO schemadiff_writer;
