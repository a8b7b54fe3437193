-- Dictionaries over the templates of contrib extensions (dict_int, dict_xsyn, unaccent):
-- the extensions' own templates and dictionaries are theirs, not compared; a configuration
-- mapping to them waits for the extensions.
CREATE EXTENSION dict_int;
CREATE EXTENSION dict_xsyn;
CREATE EXTENSION unaccent;
CREATE TEXT SEARCH DICTIONARY public.doc_int (TEMPLATE = intdict_template, MAXLEN = 6, REJECTLONG = true);
CREATE TEXT SEARCH DICTIONARY public.doc_xsyn (TEMPLATE = xsyn_template, RULES = xsyn_sample, KEEPORIG = false, MATCHSYNONYMS = true);
CREATE TEXT SEARCH DICTIONARY public.doc_unaccent (TEMPLATE = unaccent, RULES = unaccent);
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR asciiword, word WITH public.doc_unaccent, public.doc_xsyn, simple;
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR int, uint WITH public.doc_int;
-- The extensions' own dictionaries: the configuration waits for the extensions.
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR hword WITH public.unaccent, public.intdict;
