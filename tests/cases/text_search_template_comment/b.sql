-- A template's comment changed and added in place (templates have no owner); the
-- dictionary over it stays.
CREATE TEXT SEARCH TEMPLATE public.doc_template (INIT = dsimple_init, LEXIZE = dsimple_lexize);
COMMENT ON TEXT SEARCH TEMPLATE public.doc_template IS 'new';
CREATE TEXT SEARCH TEMPLATE public."Other template" (LEXIZE = dsimple_lexize);
COMMENT ON TEXT SEARCH TEMPLATE public."Other template" IS 'other';
CREATE TEXT SEARCH DICTIONARY public.doc_dict (TEMPLATE = public.doc_template);
