-- A dictionary moved to another template is re-created (no ALTER does that); the
-- configurations mapping to it take it off their token types meanwhile, so they, the index
-- and the generated column computed with them stay.
CREATE TEXT SEARCH DICTIONARY public.doc_dict (TEMPLATE = synonym, SYNONYMS = synonym_sample);
CREATE TEXT SEARCH DICTIONARY public.doc_other (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR asciiword WITH public.doc_dict, english_stem;
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR word WITH public.doc_dict;
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR numword WITH public.doc_other;
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR email WITH simple;
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg2 (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg2 ADD MAPPING FOR asciiword WITH public.doc_other, public.doc_dict;
CREATE TABLE public.doc (
    id integer PRIMARY KEY,
    body text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('public.doc_cfg'::regconfig, body)) STORED
);
CREATE INDEX doc_body_fts ON public.doc USING gin (to_tsvector('public.doc_cfg2'::regconfig, body));
