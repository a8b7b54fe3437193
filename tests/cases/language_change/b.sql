-- A language made trusted, given an inline handler and rid of its validator, in place with
-- CREATE OR REPLACE LANGUAGE: the function written in it and its grants stay.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION public.doc_handler() RETURNS language_handler
    LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE FUNCTION public.doc_inline(internal) RETURNS void
    LANGUAGE c STRICT AS '$libdir/plpgsql', 'plpgsql_inline_handler';
CREATE FUNCTION public.doc_validator(oid) RETURNS void
    LANGUAGE c STRICT AS '$libdir/plpgsql', 'plpgsql_validator';
CREATE TRUSTED LANGUAGE doc_lang HANDLER public.doc_handler INLINE public.doc_inline;
CREATE FUNCTION public.answer() RETURNS integer LANGUAGE doc_lang AS $$ BEGIN RETURN 42; END $$;
GRANT EXECUTE ON FUNCTION public.answer() TO schemadiff_reader;
