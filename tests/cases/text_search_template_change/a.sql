-- A template's functions change: no ALTER does that, so the template and the dictionary
-- over it are re-created, and the configuration mapping to the dictionary lets go of it
-- meanwhile (the index using the configuration stays).
CREATE TEXT SEARCH TEMPLATE public.doc_template (INIT = dsimple_init, LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH DICTIONARY public.doc_dict (TEMPLATE = public.doc_template);
COMMENT ON TEXT SEARCH DICTIONARY public.doc_dict IS 'kept';
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR asciiword WITH public.doc_dict, english_stem;
CREATE TABLE public.doc (id integer PRIMARY KEY, body text NOT NULL);
CREATE INDEX doc_body_fts ON public.doc USING gin (to_tsvector('public.doc_cfg'::regconfig, body));
