-- A foreign table's columns get (or lose) statistics targets, a storage other than their
-- type's and attribute options (n_distinct), in place; the view on it stays.
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE public.ft (id int, "Body" text, tag text) SERVER s;
ALTER FOREIGN TABLE public.ft ALTER COLUMN tag SET STATISTICS 10;
ALTER FOREIGN TABLE public.ft ALTER COLUMN tag SET (n_distinct = 5);
CREATE VIEW public.ft_tags AS SELECT tag FROM public.ft;
