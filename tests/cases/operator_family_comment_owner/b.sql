DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE OPERATOR FAMILY public.fam USING btree;
CREATE OPERATOR FAMILY public.fam USING hash;
ALTER OPERATOR FAMILY public.fam USING hash OWNER TO schemadiff_owner;
COMMENT ON OPERATOR FAMILY public.fam USING btree IS 'ordering, reversed';
COMMENT ON OPERATOR FAMILY public.fam USING hash IS 'hashing';
