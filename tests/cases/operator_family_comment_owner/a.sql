-- A family's comment and owner change, and a family of another index method with the
-- same name is told apart (the method is part of its identity).
DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE OPERATOR FAMILY public.fam USING btree;
CREATE OPERATOR FAMILY public.fam USING hash;
COMMENT ON OPERATOR FAMILY public.fam USING btree IS 'ordering';
