-- A configuration moved to another parser: no ALTER does that, so it is re-created, and
-- the index and generated column computed with it are re-created around it.
CREATE TEXT SEARCH PARSER public.doc_parser (
    START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype
);
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR asciiword WITH simple;
CREATE TABLE public.doc (
    id integer PRIMARY KEY,
    body text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('public.doc_cfg'::regconfig, body)) STORED
);
CREATE INDEX doc_body_fts ON public.doc USING gin (to_tsvector('public.doc_cfg'::regconfig, body));
