-- A procedural language added over handler functions of the schema (plpgsql's C functions
-- again), with a function written in it: functions, language, function in that order.
CREATE TABLE public.t (id integer PRIMARY KEY);
CREATE FUNCTION public.doc_handler() RETURNS language_handler
    LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE FUNCTION public.doc_inline(internal) RETURNS void
    LANGUAGE c STRICT AS '$libdir/plpgsql', 'plpgsql_inline_handler';
CREATE FUNCTION public.doc_validator(oid) RETURNS void
    LANGUAGE c STRICT AS '$libdir/plpgsql', 'plpgsql_validator';
CREATE TRUSTED LANGUAGE doc_lang
    HANDLER public.doc_handler INLINE public.doc_inline VALIDATOR public.doc_validator;
COMMENT ON LANGUAGE doc_lang IS 'plpgsql under another name';
CREATE LANGUAGE "Bare lang" HANDLER public.doc_handler;
CREATE FUNCTION public.answer() RETURNS integer LANGUAGE doc_lang AS $$ BEGIN RETURN 42; END $$;
ALTER TABLE public.t ADD COLUMN answer integer DEFAULT public.answer();
