-- A second table access method (heap under another name): the only one built in is heap.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
-- A new table with another access method, storage options and column settings
-- (CREATE TABLE ... USING ... WITH ...).
CREATE TABLE public.keep (id integer);
CREATE TABLE public.fresh (id integer PRIMARY KEY, body text) USING heap2 WITH (fillfactor = 70);
ALTER TABLE public.fresh ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE public.fresh REPLICA IDENTITY FULL;
