CREATE EXTENSION pg_trgm;
CREATE EXTENSION hstore;
CREATE TABLE public.doc (id integer PRIMARY KEY, title text, body jsonb, tags text[], attrs public.hstore);
CREATE INDEX doc_body_idx ON public.doc USING gin (body jsonb_path_ops);
CREATE INDEX doc_tags_idx ON public.doc USING gin (tags) WITH (fastupdate = off);
CREATE INDEX doc_title_trgm_idx ON public.doc USING gin (title public.gin_trgm_ops);
CREATE INDEX doc_attrs_idx ON public.doc USING gin (attrs);
CREATE INDEX doc_fts_idx ON public.doc USING gin (to_tsvector('english'::regconfig, coalesce(title, '')));
