-- Options added, removed, changed and re-ordered in place with ALTER TEXT SEARCH DICTIONARY:
-- the configuration and the index using it stay.
CREATE TEXT SEARCH DICTIONARY public.doc_simple (TEMPLATE = pg_catalog.simple, STOPWORDS = english, ACCEPT = false);
CREATE TEXT SEARCH DICTIONARY public.doc_stem (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH DICTIONARY public.doc_synonym (TEMPLATE = synonym, SYNONYMS = synonym_sample, CASESENSITIVE = true);
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR asciiword WITH public.doc_synonym, public.doc_stem;
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR word WITH public.doc_simple;
CREATE TABLE public.doc (id integer PRIMARY KEY, body text NOT NULL);
CREATE INDEX doc_body_fts ON public.doc USING gin (to_tsvector('public.doc_cfg'::regconfig, body));
