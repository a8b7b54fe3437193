-- Owner and comment of dictionaries changed in place (the owner in the owners run).
DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA search;
CREATE TEXT SEARCH DICTIONARY search.doc_dict (TEMPLATE = pg_catalog.simple);
COMMENT ON TEXT SEARCH DICTIONARY search.doc_dict IS 'new';
ALTER TEXT SEARCH DICTIONARY search.doc_dict OWNER TO schemadiff_owner;
CREATE TEXT SEARCH DICTIONARY search.plain (TEMPLATE = pg_catalog.simple);
COMMENT ON TEXT SEARCH DICTIONARY search.plain IS 'plain';
