-- A second table access method (heap under another name): the only one built in is heap.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
-- The access method changes together with a column's type and storage.
CREATE TABLE public.metric (id integer PRIMARY KEY, val bigint, note text);
ALTER TABLE public.metric ALTER COLUMN note SET STORAGE EXTERNAL;
ALTER TABLE public.metric ALTER COLUMN val SET STATISTICS 150;
