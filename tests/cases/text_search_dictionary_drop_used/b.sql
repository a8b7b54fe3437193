-- A dictionary dropped while the configuration mapping to it moves to another one: the
-- configuration's ALTER runs before the DROP, and the index using it stays.
CREATE TEXT SEARCH DICTIONARY public.doc_new (TEMPLATE = synonym, SYNONYMS = synonym_sample);
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR asciiword WITH public.doc_new, english_stem;
CREATE TABLE public.doc (id integer PRIMARY KEY, body text NOT NULL);
CREATE INDEX doc_body_fts ON public.doc USING gin (to_tsvector('public.doc_cfg'::regconfig, body));
