-- Column compression (SET COMPRESSION) set, on an existing column, a new column and a new
-- table (pglz: lz4 is not built into every server we test on).
CREATE TABLE public.pages (id integer PRIMARY KEY, html text, raw bytea);
ALTER TABLE public.pages ALTER COLUMN html SET COMPRESSION pglz;
ALTER TABLE public.pages ALTER COLUMN raw SET COMPRESSION pglz;
CREATE TABLE public.assets (id integer, data jsonb COMPRESSION pglz);
