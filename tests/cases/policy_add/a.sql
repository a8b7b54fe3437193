DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.doc (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user, tenant integer, published boolean);
ALTER TABLE public.doc ENABLE ROW LEVEL SECURITY;
