-- A foreign table column whose type changes keeps its statistics target; its storage is
-- reset by the type change (to the new type's), so B's storage is set after it.
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE public.ft (id int, note text, code text) SERVER s;
ALTER FOREIGN TABLE public.ft ALTER COLUMN note SET STORAGE MAIN;
ALTER FOREIGN TABLE public.ft ALTER COLUMN note SET STATISTICS 30;
