-- A second table access method (heap under another name): the only one built in is heap.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
-- The access method changes together with a column's type and storage.
CREATE TABLE public.metric (id integer PRIMARY KEY, val integer, note text) USING heap2;
ALTER TABLE public.metric ALTER COLUMN note SET STORAGE MAIN;
