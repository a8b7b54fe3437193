-- Transforms whose functions change, in place with CREATE OR REPLACE TRANSFORM: the
-- function using the transform stays.
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
CREATE TRANSFORM FOR public.pair LANGUAGE doc_lang (
    TO SQL WITH FUNCTION public.pair_to_sql_2(internal)
);
CREATE FUNCTION public.pair_sum(p public.pair) RETURNS integer
    LANGUAGE doc_lang TRANSFORM FOR TYPE public.pair AS $$ BEGIN RETURN p.a + p.b; END $$;
CREATE TRANSFORM FOR integer LANGUAGE plpgsql (
    FROM SQL WITH FUNCTION textlike_support(internal), TO SQL WITH FUNCTION int4recv(internal)
);
