-- Owner and comment of a configuration changed in place (the owner in the owners run).
DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ADD MAPPING FOR asciiword WITH simple;
COMMENT ON TEXT SEARCH CONFIGURATION public.doc_cfg IS 'old';
CREATE TEXT SEARCH CONFIGURATION public."Odd cfg" (PARSER = pg_catalog."default");
CREATE TABLE public.doc (id integer PRIMARY KEY, body text NOT NULL);
CREATE INDEX doc_body_fts ON public.doc USING gin (to_tsvector('public.doc_cfg'::regconfig, body));
