-- Dictionaries of the built-in templates added, and mapped into an existing configuration
-- that an index uses (the configuration is altered in place, after them).
CREATE TEXT SEARCH DICTIONARY public.doc_simple (TEMPLATE = pg_catalog.simple, STOPWORDS = english, ACCEPT = false);
CREATE TEXT SEARCH DICTIONARY public.doc_synonym (TEMPLATE = synonym, SYNONYMS = synonym_sample, CASESENSITIVE = true);
CREATE TEXT SEARCH DICTIONARY public.doc_stem (TEMPLATE = snowball, LANGUAGE = english, StopWords = english);
CREATE TEXT SEARCH DICTIONARY public.doc_ispell (
    TEMPLATE = ispell, DictFile = ispell_sample, AffFile = ispell_sample
);
CREATE TEXT SEARCH DICTIONARY public.doc_thesaurus (
    TEMPLATE = thesaurus, DictFile = thesaurus_sample, Dictionary = pg_catalog.english_stem
);
CREATE TEXT SEARCH DICTIONARY public."Odd, dict" (TEMPLATE = simple);
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg
    ADD MAPPING FOR asciiword WITH public.doc_synonym, public.doc_thesaurus, public.doc_ispell, public.doc_stem;
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR word WITH public."Odd, dict", public.doc_simple;
CREATE TABLE public.doc (id integer PRIMARY KEY, body text NOT NULL);
CREATE INDEX doc_body_fts ON public.doc USING gin (to_tsvector('public.doc_cfg'::regconfig, body));
