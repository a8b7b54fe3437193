CREATE EXTENSION pg_trgm;
CREATE EXTENSION hstore;
CREATE TABLE public.doc (id integer PRIMARY KEY, title text, body jsonb, tags text[], attrs public.hstore);
