DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.orders (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric);
ALTER TABLE public.orders OWNER TO schemadiff_owner;
CREATE TABLE public.customer (id integer PRIMARY KEY);
ALTER TABLE public.customer OWNER TO schemadiff_admin;
