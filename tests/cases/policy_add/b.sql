DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.doc (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user, tenant integer, published boolean);
ALTER TABLE public.doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_owner_all ON public.doc USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY doc_read_published ON public.doc FOR SELECT TO schemadiff_reader USING (published);
CREATE POLICY doc_tenant ON public.doc AS RESTRICTIVE FOR ALL TO PUBLIC
    USING (tenant = current_setting('app.tenant', true)::integer);
CREATE POLICY doc_insert ON public.doc FOR INSERT WITH CHECK (tenant IS NOT NULL);
