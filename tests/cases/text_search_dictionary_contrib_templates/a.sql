-- Dictionaries over the templates of contrib extensions (dict_int, dict_xsyn, unaccent):
-- the extensions' own templates and dictionaries are theirs, not compared; a configuration
-- mapping to them waits for the extensions.
CREATE EXTENSION dict_xsyn;
CREATE TEXT SEARCH DICTIONARY public.doc_xsyn (TEMPLATE = xsyn_template, RULES = xsyn_sample);
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR asciiword, word WITH public.doc_xsyn, simple;
