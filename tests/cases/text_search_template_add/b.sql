-- Templates added (one over functions of its own schema, one without INIT) with a
-- dictionary and a configuration using them.
CREATE SCHEMA lex;
CREATE FUNCTION lex.doc_init(internal) RETURNS internal LANGUAGE internal STRICT AS 'dsimple_init';
CREATE FUNCTION lex.doc_lexize(internal, internal, internal, internal) RETURNS internal
    LANGUAGE internal STRICT AS 'dsimple_lexize';
CREATE TEXT SEARCH TEMPLATE lex.doc_template (INIT = lex.doc_init, LEXIZE = lex.doc_lexize);
CREATE TEXT SEARCH TEMPLATE public.no_init (LEXIZE = dsimple_lexize);
COMMENT ON TEXT SEARCH TEMPLATE public.no_init IS 'lexize only';
CREATE TEXT SEARCH DICTIONARY public.doc_dict (TEMPLATE = lex.doc_template, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR asciiword WITH public.doc_dict;
CREATE TABLE public.doc (id integer PRIMARY KEY, body text NOT NULL);
CREATE INDEX doc_body_fts ON public.doc USING gin (to_tsvector('public.doc_cfg'::regconfig, body));
