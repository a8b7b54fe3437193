-- Transforms added for a composite type of the schema into a language of the database
-- (functions declared over built-in C symbols; never called), and for a built-in type into
-- plpgsql; a function that uses the first transform comes after it.
CREATE FUNCTION public.doc_handler() RETURNS language_handler
    LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE FUNCTION public.doc_inline(internal) RETURNS void
    LANGUAGE c STRICT AS '$libdir/plpgsql', 'plpgsql_inline_handler';
CREATE FUNCTION public.doc_validator(oid) RETURNS void
    LANGUAGE c STRICT AS '$libdir/plpgsql', 'plpgsql_validator';
CREATE TRUSTED LANGUAGE doc_lang HANDLER public.doc_handler VALIDATOR public.doc_validator;
CREATE TYPE public.pair AS (a integer, b integer);
CREATE FUNCTION public.pair_to_sql(internal) RETURNS public.pair
    LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE FUNCTION public.pair_to_sql_2(internal) RETURNS public.pair
    LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE FUNCTION public.pair_from_sql(internal) RETURNS internal
    LANGUAGE internal IMMUTABLE STRICT AS 'textlike_support';
