-- A parser whose functions change (a headline function added, another token function):
-- no ALTER does that, so the parser is re-created with the configuration and the index
-- that use it.
CREATE FUNCTION public.doc_token(internal, internal, internal) RETURNS internal
    LANGUAGE internal STRICT AS 'prsd_nexttoken';
CREATE TEXT SEARCH PARSER public.doc_parser (
    START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype
);
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg (PARSER = public.doc_parser);
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR asciiword WITH simple;
COMMENT ON TEXT SEARCH CONFIGURATION public.doc_cfg IS 'kept';
CREATE TABLE public.doc (id integer PRIMARY KEY, body text NOT NULL);
CREATE INDEX doc_body_fts ON public.doc USING gin (to_tsvector('public.doc_cfg'::regconfig, body));
