-- Dictionaries over the templates of contrib extensions (dict_int, dict_xsyn, unaccent):
-- the extensions' own templates and dictionaries are theirs, not compared.
CREATE EXTENSION dict_int;
CREATE EXTENSION dict_xsyn;
CREATE EXTENSION unaccent;
CREATE TEXT SEARCH DICTIONARY public.doc_int (TEMPLATE = intdict_template, MAXLEN = 4);
CREATE TEXT SEARCH DICTIONARY public.doc_xsyn (TEMPLATE = xsyn_template, RULES = xsyn_sample);
