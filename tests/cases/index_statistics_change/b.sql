-- Index column targets change, one is reset, one is set: the index stays.
CREATE TABLE public.item (id integer PRIMARY KEY, a text, b text);
CREATE INDEX item_ab ON public.item ((lower(a)), (lower(b)));
ALTER INDEX public.item_ab ALTER COLUMN 2 SET STATISTICS 400;
CREATE INDEX item_len ON public.item ((length(a)));
ALTER INDEX public.item_len ALTER COLUMN 1 SET STATISTICS 20;
