-- A configuration dropped (or added) with the table whose generated column, default and
-- index use it: the columns go with their table.
CREATE TEXT SEARCH DICTIONARY public.doc_stop (TEMPLATE = pg_catalog.simple, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR asciiword WITH public.doc_stop;
CREATE TABLE public.doc (
    id integer PRIMARY KEY,
    body text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('public.doc_cfg'::regconfig, body)) STORED,
    lexemes text[] DEFAULT ts_lexize('public.doc_stop'::regdictionary, 'word')
);
CREATE INDEX doc_body_fts ON public.doc USING gin (to_tsvector('public.doc_cfg'::regconfig, body));
CREATE TABLE public.other (id integer PRIMARY KEY);
