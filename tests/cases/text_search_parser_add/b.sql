-- A parser over functions of its own schema (internal functions wrapping the built-in
-- parser's), with a configuration and an index using it: functions, parser, configuration,
-- index in that order (reverse when dropped).
CREATE SCHEMA parsing;
CREATE FUNCTION parsing.doc_start(internal, integer) RETURNS internal
    LANGUAGE internal STRICT AS 'prsd_start';
CREATE FUNCTION parsing.doc_token(internal, internal, internal) RETURNS internal
    LANGUAGE internal STRICT AS 'prsd_nexttoken';
CREATE FUNCTION parsing.doc_end(internal) RETURNS void
    LANGUAGE internal STRICT AS 'prsd_end';
CREATE FUNCTION parsing.doc_lextype(internal) RETURNS internal
    LANGUAGE internal STRICT AS 'prsd_lextype';
CREATE TEXT SEARCH PARSER parsing.doc_parser (
    START = parsing.doc_start, GETTOKEN = parsing.doc_token, END = parsing.doc_end,
    LEXTYPES = parsing.doc_lextype
);
CREATE TEXT SEARCH PARSER public.with_headline (
    START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype,
    HEADLINE = prsd_headline
);
COMMENT ON TEXT SEARCH PARSER public.with_headline IS 'the default parser again';
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg (PARSER = parsing.doc_parser);
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR asciiword, word WITH simple;
CREATE TABLE public.doc (id integer PRIMARY KEY, body text NOT NULL);
CREATE INDEX doc_body_fts ON public.doc USING gin (to_tsvector('public.doc_cfg'::regconfig, body));
