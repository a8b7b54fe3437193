-- USAGE on a trusted language granted and revoked from PUBLIC, its owner and comment
-- changed, all in place (the owner in the owners run).
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION public.doc_handler() RETURNS language_handler
    LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE FUNCTION public.doc_inline(internal) RETURNS void
    LANGUAGE c STRICT AS '$libdir/plpgsql', 'plpgsql_inline_handler';
CREATE FUNCTION public.doc_validator(oid) RETURNS void
    LANGUAGE c STRICT AS '$libdir/plpgsql', 'plpgsql_validator';
CREATE TRUSTED LANGUAGE doc_lang HANDLER public.doc_handler VALIDATOR public.doc_validator;
COMMENT ON LANGUAGE doc_lang IS 'old';
CREATE TRUSTED LANGUAGE other_lang HANDLER public.doc_handler;
REVOKE USAGE ON LANGUAGE other_lang FROM PUBLIC;
ALTER LANGUAGE other_lang OWNER TO schemadiff_owner;
