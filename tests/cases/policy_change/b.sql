DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.doc (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user, published boolean, tenant integer);
ALTER TABLE public.doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_using ON public.doc USING (owner = current_user OR published);
CREATE POLICY p_check ON public.doc FOR UPDATE USING (true) WITH CHECK (owner = current_user AND tenant IS NOT NULL);
CREATE POLICY p_roles ON public.doc FOR SELECT TO schemadiff_reader, schemadiff_writer USING (published);
CREATE POLICY p_command ON public.doc FOR DELETE USING (published);
CREATE POLICY p_kind ON public.doc AS RESTRICTIVE USING (tenant = 1);
