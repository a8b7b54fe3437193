CREATE EXTENSION citext;
CREATE EXTENSION pg_trgm;
CREATE TABLE public.doc (id integer PRIMARY KEY, body text);
