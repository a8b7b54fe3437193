-- A foreign table moved to another server is re-created: it gets B's column statistics
-- targets, storage and attribute options back, and the view on it is re-created.
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s1 FOREIGN DATA WRAPPER w;
CREATE SERVER s2 FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE public.ft (id int, body text) SERVER s1;
ALTER FOREIGN TABLE public.ft ALTER COLUMN id SET STATISTICS 70;
CREATE VIEW public.ft_ids AS SELECT id FROM public.ft;
