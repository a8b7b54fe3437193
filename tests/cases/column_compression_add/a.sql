-- Column compression (SET COMPRESSION) set, on an existing column, a new column and a new
-- table (pglz: lz4 is not built into every server we test on).
CREATE TABLE public.pages (id integer PRIMARY KEY, html text);
