-- Mappings added, dropped, re-ordered and changed in place: the index, generated column and
-- view computed with the configuration are not re-created.
CREATE TEXT SEARCH DICTIONARY public.doc_stop (TEMPLATE = pg_catalog.simple, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg
    ADD MAPPING FOR asciiword, word WITH public.doc_stop, english_stem;
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR numword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR email, url WITH simple;
CREATE TABLE public.doc (
    id integer PRIMARY KEY,
    body text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('public.doc_cfg'::regconfig, body)) STORED
);
CREATE INDEX doc_body_fts ON public.doc USING gin (to_tsvector('public.doc_cfg'::regconfig, body));
CREATE VIEW public.doc_words AS
    SELECT id, to_tsvector('public.doc_cfg', body) AS words FROM public.doc;
